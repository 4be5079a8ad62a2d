import CTerminal
import CaseroomApp
import Foundation

/// The ncurses screen: the only place that talks to the terminal. It turns
/// key codes into `Key`s and draws `Frame`s, sending only rows that changed.
final class TerminalScreen {
  private var last: Frame?
  private let theme: Theme
  private var pairs: [Style: Int32] = [:]

  enum StartError: Error, CustomStringConvertible {
    case notATerminal
    case noUTF8Locale
    case cannotStart
    var description: String {
      switch self {
      case .notATerminal:
        return
          "the reader needs a terminal; for text without one try 'caseroom show --section all' or 'caseroom outline'"
      case .noUTF8Locale: return "no UTF-8 locale is available (tried the environment's and C.UTF-8)"
      case .cannotStart: return "cannot start the terminal (is TERM set?)"
      }
    }
  }

  init(theme: Theme, mouse: Bool) throws {
    guard isatty(0) != 0, isatty(1) != 0 else { throw StartError.notATerminal }
    guard ct_setup_locale() != 0 else { throw StartError.noUTF8Locale }
    self.theme = theme
    ct_install_signal_handlers()
    guard ct_start(mouse ? 1 : 0) != 0 else { throw StartError.cannotStart }
    if theme.usesColor && ct_has_colors() != 0 {
      for (i, style) in Style.allCases.enumerated() {
        let look = theme.looks[style] ?? Theme.Look()
        ct_init_pair(Int32(i + 1), look.fg, look.bg)
        pairs[style] = Int32(i + 1)
      }
    }
  }

  deinit { ct_stop() }

  func stop() { ct_stop() }

  var size: (rows: Int, cols: Int) { (Int(ct_rows()), Int(ct_cols())) }

  /// A termination signal received (SIGINT, SIGTERM, SIGHUP), or nil.
  var pendingSignal: Int32? {
    let s = ct_pending_signal()
    return s == 0 ? nil : s
  }

  /// Draws a frame; only rows that differ from the last frame are sent.
  func draw(_ frame: Frame, full: Bool = false) {
    if full {
      ct_redraw_all()
      last = nil
    }
    let previous = last?.rows == frame.rows && last?.cols == frame.cols ? last : nil
    for row in 0..<frame.rows where previous?.cells[row] != frame.cells[row] {
      drawRow(frame, row)
    }
    last = frame
    if let c = frame.cursor {
      ct_flush(Int32(c.row), Int32(c.col), 1)
    } else {
      ct_flush(0, 0, 0)
    }
  }

  private func drawRow(_ frame: Frame, _ row: Int) {
    let cells = frame.cells[row]
    var col = 0
    while col < cells.count {
      let style = cells[col].style
      var scalars: [UInt32] = []
      let start = col
      while col < cells.count && cells[col].style == style && scalars.count < 1000 {
        if let ch = cells[col].character { scalars.append(contentsOf: ch.unicodeScalars.map(\.value)) }
        col += 1
      }
      let look = theme.looks[style] ?? Theme.Look()
      var attrs: Int32 = 0
      if look.bold { attrs |= Int32(CT_BOLD) }
      if look.reverse { attrs |= Int32(CT_REVERSE) }
      if look.underline { attrs |= Int32(CT_UNDERLINE) }
      if look.dim { attrs |= Int32(CT_DIM) }
      scalars.withUnsafeBufferPointer { buf in
        ct_put(Int32(row), Int32(start), buf.baseAddress, Int32(buf.count), attrs, pairs[style] ?? 0)
      }
    }
  }

  /// Keys read ahead while looking for a paste, delivered next.
  private var queued: [Key] = []

  /// Switches bracketed paste on: a paste then arrives as one `.paste` key.
  func enableBracketedPaste() {
    FileHandle.standardOutput.write(Data("\u{1B}[?2004h".utf8))
  }

  func disableBracketedPaste() {
    FileHandle.standardOutput.write(Data("\u{1B}[?2004l".utf8))
  }

  /// Waits up to `timeout` ms for a key. Nil on timeout or for keys we ignore.
  func readKey(timeout: Int32) -> Key? {
    if !queued.isEmpty { return queued.removeFirst() }
    var ch: UInt32 = 0
    switch ct_read(timeout, &ch) {
    case 1:
      if ch == 0x1B { return escapeOrPaste() }
      return Self.character(ch)
    case 2: return function(Int32(bitPattern: ch))
    default: return nil
    }
  }

  /// After Esc: `[200~` starts a bracketed paste, read whole up to `ESC[201~`.
  private func escapeOrPaste() -> Key {
    var ch: UInt32 = 0
    var seen: [UInt32] = []
    let start: [UInt32] = Array("[200~".unicodeScalars.map(\.value))
    while seen.count < start.count {
      let r = ct_read(30, &ch)
      guard r == 1, ch == start[seen.count] else {
        // Not a paste: give back what was read after the Esc.
        queued += seen.compactMap { Self.character($0) }
        if r == 1, let k = Self.character(ch) { queued.append(k) }
        return .escape
      }
      seen.append(ch)
    }
    var text: [UInt32] = []
    let end: [UInt32] = [0x1B] + Array("[201~".unicodeScalars.map(\.value))
    while true {
      guard ct_read(1000, &ch) != 0 else { break }
      text.append(ch)
      if text.count >= end.count && Array(text.suffix(end.count)) == end {
        text.removeLast(end.count)
        break
      }
      if text.count > 50_000_000 { break }
    }
    var s = String.UnicodeScalarView()
    for v in text { if let u = Unicode.Scalar(v) { s.append(u == "\r" ? "\n" : u) } }
    return .paste(String(s))
  }

  static func character(_ ch: UInt32) -> Key? {
    switch ch {
    case 0x1B: return .escape
    case 0x0D, 0x0A: return .enter
    case 0x09: return .tab
    case 0x7F, 0x08: return .backspace
    case 0x01...0x1A: return .ctrl(Character(Unicode.Scalar(ch + 0x60)!))
    default:
      guard let s = Unicode.Scalar(ch) else { return nil }
      return .char(Character(s))
    }
  }

  private func function(_ code: Int32) -> Key? {
    switch code {
    case ct_key_resize(): return .resize
    case ct_key_up(): return .up
    case ct_key_down(): return .down
    case ct_key_left(): return .left
    case ct_key_right(): return .right
    case ct_key_npage(): return .pageDown
    case ct_key_ppage(): return .pageUp
    case ct_key_home(): return .home
    case ct_key_end(): return .end
    case ct_key_enter(): return .enter
    case ct_key_backspace(): return .backspace
    case ct_key_dc(): return .delete
    case ct_key_btab(): return .backTab
    case ct_key_mouse():
      var row: Int32 = 0
      var col: Int32 = 0
      switch ct_mouse(&row, &col) {
      case 1: return .wheelUp
      case 2: return .wheelDown
      case 3: return .click(row: Int(row), col: Int(col))
      default: return nil
      }
    default:
      for n in 1...12 where code == ct_key_f(Int32(n)) { return .function(n) }
      return nil
    }
  }
}
