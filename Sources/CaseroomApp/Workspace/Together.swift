import CaseroomEngine
import CaseroomSession
import FoundationEssentials
import Glibc

/// A group writing together, as this reader takes part: which member is at
/// this terminal, the shared file (every save a merge), the field it
/// writes, and what the others are doing. Plain state: the workspace asks
/// for follows, saves and locks as effects (`TogetherEffect`) and takes in
/// what they came to.
public struct Together {
  public let member: String
  /// The login at this terminal (remembered as this member).
  let login: String
  let file: GroupFile
  let locks: FieldLocks
  /// Where drafts of failed saves go.
  let drafts: URL
  /// `--take-over`: a field held on another host is taken without asking.
  let takeOver: Bool
  /// The first update has joined the group (remembered the login, asked for the first follow).
  var started = false
  /// Who is in the group now and who writes which field (as last listed).
  public internal(set) var snapshot = LiveFolder.Snapshot()
  var folderStamp: FileStamp?
  var lastLook: Date?
  /// A follow asked for and not yet done, and when the last was asked.
  var following = false
  var lastFollow: Date?
  /// The file or the live folder changed since the last follow (the run
  /// loop watches them: `Workspace.watched`); the next follow is then due.
  var changed = false
  /// The field this reader writes (its lock is held), and the field asked
  /// for and not yet given; keys typed meanwhile wait for the answer.
  public internal(set) var holding: Field?
  var claiming: Field?
  var waitingKeys: [Key] = []
  /// Tokens of field locks this reader held (its own locks, as a look at the folder lists them).
  var ownTokens: Set<String> = []
  /// The field open here that another member writes (shown read-only, live).
  public internal(set) var watching: Field?
  /// What was typed into the field watched since it was opened: not written,
  /// counted in the notice and kept on the clipboard.
  var refused = ""
  /// Who writes the field watched, as the claim or the save that lost it said (the folder's listing may lag).
  var watchedBy: SessionLock.Holder?
  /// When the field held was last marked as in use.
  var lastTouch: Date?
  /// The last draft a failed save left, and why a draft could not be written.
  public internal(set) var draftURL: URL?
  var draftError: String?
  /// A draft chosen at the start to be merged in.
  var restoring: (URL, SaveDraft)?
  /// The file's generation the session comes from (moved on by each follow and save taken in).
  var generation = 0
  /// This reader's crash journal (`CrashJournal`): an edit not yet in it, when it was last
  /// written, and whether it holds anything since the last save.
  let journal: URL
  var journalDue = false
  var lastJournal: Date?
  var journalled = false

  /// How often at most the file and the live folder are looked at after a
  /// change (the run loop tells of each), and how long typing goes unsaved
  /// at most: the others see a key within the sum (and a write), under the
  /// 2 s a group is promised.
  public static let followEvery: TimeInterval = 0.5
  public static let saveDeadline: TimeInterval = 1
  /// Without a change, the file and the live folder are looked at again
  /// this often (to see idle and dead writers go, and to keep this reader's
  /// presence touched): an idle reader's only wake-up.
  public static let lookEvery: TimeInterval = 5
  /// Typing marks the field held as in use at most this often.
  static let touchEvery: TimeInterval = 5

  public init(member: String, login: String, file: GroupFile, drafts: URL, takeOver: Bool = false) {
    self.member = member
    self.login = login
    self.file = file
    self.drafts = drafts
    self.takeOver = takeOver
    locks = FieldLocks(folder: file.folder, member: member)
    journal = CrashJournal.url(for: file.url, in: drafts)
  }

  /// The field was taken from this reader with what it typed not yet saved:
  /// until a save takes it, that text is this reader's work, not a lagging view.
  var handingOver = false

  /// The answer shown read-only here, another reader writing it (not while
  /// what this reader typed into it before it was taken is being saved).
  var watchedAnswer: Int? {
    if !handingOver, case .answer(let q) = watching { return q }
    return nil
  }

  /// Who writes a question's answer now, other than this reader.
  public func writer(ofAnswer q: Int) -> String? {
    writer(of: .answer(q))
  }

  /// Who writes a field now, other than this reader.
  func writer(of field: Field) -> String? {
    guard holding != field, let h = snapshot.writers[field], !ownTokens.contains(h.token ?? "") else { return nil }
    return h.member ?? h.user
  }

  /// Who writes a question's answer now, in words: `李华正在写`, or this member at another terminal.
  public func writing(ofAnswer q: Int) -> String? {
    guard let name = writer(of: .answer(q)) else { return nil }
    return name == member ? Say.writingElsewhere : Say.writing(name)
  }

