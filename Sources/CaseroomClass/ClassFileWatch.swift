import CaseroomEngine
import FoundationEssentials
import Glibc

/// Noticing cheaply that `class.json` changed, for readers that poll it
/// (every tick, 250 ms): one `stat` per call, the file read only when its
/// identity changed. The instructor's writes replace the file (a rename),
/// so its inode changes with every write, even within one second.
public struct ClassFileWatch: Sendable {
  public let url: URL
  /// The stamp of the version last read (nil: none yet, or none there).
  public private(set) var stamp: FileStamp?
  /// The class file as last read.
  public private(set) var file: ClassFile?

  public init(url: URL) { self.url = url }

  /// Whether the file changed since the last `poll` (a `stat`, nothing read).
  public func changed() -> Bool { FileStamp.of(url) != stamp }

  /// Reads the file again when it changed; returns the new version then, nil
  /// when it did not change (or cannot be read now: the last good one is kept).
  public mutating func poll() -> ClassFile? {
    let now = FileStamp.of(url)
    guard now != stamp else { return nil }
    stamp = now
    guard now != nil, let data = try? RegularFile.read(url),
      let read = try? ClassFile.decode(data, file: url.path), read != file
    else { return nil }
    file = read
    return read
  }
}
