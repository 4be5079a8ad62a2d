import FoundationEssentials
import Glibc

/// A file that could not be written, and why: `path: message`.
public struct FileWriteError: Error, Equatable, Sendable, CustomStringConvertible {
  public var path: String
  public var message: String

  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }

  /// What failed, with the system's reason (`cannot be written: No space left on device`).
  init(_ url: URL, _ what: String, _ code: Int32) {
    self.init(path: url.path, message: "\(what): \(String(cString: strerror(code)))")
  }

  public var description: String { "\(path): \(message)" }
}
