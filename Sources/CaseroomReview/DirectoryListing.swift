import FoundationEssentials
import Glibc

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
