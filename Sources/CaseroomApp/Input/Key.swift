/// A key press or terminal event, as the reader sees it.
public enum Key: Equatable, Hashable, Sendable {
  /// A printable character (Chinese typed through an IME arrives whole).
  case char(Character)
  /// Ctrl with a letter (`ctrl("l")` is Ctrl-L).
  case ctrl(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, escape, tab, backTab, backspace, delete
  case function(Int)
  /// The terminal changed size (the new size comes with `resize(rows:cols:)`).
  case resize
  case wheelUp, wheelDown
  case click(row: Int, col: Int)
  /// Text pasted in one go (bracketed paste): one edit, no key-by-key handling.
  case paste(String)

  /// The keys of a string, one per character (for tests and macros).
  public static func typing(_ s: String) -> [Key] {
    s.map { c in
      switch c {
      case "\n", "\r": return .enter
      case "\u{1B}": return .escape
      case "\t": return .tab
      default: return .char(c)
      }
    }
  }

  /// How the key is written in the help screen and the hint bar.
  public var label: String {
    switch self {
    case .char(" "): return "空格"
    case .char(let c): return String(c)
    case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .home: return "Home"
    case .end: return "End"
    case .enter: return "Enter"
    case .escape: return "Esc"
    case .tab: return "Tab"
    case .backTab: return "Shift-Tab"
    case .backspace: return "Backspace"
    case .delete: return "Del"
    case .function(let n): return "F\(n)"
    case .resize: return "resize"
    case .wheelUp: return "滚轮↑"
    case .wheelDown: return "滚轮↓"
    case .click: return "click"
    case .paste: return "paste"
    }
  }
}
