/// A problem with a file the user gave us, with the place it is at.
/// Its description is the one line the CLI prints: `file:line: message`.
public struct CaseError: FileProblem, Sendable, Equatable {
  public var file: String
  /// 1-based line, or 0 when the problem is with the whole file.
  public var line: Int
  public var message: String
  /// Why the whole file could not be read, as a value (the app words it).
  public var reason: FileReadError.Kind?

  public init(file: String, line: Int = 0, _ message: String, reason: FileReadError.Kind? = nil) {
    self.file = file
    self.line = line
    self.message = message
    self.reason = reason
  }
}

/// Several problems found in one file.
public struct CaseErrors: Error, Sendable, CustomStringConvertible {
  public var errors: [CaseError]
  public var description: String { errors.map(\.description).joined(separator: "\n") }
}
