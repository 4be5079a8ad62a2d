import FoundationEssentials
import Glibc

/// Writing a file so that it is never half-written: a temporary file in the
/// same directory, fsync, the previous version kept as `.bak` (a hard link)
/// when asked, rename over the old file, fsync of the directory. `kill -9` at
/// any moment leaves the old file or the new one.
///
/// Safe in a folder others can write to (a class folder): the temporary file
/// has an unpredictable name (`.<name>.tmp-<16 random hex digits>`) and is
/// created with `O_CREAT|O_EXCL|O_NOFOLLOW`, so a file or symbolic link
/// planted in advance is never written through; a target that is a symbolic
/// link (or not a regular file) is refused, never replaced. New files get the
/// mode asked for (`FileMode`).
///
/// Every file caseroom writes goes through here: sessions and the review file
/// (with `.bak`), exports, imported cases, reading positions and case indexes.
public enum AtomicFile {
  /// How a write is made durable before it returns.
  public enum Sync: Sendable {
    /// `fsync` of the new file, then of the directory after the rename (the default).
    case full
    /// `fdatasync` of the new file (its data and size, not its times), then `fsync` of the directory.
    case data
    /// `fsync` of the new file only: the caller syncs the directory (`syncDirectory`) once it has
    /// given up a lock held around the write, so that others do not wait for it.
    case fileOnly
    /// Neither: the page cache only (a power cut may lose it). For measuring what durability costs.
    case none
  }

  /// Writes `data` to `url`. With `keepBackup` the version it replaces stays
  /// beside it as `url.bak`; with `createDirectory` the directory is made
  /// first when it does not exist. On failure the file is left as it was.
  public static func write(
    _ data: Data, to url: URL, keepBackup: Bool, createDirectory: Bool = false, mode: FileMode = .ordinary,
    keepMode: Bool = false, sync: Sync = .full
  ) throws(FileWriteError) {
    let dir = url.deletingLastPathComponent().path
    if createDirectory {
      do {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
      } catch {
        throw FileWriteError(path: url.path, .createFolder, SystemError(error) ?? SystemError(EIO))
      }
    }
    var existing = stat()
    let exists = lstat(url.path, &existing) == 0
    if exists {
      switch existing.st_mode & S_IFMT {
      case S_IFREG: break
      case S_IFLNK:
        throw FileWriteError(path: url.path, .symbolicLink)
      case S_IFDIR: throw FileWriteError(path: url.path, .directory)
      default: throw FileWriteError(path: url.path, .notRegular)
      }
    }
    let tmp = FileMode.unpredictableName(dir + "/." + url.lastPathComponent + ".tmp-")
    let fd = mode.createExclusive(tmp)
    guard fd >= 0 else { throw FileWriteError(url, .createTemporary, errno) }
    // `keepMode`: the file replaced keeps its permissions (a read-only hand-out stays read-only), as editors do.
    if keepMode && exists { fchmod(fd, existing.st_mode & 0o777) }
    var failure = writeAll(fd, data)
    if failure == 0 {
      switch sync {
      case .full, .fileOnly: if fsync(fd) != 0 { failure = errno }
      case .data: if fdatasync(fd) != 0 { failure = errno }
      case .none: break
      }
    }
    close(fd)
    guard failure == 0 else {
      unlink(tmp)
      throw FileWriteError(url, .write, failure)
    }
    if keepBackup && exists {
      let backup = url.path + ".bak"
      unlink(backup)
      if link(url.path, backup) != 0, let old = try? RegularFile.read(url) {
        // No hard links on this file system: a copy, written the same way.
        try? write(old, to: URL(fileURLWithPath: backup), keepBackup: false, mode: mode)
      }
    }
    guard rename(tmp, url.path) == 0 else {
      let e = errno
      unlink(tmp)
      throw FileWriteError(url, .replace, e)
    }
    if sync == .full || sync == .data { syncDirectory(dir) }
  }

  /// Removes what a write to `url` that was killed (`kill -9`, a power cut) left beside it: `.<name>.tmp-` and
  /// 16 hex digits, a regular file owned by this user, not written for `staleAfter` seconds (a write in
  /// progress changes its file all the time and renames it at once). Another user's file is never touched.
  public static func removeStaleTemporaries(of url: URL, staleAfter: Int = 300) {
    let dir = url.deletingLastPathComponent().path
    let prefix = "." + url.lastPathComponent + ".tmp-"
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
    let now = time(nil)
    for name in names where name.hasPrefix(prefix) {
      let suffix = name.dropFirst(prefix.count)
      guard suffix.count == 16, suffix.allSatisfy({ $0.isHexDigit }) else { continue }
      let path = dir + "/" + name
      var info = stat()
      guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_uid == geteuid(),
        now - info.st_mtim.tv_sec > staleAfter
      else { continue }
      unlink(path)
    }
  }

  /// Writes all of `data` to an open file (again after a signal, on after a
  /// short write); 0 or the errno.
  public static func writeAll(_ fd: Int32, _ data: Data) -> Int32 {
    data.withUnsafeBytes { buf in
      var done = 0
      while done < buf.count {
        let n = Glibc.write(fd, buf.baseAddress! + done, buf.count - done)
        if n < 0 {
          if errno == EINTR { continue }
          return errno
        }
        done += n
      }
      return 0
    }
  }

  /// A new file at `path` holding `data`, fsynced: created exclusively (a
  /// file or link planted there is an `EEXIST`, never written through), and
  /// removed again when the write fails. 0 or the errno. `write` is the write
  /// of the bytes (tests make it fail as on a full disk).
  public static func writeNew(
    _ data: Data, at path: String, mode: FileMode, write: (Int32, Data) -> Int32 = writeAll
  ) -> Int32 {
    let fd = mode.createExclusive(path)
    guard fd >= 0 else { return errno }
    var failure = write(fd, data)
    if failure == 0 && fsync(fd) != 0 { failure = errno }
    close(fd)
    if failure != 0 { unlink(path) }
    return failure
  }

  /// fsyncs a directory, so that a rename or a new name in it is on disk.
  public static func syncDirectory(_ dir: String) {
    let dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if dfd >= 0 {
      fsync(dfd)
      close(dfd)
    }
  }
}
