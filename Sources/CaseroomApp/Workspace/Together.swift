import CaseroomEngine
import CaseroomSession
import Foundation

/// A group writing together, as this reader takes part: which member is at
/// this terminal, the shared file (every save a merge), the field locks, and
/// what the others are doing, followed every second.
public struct Together {
  public let member: String
  let file: GroupFile
  let locks: FieldLocks
  /// Who is in the group now and who writes which field.
  public internal(set) var snapshot = LiveFolder.Snapshot()
  var lastFollow: Date?
  var lastLook: Date?
  var folderStamp: [Int]?
  /// The field open here that another member writes (shown read-only, live).
  public internal(set) var watching: Field?
  /// A field held on another host that this reader asked for: the question whether to take it over.
  var askTakeOver: (field: Field, holder: SessionLock.Holder)?
  /// Where drafts of failed saves go, the last one written, and why a draft could not be written.
  let drafts: URL
  public internal(set) var draftURL: URL?
  var draftError: String?
  /// `--take-over`: a field held on another host is taken without asking.
  let takeOver: Bool

  /// How often the file and the live folder are looked at.
  public static let followEvery: TimeInterval = 1
  /// The live folder is listed again at least this often (to see idle and dead writers go).
  public static let lookEvery: TimeInterval = 5

  public init(member: String, file: GroupFile, drafts: URL, takeOver: Bool = false) {
    self.member = member
    self.file = file
    self.drafts = drafts
    self.takeOver = takeOver
    locks = FieldLocks(folder: file.folder, member: member)
    locks.join()
    snapshot = file.folder.look()
  }

  /// The live folder's stamp (inode, modification time): a reader or a field lock came or went.
  static func stamp(_ url: URL) -> [Int]? {
    var info = stat()
    guard stat(url.path, &info) == 0 else { return nil }
    return [Int(info.st_ino), info.st_mtim.tv_sec, info.st_mtim.tv_nsec]
  }

  /// Who writes a question's answer now, other than this reader.
  public func writer(ofAnswer q: Int) -> String? {
    guard let h = snapshot.writers[.answer(q)], h.token != locks.heldToken else { return nil }
    return h.member ?? h.user
  }

  /// The members here now (two readers as one member: the name once, both counted).
  public var present: [String] { snapshot.members }
}

extension FieldLocks {
  /// The token of the field lock this reader holds (to tell its own lock in the live folder).
  var heldToken: String? {
    field.flatMap { folder.lockURL($0) }.flatMap { SessionLock.holder(at: $0, idle: nil)?.token }
  }
}

// MARK: - The workspace's part

extension Workspace {
  /// Takes part in the group's shared file as `member` (the session must come from a `together` opener).
  public mutating func join(_ together: Together) {
    self.together = together
    reader.groupName = Say.groupAndMember(session.group.name, together.member)
    noteAnswers()
  }

  /// Remembers that this login is this member (saved with the next save).
  public mutating func remember(login: String, as member: String, now: Date) {
    var logins = session.logins ?? [:]
    guard logins[login] != member || !session.group.members.contains(member) else { return }
    logins[login] = member
    session.logins = logins
    if !session.group.members.contains(member) { session.group.members.append(member) }
    changed(now)
    saveRequested = true
  }

  /// The loop's pass: once a second, the live folder (one `stat`; listed when
  /// it changed) and the group's file (one `stat`; read and merged when it
  /// changed). The reader's place and the text being typed are left alone.
  mutating func followGroup(_ now: Date) {
    guard var t = together else { return }
    if let last = t.lastFollow, now.timeIntervalSince(last) < Together.followEvery { return }
    t.lastFollow = now
    t.locks.tick(now: now)
    let stamp = Together.stamp(t.file.folder.url)
    if stamp != t.folderStamp || t.lastLook.map({ now.timeIntervalSince($0) >= Together.lookEvery }) ?? true {
      t.folderStamp = stamp
      t.lastLook = now
      t.snapshot = t.file.folder.look()
    }
    together = t
    if t.file.changedOnDisk, let merged = try? t.file.follow(currentSession, as: t.member) {
      adopt(merged.session)
    }
    watchField(now)
    noteAnswers()
  }

  /// Goes on with a merged session (the others' work in it); the views keep
  /// what they hold, except a read-only answer, which shows the writer's text.
  mutating func adopt(_ merged: Session) {
    session = merged
    session.conform(to: reader.document)
    if case .editing(let q) = screen, let box = answerBox {
      let text = session.answers[q].text
      if text != box.editor.text { answerBox = box.showing(text) }
    }
    refreshAnnotations()
  }

  /// A field watched read-only becomes this reader's as soon as its writer leaves it.
  mutating func watchField(_ now: Date) {
    guard var t = together, let field = t.watching, case .editing(let q) = screen, field == .answer(q),
      t.snapshot.writers[field] == nil, t.askTakeOver == nil
    else { return }
    if t.locks.claim(field, now: now) == .mine {
      t.watching = nil
      together = t
      let sessionReadOnly = readOnly
      answerBox?.readOnly = sessionReadOnly
      message = Say.fieldFreeNow
    }
  }

  /// Asks to write a field: nil when this reader may (or nothing is shared),
  /// else what to tell the user (who writes it).
  mutating func claim(_ field: Field, _ now: Date) -> String? {
    guard var t = together, !readOnly else { return nil }
    defer { together = t }
    switch t.locks.claim(field, takeOver: t.takeOver, now: now) {
    case .mine:
      t.watching = nil
      return nil
    case .heldBy(let h, let checkable):
      t.watching = field
      if !checkable { t.askTakeOver = (field, h) }
      return Say.fieldHeld(h.member ?? h.user ?? "?")
    case .unavailable(let why):
      t.watching = field
      return Say.fieldCannotLock(why)
    }
  }

