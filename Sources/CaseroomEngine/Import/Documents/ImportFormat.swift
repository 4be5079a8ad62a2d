import Foundation

/// What kind of file a hand-out is: plain text (a Word export, a PDF copy,
/// a flattened text), Markdown, a Word document or a PDF. Told by the file's
/// first bytes, then by its extension.
public enum ImportFormat: String, Sendable, CaseIterable {
  case text, markdown, docx, pdf

  /// The format of the file at `url`.
  public static func of(_ url: URL) -> ImportFormat {
    if let handle = try? FileHandle(forReadingFrom: url) {
      let head = (try? handle.read(upToCount: 5)) ?? Data()
      try? handle.close()
      if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .docx }
      if head.starts(with: Array("%PDF-".utf8)) { return .pdf }
    }
    switch url.pathExtension.lowercased() {
    case "docx": return .docx
    case "pdf": return .pdf
    case "md", "markdown": return .markdown
    default: return .text
    }
  }
}

/// A hand-out read from its file: the text the importer reads, and what it was.
public struct ImportSource: Sendable {
  public var text: String
  public var format: ImportFormat

  public init(text: String, format: ImportFormat) {
    self.text = text
    self.format = format
  }

  /// Reads a hand-out of any format: a `.docx` with its own structure, a PDF
  /// through pdftotext, Markdown and text as they are.
  public static func read(_ url: URL) throws -> ImportSource {
    let format = ImportFormat.of(url)
    switch format {
    case .docx: return ImportSource(text: try DocxReader.text(of: url), format: .docx)
    case .pdf: return ImportSource(text: try PdfText.text(of: url), format: .pdf)
    case .markdown, .text: return ImportSource(text: try TextFile.read(url), format: format)
    }
  }
}
