import CaseroomEngine
import CaseroomSession
import FoundationEssentials
import Glibc

/// How `caseroom read` begins: the case, where to start, which group is
/// reading and where things are kept. It makes the first screen — the group
/// picker, a group's workspace, or the reader alone — and the workspace once
/// a group is chosen in the picker.
public struct ReadingStart: Sendable {
  /// Which group reads.
  public enum Group: Sendable {
    /// Ask in the group picker.
    case ask
    /// Just read: no group, the place remembered per user.
    case none
    /// This group (created if new).
    case named(String, members: [String])
  }

  public let document: Case
  /// Where to open (`--section`); nil: where the group or the user stopped.
  public var start: Anchor?
  public var group: Group
  public let opener: SessionOpener
  /// Where a reader without a group remembers its place (nil: not remembered).
  public var positionsURL: URL?
  /// That file, being decoded already (`ReadingPositions.decode`) on a thread
  /// of its own while the case is opened; nil: decoded when needed.
  public var positionsDecoded: Prefetch<Result<ReadingPositions, any Error>?>?
  /// Lines added at the end of the help screen (where the files are).
  public var helpFooter: [String] = []
  /// `--take-over`: a session held by another process may be taken over, after asking.
  public var takeOver = false
  /// Whether there is a terminal to ask on; without one, a damaged session is a plain error.
  public var canAsk = true
  /// The class the group reads in (phases, released feedback, sync), if any.
  public var classLink: ClassLink?
  /// `--member`: which member of the group reads (else the login's, or asked).
  public var member: String?
  /// The user's login name (matched to a member, and remembered as one):
  /// looked up in the password database when a group's session needs it,
  /// not at every start (`nsswitch.conf` and `/etc/passwd` read for nothing).
  public var login: String {
    get { loginName ?? LocalProcess.userName }
    set { loginName = newValue }
  }
  private var loginName: String?
  /// Where drafts of saves that failed are kept (`SaveDraft`).
  public var drafts: URL = SaveDraft.directory()

  public init(document: Case, start: Anchor?, group: Group, opener: SessionOpener, positionsURL: URL?) {
    self.document = document
    self.start = start
    self.group = group
    self.opener = opener
    self.positionsURL = positionsURL
  }

  /// The first screen. A named group's session is opened here, before the
  /// terminal is taken over, so that a refusal is printed as a plain error.
  public func firstScreen() throws -> any Screen {
    switch group {
    case .none: return soloReader()
    case .named(let name, let members):
      do {
        let o = lookForDraft(try opener.open(group: name, members: members, of: document))
        return opened(o, group: name, members: members)
      } catch SessionOpener.Failure.damaged(let e, let backup?) where canAsk {
        return recoveryChoice(file: URL(fileURLWithPath: e.file), problem: Say.sessionProblem(e), backup: backup)
      }
    case .ask: return picker()
    }
  }

  /// The workspace on an opened session — or, when another process holds it
  /// and `--take-over` was given, the question whether to take it over.
  func opened(_ o: OpenedSession, group: String, members: [String]) -> any Screen {
    guard takeOver, case .heldBy(let holder) = o.readOnly else { return groupScreen(o) }
    let takeOver = SessionOpening(start: self, way: .takeOver(group, members: members))
    return ChoiceScreen(
      title: Say.inUseTitle(group),
      text: [
        Say.inUseHolder(Say.holder(holder)),
        Say.inUseExplained,
      ],
      choices: [
        .init(key: "t", label: Say.takeOverChoice, then: .perform([.openSession(takeOver)])),
        .init(key: "r", label: Say.readOnlyChoice, then: .replace(groupScreen(o))),
        .init(key: "q", label: Say.quitChoice, then: .quit),
      ])
  }

  /// A damaged session whose backup can be used: carry on from the backup, start afresh, or leave it.
  func recoveryChoice(file: URL, problem: String, backup: Session) -> any Screen {
    func recover(_ way: SessionOpener.Recovery) -> Transition {
      .perform([.openSession(SessionOpening(start: self, way: .recover(way, file: file, group: backup.group)))])
    }
    return ChoiceScreen(
      title: Say.damagedTitle(backup.group.name),
      text: [
        problem,
        Say.backupUsable(LocalTime.text(backup.updatedAt, .dateAndTime), backup.revision)
          + Say.damagedKeptAside(file.lastPathComponent),
      ],
      choices: [
        .init(key: "b", label: Say.fromBackupChoice, then: recover(.fromBackup)),
        .init(key: "f", label: Say.freshChoice, then: recover(.fresh)),
        .init(key: "q", label: Say.leaveItChoice, then: .quit),
      ])
  }

