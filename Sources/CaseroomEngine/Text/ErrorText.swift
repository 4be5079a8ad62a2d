import FoundationEssentials
import Glibc

/// An error in words for a message: the system's reason (`No such file or
/// directory`) for the file errors of `FileManager` and `Data`, which
/// FoundationEssentials gives as codes (`localizedDescription` is Foundation's).
public enum ErrorText {
  public static func words(_ error: any Error) -> String {
    if let e = error as? CocoaError {
      if let posix = e.underlying as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
      switch e.code {
      case .fileNoSuchFile, .fileReadNoSuchFile: return String(cString: strerror(ENOENT))
      case .fileReadNoPermission, .fileWriteNoPermission: return String(cString: strerror(EACCES))
      case .fileWriteFileExists: return String(cString: strerror(EEXIST))
      case .fileWriteOutOfSpace: return String(cString: strerror(ENOSPC))
      case .fileWriteVolumeReadOnly: return String(cString: strerror(EROFS))
      default: return "error \(e.code.rawValue)"
      }
    }
    if let e = error as? POSIXError { return String(cString: strerror(e.code.rawValue)) }
    return "\(error)"
  }
}
