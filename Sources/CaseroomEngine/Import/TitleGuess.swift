/// Where a heading's title ends and its body begins, and why the importer thinks so.
public struct TitleGuess: Sendable {
  /// Why the title ends where it does; the app words it.
  public enum Reason: Sendable, Equatable {
    case inBrackets
    case byStyle
    case headingLine
    case knownName
    case nothingFollows
    case itemsOnLine
    case restOfLine
    case lineAfter
    case colon
    case space
    /// Run into its body: cut after `count` characters, for these signs.
    case runIn(count: Int, signs: [CutSign])
    /// Run into its body with nothing to show where: cut after `count` characters.
    case runInBlind(count: Int)
  }

  /// A sign that a title run into its body ends at a place.
  public enum CutSign: Sendable, Equatable, CaseIterable {
    case usualEnding
    case titleRepeated
    case bodyStartsWithTitle
    case quoteFollows
    case numberFollows
    case latinFollows
    case openerFollows
    case asLong
  }

  /// The title (scalar offsets), never empty unless the heading has nothing after it at all.
  var title: Range<Int>
  var bodyStart: Int
  var reason: Reason
  /// False when the end of the title is a guess that deserves a look.
  var sure: Bool
}
