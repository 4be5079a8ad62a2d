import CaseroomEngine
import Foundation

/// Who holds a session: one process writes a session at a time. The lock is a
/// file beside the session (`….session.json.lock`) created exclusively and
/// holding the owner's pid, host and start time. A lock whose process no
/// longer exists on this host is stale and is taken over.
public final class SessionLock: @unchecked Sendable {
  public struct Holder: Codable, Equatable, Sendable {
    public var pid: Int32
    public var host: String
    public var since: Date

    public var description: String {
      "process \(pid) on \(host), since \(LocalTime.text(since, .dateAndTime))"
    }
  }

  public enum Outcome: Sendable {
    /// We hold the lock (possibly after taking over a stale one).
    case acquired(SessionLock, tookOverFrom: Holder?)
    /// Someone else holds it: open read-only.
    case heldBy(Holder)
  }

  public let url: URL
  private var released = false

  private init(url: URL) { self.url = url }

  static func hostName() -> String {
    var buf = [CChar](repeating: 0, count: 256)
    gethostname(&buf, 255)
    return String(cString: buf)
  }

  /// Tries to take the lock of a session file.
  public static func acquire(for session: URL, now: Date = Date()) throws -> Outcome {
    let lockURL = URL(fileURLWithPath: session.path + ".lock")
    try FileManager.default.createDirectory(at: lockURL.deletingLastPathComponent(), withIntermediateDirectories: true)
    let me = Holder(pid: getpid(), host: hostName(), since: now)
    let data = try JSONCoding.encoder(.compact).encode(me)
    var tookOver: Holder?
    for _ in 0..<3 {
      let fd = open(lockURL.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
      if fd >= 0 {
        _ = data.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
        fsync(fd)
        close(fd)
        return .acquired(SessionLock(url: lockURL), tookOverFrom: tookOver)
      }
      guard errno == EEXIST else {
        throw SessionError(
          file: lockURL.path, kind: .io, message: "cannot create the lock: \(String(cString: strerror(errno)))")
      }
      let holder = read(lockURL)
      if let holder, holder.host == hostName(), !isAlive(holder.pid) || holder.pid == getpid() {
        tookOver = holder
        unlink(lockURL.path)
        continue
      }
      if holder == nil {
        // Unreadable lock (crashed while writing it): older than a few seconds means stale.
        let age =
          (try? FileManager.default.attributesOfItem(atPath: lockURL.path)[.modificationDate] as? Date)
          .flatMap { $0 }.map { now.timeIntervalSince($0) } ?? 0
        if age > 5 {
          unlink(lockURL.path)
          continue
        }
        return .heldBy(Holder(pid: 0, host: "?", since: now))
      }
      return .heldBy(holder!)
    }
    throw SessionError(file: lockURL.path, kind: .locked, message: "cannot take the lock")
  }

  static func read(_ url: URL) -> Holder? {
    guard let data = try? Data(contentsOf: url) else { return nil }
    return try? JSONCoding.decoder().decode(Holder.self, from: data)
  }

  static func isAlive(_ pid: Int32) -> Bool {
    if pid <= 0 { return false }
    return kill(pid, 0) == 0 || errno == EPERM
  }

  /// Gives the lock up (also done on deinit).
  public func release() {
    guard !released else { return }
    released = true
    if let holder = SessionLock.read(url), holder.pid == getpid() { unlink(url.path) }
  }

  deinit { release() }
}
