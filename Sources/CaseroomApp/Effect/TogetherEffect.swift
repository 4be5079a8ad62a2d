import CaseroomEngine
import CaseroomSession
import FoundationEssentials
import Glibc

/// What a group writing together asks of its shared file and its live
/// folder (`GroupFile`, `FieldLocks`), as values: the workspace decides
/// when; `perform()` does the reading, locking and writing on a worker, and
/// the result comes back as `.together(TogetherResult)`.
public enum TogetherEffect: Sendable {
  /// This reader's second: present in the live folder (joined the first
  /// time), the folder listed when it changed, the file read and merged
  /// with `mine` when it changed → `.followed`.
  case follow(GroupFollow)
  /// A save: merged with the file under the write lock; a failure leaves a draft → `.saved`.
  case save(GroupSave)
  /// A draft left by a failed save, merged into the file → `.saved`.
  case restore(GroupSave, draft: SaveDraft, from: URL)
  /// Asks to write a field → `.claimed`.
  case claim(FieldLocks, Field, takeOver: Bool, now: Date)
  /// The field held is left (Esc, the editor closed).
  case leave(FieldLocks)
  /// Typing in the field held: it stays this reader's.
  case touch(FieldLocks, now: Date)
  /// Quitting: the field and the presence are given up.
  case quit(FieldLocks)
  /// A draft chosen to be dropped.
  case removeDraft(URL)
  /// An edit appended to this reader's crash journal (`CrashJournal`), and the journal emptied once all is saved.
  case journal(URL, CrashJournal.Entry)
  case clearJournal(URL)

  var name: String {
    switch self {
    case .follow: "follow"
    case .save: "save"
    case .restore: "restore"
    case .claim: "claim"
    case .leave: "leave"
    case .touch: "touch"
    case .quit: "quit"
    case .removeDraft: "removeDraft"
    case .journal: "journal"
    case .clearJournal: "clearJournal"
    }
  }
}

/// A reader's look at its group: the file, the live folder, as it last saw them.
public struct GroupFollow: Sendable {
  public var file: GroupFile
  public var locks: FieldLocks
  /// The session as the reader has it (its own unsaved work in it).
  public var mine: Session
  public var member: String
  /// The live folder's stamp when it was last listed; `look`: list it anyway (idle writers go).
  public var folderStamp: FileStamp?
  public var look: Bool
  public var now: Date
  /// The answer this reader watches (another writes it): its text is never this reader's to change.
  public var watching: Int?
}

/// A save of a group's session by one of its readers.
public struct GroupSave: Sendable {
  public var file: GroupFile
  public var locks: FieldLocks
  /// The session as sent (the app's, before participation is counted).
  public var session: Session
  public var member: String
  /// The sections this reader has read (counted in its participation).
  public var sectionsRead: Set<String>
  /// The answer this reader writes now (its writer is this member when it changed).
  public var writing: Int?
  /// Where a draft goes when the save fails.
  public var drafts: URL
  public var now: Date
  /// The file's generation the session comes from (`GroupFile.save(_:as:now:from:)`).
  public var generation: Int?
  /// The crash journal to empty once this save is done (the last save, at a quit or a stop:
  /// nothing is typed after it, and its result comes back to no screen).
  public var journal: URL?
  /// The answer this reader watches, read-only: never written by this save (see `Session.leaving`).
  public var watching: Int?
}

/// What a group's effect came to.
public enum TogetherResult: Sendable {
  case followed(Followed)
  case saved(Saved)
  case claimed(Field, FieldLocks.Claim, token: String?)

  public struct Followed: Sendable {
    /// The session the merge was made with (the base for taking it in).
    public var sent: Session
    /// The others' work merged with `sent` (nil: the file did not change, or could not be read now).
    public var merged: GroupFile.Merged?
    /// The live folder, when it was listed.
    public var snapshot: LiveFolder.Snapshot?
    public var folderStamp: FileStamp?
    /// Why this reader could not say it is here (nil: it is).
    public var presenceError: SessionLock.Unavailable?
    /// The file's generation after it (what the reader's session comes from once taken in).
    public var generation: Int = 0
    /// The field held here was taken by another (taken over, maybe at this
    /// member's other terminal): told at once, not only at the next save.
    public var takenBy: SessionLock.Holder?
  }

  public struct Saved: Sendable {
    public var sent: Session
    public var result: Result<GroupFile.Merged, SessionError>
    /// Where the text went when the save failed, or why no draft could be written.
    public var draft: URL?
    public var draftError: (any Error)?
    /// The field held here was taken by another (after a minute idle, or taken over).
    public var takenBy: SessionLock.Holder?
    /// A draft brought back (`restore`).
    public var restored: Bool
    public var generation: Int = 0
  }
}

