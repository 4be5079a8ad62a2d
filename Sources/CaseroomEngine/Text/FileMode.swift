import FoundationEssentials
import Glibc

/// Who may read and write a file caseroom creates.
///
/// A group's work is private to its user: sessions, their backups, locks, the
/// review file and reading positions are created `0600`. In a class folder —
/// a directory with the setgid bit, whose files belong to the folder's group
/// — they are created `0660` with the folder's group, so that the class can
/// share them. The instructor's review file and its comment draft are
/// `0600` wherever they are (`private`), created so from the start: never
/// readable by the class, not even for a moment. Exports and imported cases
/// are ordinary files (`0666` less the umask), like any other program's output.
public enum FileMode: Sendable, Equatable {
  /// `0600`, or `0660` with the folder's group in a setgid folder.
  case owner
  /// `0600` in any folder, a class folder too.
  case `private`
  /// `0666` less the umask.
  case ordinary

  /// The exact mode for a new file in `directory` (nil: leave it to the umask).
  public func mode(inDirectory directory: String) -> mode_t? {
    switch self {
    case .ordinary: return nil
    case .private: return 0o600
    case .owner: return FileMode.isClassFolder(directory) ? 0o660 : 0o600
    }
  }

  /// Whether `directory` has the setgid bit (its new files take its group).
  public static func isClassFolder(_ directory: String) -> Bool {
    var info = stat()
    return stat(directory, &info) == 0 && info.st_mode & S_ISGID != 0
  }

  /// Creates a new file exclusively (`O_CREAT|O_EXCL|O_NOFOLLOW`: never an
  /// existing file, never through a symbolic link) for writing, with this
  /// mode; in a setgid folder it is given the folder's group. Returns the
  /// descriptor, or -1 with `errno` set.
  public func createExclusive(_ path: String) -> Int32 {
    let directory = PathText.directory(path)
    // Created with no permission for the group or others when a mode is asked for,
    // so no one else can open it before the fchmod below.
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, self == .ordinary ? 0o666 : 0o600)
    guard fd >= 0 else { return -1 }
    if let mode = mode(inDirectory: directory.isEmpty ? "." : directory) {
      var info = stat()
      if mode == 0o660, stat(directory, &info) == 0 { _ = fchown(fd, uid_t.max, info.st_gid) }
      if fchmod(fd, mode) != 0 {
        let e = errno
        close(fd)
        unlink(path)
        errno = e
        return -1
      }
    }
    return fd
  }

  /// A name no one can guess: `prefix` and 16 random hex digits.
  public static func unpredictableName(_ prefix: String) -> String {
    var rng = SystemRandomNumberGenerator()
    let r = String(rng.next() as UInt64, radix: 16)
    return prefix + String(repeating: "0", count: 16 - r.count) + r
  }
}
