import CaseroomEngine
import Foundation

extension ImportSource {
  /// Reads a hand-out of any format, in this process: a `.docx` with its own
  /// structure, a PDF through pdftotext, Markdown and text as they are. This
  /// module needs Foundation itself (a zip archive, an XML parser, a process):
  /// the `caseroom-documents` helper runs it, so that `caseroom` stays on
  /// FoundationEssentials.
  public static func read(_ url: URL) throws -> ImportSource {
    let format = ImportFormat.of(url)
    if ImportFormat.isCompoundFile(ImportFormat.head(of: url, count: 8)) {
      throw ImportError.unreadable(file: url.path, reason: .oldWordFormat)
    }
    switch format {
    case .docx: return ImportSource(text: try DocxReader.text(of: url), format: .docx)
    case .pdf: return ImportSource(text: try PdfText.text(of: url), format: .pdf)
    case .markdown, .text: return ImportSource(text: try TextFile.read(url), format: format)
    }
  }
}
