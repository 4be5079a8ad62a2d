/// Why a hand-out cannot be imported at all.
public enum ImportError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The text is empty or only blanks and line breaks.
  case empty
  /// The file cannot be read as what it says it is (a damaged .docx, a PDF pdftotext refuses).
  case unreadable(file: String, reason: String)
  /// A PDF, and pdftotext (poppler-utils) is not installed.
  case needsPdftotext(file: String)
  /// A .docx or a .pdf, and the `caseroom-documents` helper that reads them is not where it belongs.
  case needsHelper(file: String, lookedIn: [String])
  /// The helper's own message, which names the file and the place.
  case helper(message: String)

  public var description: String {
    switch self {
    case .empty: "there is no text to import: the file is empty or holds only blanks"
    case .unreadable(let file, let reason): "\(file): \(reason)"
    case .needsPdftotext(let file):
      "\(file): reading a PDF needs pdftotext, which is not installed; install it with "
        + "'sudo apt-get install poppler-utils' (Debian, Ubuntu) or 'brew install poppler' (macOS), "
        + "or copy the text out of the PDF into a .txt file and import that"
    case .needsHelper(let file, let lookedIn):
      "\(file): reading a .docx or a .pdf needs caseroom-documents, the helper installed with caseroom, "
        + "and it was not found (looked in \(lookedIn.joined(separator: " and "))); "
        + "build it with 'swift build' or reinstall caseroom (Scripts/install.sh)"
    case .helper(let message): message
    }
  }
}
