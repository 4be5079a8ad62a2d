import CaseroomEngine
import Foundation

/// Opens a group's session for the reader: creates it for a new group, loads
/// it for a known one, takes its lock (or opens it read-only when another
/// process holds it), and deals with a damaged file as the user asked.
public struct SessionOpener: Sendable {
  /// What to do when the group's file is damaged.
  public enum Recovery: Sendable {
    /// Refuse, naming the file and the ways out.
    case refuse
    /// Open the last backup (`.bak`); saves go to a new file beside it.
    case fromBackup
    /// Start afresh in a new file; the damaged one is left as it is.
    case fresh
  }

  public let store: SessionStore
  public let recovery: Recovery

  public init(store: SessionStore, recovery: Recovery = .refuse) {
    self.store = store
    self.recovery = recovery
  }

  /// Why a session could not be opened.
  public enum Failure: Error, Sendable {
    /// The file is damaged and no recovery was asked for.
    case damaged(SessionError)
    /// `.fromBackup` was asked for, but the backup cannot be used either.
    case backupUnusable(URL, Error)
  }

  /// Opens (or creates) the session of a named group.
  public func open(group name: String, members: [String], of c: Case) throws -> OpenedSession {
    let url = store.url(caseId: c.id, group: name)
    guard FileManager.default.fileExists(atPath: url.path) else {
      let s = Session(case: c, group: .init(name: name, members: members))
      return try lock(OpenedSession(session: s, url: url, store: store, notice: .newGroup(name)), saveNew: true)
    }
    do {
      return try open(existing: url, store.load(url), of: c)
    } catch let e as SessionError where e.kind != .io {
      switch recovery {
      case .fresh:
        let s = Session(case: c, group: .init(name: name, members: members))
        let newURL = store.freshURL(beside: url)
        return try lock(
          OpenedSession(session: s, url: newURL, store: store, notice: .startedAfresh(newURL)), saveNew: true)
      case .fromBackup:
        let backup = URL(fileURLWithPath: url.path + ".bak")
        let s: Session
        do { s = try store.load(backup) } catch { throw Failure.backupUnusable(backup, error) }
        let newURL = store.freshURL(beside: url)
        return try lock(
          OpenedSession(session: s, url: newURL, store: store, notice: .openedBackup(newURL)), saveNew: true)
      case .refuse:
        throw Failure.damaged(e)
      }
    }
  }

  /// Opens a session already loaded (a group chosen from the list).
  public func open(existing url: URL, _ s: Session, of c: Case) throws -> OpenedSession {
    let notice: OpenedSession.Notice? = s.caseHash != Session.hash(of: c) ? .caseChanged : nil
    return try lock(OpenedSession(session: s, url: url, store: store, notice: notice), saveNew: false)
  }

  func lock(_ o: OpenedSession, saveNew: Bool) throws -> OpenedSession {
    var o = o
    switch try SessionLock.acquire(for: o.url) {
    case .acquired(let lock, let previous):
      o.lock = lock
      if let previous { o.notice = .tookOverStaleLock(previous) }
      if saveNew { try store.save(o.session, to: o.url) }
    case .heldBy(let holder):
      o.holder = holder
      o.notice = .heldBy(holder)
    }
    return o
  }
}

/// A group's session, open for reading and writing (or read-only), and where it is saved.
public struct OpenedSession: Sendable {
  /// Something the user should be told on opening (the app words it).
  public enum Notice: Equatable, Sendable {
    case newGroup(String)
    case startedAfresh(URL)
    case openedBackup(URL)
    case caseChanged
    case tookOverStaleLock(SessionLock.Holder)
    case heldBy(SessionLock.Holder)
  }

  public var session: Session
  public var url: URL
  public let store: SessionStore
  public var lock: SessionLock?
  /// Who holds the session when it was opened read-only.
  public var holder: SessionLock.Holder?
  public var notice: Notice?

  public init(
    session: Session, url: URL, store: SessionStore, lock: SessionLock? = nil, holder: SessionLock.Holder? = nil,
    notice: Notice? = nil
  ) {
    self.session = session
    self.url = url
    self.store = store
    self.lock = lock
    self.holder = holder
    self.notice = notice
  }

  /// Writes the session to its file (atomically, keeping a backup).
  public func save(_ s: Session) throws { try store.save(s, to: url) }

  /// Gives the lock back (on quitting).
  public func close() { lock?.release() }
}
