/// One screen line of laid-out text.
public struct LaidLine: Sendable, Equatable {
  /// What the line is part of.
  public enum Kind: Sendable, Equatable {
    case heading
    case body
    case blank
  }

  public var kind: Kind
  /// Index of the paragraph in its section (`nil` for headings and blanks).
  public var paragraph: Int?
  /// The slice of the paragraph's text on this line, without anything the layout added.
  public var text: Substring
  /// UTF-8 offsets of `text` in the paragraph.
  public var range: Range<Int>
  /// What the layout adds before the text: indentation or an item label.
  public var lead: String
  /// `lead` + `text` as it may be sent to the terminal: controls shown as
  /// U+FFFD, trailing (hanging) spaces dropped.
  public var display: String
  /// Columns `display` takes.
  public var columns: Int

  public static let blank = LaidLine(
    kind: .blank, paragraph: nil, text: "", range: 0..<0, lead: "", display: "", columns: 0)
}
