import CaseroomApp
import Foundation

/// How the run loop ended.
enum RunEnd {
  case quit
  /// A termination signal (the screen saved first): exit with 128 + the signal.
  case signal(Int32)
  /// A screen failed (a group's session could not be opened): print it, exit 1.
  case failure(any Error)
}

/// The one run loop: draws the current screen, reads a key (or ticks every
/// 250 ms), hands it to the screen and does what the screen's `Transition`
/// says. `afterFirstFrame` runs once the first screen is drawn (work that
/// can wait until the user sees something); a message it returns goes to the
/// screen as a `.notice`.
func runLoop(_ first: any Screen, on terminal: TerminalScreen, afterFirstFrame: () -> String? = { nil }) -> RunEnd {
  var current = first
  var size = terminal.size
  var transition = current.update(.resize(rows: size.rows, cols: size.cols), now: Date())
  var full = true
  var firstFrame = true
  while true {
    switch transition {
    case .quit: return .quit
    case .fail(let error): return .failure(error)
    case .replace(let next):
      current = next
      full = true
      transition = current.update(.resize(rows: size.rows, cols: size.cols), now: Date())
      continue
    case .redrawAll: full = true
    case .copy(let text): terminal.copyToClipboard(text)
    case .stay: break
    }
    var frame = Frame(rows: size.rows, cols: size.cols)
    current.render(into: &frame)
    terminal.draw(frame, full: full)
    full = false
    if let signal = terminal.pendingSignal ?? (terminal.inputGone ? SIGHUP : nil) {
      // A signal, or the terminal gone without one (no controlling terminal): save and end.
      _ = current.update(.terminate, now: Date())
      return .signal(signal)
    }
    if terminal.takeStop() {
      // SIGTSTP: save, give the terminal back and stop; on fg, take it again and repaint.
      _ = current.update(.suspend, now: Date())
      terminal.suspend()
      full = true
      size = terminal.size
      transition = current.update(.resize(rows: size.rows, cols: size.cols), now: Date())
      continue
    }
    if terminal.takeContinue() {
      terminal.resume()
      full = true
      transition = .redrawAll
      continue
    }
    if firstFrame {
      firstFrame = false
      if let notice = afterFirstFrame() {
        transition = current.update(.notice(notice), now: Date())
        continue
      }
    }
    let event: ScreenEvent
    switch terminal.readKey(timeout: 250) {
    case nil: event = .tick
    case .resize?:
      size = terminal.size
      event = .resize(rows: size.rows, cols: size.cols)
    case let key?: event = .key(key)
    }
    transition = current.update(event, now: Date())
  }
}
