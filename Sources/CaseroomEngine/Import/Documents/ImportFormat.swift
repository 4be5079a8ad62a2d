/// What kind of file a hand-out is: plain text (a Word export, a PDF copy,
/// a flattened text), Markdown, a Word document or a PDF (told apart, and
/// read, by `CaseroomDocuments`).
public enum ImportFormat: String, Sendable, CaseIterable {
  case text, markdown, docx, pdf
}

/// A hand-out read from its file: the text the importer reads, and what it was.
public struct ImportSource: Sendable {
  public var text: String
  public var format: ImportFormat

  public init(text: String, format: ImportFormat) {
    self.text = text
    self.format = format
  }
}
