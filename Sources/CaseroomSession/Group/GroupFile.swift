import CaseroomEngine
import FoundationEssentials
import Glibc

/// A group's session file written by several readers at once, each a
/// member at their own terminal. Nobody holds the whole file:
///
/// - every save is a merge: under the short write lock (`LiveFolder`), the
///   file is read again when it changed since this reader last read it, then
///   merged three-way with what this reader has, field by field
///   (`SessionMerge`, the base being what it last read), then written
///   atomically (`SessionStore.save`);
/// - following (`follow`) looks at the file's stamp (one `stat`) and reads it
///   only when it changed, merging the others' work into this reader's.
///
/// Edits of different fields never conflict. Two writers of one field (across
/// machines, after an idle lock was taken) both keep their text, between
/// markers naming the members. A file replaced under the reader (copied
/// back, restored by hand) is merged the same way, never written over.
public final class GroupFile: @unchecked Sendable {
  public let url: URL
  public let store: SessionStore
  public let folder: LiveFolder
  private let state = ThreadLock()
  /// The session as this reader last read or wrote it: the base of the next merge.
  private var _base: Session
  /// The file's stamp then (inode, size, modification time).
  private var stamp: FileStamp?
  /// How many times the base moved (each save and follow), and the base before the last follow:
  /// a save made from a session that had not yet taken in that follow is merged with it first.
  private var _generation = 0
  private var before: Session?
  /// How long a save waits for another's write lock before giving up.
  public static let writeLockWait: TimeInterval = 2

  public init(url: URL, store: SessionStore, read session: Session) {
    self.url = url
    self.store = store
    folder = LiveFolder(session: url)
    _base = session
    stamp = FileStamp.of(url)
  }

  public var base: Session { state.withLock { _base } }
  /// The base a session of `generation` comes from: the one before the last
  /// follow when that follow was not yet taken in (see `save(_:as:now:from:)`).
  /// What this reader changed is counted against it, never the others' work.
  public func base(from generation: Int?) -> Session {
    state.withLock {
      if let g = generation, g == _generation - 1, let before { return before }
      return _base
    }
  }
  /// Which base the reader's session now comes from (see `save(_:as:now:from:)`).
  public var generation: Int { state.withLock { _generation } }

  /// What a save or a follow gave: the session this reader goes on with
  /// (its own work and the others'), and what was merged.
  public struct Merged: Equatable, Sendable {
    public var session: Session
    /// Whether another reader's work was read and merged in.
    public var readOthers: Bool
    /// Questions (0-based) whose answers now hold both texts, marked.
    public var conflictedAnswers: [Int]
    public var conflictedNotes: Int
  }

  /// Saves `mine` (this reader's session: the base plus its own changes) as
  /// `member`: read, merged, written under the write lock. Throws, writing
  /// nothing, when it cannot be done; the caller keeps the text (`SaveDraft`).
  ///
  /// `from`: the generation `mine` comes from. A save asked for before the
  /// follow under way was taken in (the program ending on a signal while a
  /// follow ran) comes from the one before: it is merged with what that
  /// follow read first, so the others' work it read is not written over.
  public func save(_ mine: Session, as member: String, now: Date = Date(), from generation: Int? = nil)
    throws(SessionError) -> Merged
  {
    state.lock()
    defer { state.unlock() }
    var mine = mine
    if let g = generation, g == _generation - 1, let before {
      do {
        mine = try SessionMerge.merge(base: before, ours: mine, theirs: _base, labels: Self.labels(member, _base))
          .session
      } catch {
        throw SessionError(file: url.path, kind: .foreign, .cannotMerge(error))
      }
    }
    try folder.ensure()
    let lock = try WriteLock(folder.writeLockURL, wait: Self.writeLockWait)
    let merged: Merged
    do { merged = try saveLocked(mine, as: member, now: now) } catch {
      lock.unlock()
      throw error
    }
    // The new file's data was synced under the lock; the rename is made durable after it is given
    // up, so that the others' saves do not wait for a second fsync.
    lock.unlock()
    AtomicFile.syncDirectory(url.deletingLastPathComponent().path)
    return merged
  }

  private func saveLocked(_ mine: Session, as member: String, now: Date) throws(SessionError) -> Merged {
    var merged = Merged(session: mine, readOthers: false, conflictedAnswers: [], conflictedNotes: 0)
    var revision = _base.revision
    if FileStamp.of(url) != stamp, RegularFile.exists(url) {
      let disk = try store.load(url)
      merged = try merge(mine, disk, member)
      revision = disk.revision
    }
    merged.session.updatedAt = now
    merged.session.revision = revision + 1
    try store.save(merged.session, to: url, sync: .fileOnly)
    _base = merged.session
    before = nil
    _generation += 1
    stamp = FileStamp.of(url)
    return merged
  }

