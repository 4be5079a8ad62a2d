import CaseroomApp
import CaseroomEngine
import FoundationEssentials
import Glibc

/// How the run loop ended.
enum RunEnd {
  case quit
  /// A termination signal (the screen saved first): exit with 128 + the signal.
  case signal(Int32)
  /// A screen failed (a group's session could not be opened): print it, exit 1.
  case failure(any Error)
}

/// The one run loop: draws the current screen, waits for a key, a result of
/// an effect, a change to a file the screen watches (`FileWatch`) or a tick
/// (at the screen's `nextTick`, see `Waiter`), hands it to the screen with the time
/// and does what the screen's `Transition` says — its effects are performed
/// by an `EffectRunner` off this thread (a copy to the clipboard here), and
/// each result comes back as a `.done` event. The effects that come with the
/// end (a last save, a lock given back) are performed before it returns.
/// `afterFirstFrame` runs `settle` after the first screen is drawn (work that
/// can wait until the user sees something: the reader's copy and UTF-8 check
/// of a 20 MB case, ~20 ms of CPU, leaves the terminal that time to show the
/// screen; keys before then are answered first); a message it returns goes to
/// the screen as a `.notice`.
func runLoop(
  _ first: any Screen, on terminal: TerminalScreen, settle: TimeInterval = 0.1, afterFirstFrame: () -> String? = { nil }
) -> RunEnd {
  var loop = ScreenLoop(first, on: terminal)
  var firstFrame = true
  while true {
    if let end = loop.endIfAsked() { return end }
    if loop.startEffects() { continue }
    if loop.handOverResult() { continue }
    loop.draw()
    if let end = loop.endOnSignal() { return end }
    if loop.stopOrContinue() { continue }
    if firstFrame {
      firstFrame = false
      loop.afterDue = Date().addingTimeInterval(settle)
    }
    if let due = loop.afterDue, Date() >= due {
      loop.afterDue = nil
      if let notice = afterFirstFrame() {
        loop.transition = loop.current.update(.notice(notice), now: Date())
        continue
      }
    }
    loop.waitForEvent()
  }
}

/// The loop's state between two turns: the screen, what it last asked for
/// (`transition`), the results of effects not yet handed to it, and the
/// terminal's size. Each step of a turn is a method; true from one means
/// "the screen has something new to answer: start the next turn".
private struct ScreenLoop {
  let terminal: TerminalScreen
  let runner = EffectRunner()
  let files = FileWatch(inotify: ProcessEnvironment.variables["CASEROOM_NO_INOTIFY"] == nil)
  var current: any Screen
  var size: (rows: Int, cols: Int)
  var transition: Transition
  /// Repaint everything at the next draw.
  var full = true
  var waiting: [EffectResult] = []
  /// When the work after the first frame is due (nil: not yet drawn, or done).
  var afterDue: Date?

  init(_ first: any Screen, on terminal: TerminalScreen) {
    self.terminal = terminal
    current = first
    size = terminal.size
    transition = current.update(.resize(rows: size.rows, cols: size.cols), now: Date())
  }

  /// The screen quit or failed: the effects that come with the end are performed (after the workers).
  func endIfAsked() -> RunEnd? {
    guard transition.ends else { return nil }
    runner.finish()
    for effect in transition.effects { perform(effect, on: terminal) }
    if case .fail(let error) = transition.next { return .failure(error) }
    return .quit
  }

  /// Hands the transition's effects to the workers (a copy is done here) and
  /// takes the next screen when it says so.
  mutating func startEffects() -> Bool {
    for effect in transition.effects {
      if case .copy(let text) = effect { terminal.copyToClipboard(text) } else { runner.submit(effect) }
    }
    switch transition.next {
    case .replace(let next):
      current = next
      full = true
      transition = current.update(.resize(rows: size.rows, cols: size.cols), now: Date())
      return true
    case .redrawAll: full = true
    case .stay, .quit, .fail: break
    }
    return false
  }

  /// The next result of an effect, to the screen, before anything is drawn.
  mutating func handOverResult() -> Bool {
    waiting += runner.take()
    guard !waiting.isEmpty else { return false }
    transition = current.update(.done(waiting.removeFirst()), now: Date())
    return true
  }

  mutating func draw() {
    var frame = Frame(rows: size.rows, cols: size.cols)
    current.render(into: &frame)
    terminal.draw(frame, full: full)
    full = false
  }

  /// A signal, or the terminal gone without one (no controlling terminal): save and end.
  mutating func endOnSignal() -> RunEnd? {
    guard let signal = terminal.pendingSignal ?? (terminal.inputGone ? SIGHUP : nil) else { return nil }
    let last = current.update(.terminate, now: Date())
    runner.finish()
    for effect in last.effects { perform(effect, on: terminal) }
    return .signal(signal)
  }

  /// SIGTSTP: save (here and now, what is under way first), give the
  /// terminal back and stop; on fg, take it again and repaint.
  mutating func stopOrContinue() -> Bool {
    if terminal.takeStop() {
      let saving = current.update(.suspend, now: Date())
      runner.finish()
      for effect in saving.effects {
        if case .copy = effect { continue }
        if let result = effect.perform() { waiting.append(result) }
      }
      terminal.suspend()
      full = true
      size = terminal.size
      transition = current.update(.resize(rows: size.rows, cols: size.cols), now: Date())
      return true
    }
    if terminal.takeContinue() {
      terminal.resume()
      full = true
      transition = .redrawAll
      return true
    }
    return false
  }

  /// Waits for a key, a new size, a watched file's change, an effect's
  /// result or the screen's next tick, and hands it to the screen.
  mutating func waitForEvent() {
    let event: ScreenEvent
    let now = Date()
    files.watch(current.watched, now: now)
    let deadline = [current.nextTick(after: now), files.nextLook, afterDue].compactMap { $0 }.min()
    switch terminal.readKey(
      timeout: Waiter.timeout(until: deadline, from: now), wake: runner.wakeFD, watch: files.fd,
      altKeys: current.altKeys)
    {
    case .timeout: event = files.look() ? .changed : .tick
    case .changed:
      guard files.takeEvents() else {
        transition = .stay
        return
      }
      event = .changed
    case .woken:
      transition = .stay
      return
    case .resize:
      size = terminal.size
      event = .resize(rows: size.rows, cols: size.cols)
    case .key(let key): event = .key(key)
    }
    transition = current.update(event, now: Date())
  }
}

/// Performs an effect here and now (the program is ending: nothing comes back).
private func perform(_ effect: Effect, on terminal: TerminalScreen) {
  if case .copy(let text) = effect { terminal.copyToClipboard(text) } else { _ = effect.perform() }
}
