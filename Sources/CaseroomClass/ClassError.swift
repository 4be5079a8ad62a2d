import CaseroomEngine
import FoundationEssentials

/// Something about a class that went wrong, in one line naming the file or
/// folder: `path: message`.
public struct ClassError: Error, Equatable, Sendable, CustomStringConvertible {
  public var file: String
  public var message: String
  /// Why a class's file could not be read, as data (nil: another problem).
  public var unreadable: VersionedFileError?

  public init(file: String, _ message: String) {
    self.file = file
    self.message = message
  }

  /// A class file or a feedback file the loader refused (`VersionedFile`).
  public init(_ e: VersionedFileError) {
    self.init(file: e.file, e.message)
    unreadable = e
  }

  public var description: String { file.isEmpty ? message : "\(file): \(message)" }
}
