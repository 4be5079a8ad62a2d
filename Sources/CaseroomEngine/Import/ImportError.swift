/// Why a hand-out cannot be imported at all, as values (the app words them,
/// `Say.importProblem`); `description` is the English, for logs, tests and a
/// `caseroom` older than the helper that sent it (`DocumentsHelperReport`).
public enum ImportError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The text is empty or only blanks and line breaks.
  case empty
  /// The file cannot be read as what it says it is (a damaged .docx, a PDF pdftotext refuses).
  case unreadable(file: String, reason: Unreadable)
  /// A PDF, and pdftotext (poppler-utils) is not installed.
  case needsPdftotext(file: String)
  /// A .docx or a .pdf, and the `caseroom-documents` helper that reads them is not where it belongs;
  /// `package`: this program runs from a build folder, and the helper is built there by this command.
  case needsHelper(file: String, lookedIn: [String], package: PackageBuild? = nil)
  /// What a helper said that this caseroom knows no value for (an older helper's
  /// sentence, or a newer one's code): its own words, which name the file.
  case helper(message: String)

  /// Why a .docx or a .pdf cannot be read.
  public enum Unreadable: Sendable, Equatable {
    /// Not a zip archive, so not a .docx.
    case notZip
    /// A zip archive without `word/document.xml`.
    case noDocument
    /// A part of the .docx cannot be unpacked: the part, and the unpacker's words.
    case damagedPart(String, detail: String)
    /// `word/document.xml` is not well-formed XML: the piece it was cut into (1 when whole), the line.
    case notWellFormed(piece: Int, line: Int)
    /// pdftotext could not be started (the system's words).
    case pdftotextNotStarted(detail: String)
    /// pdftotext refused the file (its own words, perhaps none).
    case pdftotextFailed(detail: String)
    /// A PDF without text: a scan.
    case noTextLayer
    /// The helper could not be started: its path, and the system's words.
    case helperNotStarted(path: String, detail: String)
    /// The helper was stopped by a signal while reading it.
    case helperSignal(Int32)
    /// The helper failed and said nothing: its exit status.
    case helperFailed(status: Int32)
    /// An OLE compound file (`D0 CF 11 E0`): a Word 97–2003 .doc, or a .docx saved with a password.
    case oldWordFormat
    /// A zip archive cut off or damaged (its directory at the end is missing).
    case damagedZip
    /// A part of the .docx that unpacks larger than `limit` bytes, or `ratio` times its packed size (a zip bomb).
    case partTooLarge(String, limit: Int)
    /// A part of the .docx with a run of text longer than the XML parser takes (`characters`, at least).
    case textTooLong(String, characters: Int)
    /// A part of the .docx with a document type declaration (entities): Word never writes one.
    case documentType(String)
    /// A PDF that opens only with a password (pdftotext's words).
    case needsPassword(detail: String)
    /// The helper was stopped by a signal; what it wrote (its backtrace) is kept in the file `log`.
    case helperCrashed(signal: Int32, log: String)
  }

  public var description: String {
    switch self {
    case .empty: "there is no text to import: the file is empty or holds only blanks"
    case .unreadable(let file, let reason): "\(file): \(reason.english)"
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

extension ImportError.Unreadable {
  /// The English, for logs and an older caseroom.
  public var english: String {
    switch self {
    case .notZip: "not a Word document (.docx): it is not a zip archive"
    case .noDocument: "not a Word document (.docx): it has no word/document.xml"
    case .damagedPart(let part, let detail): "\(part) is damaged inside the .docx (\(detail))"
    case .notWellFormed(let piece, let line):
      "word/document.xml is not well-formed XML\(piece > 1 ? " (part \(piece))" : ""), line \(line)"
    case .pdftotextNotStarted(let detail): "pdftotext could not be started (\(detail))"
    case .pdftotextFailed(let detail):
      "pdftotext could not read it" + (detail.isEmpty ? "" : ": \(detail)") + " (is it a PDF?)"
    case .noTextLayer: "the PDF has no text layer (a scan?): run it through OCR first, then import the text"
    case .helperNotStarted(let path, let detail): "\(path) could not be started (\(detail))"
    case .helperSignal(let signal): "caseroom-documents stopped with signal \(signal) reading it"
    case .helperFailed(let status): "caseroom-documents failed (exit \(status))"
    case .oldWordFormat:
      "an old Word .doc or an encrypted Word file: open it in Word or WPS and save it as .docx (without a password), then import that"
    case .damagedZip: "the .docx is damaged (cut off?): it is a zip archive that cannot be opened"
    case .partTooLarge(let part, let limit):
      "\(part) unpacks to more than \(limit / 1_048_576) MB (or far more than its packed size): refused"
    case .textTooLong(let part, let characters):
      "\(part) has a run of \(characters) characters of text without a break, more than can be read"
    case .documentType(let part): "\(part) declares a document type (entities), which Word never writes: refused"
    case .needsPassword(let detail):
      "the PDF needs a password" + (detail.isEmpty ? "" : " (\(detail))")
        + ": save a copy without the password, then import that"
    case .helperCrashed(let signal, let log):
      "the reader caseroom-documents stopped (signal \(signal)) reading it; what it said is in \(log)"
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