  /// Whether a lock is this member's, held at another terminal (the same name, another reader).
  func isMine(_ h: SessionLock.Holder) -> Bool { h.member == member }

  /// The members here now (two readers as one member: the name once, both counted).
  public var present: [String] { snapshot.members }
}

// MARK: - The workspace's part

extension Workspace {
  /// Takes part in the group's shared file as its member (the session must
  /// come from a `together` opener). The first update joins the live folder.
  public mutating func join(_ together: Together) {
    self.together = together
    reader.groupName = Say.groupAndMember(session.group.name, together.member)
    noteAnswers()
    restoreDraft()
  }

  /// Remembers that this login is this member, adding the member to the
  /// group when new to it (saved with the next save).
  mutating func remember(login: String, as member: String, now: Date) {
    var logins = session.logins ?? [:]
    let added = !session.group.members.contains(member)
    guard logins[login] != member || added else { return }
    logins[login] = member
    session.logins = logins
    if added {
      // The first member of a group without members is named in the header; nothing to say.
      if !session.group.members.isEmpty { message = Say.memberAdded(member) }
      session.group.members.append(member)
    }
    changed(now)
    saveRequested = true
  }

  /// The update's pass: on the first, the login remembered and a draft
  /// chosen at the start merged in; then a follow of the file and the live
  /// folder when they changed (at most every `followEvery`), else every
  /// `lookEvery` — never while a save runs: each save and follow starts
  /// from what the one before gave.
  mutating func followGroup(_ now: Date) {
    guard var t = together else { return }
    if !t.started {
      t.started = true
      together = t
      remember(login: t.login, as: t.member, now: now)
      if let (url, draft) = t.restoring {
        t.restoring = nil
        together = t
        saving = true
        saveRequested = false
        // Saved with the draft: what this reader changed meanwhile (its login remembered), so nothing is left unsaved.
        outbox.append(.together(.restore(groupSave(t, sessionToSave(now: now), now), draft: draft, from: url)))
        return
      }
    }
    let since = now.timeIntervalSince(t.lastFollow ?? .distantPast)
    guard !t.following, !saving, !syncing, since >= Together.followEvery, t.changed || since >= Together.lookEvery
    else { return }
    t.following = true
    t.changed = false
    t.lastFollow = now
    let look = now.timeIntervalSince(t.lastLook ?? .distantPast) >= Together.lookEvery
    if look { t.lastLook = now }
    together = t
    outbox.append(
      .together(
        .follow(
          GroupFollow(
            file: t.file, locks: t.locks, mine: currentSession, member: t.member, folderStamp: t.folderStamp,
            look: look, now: now, watching: t.watchedAnswer))))
  }

  /// Asks for a save of the session as a merge with the file on disk.
  mutating func saveTogether(_ now: Date) {
    guard let t = together, t.started, !saving, !syncing, !t.following, needsSave(now: now) else { return }
    let s = sessionToSave(now: now)
    saving = true
    saveRequested = false
    outbox.append(.together(.save(groupSave(t, s, now))))
  }

  func groupSave(_ t: Together, _ s: Session, _ now: Date) -> GroupSave {
    GroupSave(
      file: t.file, locks: t.locks, session: s, member: t.member, sectionsRead: reader.read,
      writing: t.holding.flatMap { if case .answer(let q) = $0 { q } else { nil } }, drafts: t.drafts, now: now,
      generation: t.generation, watching: t.watchedAnswer)
  }

  /// The save asked for on Ctrl-Z (the loop performs it before stopping; its result comes back after).
  mutating func suspendSaveTogether(_ now: Date) -> Transition {
    guard let t = together else { return .stay }
    saving = true
    saveRequested = false
    var save = groupSave(t, sessionToSave(now: now), now)
    save.journal = t.journal
    return Transition(.stay, effects: [.together(.save(save))])
  }

  /// The save asked for when the program ends (a signal): performed before it does.
  func lastSaveTogether(_ s: Session, _ now: Date) -> [Effect] {
    guard let t = together else { return [] }
    var save = groupSave(t, s, now)
    save.journal = t.journal
    return [.together(.save(save)), .together(.quit(t.locks))]
  }

  /// What a group's effect came to.
  mutating func togetherDone(_ result: TogetherResult, _ now: Date) {
    switch result {
    case .followed(let f): followed(f, now)
    case .saved(let s): savedTogether(s, now)
    case .claimed(let field, let claim, let token): claimed(field, claim, token: token, now)
    }
  }

