import FoundationEssentials
import Glibc

/// An error in words for logs: the system's reason (`No such file or
/// directory`) for the file errors of `FileManager` and `Data`, which
/// FoundationEssentials gives as codes (`localizedDescription` is Foundation's).
/// A user reads the value worded by the app (`SystemError`, `Say.systemError`).
public enum ErrorText {
  public static func words(_ error: any Error) -> String {
    if let e = SystemError(error) { return e.description }
    if let e = error as? CocoaError { return "error \(e.code.rawValue)" }
    return "\(error)"
  }
}
