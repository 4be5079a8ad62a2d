import Foundation

/// The shape every screen has: plain state, `update` for what happens to it,
/// and a pure `render(into:)`. The terminal edge runs one loop over the
/// current screen (`caseroom/Terminal/RunLoop.swift`); a screen that hands
/// over to another returns it as a `Transition`.
public protocol Screen {
  /// The size the screen lays itself out for (set by `.resize`).
  var rows: Int { get }
  var cols: Int { get }
  /// Applies an event. Time comes in as `now`; nothing here reads the clock.
  mutating func update(_ event: ScreenEvent, now: Date) -> Transition
  /// Draws the screen into a frame of `rows` × `cols`. Changes nothing.
  func render(into frame: inout Frame)
}

extension Screen {
  /// The screen drawn into a new frame of its size.
  public func render() -> Frame {
    var f = Frame(rows: rows, cols: cols)
    render(into: &f)
    return f
  }
}

/// Something that happens to a screen.
public enum ScreenEvent: Equatable, Sendable {
  case key(Key)
  /// No key for a while (the loop ticks every 250 ms): time for autosave and timers.
  case tick
  /// The terminal's size, first when the loop starts and then whenever it changes.
  case resize(rows: Int, cols: Int)
  /// A message from outside the screen for the status bar (a problem found in the case file).
  case notice(String)
  /// A termination signal: save everything now; the loop ends after this event.
  case terminate
  /// The program is about to be stopped (SIGTSTP): save everything now; it
  /// goes on where it was when continued.
  case suspend
}

/// What the run loop does after an event.
public enum Transition {
  case stay
  /// Repaint the whole terminal (Ctrl-L).
  case redrawAll
  /// Show another screen from now on (it gets the terminal's size first).
  case replace(any Screen)
  /// End the program.
  case quit
  /// End the program with an error, printed once the terminal is restored.
  case fail(any Error)
  /// Stay, and put this text on the system clipboard (OSC 52: it works over
  /// SSH, and in tmux with `set-clipboard on`).
  case copy(String)
}