  /// A follow came back: the others' work is taken in (the reader's place
  /// and what it types are left alone); a field watched that its writer left becomes this reader's.
  mutating func followed(_ f: TogetherResult.Followed, _ now: Date) {
    guard var t = together else { return }
    t.following = false
    t.generation = f.generation
    t.folderStamp = f.folderStamp
    if let snap = f.snapshot { t.snapshot = snap }
    together = t
    if let merged = f.merged { takeIn(merged.session, base: f.sent, now) }
    if let other = f.takenBy {
      fieldTaken(by: other)
      t = together ?? t
    }
    // (Not when just taken: the folder listed may not show the new writer yet.)
    if f.takenBy == nil, let field = t.watching, t.claiming == nil, t.snapshot.writers[field] == nil, isOpen(field) {
      claim(field, now)
    }
    noteAnswers()
  }

  /// A save came back: the others' work read with it is shown; a draft left
  /// before goes. A save that failed is said in the badge and retried, its
  /// text kept in a draft.
  mutating func savedTogether(_ s: TogetherResult.Saved, _ now: Date) {
    saving = false
    guard var t = together else { return }
    t.generation = s.generation
    switch s.result {
    case .success(let merged):
      saved(s.sent, at: now, error: nil)
      // Everything typed is in the file: the crash journal is emptied (after any edit queued before it).
      if unsavedSince == nil { t.handingOver = false }
      if unsavedSince == nil && t.journalled {
        outbox.append(.together(.clearJournal(t.journal)))
        t.journalled = false
      }
      takeIn(merged.session, base: s.sent, now)
      if !merged.conflictedAnswers.isEmpty || merged.conflictedNotes > 0 {
        message = Say.othersWrote(merged.conflictedAnswers.count + merged.conflictedNotes)
      }
      if s.restored {
        message = Say.draftRestored
        // A note the draft held, unfinished, is opened again as at any start (one open already shows its text).
        if screen == .reading && noteBox == nil {
          restoreDraft()
        } else if case .annotating = screen, let box = noteBox, let d = session.noteDraft(of: draftWriter),
          d.text != box.editor.text
        {
          noteBox = box.showing(d.text)
        }
      } else if let d = t.draftURL {
        outbox.append(.together(.removeDraft(d)))
      }
      t.draftURL = nil
      t.draftError = nil
      together = t
      if let other = s.takenBy {
        fieldTaken(by: other)
        return
      }
    case .failure(let failure):
      saved(s.sent, at: now, error: Say.saveProblem(failure))
      if s.restored { message = Say.saveProblem(failure) }
      t.draftURL = s.draft ?? t.draftURL
      t.draftError = s.draftError.map(Say.saveProblem)
    }
    together = t
    noteAnswers()
  }

  /// The field held here was taken by another reader (after a minute idle,
  /// or taken over, maybe at this member's other terminal): shown read-only
  /// from now on, told why. What was typed here is in the session (saved, or merged in).
  mutating func fieldTaken(by other: SessionLock.Holder) {
    guard var t = together, let field = t.holding else { return }
    t.holding = nil
    if unsavedSince != nil { t.handingOver = true }
    together = t
    watch(
      field, by: other,
      notice: t.isMine(other)
        ? Say.fieldTakenByYouElsewhere(note: field.isNote) : Say.fieldTakenFromYou(other.member ?? other.user ?? "?"))
  }

  // MARK: Fields

  /// Asks to write a field (the editor opened on it waits, read-only, for the answer; keys typed meanwhile wait too).
  mutating func claim(_ field: Field, _ now: Date, takeOver: Bool? = nil) {
    guard var t = together, !readOnly else { return }
    t.claiming = field
    together = t
    outbox.append(.together(.claim(t.locks, field, takeOver: takeOver ?? t.takeOver, now: now)))
  }

  /// A new note being written on a passage: its lock is the passage's (one member writes a note there at a time).
  func newNoteField(_ p: Passage) -> Field {
    .note(Field.noteKey(Session.Annotation(anchor: anchor(p), note: "", createdAt: .distantPast)))
  }

  /// Whether the editor open on screen is the one for `field`.
  func isOpen(_ field: Field) -> Bool {
    switch (field, screen) {
    case (.answer(let q), .editing(let e)): return q == e
    case (.note, .annotating(let p, let index)):
      guard let i = index else { return newNoteField(p) == field }
      return i < session.annotations.count && Field.note(session.annotations[i]) == field
    default: return false
    }
  }

