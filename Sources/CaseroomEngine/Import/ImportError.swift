/// Why a hand-out cannot be imported at all.
public enum ImportError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The text is empty or only blanks and line breaks.
  case empty
  /// The file cannot be read as what it says it is (a damaged .docx, a PDF pdftotext refuses).
  case unreadable(file: String, reason: String)
  /// A PDF, and pdftotext (poppler-utils) is not installed.
  case needsPdftotext(file: String)
  /// A .docx or a .pdf, and the `caseroom-documents` helper that reads them is not where it belongs;
  /// `package`: this program runs from a build folder, and the helper is built there by this command.
  case needsHelper(file: String, lookedIn: [String], package: PackageBuild? = nil)
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
    case .needsHelper(let file, let lookedIn, let package):
      "\(file): reading a .docx or a .pdf needs caseroom-documents, the helper installed with caseroom, "
        + "and it was not found (looked in \(lookedIn.joined(separator: " and "))); "
        + (package.map { "build it once with: cd \($0.folder) && \($0.command)" }
          ?? "reinstall caseroom (Scripts/install.sh)")
    case .helper(let message): message
    }
  }
}

/// Where the helper is built when `caseroom` runs from its package's build folder (`swift run`).
public struct PackageBuild: Sendable, Equatable {
  /// The folder holding `Package.swift`.
  public var folder: String
  /// `swift build --product caseroom-documents` (with `-c release` for a release build).
  public var command: String

  public init(folder: String, command: String) {
    self.folder = folder
    self.command = command
  }
}