extension TogetherEffect {
  /// Performs it (on a worker; the one place the group's files are touched).
  func perform() -> EffectResult? {
    switch self {
    case .follow(let f): return .together(.followed(Self.follow(f)))
    case .save(let s):
      var out = Self.saving(s)
      out.generation = s.file.generation
      return .together(.saved(out))
    case .restore(let s, let draft, let url):
      var out: TogetherResult.Saved
      do {
        let merged = try s.file.restore(draft, from: url, as: s.member, now: s.now, keeping: s.session)
        out = .init(sent: s.session, result: .success(merged), restored: true)
      } catch {
        out = .init(sent: s.session, result: .failure(error), restored: true)
      }
      out.generation = s.file.generation
      return .together(.saved(out))
    case .claim(let locks, let field, let takeOver, let now):
      let claim = locks.claim(field, takeOver: takeOver, now: now)
      return .together(.claimed(field, claim, token: locks.fieldToken))
    case .leave(let locks):
      locks.leave()
      return nil
    case .touch(let locks, let now):
      locks.typed(now: now)
      return nil
    case .quit(let locks):
      locks.quit()
      return nil
    case .removeDraft(let url):
      SaveDraft.remove(url)
      return nil
    case .journal(let url, let entry):
      // Best effort: a journal that cannot be written costs nothing but itself (the save goes on).
      try? CrashJournal.append(entry, to: url)
      return nil
    case .clearJournal(let url):
      CrashJournal.clear(url)
      return nil
    }
  }

  static func follow(_ f: GroupFollow) -> TogetherResult.Followed {
    var out = TogetherResult.Followed(sent: f.mine)
    if f.locks.token == nil { out.presenceError = f.locks.join(now: f.now) }
    f.locks.tick(now: f.now)
    let stamp = f.file.folder.stamp()
    out.folderStamp = stamp
    if stamp != f.folderStamp || f.look { out.snapshot = f.file.folder.look() }
    // A file that cannot be read now (half-copied, damaged by hand) is left for the next look.
    let mine = f.mine.leaving(answer: f.watching, as: f.file.base)
    out.merged = (try? f.file.follow(mine, as: f.member)) ?? nil
    out.generation = f.file.generation
    out.takenBy = f.locks.confirm()
    return out
  }

  static func saving(_ g: GroupSave) -> TogetherResult.Saved {
    let base = g.file.base(from: g.generation)
    var s = g.session.leaving(answer: g.watching, as: base)
    s.recordParticipation(of: g.member, since: base, sectionsRead: g.sectionsRead)
    if let q = g.writing, q < base.answers.count, q < s.answers.count, s.answers[q].text != base.answers[q].text {
      s.answers[q].writer = g.member
    }
    // The group's name and members are one field: its lock is held while an edit of them is saved.
    let groupLock = s.group != base.group ? g.locks.holdGroup() : nil
    defer { groupLock?.release() }
    do {
      let merged = try g.file.save(s, as: g.member, now: g.now, from: g.generation)
      if let j = g.journal { CrashJournal.clear(j) }
      return .init(sent: g.session, result: .success(merged), takenBy: g.locks.confirm(), restored: false)
    } catch {
      var out = TogetherResult.Saved(sent: g.session, result: .failure(error), restored: false)
      let draft = SaveDraft(
        file: g.file.url, member: g.member, base: base, session: s, savedAt: g.now, reason: Say.saveProblem(error))
      do { out.draft = try draft.write(in: g.drafts) } catch { out.draftError = error }
      return out
    }
  }
}

extension TogetherResult.Followed {
  init(sent: Session) { self.sent = sent }
}

extension TogetherResult.Saved {
  init(
    sent: Session, result: Result<GroupFile.Merged, SessionError>, takenBy: SessionLock.Holder? = nil, restored: Bool
  ) {
    self.sent = sent
    self.result = result
    self.takenBy = takenBy
    self.restored = restored
  }
}

extension Session {
  /// The session with an answer watched read-only as `base` has it: a
  /// reader that only watches an answer never writes it, however its view
  /// of it lagged behind the writer's (a save or a merge from it never
  /// changes it, never marks a conflict in it).
  func leaving(answer q: Int?, as base: Session) -> Session {
    guard let q, q < answers.count, q < base.answers.count, answers[q].text != base.answers[q].text else {
      return self
    }
    var s = self
    s.answers[q].text = base.answers[q].text
    return s
  }
}
