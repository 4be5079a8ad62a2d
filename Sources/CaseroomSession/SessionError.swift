import CaseroomEngine
import FoundationEssentials

/// A session file that cannot be used, and why.
public struct SessionError: FileProblem, Equatable, Sendable {
  public enum Kind: Sendable, Equatable {
    /// Truncated, not JSON, or JSON of the wrong shape.
    case corrupt
    /// A JSON file that is not a session.
    case foreign
    /// A session from a newer version of caseroom.
    case futureSchema
    /// Cannot be read or written (permissions, disk full…).
    case io
    /// Held by another caseroom process.
    case locked
  }

  public var file: String
  public var line: Int
  public var kind: Kind
  public var message: String
  /// Why the whole file could not be read, as a value (the app words it).
  public var reason: FileReadError.Kind?
  /// Why the file could not be read as a session, as data (nil: another problem).
  public var unreadable: VersionedFileError?

  public init(file: String, line: Int = 0, kind: Kind, message: String, reason: FileReadError.Kind? = nil) {
    self.file = file
    self.line = line
    self.kind = kind
    self.message = message
    self.reason = reason
  }

  /// A session file the loader refused (`VersionedFile`).
  public init(_ e: VersionedFileError) {
    let kind: Kind
    switch e.problem {
    case .unreadable: kind = .io
    case .noSchema, .otherKind: kind = .foreign
    case .otherVersion: kind = .futureSchema
    default: kind = .corrupt
    }
    self.init(file: e.file, line: e.line, kind: kind, message: e.message)
    unreadable = e
  }
}
