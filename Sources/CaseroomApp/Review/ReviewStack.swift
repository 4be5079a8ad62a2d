/// The review's views and what is open over them form one stack, as the
/// workspace's do: the grid at the bottom, each view opened over the one it
/// was opened from (an answer, the presenter, the order, the files, the
/// insight), and over a view its overlays (help, a comment or a score being
/// typed, a question asked, the presenter's number or list). The top level
/// takes the keys; Esc pops exactly one level.
struct ReviewStack {
  /// One level of the stack.
  enum Level {
    /// A view of the review.
    case view(ReviewState.Screen)
    /// The help screen over the view, and its scroll.
    case help(scroll: Int)
    /// A comment being written, in a box over the bottom of the answer, and whose it is.
    case comment(EditorBox, on: ReviewState.Cell)
    /// A score being typed on the status bar.
    case score(ScoreBox)
    /// A question asked before it is done (`y` does it).
    case asking(ReviewQuestion)
    /// Asking whether to quit although the review file could not be saved.
    case quitAnyway
    /// In the presenter: a group's number being typed.
    case jump(String)
    /// In the presenter: the list of groups, and the one chosen.
    case pick(Int)
  }

  /// Bottom first; never empty (the grid is always at the bottom).
  private(set) var levels: [Level] = [.view(.grid)]

  /// The view on screen: the topmost view, whatever is open over it.
  var screen: ReviewState.Screen {
    for case .view(let v) in levels.reversed() { return v }
    return .grid
  }

  var top: Level { levels[levels.count - 1] }

  /// Opens a view over the one on screen; a view already open is come back to (what is over it closes).
  mutating func open(_ view: ReviewState.Screen) {
    if let i = levels.lastIndex(where: { if case .view(view) = $0 { true } else { false } }) {
      levels.removeSubrange((i + 1)...)
    } else {
      levels.append(.view(view))
    }
  }

  /// Puts an overlay over what is on screen.
  mutating func push(_ level: Level) { levels.append(level) }

  /// The top level changed in place (a key typed into it).
  mutating func replaceTop(_ level: Level) { levels[levels.count - 1] = level }

  /// Esc: the top level closes (the grid at the bottom stays).
  mutating func pop() {
    if levels.count > 1 { levels.removeLast() }
  }

  /// Every level over the grid closed.
  mutating func home() { levels = [.view(.grid)] }

  /// The nearest level from the top that `pick` finds something in.
  func nearest<T>(_ pick: (Level) -> T?) -> T? {
    for level in levels.reversed() {
      if let found = pick(level) { return found }
    }
    return nil
  }
}

/// What the render and the tests read of the stack.
extension ReviewState {
  /// The view on screen.
  public var screen: Screen { stack.screen }

  /// The comment being written: a multi-line box of the shared text editor.
  public var commentBox: EditorBox? {
    stack.nearest { if case .comment(let box, _) = $0 { box } else { nil } }
  }

  /// Whose comment is being written.
  var commentTarget: Cell? {
    stack.nearest { if case .comment(_, let cell) = $0 { cell } else { nil } }
  }

  /// A score being typed: on a scale above 9 (digits, then Enter), or criterion by criterion.
  var scoreBox: ScoreBox? { stack.nearest { if case .score(let box) = $0 { box } else { nil } } }

  /// The help screen's scroll, when it is open.
  public var helpScroll: Int? {
    if case .help(let scroll) = stack.top { return scroll }
    return nil
  }

  /// What is being asked before it is done.
  var asking: ReviewQuestion? { stack.nearest { if case .asking(let q) = $0 { q } else { nil } } }

  /// Asking whether to quit although the review file could not be saved.
  public var confirmingQuit: Bool {
    stack.nearest { if case .quitAnyway = $0 { true } else { nil } } ?? false
  }

  /// In the presenter: a group's number being typed, and the group chosen in the list.
  public var jumpEntry: String? { stack.nearest { if case .jump(let typed) = $0 { typed } else { nil } } }
  public var picking: Int? { stack.nearest { if case .pick(let p) = $0 { p } else { nil } } }

  /// The levels open, bottom first (for tests).
  var levels: [ReviewStack.Level] { stack.levels }
}
