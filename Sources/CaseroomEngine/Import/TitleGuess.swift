/// Where a heading's title ends and its body begins, and why the importer thinks so.
struct TitleGuess {
  /// The title (scalar offsets), never empty unless the heading has nothing after it at all.
  var title: Range<Int>
  var bodyStart: Int
  var reason: String
  /// False when the end of the title is a guess that deserves a look.
  var sure: Bool
}
