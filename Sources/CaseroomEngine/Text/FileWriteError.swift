import FoundationEssentials
import Glibc

/// A file that could not be written, and why, as values: the step that
/// failed and the system's error (the app words them, `Say.writeFailure`);
/// `message` is the English for logs and tests.
public struct FileWriteError: Error, Equatable, Sendable, CustomStringConvertible {
  public var path: String
  public var step: Step
  /// The system's error, for the steps that made a call.
  public var system: SystemError?

  /// What could not be done.
  public enum Step: Equatable, Sendable {
    case createFolder
    /// The path is a symbolic link, a directory or not a regular file: not replaced.
    case symbolicLink, directory, notRegular
    case createTemporary
    case write
    case replace
  }

  public init(path: String, _ step: Step, _ system: SystemError? = nil) {
    self.path = path
    self.step = step
    self.system = system
  }

  /// What failed, with the system's error code.
  init(_ url: URL, _ step: Step, _ code: Int32) {
    self.init(path: url.path, step, SystemError(code))
  }

  /// The English, for logs and tests (`cannot be written: No space left on device`).
  public var message: String {
    let what: String
    switch step {
    case .createFolder: what = "cannot create its directory"
    case .symbolicLink: return "is a symbolic link: not replaced (caseroom never writes through a link)"
    case .directory: return "is a directory: not replaced"
    case .notRegular: return "is not a regular file: not replaced"
    case .createTemporary: what = "cannot create a temporary file"
    case .write: what = "cannot be written"
    case .replace: what = "cannot be replaced"
    }
    return system.map { "\(what): \($0)" } ?? what
  }

  public var description: String { "\(path): \(message)" }
}
