import CaseroomEngine
import Foundation

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

  public init(file: String, line: Int = 0, kind: Kind, message: String) {
    self.file = file
    self.line = line
    self.kind = kind
    self.message = message
  }

  /// Turns Foundation's "around line 3, column 7" or "character 42" into a line and a readable position.
  static func position(_ detail: String, data: Data) -> (Int, String) {
    if detail.contains("line"), let r = detail.range(of: "line ") {
      let rest = detail[r.upperBound...]
      let line = Int(rest.prefix { $0.isNumber }) ?? 1
      return (line, detail)
    }
    if let r = detail.range(of: "character ") {
      let offset = Int(detail[r.upperBound...].prefix { $0.isNumber }) ?? 0
      let prefix = data.prefix(offset)
      let line = prefix.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
      return (line, "\(detail) (line \(line))")
    }
    if data.isEmpty { return (1, "the file is empty") }
    let line = data.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    return (line, "\(detail) (the file ends at line \(line); truncated?)")
  }
}