  /// The answer to a claim: the editor becomes writable, or shows the
  /// field read-only and live, told who writes it (on another host: asked
  /// whether to take it over). Keys typed while waiting are handled now.
  mutating func claimed(_ field: Field, _ claim: FieldLocks.Claim, token: String?, _ now: Date) {
    guard var t = together else { return }
    if t.claiming == field { t.claiming = nil }
    let keys = t.claiming == nil ? t.waitingKeys : []
    if t.claiming == nil { t.waitingKeys = [] }
    together = t
    guard isOpen(field) else {
      // Left before the answer came: not kept.
      if claim == .mine {
        together?.holding = nil
        outbox.append(.together(.leave(t.locks)))
      }
      replay(keys, now)
      return
    }
    switch claim {
    case .mine:
      let wasWatching = t.watching == field
      t.holding = field
      t.watching = nil
      if let token { t.ownTokens.insert(token) }
      t.lastTouch = now
      together = t
      setFieldReadOnly(readOnly, notice: Say.readOnlyHeld(readOnlyHolder ?? ""))
      if wasWatching && keys.isEmpty { message = Say.fieldFreeNow }
    case .heldBy(let h, let checkable):
      together = t
      // This member at another terminal: told so, and asked whether to write here instead.
      let mine = t.isMine(h)
      let asked = t.watching == field  // a field watched asked for again: asked once already
      watch(
        field, by: h, notice: mine ? Say.fieldHeldByYou(note: field.isNote) : Say.fieldHeld(h.member ?? h.user ?? "?"))
      // A note shows the writer's draft at once (an answer's text is the session's already).
      showWatchedNote(session)
      // Asked whether to write here instead, an answer or a note alike.
      if !checkable || (mine && !asked), fieldBox != nil { open(.takingOver(field, h)) }
    case .unavailable(let why):
      // No lock can be made (the live folder broken): writing goes on; saves merge (both texts kept
      // where two wrote) or, failing, keep a draft. Nobody is locked out by a broken folder.
      together = t
      setFieldReadOnly(readOnly, notice: Say.readOnlyHeld(readOnlyHolder ?? ""))
      message = Say.fieldCannotLock(why)
    }
    replay(keys, now)
  }

  /// A note another member is writing, watched: shown live from their note
  /// draft in the file (once they finished it, the note itself).
  mutating func showWatchedNote(_ s: Session) {
    guard case .annotating(_, let index) = screen, let box = noteBox, box.readOnly, let t = together,
      let field = t.watching, let writer = t.snapshot.writers[field]?.member ?? t.watchedBy?.member
    else { return }
    let live =
      s.noteDraft(of: writer)?.text ?? index.flatMap { $0 < s.annotations.count ? s.annotations[$0].note : nil }
    guard let live, live != box.editor.text else { return }
    noteBox = box.showing(live)
  }

  /// Shows a field read-only and live: another member writes it (or it cannot be locked).
  mutating func watch(_ field: Field, by writer: SessionLock.Holder? = nil, notice: String) {
    together?.watching = field
    if let writer { together?.watchedBy = writer }
    together?.refused = ""
    setFieldReadOnly(true, notice: notice)
    message = notice
  }

  /// The editor open on screen for a field: the answer's or the note's.
  var fieldBox: EditorBox? {
    switch screen {
    case .editing: return answerBox
    case .annotating: return noteBox
    default: return nil
    }
  }

  mutating func setFieldReadOnly(_ on: Bool, notice: String) {
    if case .editing = screen {
      answerBox?.readOnly = on
      answerBox?.readOnlyNotice = notice
    }
    if case .annotating = screen {
      noteBox?.readOnly = on
      noteBox?.readOnlyNotice = notice
    }
  }

  /// Keys typed while a claim was on its way, handled in order.
  mutating func replay(_ keys: [Key], _ now: Date) {
    for key in keys { handle(key, now: now) }
  }

  /// Whether a key must wait: a claim is on its way for the editor on screen.
  mutating func holdKey(_ key: Key) -> Bool {
    guard together?.claiming != nil else { return false }
    switch screen {
    case .editing, .annotating:
      together?.waitingKeys.append(key)
      return true
    default: return false
    }
  }

  /// The field left (Esc, the editor closed): free for the others.
  mutating func leaveField() {
    guard var t = together else { return }
    if t.holding != nil { outbox.append(.together(.leave(t.locks))) }
    t.holding = nil
    t.watching = nil
    t.watchedBy = nil
    t.refused = ""
    together = t
  }

