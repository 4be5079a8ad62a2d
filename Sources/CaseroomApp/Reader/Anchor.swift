/// A place in a case that survives re-layout: a section, a paragraph in it
/// and a UTF-8 offset in that paragraph — never a screen row.
public struct Anchor: Equatable, Hashable, Codable, Sendable {
  /// Index of the section among the case's reading sections.
  public var section: Int
  /// Paragraph index; -1 is the section's heading.
  public var paragraph: Int
  /// UTF-8 offset in the paragraph; -1 is the blank line before it.
  public var offset: Int

  public init(section: Int, paragraph: Int = -1, offset: Int = 0) {
    self.section = section
    self.paragraph = paragraph
    self.offset = offset
  }
}
