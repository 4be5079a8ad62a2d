import FoundationEssentials
import Glibc

/// What `stat` says of a file at one moment, enough to tell one version of
/// it from another: its identity (device, inode), size, type and
/// permissions, and its modification and change times to the nanosecond. An
/// atomic save renames a new file over the old one, so the inode changes
/// (even within one second); a file written in place changes its times.
/// The one stat stamp of every layer: the review's look at the folders,
/// a session's "written since", the class file's watch, the case index.
public struct FileStamp: Hashable, Sendable {
  public var device: UInt64
  public var inode: UInt64
  public var size: Int64
  public var modified: Int64
  public var modifiedNano: Int64
  public var changed: Int64
  public var changedNano: Int64
  public var mode: UInt32

  /// The file at `path` (symbolic links followed); nil when nothing is there.
  public init?(path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    self.init(info)
  }

  /// The file at `url`; nil when nothing is there.
  public static func of(_ url: URL) -> FileStamp? { FileStamp(path: url.path) }

  public init(_ info: stat) {
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
    size = Int64(info.st_size)
    modified = Int64(info.st_mtim.tv_sec)
    modifiedNano = Int64(info.st_mtim.tv_nsec)
    changed = Int64(info.st_ctim.tv_sec)
    changedNano = Int64(info.st_ctim.tv_nsec)
    mode = UInt32(info.st_mode)
  }

  public var isDirectory: Bool { mode & UInt32(S_IFMT) == UInt32(S_IFDIR) }
}
