/// Why a hand-out cannot be imported at all.
public enum ImportError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The text is empty or only blanks and line breaks.
  case empty
  /// The file cannot be read as what it says it is (a damaged .docx, a PDF pdftotext refuses).
  case unreadable(file: String, reason: String)
  /// A PDF, and pdftotext (poppler-utils) is not installed.
  case needsPdftotext(file: String)

  public var description: String {
    switch self {
    case .empty: "there is no text to import: the file is empty or holds only blanks"
    case .unreadable(let file, let reason): "\(file): \(reason)"
    case .needsPdftotext(let file):
      "\(file): reading a PDF needs pdftotext, which is not installed; install it with "
        + "'sudo apt-get install poppler-utils' (Debian, Ubuntu) or 'brew install poppler' (macOS), "
        + "or copy the text out of the PDF into a .txt file and import that"
    }
  }
}
