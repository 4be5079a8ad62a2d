import FoundationEssentials
import Glibc

/// Reading a small file the user's data is kept in (a session, a review file,
/// a lock, reading positions): only a regular file is read. A directory, a
/// FIFO, a socket or a device is refused by its type before anything is
/// opened for reading, so that a FIFO can never block the program.
public enum RegularFile {
  /// The whole file (symbolic links followed). Errors name the file and say
  /// plainly what is wrong with it.
  public static func read(_ url: URL) throws(FileReadError) -> Data {
    let path = url.path
    var info = stat()
    guard stat(path, &info) == 0 else { throw FileReadError(path: path, errno: errno) }
    if let problem = FileReadError.Kind(mode: info.st_mode) { throw FileReadError(path: path, problem) }
    // O_NONBLOCK: if the file was swapped for a FIFO since, opening does not wait for a writer.
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { throw FileReadError(path: path, errno: errno) }
    defer { close(fd) }
    guard fstat(fd, &info) == 0 else { throw FileReadError(path: path, errno: errno) }
    if let problem = FileReadError.Kind(mode: info.st_mode) { throw FileReadError(path: path, problem) }
    var data = Data(capacity: max(0, Int(info.st_size)))
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw FileReadError(path: path, errno: errno)
      }
      if n == 0 { break }
      data.append(contentsOf: chunk[0..<n])
    }
    return data
  }

  /// What is at `url` without following a symbolic link: nil when nothing is.
  public static func kind(_ url: URL) -> mode_t? {
    var info = stat()
    guard lstat(url.path, &info) == 0 else { return nil }
    return info.st_mode & S_IFMT
  }

  /// Whether something (a file, a directory, a dangling link…) is at `url`.
  public static func exists(_ url: URL) -> Bool { kind(url) != nil }

  /// Whether `url` is a symbolic link.
  public static func isSymbolicLink(_ url: URL) -> Bool { kind(url) == S_IFLNK }
}

/// A file that could not be read, and why, in one line: `path: message`.
public struct FileReadError: FileProblem, Equatable, Sendable {
  public enum Kind: Equatable, Sendable {
    case missing
    case directory
    /// A FIFO, socket or device.
    case notRegular(Special)
    /// Permissions, I/O errors… (the system's error, as a value).
    case unreadable(SystemError)

    init?(mode: mode_t) {
      switch mode & S_IFMT {
      case S_IFREG: return nil
      case S_IFDIR: self = .directory
      case S_IFIFO: self = .notRegular(.fifo)
      case S_IFSOCK: self = .notRegular(.socket)
      case S_IFCHR, S_IFBLK: self = .notRegular(.device)
      default: self = .notRegular(.other)
      }
    }
  }

  /// What a file that is not a regular file is.
  public enum Special: String, Equatable, Sendable {
    case fifo = "a FIFO"
    case socket = "a socket"
    case device = "a device"
    case other = "a special file"
  }

  public var file: String
  public var kind: Kind
  public var line: Int { 0 }

  public init(path: String, _ kind: Kind) {
    file = path
    self.kind = kind
  }

  init(path: String, errno code: Int32) {
    self.init(path: path, code == ENOENT ? .missing : .unreadable(SystemError(code)))
  }

  public var message: String {
    switch kind {
    case .missing: return "no such file"
    case .directory: return "is a directory, not a file"
    case .notRegular(let what): return "is \(what.rawValue), not a regular file (not opened)"
    case .unreadable(let why): return "cannot be read: \(why)"
    }
  }
}
