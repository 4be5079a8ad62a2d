import CaseroomEngine
import FoundationEssentials
import Glibc

/// Opens a group's session for the reader: creates it for a new group, loads
/// it for a known one, takes its lock (or opens it read-only when it must not
/// be written), and deals with a damaged file as the user asked.
///
/// A session is opened read-only, never written, when another process holds
/// its lock, when no lock can be made (a read-only folder, a full disk), when
/// the file is a symbolic link, or when it is a session of another case.
public struct SessionOpener: Sendable {
  /// What to do when the group's file is damaged.
  public enum Recovery: Sendable {
    /// Refuse, naming the file and the ways out (and whether its backup can be used).
    case refuse
    /// Open the last backup (`.bak`) and carry on in the group's own file;
    /// the damaged file is moved aside (`….damaged-<UTC time>`).
    case fromBackup
    /// Start afresh in the group's own file; the damaged file is moved aside.
    case fresh
  }

  /// How to open.
  public struct Options: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// Take the lock even when a live process (another user's, another
    /// host's) holds it: its lock is removed and the notice names it. That
    /// process's later saves then fail loudly instead of writing.
    public static let takeOver = Options(rawValue: 1)
    /// A group writes together: no session lock; the session is a `GroupFile`
    /// (every save a merge) and each reader takes the lock of the field it writes.
    public static let together = Options(rawValue: 2)
  }

  public let store: SessionStore
  public let recovery: Recovery
  public let options: Options

  public init(store: SessionStore, recovery: Recovery = .refuse, options: Options = []) {
    self.store = store
    self.recovery = recovery
    self.options = options
  }

  /// The same opener with other options.
  public func with(_ options: Options) -> SessionOpener {
    SessionOpener(store: store, recovery: recovery, options: options)
  }

  /// The same opener with another way out of damage (after the user chose one on screen).
  public func recovering(_ way: Recovery) -> SessionOpener {
    SessionOpener(store: store, recovery: way, options: options)
  }

  /// Why a session could not be opened.
  public enum Failure: Error, Sendable {
    /// The file is damaged and no recovery was asked for. `backup` is its
    /// `.bak` when that is a usable session of the case (the app may offer
    /// it: `recover(.fromBackup, …)`).
    case damaged(SessionError, backup: Session?)
    /// `.fromBackup` was asked for, but the backup cannot be used either.
    case backupUnusable(URL, Error)
    /// A group name that is empty or only blanks.
    case blankGroupName
  }

  /// Opens (or creates) the session of a named group.
  public func open(group name: String, members: [String], of c: Case) throws -> OpenedSession {
    guard !name.trimmingSpacesAndLineBreaks().isEmpty else { throw Failure.blankGroupName }
    let (url, loaded) = store.locate(caseId: c.id, group: name)
    switch loaded {
    case nil:
      return try create(Session(case: c, group: .init(name: name, members: members)), at: url)
    case .success(let s):
      return try open(existing: url, s, of: c)
    case .failure(let e) where e.kind == .io:
      throw e
    case .failure(let e):
      switch recovery {
      case .refuse: throw Failure.damaged(e, backup: usableBackup(of: url, for: c))
      case .fromBackup, .fresh:
        return try recover(recovery, file: url, group: .init(name: name, members: members), of: c)
      }
    }
  }

  /// Opens a session already loaded (a group chosen from the list).
  public func open(existing url: URL, _ s: Session, of c: Case) throws -> OpenedSession {
    var o = OpenedSession(session: s, url: url, store: store)
    if s.caseId != c.id {
      o.readOnly = .otherCase(s.caseId)
      o.notice = .otherCase(s.caseId)
      return o
    }
    if RegularFile.isSymbolicLink(url) {
      o.readOnly = .symbolicLink
      o.notice = .symbolicLink(url)
      return o
    }
    if s.caseHash != Session.hash(of: c) { o.notice = .caseChanged }
    lock(&o)
    return o
  }

  /// Carries on after damage in the group's own file: the damaged file is
  /// moved aside (never deleted), then the backup (`.fromBackup`) or a new
  /// session (`.fresh`) is saved under the file's name; the next plain start
  /// opens it. For the app, once the user has chosen on screen.
  public func recover(_ way: Recovery, file url: URL, group: Session.Group, of c: Case) throws -> OpenedSession {
    var s: Session
    switch way {
    case .refuse:
      // Nothing to recover from: open the file as it is, or say again why it cannot be.
      let loaded: Session
      do { loaded = try store.load(url) } catch {
        throw error.kind == .io ? error : Failure.damaged(error, backup: usableBackup(of: url, for: c))
      }
      return try open(existing: url, loaded, of: c)
    case .fromBackup:
      let backup = SessionStore.backupURL(of: url)
      do { s = try store.load(backup) } catch { throw Failure.backupUnusable(backup, error) }
      guard s.caseId == c.id else {
        throw Failure.backupUnusable(
          backup, SessionError(file: backup.path, kind: .foreign, .backupOfOtherCase(s.caseId)))
      }
      s.conform(to: c)
    case .fresh:
      s = Session(case: c, group: group)
    }
    if RegularFile.isSymbolicLink(url) {
      throw SessionError(file: url.path, kind: .io, .symbolicLinkNotRecovered)
    }
    var o = OpenedSession(session: s, url: url, store: store)
    lock(&o)
    if let why = o.readOnly {
      throw SessionError(file: url.path, kind: .locked, .cannotRecoverNow(why))
    }
    let aside: URL
    do {
      aside = try SessionStore.setAside(url)
      try store.save(s, to: url)
      o.seen.update(url)
    } catch {
      o.close()
      throw error
    }
    let took = o.notice
    o.notice = way == .fresh ? .startedAfresh(aside) : .openedBackup(aside)
    if case .tookOver = took { o.notice = took }
    return o
  }

  /// The backup of a damaged file, when it is a session of this case.
  func usableBackup(of url: URL, for c: Case) -> Session? {
    guard let b = store.backup(of: url), b.caseId == c.id else { return nil }
    return b
  }

  /// A new group's session: locked, then saved at once.
  func create(_ s: Session, at url: URL) throws -> OpenedSession {
    var o = OpenedSession(session: s, url: url, store: store, notice: .newGroup(s.group.name))
    lock(&o)
    switch o.readOnly {
    case nil:
      try store.save(s, to: url)
      o.seen.update(url)
    case .noLock(let why):
      throw SessionError(file: url.path, kind: .io, .cannotCreate(why))
    default: break
    }
    return o
  }

  /// Takes the session's lock, or makes it read-only and says why. A group
  /// writing together takes none: its file is shared (`GroupFile`).
  func lock(_ o: inout OpenedSession) {
    if options.contains(.together) {
      o.group = GroupFile(url: o.url, store: store, read: o.session)
      return
    }
    switch SessionLock.acquire(for: o.url, takeOver: options.contains(.takeOver)) {
    case .acquired(let lock, let previous):
      o.lock = lock
      if let previous {
        o.notice = lock.replacedLiveLock ? .tookOver(previous) : .tookOverStaleLock(previous)
      }
    case .heldBy(let holder):
      o.holder = holder
      o.readOnly = .heldBy(holder)
      o.notice = .heldBy(holder)
    case .unavailable(let why):
      o.readOnly = .noLock(why)
      o.notice = .lockFailed(why)
    }
  }
}

