import CaseroomEngine
import Foundation

/// Reading a hand-out's file of any format. This module holds what needs
/// Foundation itself (a zip archive, an XML parser, a process): the engine
/// stays on FoundationEssentials.
extension ImportFormat {
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

extension ImportSource {
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
