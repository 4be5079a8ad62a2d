import CaseroomEngine
import CaseroomSession

/// The instructor's review file cannot be used or saved, and why, as a
/// value: the file, the line (0: the whole file) and what is wrong. The app
/// words it (`Say.reviewFileProblem`); `description` is for logs and tests.
public struct ReviewFileError: FileProblem, Equatable, Sendable {
  /// What is wrong, with what the words need.
  public indirect enum What: Equatable, Sendable {
    /// The loader refused the file (`VersionedFile`).
    case unreadable(VersionedFileError)
    /// A review of another case (`found`) than the one reviewed (`expected`).
    case otherCase(found: String, expected: String)
    /// Its contents break a rule of the format (the detail: a scale, a score, a question).
    case invalid(String)
    /// Not saved: the review in memory breaks a rule of the format (the detail).
    case notSaved(String)
    /// The file on disk cannot be read, so it was left as it is and not saved over.
    case leftAsItIs(What)
    /// The review cannot be encoded (the encoder's words).
    case cannotEncode(String)
    /// The file cannot be written (the system's words).
    case cannotWrite(FileWriteError)
    /// Its folder cannot be made (the system's words).
    case cannotCreateFolder(SystemError)
    /// Its lock cannot be taken (the reason).
    case lockUnavailable(SessionLock.Unavailable)
    /// Another process is saving it, and went on longer than the wait.
    case beingSaved(by: SessionLock.Holder)
    /// Anything else, in the words of what failed.
    case other(String)
  }

  public var file: String
  /// 1-based line, or 0 when the problem is with the whole file.
  public var line: Int
  public var what: What

  public init(file: String, line: Int = 0, _ what: What) {
    self.file = file
    self.line = line
    self.what = what
  }

  /// A problem in words of its own (`.other`).
  public init(file: String, line: Int = 0, message: String) { self.init(file: file, line: line, .other(message)) }

  /// A review file the loader refused (`VersionedFile`).
  public init(_ e: VersionedFileError) { self.init(file: e.file, line: e.line, .unreadable(e)) }

  /// For logs and tests: the case and its values (a user reads `Say.reviewFileProblem`).
  public var message: String { "\(what)" }

  /// Why the file could not be read as a review, as data (nil: another problem).
  public var unreadable: VersionedFileError? {
    switch what {
    case .unreadable(let e), .leftAsItIs(.unreadable(let e)): e
    default: nil
    }
  }
}