  /// Where opening a session leads: the workspace (or the question whether
  /// to take over a held session), the recovery question, or an error.
  public func transition(_ opening: SessionOpening, _ result: Result<OpenedSession, any Error>) -> Transition {
    switch (opening.way, result) {
    case (.group(let name, let members), .success(let o)): return .replace(opened(o, group: name, members: members))
    case (.existing(_, let session), .success(let o)):
      return .replace(opened(o, group: session.group.name, members: []))
    case (_, .success(let o)): return .replace(groupScreen(o))
    case (_, .failure(let error)):
      if case SessionOpener.Failure.damaged(let e, let backup?) = error, canAsk {
        return .replace(
          recoveryChoice(file: URL(fileURLWithPath: e.file), problem: Say.sessionProblem(e), backup: backup))
      }
      return .fail(error)
    }
  }

  /// A session file chosen in the picker: opened (as an effect), or — damaged
  /// with a usable backup — the question what to do.
  func choose(_ e: SessionStore.Entry) -> Transition {
    guard let session = e.session else {
      guard let backup = e.backup else { return .stay }
      return .replace(recoveryChoice(file: e.url, problem: e.error.map { "\($0)" } ?? "", backup: backup))
    }
    return .perform([.openSession(SessionOpening(start: self, way: .existing(e.url, session)))])
  }

  /// A reader not yet sized (nothing is laid out until the terminal's size is known).
  func reader() -> ReaderState {
    var r = ReaderState(document: document, rows: 0, cols: 0)
    r.helpFooter = helpFooter
    return r
  }

  func soloReader() -> ReaderScreen {
    var r = reader()
    let (positions, setAside) =
      positionsURL.map { url in
        ReadingPositions.read(url, decoded: positionsDecoded.map { $0.value } ?? ReadingPositions.decode(url))
      } ?? (ReadingPositions(), nil)
    let remembered = positions.cases[document.id]
    if let remembered { r.restore(remembered) }
    if let a = start ?? remembered.flatMap(r.anchor(for:)) { r = r.moved(to: a) }
    if let setAside, let positionsURL {
      r.show(message: "\(positionsURL.path): damaged, set aside as \(setAside.lastPathComponent)")
    }
    return ReaderScreen(reader: r, positions: positions, positionsURL: positionsURL)
  }

  /// The group's workspace, at `--section` or where the group stopped.
  func workspace(_ opened: OpenedSession) -> Workspace {
    var r = reader()
    let place = opened.session.place
    r.restore(place)
    if let a = start ?? r.anchor(for: place) { r = r.moved(to: a) }
    var w = Workspace(reader: r, opened: opened)
    w.classLink = classLink
    // A new group's first screen shows the keys that matter (the header names the group);
    // anything else worth knowing on opening takes the status bar until the first key.
    if let notice = opened.notice, !notice.isNewGroup { w.reader.show(message: notice.text) }
    return w
  }

  /// Which group is reading? Choosing one opens its session (or reports why it cannot).
  func picker() -> GroupPicker {
    let list = groups()
    var picker = GroupPicker(caseTitle: document.title, entries: GroupPicker.entries(list), rows: 0, cols: 0)
    picker.start = self
    picker.files = list.files
    return picker
  }

  /// The case's groups in the sessions folder and who reads each now (its
  /// live folder): read before the picker is shown, and again on a worker
  /// when the folder changes; with `listed`, only who reads each of those.
  func groups(presenceOf listed: [SessionStore.Entry]? = nil) -> GroupList {
    let files = listed ?? opener.store.list(caseId: document.id)
    return GroupList(files: files, present: files.map { LiveFolder(session: $0.url).look().members })
  }

  /// The folders the picker follows: the sessions folder (a group made or
  /// removed) and each group's live folder (a reader coming or going).
  func pickerWatched(_ files: [SessionStore.Entry]) -> [String] {
    [opener.store.directory.path] + files.map { LiveFolder(session: $0.url).url.path }
  }
}

// MARK: - A group writing together: the draft left last time, who is reading

