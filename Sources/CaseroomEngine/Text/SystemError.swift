import FoundationEssentials
import Glibc

/// What the system said when a call failed: its `errno`, as a value. The app
/// words it in the interface's language (`Say.systemError`); `description` is
/// the C library's English (`strerror`), for logs and tests.
public struct SystemError: Error, Equatable, Hashable, Sendable, CustomStringConvertible {
  public var code: Int32

  public init(_ code: Int32) { self.code = code }

  /// The `errno` inside an error of FoundationEssentials (`CocoaError` with
  /// its POSIX cause or a file code, `POSIXError`), else nil.
  public init?(_ error: any Error) {
    if let e = error as? SystemError {
      self = e
    } else if let e = error as? POSIXError {
      self.init(e.code.rawValue)
    } else if let e = error as? CocoaError {
      if let posix = e.underlying as? POSIXError { self.init(posix.code.rawValue); return }
      switch e.code {
      case .fileNoSuchFile, .fileReadNoSuchFile: self.init(ENOENT)
      case .fileReadNoPermission, .fileWriteNoPermission: self.init(EACCES)
      case .fileWriteFileExists: self.init(EEXIST)
      case .fileWriteOutOfSpace: self.init(ENOSPC)
      case .fileWriteVolumeReadOnly: self.init(EROFS)
      default: return nil
      }
    } else {
      return nil
    }
  }

  /// The error of the call that just failed.
  public static var last: SystemError { SystemError(errno) }

  public var description: String { String(cString: strerror(code)) }
}
