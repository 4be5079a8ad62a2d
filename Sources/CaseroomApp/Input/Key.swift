/// A key press or terminal event, as the reader sees it.
public enum Key: Equatable, Hashable, Sendable {
  /// A printable character (Chinese typed through an IME arrives whole).
  case char(Character)
  /// Ctrl with a letter (`ctrl("l")` is Ctrl-L).
  case ctrl(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, escape, tab, backTab, backspace, delete, insert
  case function(Int)
  /// A key held with Shift, Alt (Meta, Option) or Ctrl, as xterm reports them
  /// (`Alt-b` is `.modified(.char("b"), .alt)`, Ctrl-→ `.modified(.right, .ctrl)`).
  indirect case modified(Key, Modifiers)
  /// A complete escape sequence that names no key we know; consumed whole and ignored.
  case unknown
  /// The terminal changed size (the new size comes with `resize(rows:cols:)`).
  case resize
  case wheelUp, wheelDown
  case click(row: Int, col: Int)
  /// Text pasted in one go (bracketed paste): one edit, no key-by-key handling.
  case paste(String)
  /// A paste refused as it arrived, the moment it passed `KeyDecoder.maximumPaste`
  /// (the editor's limit): its text is dropped as the rest of it comes.
  case pasteRefused

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
    case .char(" "): return Say.keySpace
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
    case .insert: return "Ins"
    case .modified(let key, let m):
      // Letters are written as typed: Alt-b, not Alt-B.
      if case .char(let c) = key { return m.label + String(c) }
      return m.label + key.label
    case .unknown: return "?"
    case .function(let n): return "F\(n)"
    case .resize: return "resize"
    case .wheelUp: return Say.keyWheelUp
    case .wheelDown: return Say.keyWheelDown
    case .click: return "click"
    case .paste, .pasteRefused: return "paste"
    }
  }
}

/// Shift, Alt and Ctrl held with a key.
public struct Modifiers: OptionSet, Hashable, Sendable {
  public let rawValue: Int
  public init(rawValue: Int) { self.rawValue = rawValue }
  public static let shift = Modifiers(rawValue: 1)
  public static let alt = Modifiers(rawValue: 2)
  public static let ctrl = Modifiers(rawValue: 4)

  /// xterm's modifier parameter: 1 + (Shift 1, Alt 2, Ctrl 4); Meta (8) counts as Alt.
  init(xterm n: Int) {
    let bits = max(0, n - 1)
    self.init(rawValue: bits & 7)
    if bits & 8 != 0 { insert(.alt) }
  }

  /// `Ctrl-Alt-Shift-`, in that order.
  var label: String {
    (contains(.ctrl) ? "Ctrl-" : "") + (contains(.alt) ? "Alt-" : "") + (contains(.shift) ? "Shift-" : "")
  }
}

extension Key {
  /// The same key with modifiers (none: the key itself).
  public func with(_ m: Modifiers) -> Key {
    guard !m.isEmpty else { return self }
    if case .modified(let k, let old) = self { return .modified(k, old.union(m)) }
    return .modified(self, m)
  }
}