  /// A key the read-only field refused: typed text is never dropped
  /// silently. It is kept on the clipboard (all typed since the field was
  /// opened, to paste where it can be written), and the status line says
  /// who writes the field, how much was not written and what to do.
  mutating func refusedInField(_ key: Key) {
    guard var t = together, let field = t.watching else { return }
    let typed: String
    switch key {
    case .char(let c): typed = String(c)
    case .paste(let s): typed = s
    default: return
    }
    t.refused += typed
    together = t
    clipboard = t.refused
    outbox.append(.copy(t.refused))
    let count = TextEditor.count(t.refused)
    let writer = t.watchedBy ?? t.snapshot.writers[field]
    if let h = writer, t.isMine(h) {
      message = Say.typedNotWrittenYours(count, note: field.isNote)
    } else {
      message = Say.typedNotWritten(writer.flatMap { $0.member ?? $0.user } ?? "?", count)
    }
  }

  /// Typing in the field keeps it this reader's (its lock marked in use every few seconds).
  mutating func typedInField(_ now: Date) {
    guard var t = together, t.holding != nil,
      now.timeIntervalSince(t.lastTouch ?? .distantPast) >= Together.touchEvery
    else { return }
    t.lastTouch = now
    together = t
    outbox.append(.together(.touch(t.locks, now: now)))
  }

  /// `t` on the question whether to take over a field held on another host.
  mutating func tookOver(_ field: Field, _ now: Date) {
    back()
    together?.watching = nil
    claim(field, now, takeOver: true)
  }

  /// What quitting gives back: the session's lock, or the group's field and this reader's presence.
  var closing: [Effect] {
    (file.map { [Effect.closeSession($0)] } ?? []) + (together.map { [Effect.together(.quit($0.locks))] } ?? [])
  }

  /// The quit question after a save failed, as a choice on a page of its own
  /// (it wraps at any width), saying where the draft is.
  var quitQuestion: ChoiceScreen {
    let why = saveError ?? "?"
    let text: [String]
    if let d = together?.draftURL {
      text = [Say.savedToDraft(why), d.path, Say.draftOfferedNextTime]
    } else if let e = together?.draftError {
      text = [Say.draftFailedToo(why, e)]
    } else {
      text = [Say.saveFailed(why)]
    }
    var c = ChoiceScreen(
      title: Say.quitSaveFailedTitle, text: text,
      choices: [
        .init(key: "y", label: Say.quitNow, then: .quit), .init(key: "n", label: Say.stayAndRetry, then: .stay),
      ])
    if together?.draftURL != nil { c.paths = [1] }
    c.rows = rows
    c.cols = cols
    return c
  }

  /// The question whether to take over a field held on another host.
  func takeOverQuestion(_ field: Field, _ holder: SessionLock.Holder) -> ChoiceScreen {
    let name = holder.member ?? holder.user ?? "?"
    let mine = together?.isMine(holder) == true
    var c = ChoiceScreen(
      title: mine ? Say.heldByYouTitle(note: field.isNote) : Say.heldElsewhereTitle(name),
      text: [mine ? Say.heldByYouText(note: field.isNote) : Say.heldElsewhereText(Say.holder(holder))],
      choices: [
        .init(key: "t", label: Say.takeOverField, then: .stay), .init(key: "r", label: Say.watchField, then: .stay),
      ])
    c.rows = rows
    c.cols = cols
    return c
  }
}

extension EditorBox {
  /// The same box showing another text (another member's, live): the cursor
  /// moves with the text around it — text inserted or removed before it
  /// shifts it, text after it leaves it; in a changed stretch it goes to the
  /// stretch's end (at the end of the text: at the new end, following the writer).
  func showing(_ text: String) -> EditorBox {
    var e = TextEditor(text: text, width: editor.width, singleLine: editor.singleLine)
    let moved = Self.carried(editor.byteOffset(of: editor.cursor), from: Array(editor.text.utf8), to: Array(text.utf8))
    e.place(e.position(ofByte: moved))
    var box = EditorBox(e, rows: rows, readOnly: readOnly)
    box.readOnlyNotice = readOnlyNotice
    return box
  }

  /// Where a UTF-8 offset of `old` lands in `new`: the two share a start and
  /// an end (on character boundaries); the stretch between them changed.
  static func carried(_ offset: Int, from old: [UInt8], to new: [UInt8]) -> Int {
    let changed = ChangedStretch(from: old, to: new)
    if offset == old.count { return new.count }
    if offset <= changed.head { return offset }
    if offset >= old.count - changed.tail { return offset + new.count - old.count }
    return new.count - changed.tail
  }
}

extension Field {
  /// Whether the field is a note (its words say 这条批注, not 这题).
  var isNote: Bool {
    if case .note = self { return true }
    return false
  }
}
