import CaseroomEngine
import FoundationEssentials
import Glibc

/// One reader's part in its group's live folder: it is there (its reader
/// lock) and writes at most one field at a time (that field's lock). Others
/// may write any other field meanwhile. A field is free again when its
/// writer leaves it (`leave`), quits (`quit`), leaves it untouched for
/// `LiveFolder.fieldIdle`, or its process dies.
public final class FieldLocks: @unchecked Sendable {
  public let folder: LiveFolder
  public private(set) var member: String
  private let state = ThreadLock()
  private var presence: SessionLock?
  private var lock: SessionLock?
  public private(set) var field: Field?
  private var lastPresenceTouch = Date.distantPast
  private var lastFieldTouch = Date.distantPast

  /// What asking for a field gave.
  public enum Claim: Equatable, Sendable {
    /// This reader writes it now.
    case mine
    /// Another reader writes it (read-only here, refreshed live); `checkable`
    /// is false for a holder on another host, whose process cannot be looked
    /// at (the only case where taking over is offered).
    case heldBy(SessionLock.Holder, checkable: Bool)
    /// No lock can be made (a read-only folder, a full disk): why.
    case unavailable(SessionLock.Unavailable)
  }

  public init(folder: LiveFolder, member: String) {
    self.folder = folder
    self.member = member
  }

  /// Says this reader is in the group (its reader lock); why it could not, or nil.
  @discardableResult
  public func join(now: Date = Date()) -> SessionLock.Unavailable? {
    state.lock()
    defer { state.unlock() }
    presence?.release()
    presence = nil
    do { try folder.ensure() } catch { return .folder(error) }
    let token = FileMode.unpredictableName("")
    switch SessionLock.acquire(at: folder.readerURL(token: token), member: member, idle: nil) {
    case .acquired(let l, _):
      presence = l
      lastPresenceTouch = now
      return nil
    case .heldBy: return .nameTaken
    case .unavailable(let why): return why
    }
  }

  /// Another member now (chosen on screen): present under the new name; a field held is left.
  public func become(_ name: String) {
    leave()
    member = name
    join()
  }

  /// Asks to write `field`, leaving the one held before. `takeOver` removes
  /// another's lock (asked for on screen, for a holder on another host).
  public func claim(_ field: Field, takeOver: Bool = false, now: Date = Date()) -> Claim {
    state.lock()
    defer { state.unlock() }
    if self.field == field, let lock, lock.isHeld {
      lock.touch()
      lastFieldTouch = now
      return .mine
    }
    releaseField()
    do { try folder.ensure() } catch { return .unavailable(.folder(error)) }
    switch SessionLock.acquire(
      at: folder.lockURL(field), member: member, idle: LiveFolder.fieldIdle, takeOver: takeOver)
    {
    case .acquired(let l, _):
      lock = l
      self.field = field
      lastFieldTouch = now
      return .mine
    case .heldBy(let h): return .heldBy(h, checkable: h.isLocal)
    case .unavailable(let why): return .unavailable(why)
    }
  }

  /// Who writes `field` now, without asking for it (nil: nobody, or this reader).
  public func writer(of field: Field) -> SessionLock.Holder? {
    if self.field == field { return nil }
    return SessionLock.holder(at: folder.lockURL(field), idle: LiveFolder.fieldIdle)
  }

  /// The field is left (Esc): free for others.
  public func leave() {
    state.lock()
    defer { state.unlock() }
    releaseField()
  }

  private func releaseField() {
    lock?.release()
    lock = nil
    field = nil
  }

  /// Typing in the field (at most one touch of its file every few seconds):
  /// it stays this reader's while the typing goes on.
  public func typed(now: Date = Date()) {
    state.lock()
    defer { state.unlock() }
    guard let lock, now.timeIntervalSince(lastFieldTouch) >= 5 else { return }
    lock.touch()
    lastFieldTouch = now
  }

  /// The loop's second: keeps the reader's presence fresh.
  public func tick(now: Date = Date()) {
    state.lock()
    defer { state.unlock() }
    guard let presence, now.timeIntervalSince(lastPresenceTouch) >= LiveFolder.presenceTouch else { return }
    presence.touch()
    lastPresenceTouch = now
  }

  /// Whether the field held is still this reader's: nil when it is (or none
  /// is held), else who took it (after this reader was idle in it a minute,
  /// or by taking over). The field is then no longer held here.
  public func confirm() -> SessionLock.Holder? {
    state.lock()
    defer { state.unlock() }
    guard let lock, let field else { return nil }
    if lock.isHeld { return nil }
    let other = SessionLock.holder(at: folder.lockURL(field), idle: LiveFolder.fieldIdle)
    if other == nil {
      // Judged idle and freed, nobody took it: ours again.
      switch SessionLock.acquire(at: folder.lockURL(field), member: member, idle: LiveFolder.fieldIdle) {
      case .acquired(let l, _):
        self.lock = l
        return nil
      case .heldBy(let h):
        releaseField()
        return h
      case .unavailable:
        return nil
      }
    }
    releaseField()
    return other
  }

  /// Quitting: the field and the presence are given up.
  public func quit() {
    state.lock()
    defer { state.unlock() }
    releaseField()
    presence?.release()
    presence = nil
  }

  /// The token of the field lock held here (to tell this reader's own lock in a look at the folder).
  public var fieldToken: String? { state.withLock { lock?.holder.token } }

  /// The group's name and members are being changed (a member added): their
  /// lock, taken beside the field held, for as long as the change is saved.
  /// Another's edit of them holds it a moment at most: waited for up to
  /// `wait`, then the save goes on (the merge keeps both members' changes).
  public func holdGroup(wait: TimeInterval = 2) -> SessionLock? {
    let deadline = Date().addingTimeInterval(wait)
    while true {
      switch SessionLock.acquire(at: folder.lockURL(.group), member: member, idle: LiveFolder.fieldIdle) {
      case .acquired(let l, _): return l
      case .unavailable: return nil
      case .heldBy:
        guard Date() < deadline else { return nil }
        usleep(20_000)
      }
    }
  }

  /// This reader's own token in the live folder (to tell itself from another reader of the same member).
  public var token: String? { presence?.holder.token }

  deinit {
    lock?.release()
    presence?.release()
  }
}
