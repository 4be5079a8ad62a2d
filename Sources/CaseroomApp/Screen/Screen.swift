import FoundationEssentials

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
  /// When the screen next needs a `.tick` if nothing else happens (a save
  /// due, a timer, a file to look at again); nil when only input changes it.
  /// The run loop sleeps until then: an idle screen costs no wake-ups.
  func nextTick(after now: Date) -> Date?
  /// The files and folders whose changes the screen follows (a group's file
  /// and its live folder). The run loop watches them — inotify where the
  /// system has it, else a `stat` once a second — and tells of a change as
  /// `.changed`, so the screen need not look on a timer.
  var watched: [String] { get }
  /// The Alt keys the view now on screen answers (an editor's Alt-b, the
  /// comment box's Alt-Enter). Elsewhere an Esc typed just before a key is
  /// Esc, then the key (`KeyDecoder.altKeys`).
  var altKeys: Set<Key> { get }
}

extension Screen {
  /// Once a second: screens that follow files or clocks look again that often.
  public func nextTick(after now: Date) -> Date? { now.addingTimeInterval(1) }
  /// Nothing: the screen looks at what it follows on its ticks.
  public var watched: [String] { [] }
  /// None: a screen with no text field binds no Alt key.
  public var altKeys: Set<Key> { [] }
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
public enum ScreenEvent: Sendable {
  case key(Key)
  /// No key for a while (at the screen's `nextTick`): time for autosave and timers.
  case tick
  /// A file or folder the screen watches (`Screen.watched`) changed.
  case changed
  /// The terminal's size, first when the loop starts and then whenever it changes.
  case resize(rows: Int, cols: Int)
  /// A message from outside the screen for the status bar (a problem found in the case file).
  case notice(String)
  /// What an effect the screen asked for came to (a save, a sync, a look at the folders).
  case done(EffectResult)
  /// A termination signal: save everything now; the loop ends after this event.
  case terminate
  /// The program is about to be stopped (SIGTSTP): save everything now; it
  /// goes on where it was when continued.
  case suspend
}

/// What the run loop does after an event: what comes next, and the effects
/// to perform first (off the drawing thread; each result comes back as a
/// `.done` event). As Bubble Tea's `Cmd`, effects are values: `update`
/// itself touches no file, runs no git and reads no clock.
public struct Transition {
  public enum Next {
    case stay
    /// Repaint the whole terminal (Ctrl-L).
    case redrawAll
    /// Show another screen from now on (it gets the terminal's size first).
    case replace(any Screen)
    /// End the program (the effects that come with it are performed first, and waited for).
    case quit
    /// End the program with an error, printed once the terminal is restored.
    case fail(any Error)
  }

  public var next: Next
  public var effects: [Effect]

  public init(_ next: Next, effects: [Effect] = []) {
    self.next = next
    self.effects = effects
  }

  public static var stay: Transition { Transition(.stay) }
  public static var redrawAll: Transition { Transition(.redrawAll) }
  public static var quit: Transition { Transition(.quit) }
  public static func replace(_ screen: any Screen) -> Transition { Transition(.replace(screen)) }
  public static func fail(_ error: any Error) -> Transition { Transition(.fail(error)) }
  /// Stay, and put this text on the system clipboard.
  public static func copy(_ text: String) -> Transition { Transition(.stay, effects: [.copy(text)]) }
  /// Stay, and perform these.
  public static func perform(_ effects: [Effect]) -> Transition { Transition(.stay, effects: effects) }

  /// The same, with more effects performed first.
  public func with(_ more: [Effect]) -> Transition { Transition(next, effects: more + effects) }

  /// Whether the program ends after this transition.
  public var ends: Bool {
    switch next {
    case .quit, .fail: return true
    default: return false
    }
  }
}
