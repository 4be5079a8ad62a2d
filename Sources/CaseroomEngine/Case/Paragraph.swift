/// A paragraph of a section, an item of a numbered list, or a row of a table.
public struct Paragraph: Sendable, Equatable {
  public var text: String
  /// The item's number as shown (`1．`), or `nil` for a plain paragraph.
  public var label: String?
  /// Line in the case file where the paragraph starts (0 when not from a file).
  public var line: Int
  /// The row's cells when the paragraph is a row of a table (`text` is then `row.text`).
  public var row: TableRow?

  public init(_ text: String, label: String? = nil, line: Int = 0) {
    self.text = text
    self.label = label
    self.line = line
  }

  /// A row of a table.
  public init(row: TableRow, line: Int = 0) {
    self.text = row.text
    self.line = line
    self.row = row
  }

  /// Whether the paragraph is one of its section's items: a numbered item, or a table row other than the header.
  public var isItem: Bool { label != nil || (row.map { !$0.isHeader } ?? false) }
}
