import FoundationEssentials
import Glibc

/// This machine's processes, as locks need to know them: the host's name,
/// whether a pid is alive, and when a process started (to tell a reused pid).
public enum LocalProcess {
  /// The host's name (what locks record).
  public static let hostName: String = {
    var buf = [UInt8](repeating: 0, count: 256)
    gethostname(&buf, 255)
    return String(decoding: buf.prefix { $0 != 0 }, as: UTF8.self)
  }()

  /// The login name of the user this process runs as (`uid N` when it has none).
  public static var userName: String {
    if let pw = getpwuid(geteuid()), let name = pw.pointee.pw_name { return String(cString: name) }
    return "uid \(geteuid())"
  }

  /// Whether a process with this pid runs (another user's too). A zombie —
  /// ended, killed, not yet reaped by its parent — holds nothing: not alive.
  public static func isAlive(_ pid: Int32) -> Bool {
    if pid <= 0 { return false }
    guard kill(pid, 0) == 0 || errno == EPERM else { return false }
    return state(pid) != "Z"
  }

  /// The process's state letter in /proc (`R`, `S`, `Z`…); nil where unknown.
  static func state(_ pid: Int32) -> Character? {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return nil }
    return stat[stat.index(after: close)...].first { $0 != " " }
  }

  /// When a process started (seconds since 1970), from /proc; nil where unknown.
  public static func started(_ pid: Int32) -> TimeInterval? {
    guard pid > 0, let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return nil }
    let fields = stat[stat.index(after: close)...].split(separator: " ")
    // After the command: state is field 3, starttime field 22.
    guard fields.count > 19, let ticks = Double(fields[19]), let boot = bootTime else { return nil }
    return boot + ticks / Double(sysconf(Int32(_SC_CLK_TCK)))
  }

  static let bootTime: TimeInterval? = {
    guard let text = try? String(contentsOfFile: "/proc/stat", encoding: .utf8) else { return nil }
    for line in text.split(separator: "\n") where line.hasPrefix("btime ") {
      return Double(line.dropFirst(6).trimmingSpaces())
    }
    return nil
  }()
}

extension SessionLock.Holder {
  /// The one liveness check of a lock's holder (the session's own lock, the
  /// review's look at the groups, a sync refusing to merge into an open
  /// session): a holder on another host counts as live (it cannot be asked);
  /// here, its pid must be alive and not reused — a process that started
  /// after the lock was taken bears it now. `reused`: already known (a
  /// caller that asked once, when it read the lock, need not read /proc again).
  public func isLive(reused: Bool? = nil) -> Bool {
    guard host == LocalProcess.hostName else { return true }
    guard LocalProcess.isAlive(pid) else { return false }
    return !(reused ?? isReused)
  }

  /// Whether the pid now belongs to a process started after the lock was taken.
  public var isReused: Bool {
    guard host == LocalProcess.hostName, let started = LocalProcess.started(pid) else { return false }
    return started > since.timeIntervalSince1970 + 5
  }
}
