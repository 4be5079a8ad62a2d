import CaseroomEngine
import FoundationEssentials
import Glibc

/// Noticing cheaply that `class.json` changed, for readers that poll it
/// (every tick, 250 ms): one `stat` per call, the file read only when its
/// identity changed. The instructor's writes replace the file (a rename),
/// so its inode changes with every write, even within one second.
///
/// In a student's clone of a signed class the file is believed only as the
/// instructor signed it (`InstructorTrust`): a version edited by hand, or
/// carried in by a commit the instructor did not sign, is not shown; the
/// signed version is read from git instead (`distrusted` says so).
public struct ClassFileWatch: Sendable {
  /// What `stat` says of the file: enough to tell one version from another.
  public struct Stamp: Equatable, Sendable {
    public var device: UInt64
    public var inode: UInt64
    public var size: Int64
    public var seconds: Int
    public var nanoseconds: Int

    /// The file's stamp now, or nil when it cannot be seen.
    public static func of(_ url: URL) -> Stamp? {
      var info = stat()
      guard stat(url.path, &info) == 0 else { return nil }
      return Stamp(
        device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
        seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec))
    }
  }

  public let url: URL
  /// The stamp of the version last read (nil: none yet, or none there).
  public private(set) var stamp: Stamp?
  /// The class file as last read.
  public private(set) var file: ClassFile?

  /// Whether the file on disk, as last read, was not the instructor's (the signed version was read instead).
  public private(set) var distrusted = false
  /// The clone's signatures (looked up at the first read; `.some(nil)`: nothing to check).
  private var trust: InstructorTrust??

  public init(url: URL) { self.url = url }

  /// Whether the file changed since the last `poll` (a `stat`, nothing read).
  public func changed() -> Bool { Stamp.of(url) != stamp }

  /// Reads the file again when it changed; returns the new version then, nil
  /// when it did not change (or cannot be read now: the last good one is kept).
  public mutating func poll() -> ClassFile? {
    let now = Stamp.of(url)
    guard now != stamp else { return nil }
    stamp = now
    guard now != nil, let data = try? RegularFile.read(url), let believed = believed(data) else { return nil }
    guard let read = try? ClassFile.decode(believed, file: url.path), read != file else { return nil }
    file = read
    return read
  }

  /// The bytes to believe for what was read: the instructor's signed version
  /// when the file is not it (nil: no version is trusted; the last good one is kept).
  private mutating func believed(_ data: Data) -> Data? {
    if trust == nil {
      trust = .some((try? InstructorTrust(directory: url.deletingLastPathComponent())) ?? nil)
    }
    guard let t = trust ?? nil, !t.isTrusted(url) else {
      distrusted = false
      return data
    }
    distrusted = true
    return t.trustedBytes(of: url)
  }
}
