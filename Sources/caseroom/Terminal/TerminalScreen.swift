import CTerminal
import CaseroomApp
import CaseroomEngine
import Dispatch
import FoundationEssentials
import Glibc

/// The ncurses screen: the only place that talks to the terminal. It turns
/// key codes into `Key`s and draws `Frame`s, sending only rows that changed.
final class TerminalScreen {
  private var last: Frame?
  private let theme: Theme
  private var pairs: [Style: Int32] = [:]

  enum StartError: Error, CustomStringConvertible {
    case notATerminal
    case noCursorMovement(String?)
    case noUTF8Locale
    case cannotStart(String)
    var description: String {
      switch self {
      case .notATerminal: return Say.needsATerminal
      case .noCursorMovement(let term): return Say.needsCursorMovement(term)
      case .noUTF8Locale: return Say.noUTF8Locale
      case .cannotStart(let term): return Say.noTerminfo(term)
      }
    }
  }

  /// The terminal type used because TERM's terminfo entry is missing here, or nil.
  let fallbackTerm: String?

  /// The line that names the stand-in terminal type, for the status bar.
  var fallbackNotice: String? {
    let term = ProcessEnvironment.variables["TERM"] ?? ""
    return fallbackTerm.map { Say.terminalFallback(term, $0) }
  }

  init(theme: Theme, mouse: Bool) throws {
    guard isatty(0) != 0, isatty(1) != 0 else { throw StartError.notATerminal }
    let term = ProcessEnvironment.variables["TERM"]
    guard let term, !term.isEmpty, term != "dumb" else { throw StartError.noCursorMovement(term) }
    guard ct_setup_locale() != 0 else { throw StartError.noUTF8Locale }
    self.theme = theme
    ct_install_signal_handlers()
    guard ct_start(mouse ? 1 : 0) != 0 else { throw StartError.cannotStart(term) }
    fallbackTerm = ct_fallback_term().map { String(cString: $0) }
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

  /// Whether the input has ended for good (end of file, EIO, the terminal
  /// gone): the program must save and exit, never wait on it.
  private(set) var inputGone = false

  /// Whether SIGTSTP arrived (taken: asking again says no until the next one).
  func takeStop() -> Bool { ct_pending_stop() != 0 }
  /// Whether the process was continued after a stop it did not make itself (SIGSTOP).
  func takeContinue() -> Bool { ct_pending_continue() != 0 }

  /// Gives the terminal back as it was (mouse, bracketed paste, cursor), stops
  /// the process, and takes the terminal again when it is continued (fg).
  func suspend() {
    ct_suspend()
    last = nil
  }

  /// Sets the terminal's modes again after a stop (SIGSTOP, then SIGCONT).
  func resume() {
    ct_resume()
    last = nil
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
    // One buffer for the row's runs, filled a scalar at a time (an array per cell was 3,000 allocations a frame).
    var scalars: [UInt32] = []
    scalars.reserveCapacity(cells.count + 8)
    while col < cells.count {
      let style = cells[col].style
      scalars.removeAll(keepingCapacity: true)
      let start = col
      while col < cells.count && cells[col].style == style && scalars.count < 1000 {
        if let ch = cells[col].character {
          for s in ch.unicodeScalars { scalars.append(s.value) }
        }
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

  /// Puts text on the system clipboard with OSC 52 (terminals that allow it;
  /// over SSH too, and in tmux with `set-clipboard on`). Others ignore it.
  func copyToClipboard(_ text: String) {
    let encoded = Data(text.utf8).base64EncodedString()
    writeAll(1, "\u{1B}]52;c;\(encoded)\u{07}")
  }

  /// Turns what the terminal sends into keys.
  private var decoder = KeyDecoder()
  /// Keys decoded but not yet handed out (one read can complete several).
  private var queued: [Key] = []

  /// What waiting for input gave.
  enum Input {
    case key(Key)
    case resize
    /// `wake` became readable: an effect's result is waiting.
    case woken
    /// `watch` became readable: a watched file or folder changed (`FileWatch`).
    case changed
    case timeout
  }

  /// Waits up to `timeout` ms for a key, or until `wake` or `watch` (file
  /// descriptors, -1 for none) becomes readable. A sequence that has begun is waited for
  /// as long as `KeyDecoder.patience` says; a long one arriving (a big paste)
  /// gives the loop a tick every `timeout` ms, so it saves and sees signals
  /// meanwhile. A timeout too when the input has ended (`inputGone`).
  /// `altKeys`: the Alt keys the screen answers now (`Screen.altKeys`).
  func readKey(timeout: Int32, wake: Int32 = -1, watch: Int32 = -1, altKeys: Set<Key>) -> Input {
    decoder.altKeys = altKeys
    let start = DispatchTime.now().uptimeNanoseconds
    while queued.isEmpty {
      if timeout >= 0, decoder.isWaiting, DispatchTime.now().uptimeNanoseconds - start > UInt64(timeout) * 1_000_000 {
        return .timeout
      }
      var ch: UInt32 = 0
      // After a lone Esc, the rest of its sequence split by a slow link may still come: a short wait
      // for it, then what comes is keys of their own.
      let late = decoder.patience == nil && decoder.awaitsLateSequence
      let lateWait = Int32(KeyDecoder.lateSequenceWindow)
      let wait =
        decoder.patience.map(Int32.init) ?? (late ? (timeout < 0 ? lateWait : min(timeout, lateWait)) : timeout)
      switch ct_wait(wait, decoder.isWaiting ? -1 : wake, decoder.isWaiting ? -1 : watch, &ch) {
      case 1: queued += decoder.feed(ch)
      case 2 where Int32(bitPattern: ch) == ct_key_resize(): return .resize
      case 2: break
      case 3: return .woken
      case 4: return .changed
      case -1:
        inputGone = true
        return .timeout
      default:
        if late { decoder.forgetLateEscape() }
        guard decoder.isWaiting else { return .timeout }
        queued += decoder.flush()
      }
    }
    let key = queued.removeFirst()
    return key == .resize ? .resize : .key(key)
  }
}
