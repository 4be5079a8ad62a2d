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

  public init(file: String, line: Int = 0, kind: Kind, message: String, reason: FileReadError.Kind? = nil) {
    self.file = file
    self.line = line
    self.kind = kind
    self.message = message
    self.reason = reason
  }

  /// Where JSON text goes wrong, as a line and words for the message.
  static func position(_ problem: JSONSyntax.Problem, data: Data) -> (Int, String) {
    if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return (1, "the file is empty") }
    if problem.what == "the text ends before the JSON does" {
      return (problem.line, "the file ends at line \(problem.line) before its JSON does (truncated?)")
    }
    return (problem.line, problem.description)
  }

}
