/// The workspace's views form a stack: the reader at the bottom, each list,
/// editor or question opened over the view it was opened from. Esc pops
/// exactly one level — the note editor opened from the notes list goes back
/// to the list, the answer editor opened from the questions panel goes back
/// to the panel — and a jump to the text closes them all.
extension Workspace {
  /// Opens a view over the one on screen; `back` comes back to it.
  mutating func open(_ view: Screen) {
    under.append(screen)
    screen = view
  }

  /// Esc: the view under the one on screen (the reader at the bottom).
  mutating func back() {
    screen = under.popLast() ?? .reading
  }

  /// Every view closed: the reader (a jump to a place in the text).
  mutating func home() {
    under = []
    screen = .reading
  }

  /// The views under the one on screen, nearest last (for tests and the help).
  public var viewsUnder: [Screen] { under }
}
