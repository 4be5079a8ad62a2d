import Foundation

/// Writing a file so that it is never half-written: a temporary file in the
/// same directory, fsync, the previous version kept as `.bak` (a hard link)
/// when asked, rename over the old file, fsync of the directory. `kill -9` at
/// any moment leaves the old file or the new one.
///
/// Every file caseroom writes goes through here: sessions and the review file
/// (with `.bak`), exports, imported cases, reading positions and case indexes.
public enum AtomicFile {
  /// Writes `data` to `url`. With `keepBackup` the version it replaces stays
  /// beside it as `url.bak`; with `createDirectory` the directory is made
  /// first when it does not exist. On failure the file is left as it was.
  public static func write(
    _ data: Data, to url: URL, keepBackup: Bool, createDirectory: Bool = false
  ) throws(FileWriteError) {
    let dir = url.deletingLastPathComponent().path
    if createDirectory {
      do {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
      } catch {
        throw FileWriteError(path: url.path, message: "cannot create its directory: \(error.localizedDescription)")
      }
    }
    let tmp = dir + "/." + url.lastPathComponent + ".tmp-\(getpid())"
    let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw FileWriteError(url, "cannot create a temporary file", errno) }
    var failure: Int32 = 0
    data.withUnsafeBytes { buf in
      var done = 0
      while done < buf.count {
        let n = Glibc.write(fd, buf.baseAddress! + done, buf.count - done)
        if n < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        done += n
      }
    }
    if failure == 0 && fsync(fd) != 0 { failure = errno }
    close(fd)
    guard failure == 0 else {
      unlink(tmp)
      throw FileWriteError(url, "cannot be written", failure)
    }
    if keepBackup && FileManager.default.fileExists(atPath: url.path) {
      let backup = url.path + ".bak"
      unlink(backup)
      if link(url.path, backup) != 0 { _ = try? FileManager.default.copyItem(atPath: url.path, toPath: backup) }
    }
    guard rename(tmp, url.path) == 0 else {
      let e = errno
      unlink(tmp)
      throw FileWriteError(url, "cannot be replaced", e)
    }
    let dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if dfd >= 0 {
      fsync(dfd)
      close(dfd)
    }
  }
}