  /// Reads the file when it changed since last seen (one `stat` when it did
  /// not) and merges the others' work into `mine`. nil: nothing changed.
  /// The reader goes on with the merged session (what it read is the next base).
  /// A file that cannot be read now (half-copied, damaged by hand) is left
  /// for the next look; it is never written over (the next save merges or
  /// fails, keeping a draft).
  public func follow(_ mine: Session, as member: String) throws(SessionError) -> Merged? {
    state.lock()
    defer { state.unlock() }
    let now = FileStamp.of(url)
    guard now != stamp, now != nil else { return nil }
    let disk = try store.load(url)
    var merged = try merge(mine, disk, member)
    merged.session.revision = disk.revision
    before = _base
    _base = disk
    _generation += 1
    stamp = now
    return merged
  }

  /// Whether the file changed since this reader last read or wrote it (one `stat`).
  public var changedOnDisk: Bool { state.withLock { FileStamp.of(url) != stamp } }

  /// `mine` merged with `disk` over the base (which the caller moves on once the merge is taken).
  private func merge(_ mine: Session, _ disk: Session, _ member: String) throws(SessionError) -> Merged {
    guard disk.caseId == mine.caseId, disk.group.name == mine.group.name else {
      throw SessionError(
        file: url.path, kind: .foreign, .holdsAnotherSession(group: disk.group.name, caseId: disk.caseId))
    }
    let r: SessionMerge.Result
    do { r = try SessionMerge.merge(base: _base, ours: mine, theirs: disk, labels: Self.labels(member, disk)) } catch {
      throw SessionError(file: url.path, kind: .foreign, .cannotMerge(error))
    }
    return Merged(
      session: r.session, readOthers: true, conflictedAnswers: r.conflictedAnswers, conflictedNotes: r.conflictedNotes)
  }

  /// The markers of a member's save: this member on this machine, and who last wrote the field on disk.
  static func labels(_ member: String, _ disk: Session) -> (Int?) -> ConflictMarkers.Labels {
    { q in
      .member(member, theirs: q.flatMap { $0 < disk.answers.count ? disk.answers[$0].writer : nil })
    }
  }

  /// Brings back a draft left by a save that failed: merged with the file
  /// as it is now (the draft's base as the base), then saved. The draft's
  /// file is removed once saved. Its conflict markers name the member who
  /// wrote the draft (its participation was counted when the draft was made),
  /// whoever brings it back.
  ///
  /// `keeping`: the bringing reader's own session (its changes since it read
  /// the file, as a login remembered), saved with it at once, over what it read.
  public func restore(
    _ draft: SaveDraft, from file: URL, as member: String, now: Date = Date(), keeping mine: Session? = nil
  ) throws(SessionError) -> Merged {
    state.lock()
    let read = _base
    // The draft is that reader's work over its base: merged with the file as it is now.
    _base = draft.base ?? Session(empty: draft.session)
    stamp = nil
    state.unlock()
    var merged = try save(draft.session, as: draft.member ?? member, now: now)
    SaveDraft.remove(file)
    guard let mine else { return merged }
    // The reader's session comes from what it read before the draft: merged over that (`save`'s `from`).
    let generation = state.withLock {
      before = read
      return _generation - 1
    }
    let conflicts = (merged.conflictedAnswers, merged.conflictedNotes)
    merged = try save(mine, as: member, now: now, from: generation)
    merged.conflictedAnswers = conflicts.0
    merged.conflictedNotes = conflicts.1
    return merged
  }
}

/// The short lock a save holds while it reads, merges and writes: `flock` on
/// `write.lock` in the live folder (the kernel frees it when its process ends).
struct WriteLock {
  let fd: Int32

  init(_ url: URL, wait: TimeInterval) throws(SessionError) {
    var fd = open(url.path, O_RDWR | O_CLOEXEC | O_NOFOLLOW)
    if fd < 0 && errno == ENOENT {
      fd = FileMode.owner.createExclusive(url.path)
      if fd < 0 && errno == EEXIST { fd = open(url.path, O_RDWR | O_CLOEXEC | O_NOFOLLOW) }
    }
    guard fd >= 0 else {
      throw SessionError(file: url.path, kind: .io, .writeLockUnopenable(.last))
    }
    let deadline = Date().addingTimeInterval(wait)
    while flock(fd, LOCK_EX | LOCK_NB) != 0 {
      let e = errno
      guard e == EWOULDBLOCK || e == EINTR, Date() < deadline else {
        close(fd)
        throw SessionError(
          file: url.path, kind: .locked, e == EWOULDBLOCK ? .saveDidNotEnd : .cannotLock(SystemError(e)))
      }
      usleep(2_000)
    }
    self.fd = fd
  }

  func unlock() {
    flock(fd, LOCK_UN)
    close(fd)
  }
}
