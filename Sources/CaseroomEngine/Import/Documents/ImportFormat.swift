import FoundationEssentials
import Glibc

/// What kind of file a hand-out is: plain text (a Word export, a PDF copy,
/// a flattened text), Markdown, a Word document or a PDF. Told apart here;
/// a .docx or a .pdf is read by the `caseroom-documents` helper (it needs
/// Foundation itself, which stays out of the `caseroom` binary).
public enum ImportFormat: String, Sendable, CaseIterable {
  case text, markdown, docx, pdf

  /// The format of the file at `url`: by its first bytes (a zip archive, `%PDF-`), else by its extension.
  public static func of(_ url: URL) -> ImportFormat {
    var head = [UInt8](repeating: 0, count: 5)
    let fd = open(url.path, O_RDONLY | O_CLOEXEC)
    if fd >= 0 {
      let n = read(fd, &head, head.count)
      close(fd)
      let bytes = head.prefix(max(n, 0))
      if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .docx }
      if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
    }
    switch url.pathExtension.lowercased() {
    case "docx": return .docx
    case "pdf": return .pdf
    case "md", "markdown": return .markdown
    default: return .text
    }
  }

  /// The first `count` bytes of the file (fewer when it is shorter or cannot be read).
  public static func head(of url: URL, count: Int) -> [UInt8] {
    var head = [UInt8](repeating: 0, count: count)
    let fd = open(url.path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return [] }
    let n = read(fd, &head, head.count)
    close(fd)
    return Array(head.prefix(max(n, 0)))
  }

  /// An OLE compound file (`D0 CF 11 E0 A1 B1 1A E1`): a Word 97–2003 .doc, or a .docx encrypted with a password.
  public static func isCompoundFile(_ head: [UInt8]) -> Bool {
    head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
  }

  /// A zip archive's first local header (`PK 03 04`).
  public static func isZip(_ head: [UInt8]) -> Bool { head.starts(with: [0x50, 0x4B, 0x03, 0x04]) }

  /// Whether reading it takes the `caseroom-documents` helper.
  public var isDocument: Bool { self == .docx || self == .pdf }
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