/// A group's session, open for reading and writing (or read-only), and where it is saved.
public struct OpenedSession: Sendable {
  /// Something the user should be told on opening (the app words it).
  public enum Notice: Equatable, Sendable {
    case newGroup(String)
    /// Started afresh in the group's own file; the damaged file was moved to this name.
    case startedAfresh(URL)
    /// Carrying on from the backup in the group's own file; the damaged file was moved to this name.
    case openedBackup(URL)
    case caseChanged
    case tookOverStaleLock(SessionLock.Holder)
    /// `--take-over`: the lock of a process that may still be running was removed.
    case tookOver(SessionLock.Holder)
    /// Read-only: another process holds the session.
    case heldBy(SessionLock.Holder)
    /// Read-only: the file at the group's name is a session of another case (its id).
    case otherCase(String)
    /// Read-only: the session file is a symbolic link (never written through).
    case symbolicLink(URL)
    /// Read-only: no lock could be made (read-only folder, full disk…): why.
    case lockFailed(SessionLock.Unavailable)
  }

  /// Why a save was refused (the text stays in memory); the app words it.
  public enum SaveRefusal: Error, Equatable, Sendable {
    case readOnly(ReadOnly)
    /// Another process took the lock over (`--take-over`).
    case takenOver(SessionLock.Holder)
    /// Another process wrote the file since this one opened or saved it.
    case writtenSince
  }

