import FoundationEssentials
import Glibc

/// What `stat` says of a file at one moment, enough to tell that it changed:
/// its identity (device, inode), size, and modification and change times to
/// the nanosecond. An atomic save renames a new file over the old one, so the
/// inode changes; a file written in place changes its times.
struct FileSignature: Equatable, Sendable {
  var device: UInt64
  var inode: UInt64
  var size: Int64
  var modified: Int64
  var modifiedNano: Int64
  var changed: Int64
  var changedNano: Int64
  var mode: UInt32

  /// The file at `path` (symbolic links followed); nil when nothing is there.
  init?(path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    self.init(info)
  }

  init(_ info: stat) {
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
    size = Int64(info.st_size)
    modified = Int64(info.st_mtim.tv_sec)
    modifiedNano = Int64(info.st_mtim.tv_nsec)
    changed = Int64(info.st_ctim.tv_sec)
    changedNano = Int64(info.st_ctim.tv_nsec)
    mode = UInt32(info.st_mode)
  }

  var isDirectory: Bool { mode & UInt32(S_IFMT) == UInt32(S_IFDIR) }
}

/// The names in a directory, read with `readdir` (no stat of each entry unless
/// the file system does not say what an entry is).
enum DirectoryListing {
  struct Entry {
    var name: String
    /// A real directory (not a symbolic link to one).
    var isDirectory: Bool
    /// The entry's inode, as the directory gives it.
    var inode: UInt64
  }

  /// The entries of `path` (without `.` and `..`), or the system's reason it cannot be read.
  static func read(_ path: String) -> Result<[Entry], ListingError> {
    guard let dir = opendir(path) else {
      return .failure(ListingError(code: errno))
    }
    defer { closedir(dir) }
    var out: [Entry] = []
    while let entry = readdir(dir) {
      let name = withUnsafePointer(to: &entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }
      if name == "." || name == ".." { continue }
      var isDirectory = Int32(entry.pointee.d_type) == Int32(DT_DIR)
      if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
        var info = stat()
        isDirectory = lstat(path + "/" + name, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
      }
      out.append(Entry(name: name, isDirectory: isDirectory, inode: UInt64(entry.pointee.d_ino)))
    }
    return .success(out)
  }

  struct ListingError: Error, Equatable {
    var code: Int32
    var message: String {
      code == ENOENT ? "no such directory" : code == ENOTDIR ? "is not a directory" : String(cString: strerror(code))
    }
  }
}
