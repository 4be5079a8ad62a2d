import CaseroomEngine
import CaseroomSession
import FoundationEssentials
import Glibc

/// Whether a session is open in a caseroom process now: its lock file
/// (`….session.json.lock`), read without taking it, and judged as the
/// session layer judges it — a lock of a process that no longer exists on
/// this host, or whose pid now belongs to a younger process, is stale; a
/// lock of another host, or one this user may not read, counts as held.
struct LiveLock: Equatable, Sendable {
  var signature: FileStamp
  /// Who the lock names (nil: it cannot be read, or is not a lock).
  var holder: SessionLock.Holder?
  /// The lock is another user's and may not be read: held.
  var forbidden: Bool
  /// On reading: the pid belonged to a process started after the lock was taken (reused).
  var reused: Bool

  /// Reads the lock at `path`; nil when there is none.
  init?(path: String) {
    guard let sig = FileStamp(path: path) else { return nil }
    signature = sig
    forbidden = false
    reused = false
    do {
      let data = try RegularFile.read(URL(fileURLWithPath: path))
      holder = try? JSONCoding.decoder().decode(SessionLock.Holder.self, from: data.prefix(4096))
    } catch {
      holder = nil
      if case .unreadable = error.kind { forbidden = access(path, R_OK) != 0 }
    }
    reused = holder?.isReused ?? false
  }

  /// Whether a live process holds it at `now` (a cheap check: one `kill(pid, 0)`).
  func isLive(now: Date) -> Bool {
    if forbidden { return true }
    guard let h = holder else {
      // Half-written by an old caseroom that died: stale after a few seconds, as the session layer has it.
      return now.timeIntervalSince1970 - Double(signature.modified) <= 5
    }
    return h.isLive(reused: reused)
  }
}
