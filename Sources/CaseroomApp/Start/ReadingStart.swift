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
  /// Lines added at the end of the help screen (where the files are).
  public var helpFooter: [String] = []
  /// `--take-over`: a session held by another process may be taken over, after asking.
  public var takeOver = false
  /// Whether there is a terminal to ask on; without one, a damaged session is a plain error.
  public var canAsk = true
  /// The class the group reads in (phases, released feedback, sync), if any.
  public var classLink: ClassLink?

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
        return opened(try opener.open(group: name, members: members, of: document), group: name, members: members)
      } catch SessionOpener.Failure.damaged(let e, let backup?) where canAsk {
        return recoveryChoice(file: URL(fileURLWithPath: e.file), problem: "\(e)", backup: backup)
      }
    case .ask: return picker()
    }
  }

  /// The workspace on an opened session — or, when another process holds it
  /// and `--take-over` was given, the question whether to take it over.
  func opened(_ o: OpenedSession, group: String, members: [String]) -> any Screen {
    guard takeOver, case .heldBy(let holder) = o.readOnly else { return workspace(o) }
    let takeOver = SessionOpening(start: self, way: .takeOver(group, members: members))
    return ChoiceScreen(
      title: Say.inUseTitle(group),
      text: [
        Say.inUseHolder(Say.holder(holder)),
        Say.inUseExplained,
      ],
      choices: [
        .init(key: "t", label: Say.takeOverChoice, then: .perform([.openSession(takeOver)])),
        .init(key: "r", label: Say.readOnlyChoice, then: .replace(workspace(o))),
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
    case (_, .success(let o)): return .replace(workspace(o))
    case (_, .failure(let error)):
      if case SessionOpener.Failure.damaged(let e, let backup?) = error, canAsk {
        return .replace(recoveryChoice(file: URL(fileURLWithPath: e.file), problem: "\(e)", backup: backup))
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
    let (positions, setAside) = positionsURL.map(ReadingPositions.read) ?? (ReadingPositions(), nil)
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
    let entries = opener.store.list(caseId: document.id)
    var picker = GroupPicker(
      caseTitle: document.title,
      entries: entries.map { e in
        GroupPicker.Entry(
          name: e.session?.group.name ?? e.backup?.group.name ?? e.url.lastPathComponent,
          members: e.session?.group.members ?? e.backup?.group.members ?? [],
          problem: e.error.map { e.backup == nil ? $0.message : $0.message + Say.backupUsableHint },
          recoverable: e.backup != nil)
      }, rows: 0, cols: 0)
    picker.start = self
    picker.files = entries
    return picker
  }
}