  /// The field left (Esc): free for the others.
  mutating func leaveField() {
    guard var t = together else { return }
    t.locks.leave()
    t.watching = nil
    together = t
  }

  /// Typing in the field keeps it this reader's.
  func typedInField(_ now: Date) { together?.locks.typed(now: now) }

  /// Writes the session as a merge with the file on disk; a save that fails
  /// leaves a draft under `$XDG_STATE_HOME/caseroom/drafts/`.
  mutating func saveTogether(_ now: Date) {
    guard let t = together, needsSave(now: now) else { return }
    var s = sessionToSave(now: now)
    s.recordParticipation(of: t.member, since: t.file.base, sectionsRead: reader.read)
    if case .editing(let q) = screen, answerBox?.readOnly == false, q < t.file.base.answers.count,
      s.answers[q].text != t.file.base.answers[q].text
    {
      s.answers[q].writer = t.member
    }
    switch Result(catching: { () throws(SessionError) in try t.file.save(s, as: t.member, now: now) }) {
    case .success(let merged): savedTogether(merged, now)
    case .failure(let failure): failedTogether(s, failure, now)
    }
  }

  /// A save went through: the others' work read with it is shown; a draft left before goes.
  mutating func savedTogether(_ merged: GroupFile.Merged, _ now: Date) {
    saved(merged.session, at: now, error: nil)
    adopt(merged.session)
    if !merged.conflictedAnswers.isEmpty || merged.conflictedNotes > 0 {
      message = Say.othersWrote(merged.conflictedAnswers.count + merged.conflictedNotes)
    }
    guard var t = together else { return }
    if let d = t.draftURL {
      SaveDraft.remove(d)
      t.draftURL = nil
    }
    if let other = t.locks.confirm(), answerBox?.readOnly == false, let q = editingQuestion {
      answerBox?.readOnly = true
      t.watching = .answer(q)
      message = Say.fieldTakenFromYou(other.member ?? other.user ?? "?")
    }
    together = t
  }

  /// A save failed: said in the badge, retried, and the text kept in a draft.
  mutating func failedTogether(_ s: Session, _ failure: SessionError, _ now: Date) {
    saved(s, at: now, error: Say.saveFailure(failure.message))
    guard var t = together else { return }
    let draft = SaveDraft(
      file: t.file.url, member: t.member, base: t.file.base, session: s, savedAt: now, reason: failure.message)
    switch Result(catching: { () throws(SessionError) in try draft.write(in: t.drafts) }) {
    case .success(let url):
      t.draftURL = url
      t.draftError = nil
    case .failure(let e):
      t.draftError = Say.saveFailure(e.message)
    }
    together = t
  }

  /// Quitting after a save failed: a question on a screen of its own (it
  /// wraps at any width), saying where the draft is. Quitting is always possible.
  func quitQuestion() -> ChoiceScreen {
    let why = saveError ?? "?"
    var text: [String]
    if let t = together, let d = t.draftURL {
      text = [Say.savedToDraft(why, d.path), Say.draftOfferedNextTime]
    } else if let t = together, let e = t.draftError {
      text = [Say.draftFailedToo(why, e)]
    } else {
      text = [Say.saveFailed(why)]
    }
    var back = self
    back.screen = .reading
    back.wantsQuit = false
    return ChoiceScreen(
      title: Say.quitSaveFailedTitle, text: text,
      choices: [
        .init(key: "y", label: Say.quitNow) {
          back.closeFile()
          return .quit
        },
        .init(key: "n", label: Say.stayAndRetry) { .replace(back) },
      ])
  }

  /// Taking over a field held on another host: asked on screen.
  func takeOverQuestion(_ field: Field, _ holder: SessionLock.Holder) -> ChoiceScreen {
    var back = self
    back.together?.askTakeOver = nil
    let name = holder.member ?? holder.user ?? "?"
    return ChoiceScreen(
      title: Say.heldElsewhereTitle(name), text: [Say.heldElsewhereText(Say.holder(holder))],
      choices: [
        .init(key: "t", label: Say.takeOverField) {
          var w = back
          if w.together?.locks.claim(field, takeOver: true) == .mine {
            w.together?.watching = nil
            let sessionReadOnly = w.readOnly
            w.answerBox?.readOnly = sessionReadOnly
          }
          return .replace(w)
        },
        .init(key: "r", label: Say.watchField) { .replace(back) },
      ])
  }

  /// Gives back the session's lock, or the group's fields and this reader's presence.
  func closeFile() {
    file?.close()
    together?.locks.quit()
  }
}

extension EditorBox {
  /// The same box showing another text (another member's, live): the cursor
  /// stays where it was as far as the new text allows (at the end: at the new end).
  func showing(_ text: String) -> EditorBox {
    var e = TextEditor(text: text, width: editor.width, singleLine: editor.singleLine)
    // At the end it follows the end (the writer's typing); elsewhere it stays.
    e.place(editor.cursor == editor.textEndCursor ? e.textEndCursor : editor.cursor)
    var box = EditorBox(e, rows: rows, readOnly: readOnly)
    box.readOnlyNotice = readOnlyNotice
    return box
  }
}
