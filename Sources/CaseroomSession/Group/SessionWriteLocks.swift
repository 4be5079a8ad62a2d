import CaseroomEngine
import FoundationEssentials
import Glibc

/// The write locks of group sessions, held by a writer that is not one of
/// their readers: a sync's `git merge` writes the sessions it merges under
/// them. A reader's merging save (`GroupFile.save`) takes the same lock, so
/// it never reads a file that git is half-way through writing, nor writes
/// over the merge; the readers' follows then take the merge in, as they
/// take in another member's save.
///
/// Locks are taken in the order of the files' paths (two syncs never wait
/// for each other in a circle); a reader holds one at a time, for one save.
public final class SessionWriteLocks: @unchecked Sendable {
  private let state = ThreadLock()
  private var held: [WriteLock] = []

  /// Holds the write lock of each session in `sessions` that exists (a
  /// session not here has no reader). Throws `.locked`, holding none, when
  /// a save keeps one longer than `wait`.
  public init(sessions: [URL], wait: TimeInterval = GroupFile.writeLockWait) throws(SessionError) {
    let files = Set(sessions.map { $0.standardizedFileURL.path }).sorted()
    for path in files where RegularFile.exists(URL(fileURLWithPath: path)) {
      let folder = LiveFolder(session: URL(fileURLWithPath: path))
      do {
        try folder.ensure()
        held.append(try WriteLock(folder.writeLockURL, wait: wait))
      } catch {
        release()
        throw error
      }
    }
  }

  /// How many sessions are held.
  public var count: Int { state.withLock { held.count } }

  /// Gives every lock back (also when the holder ends: the kernel frees `flock`s).
  public func release() {
    state.lock()
    let locks = held
    held = []
    state.unlock()
    for lock in locks { lock.unlock() }
  }

  deinit { release() }
}