extension ReadingStart {
  /// The session with the draft a failed save of it left, if any, and what
  /// readers that ended without saving (a `kill -9`, a lost terminal) had
  /// typed, from their crash journals, made into that draft (read when the
  /// session is opened: on a worker, or before the first screen).
  func lookForDraft(_ o: OpenedSession) -> OpenedSession {
    guard o.group != nil else { return o }
    let left = SaveDraft.find(for: o.url, in: drafts)
    let journalled = CrashJournal.gathered(for: o.url, session: o.session, in: drafts, existing: left?.draft)
    guard let found = journalled ?? left else { return o }
    var with = o
    with.leftDraft = found
    return with
  }

  /// The group's screen: a draft left by a save that failed is offered
  /// first; then the member at this terminal (`--member`, the login's, or
  /// asked); then the workspace.
  func groupScreen(_ o: OpenedSession) -> any Screen {
    guard let file = o.group else { return workspace(o) }
    if let (url, draft) = o.leftDraft { return draftChoice(o, file, url, draft) }
    return memberScreen(o, file)
  }

  func draftChoice(_ o: OpenedSession, _ file: GroupFile, _ url: URL, _ d: SaveDraft) -> ChoiceScreen {
    let group = o.session.group.name
    let when = LocalTime.text(d.savedAt, .dateAndTime)
    var c = ChoiceScreen(
      title: Say.draftFoundTitle(group),
      text: [
        d.crashed == true ? Say.typedBeforeCrashText(when) : Say.draftFoundText(when, d.reason), url.path,
        Say.draftRestoreExplained,
      ],
      choices: [
        .init(key: "r", label: Say.restoreDraft, then: .replace(memberScreen(o, file, restoring: (url, d)))),
        .init(key: "l", label: Say.keepDraftForLater, then: .replace(memberScreen(o, file))),
        .init(
          key: "d", label: Say.dropDraft,
          then: Transition(.replace(memberScreen(o, file)), effects: [.together(.removeDraft(url))])),
      ])
    c.paths = [1]  // whole on a line of its own when it fits, else cut after a `/`
    return c
  }

  /// Who is reading: `--member` (offered to be added when not in the group),
  /// else the member this login was last time or bears the login's name,
  /// else a one-key choice. A draft chosen to be restored is merged in as
  /// soon as the workspace starts.
  func memberScreen(_ o: OpenedSession, _ file: GroupFile, restoring: (URL, SaveDraft)? = nil) -> any Screen {
    let members = o.session.group.members
    func with(_ m: String) -> Transition { .replace(together(o, file, m, restoring: restoring)) }
    if let m = member?.trimmingBlanks(), !m.isEmpty {
      if members.contains(m) || members.isEmpty { return together(o, file, m, restoring: restoring) }
      return ChoiceScreen(
        title: Say.notAMember(m, o.session.group.name), text: [],
        choices: [
          .init(key: "a", label: Say.addAsMember(m), then: with(m)),
          .init(key: "c", label: Say.chooseAnother, then: .replace(memberChoice(o, file, restoring: restoring))),
          .init(key: "q", label: Say.quitChoice, then: .quit),
        ])
    }
    if let m = o.session.logins?[login] ?? members.first(where: { $0.lowercased() == login.lowercased() }) {
      return together(o, file, m, restoring: restoring)
    }
    // A group without members yet: the login is its first, nothing to choose.
    if members.isEmpty { return together(o, file, login, restoring: restoring) }
    return memberChoice(o, file, restoring: restoring)
  }

  /// The group's members, one key each (the first nine), and a way to join.
  func memberChoice(_ o: OpenedSession, _ file: GroupFile, restoring: (URL, SaveDraft)? = nil) -> ChoiceScreen {
    let members = Array(o.session.group.members.prefix(9))
    var choices = members.enumerated().map { i, m in
      ChoiceScreen.Choice(
        key: Character("\(i + 1)"), label: m, then: .replace(together(o, file, m, restoring: restoring)))
    }
    choices.append(
      .init(key: "a", label: Say.addMyself(login), then: .replace(together(o, file, login, restoring: restoring))))
    choices.append(.init(key: "q", label: Say.quitChoice, then: .quit))
    return ChoiceScreen(
      title: Say.whoIsReadingTitle(o.session.group.name), text: [Say.whoIsReadingText(login)], choices: choices)
  }

  /// The workspace with this reader taking part as `member` (added to the
  /// group when new to it, remembered for this login, on its first update).
  func together(_ o: OpenedSession, _ file: GroupFile, _ member: String, restoring: (URL, SaveDraft)? = nil)
    -> Workspace
  {
    var w = workspace(o)
    var t = Together(member: member, login: login, file: file, drafts: drafts, takeOver: takeOver)
    t.restoring = restoring
    w.join(t)
    return w
  }
}
