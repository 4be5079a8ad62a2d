/// A paragraph of a section, or an item of a numbered list.
public struct Paragraph: Sendable, Equatable {
  public var text: String
  /// The item's number as shown (`1．`), or `nil` for a plain paragraph.
  public var label: String?
  /// Line in the case file where the paragraph starts (0 when not from a file).
  public var line: Int

  public init(_ text: String, label: String? = nil, line: Int = 0) {
    self.text = text
    self.label = label
    self.line = line
  }
}
