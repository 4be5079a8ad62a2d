import FoundationEssentials

/// Something about a class that went wrong, in one line naming the file or
/// folder: `path: message`.
public struct ClassError: Error, Equatable, Sendable, CustomStringConvertible {
  public var file: String
  public var message: String

  public init(file: String, _ message: String) {
    self.file = file
    self.message = message
  }

  public var description: String { file.isEmpty ? message : "\(file): \(message)" }
}
