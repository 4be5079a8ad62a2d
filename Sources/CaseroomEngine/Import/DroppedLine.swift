/// A line of the raw text left out of the case as page furniture: a page
/// number, or a running header or footer repeated from page to page.
public struct DroppedLine: Sendable, Equatable {
  /// The line's number in the raw text (1-based).
  public var line: Int
  /// The line as it was (without its leading and trailing blanks).
  public var text: String
  /// Why it was left out, in the report's words.
  public var reason: String
}
