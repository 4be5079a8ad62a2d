import CaseroomEngine

/// The instructor's review file cannot be used, and why: `file:line: message`
/// (or `file: message` when the problem is with the whole file).
public struct ReviewFileError: FileProblem, Equatable, Sendable {
  public var file: String
  /// 1-based line, or 0 when the problem is with the whole file.
  public var line: Int
  public var message: String
  /// Why the file could not be read as a review, as data (nil: another problem).
  public var unreadable: VersionedFileError?

  public init(file: String, line: Int = 0, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// A review file the loader refused (`VersionedFile`).
  public init(_ e: VersionedFileError) {
    self.init(file: e.file, line: e.line, message: e.message)
    unreadable = e
  }
}
