import Foundation

/// Writing a file so that it is never half-written: a temporary file in the
/// same directory, fsync, the previous version kept as `.bak` (a hard link),
/// rename over the old file, fsync of the directory. `kill -9` at any moment
/// leaves the old file or the new one.
public enum AtomicFile {
  public static func write(_ data: Data, to url: URL, keepBackup: Bool = true) throws {
    let dir = url.deletingLastPathComponent().path
    let tmp = dir + "/." + url.lastPathComponent + ".tmp-\(getpid())"
    let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw error(url, "cannot create a temporary file") }
    var ok = data.withUnsafeBytes { buf -> Bool in
      var done = 0
      while done < buf.count {
        let n = Glibc.write(fd, buf.baseAddress! + done, buf.count - done)
        if n < 0 {
          if errno == EINTR { continue }
          return false
        }
        done += n
      }
      return true
    }
    let writeErrno = errno
    ok = ok && fsync(fd) == 0
    close(fd)
    guard ok else {
      unlink(tmp)
      errno = writeErrno
      throw error(url, "cannot be written")
    }
    if keepBackup && FileManager.default.fileExists(atPath: url.path) {
      let backup = url.path + ".bak"
      unlink(backup)
      if link(url.path, backup) != 0 { _ = try? FileManager.default.copyItem(atPath: url.path, toPath: backup) }
    }
    guard rename(tmp, url.path) == 0 else {
      let e = errno
      unlink(tmp)
      errno = e
      throw error(url, "cannot be replaced")
    }
    let dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if dfd >= 0 {
      fsync(dfd)
      close(dfd)
    }
  }

  static func error(_ url: URL, _ what: String) -> SessionError {
    SessionError(file: url.path, kind: .io, message: "\(what): \(String(cString: strerror(errno)))")
  }
}