  /// Why a session is open read-only.
  public enum ReadOnly: Equatable, Sendable {
    case heldBy(SessionLock.Holder)
    case otherCase(String)
    case symbolicLink
    case noLock(SessionLock.Unavailable)
  }

  public var session: Session
  public var url: URL
  public let store: SessionStore
  public var lock: SessionLock?
  /// The shared file of a group writing together (no `lock` then): saves merge.
  public var group: GroupFile?
  /// A draft a failed save of this file left (looked for when it is opened, to be offered).
  public var leftDraft: (url: URL, draft: SaveDraft)?
  /// Who holds the session when it was opened read-only because of a lock.
  public var holder: SessionLock.Holder?
  /// Why nothing is written (nil: the session is ours to write).
  public var readOnly: ReadOnly?
  public var notice: Notice?
  /// The file as this process last saw it (opened or saved): a save finds out
  /// whether another process wrote it since.
  let seen: SeenVersion

  public init(
    session: Session, url: URL, store: SessionStore, lock: SessionLock? = nil, holder: SessionLock.Holder? = nil,
    notice: Notice? = nil
  ) {
    self.session = session
    self.url = url
    self.store = store
    self.lock = lock
    self.holder = holder
    self.readOnly = holder.map { .heldBy($0) }
    self.notice = notice
    self.seen = SeenVersion(of: url)
  }

  public var isReadOnly: Bool { readOnly != nil }

  /// Writes the session to its file (atomically, keeping a backup). Refused
  /// when the session is read-only, or when its lock was taken over by
  /// another process since (`--take-over`): the text stays in memory.
  public func save(_ s: Session) throws {
    if let readOnly { throw SaveRefusal.readOnly(readOnly) }
    if let lock, let other = lock.confirm() { throw SaveRefusal.takenOver(other) }
    // A process that took the session over (and has quit since) wrote it:
    // saving now would write over its work.
    if seen.changed(url) { throw SaveRefusal.writtenSince }
    try store.save(s, to: url)
    seen.update(url)
  }

  /// The file as it is now, taken as this process's own: after a sync merged
  /// the others' work into it, the next save writes over that merge, not
  /// over another process's work.
  public func reload() throws -> Session {
    let s = try store.load(url)
    seen.update(url)
    return s
  }

  /// Gives the lock back (on quitting).
  public func close() { lock?.release() }
}

/// The version of a file this process last saw (its `FileStamp`), kept by
/// reference so that every copy of an `OpenedSession` shares it.
final class SeenVersion: @unchecked Sendable {
  private let lock = ThreadLock()
  private var stamp: FileStamp?

  init(of url: URL) { stamp = FileStamp.of(url) }

  /// Whether the file is not as last seen (a file that appeared counts; one never seen and still absent does not).
  func changed(_ url: URL) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    return FileStamp.of(url) != stamp
  }

  func update(_ url: URL) {
    lock.lock()
    stamp = FileStamp.of(url)
    lock.unlock()
  }
}
