import CaseroomEngine
import CaseroomSession
import Foundation

/// How `caseroom read` begins: the case, where to start, which group is
/// reading and where things are kept. It makes the first screen — the group
/// picker, a group's workspace, or the reader alone — and the workspace once
/// a group is chosen in the picker.
public struct ReadingStart {
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
  /// `--member`: which member of the group reads (else the login's, or asked).
  public var member: String?
  /// The user's login name (matched to a member, and remembered as one).
  public var login: String = NSUserName()
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
    guard takeOver, case .heldBy(let holder) = o.readOnly else { return groupScreen(o) }
    return ChoiceScreen(
      title: Say.inUseTitle(group),
      text: [
        Say.inUseHolder(holder.description),
        Say.inUseExplained,
      ],
      choices: [
        .init(key: "t", label: Say.takeOverChoice) {
          do {
            let taken = SessionOpener(store: opener.store, recovery: opener.recovery, options: .takeOver)
            return .replace(groupScreen(try taken.open(group: group, members: members, of: document)))
          } catch {
            return .fail(error)
          }
        },
        .init(key: "r", label: Say.readOnlyChoice) { .replace(groupScreen(o)) },
        .init(key: "q", label: Say.quitChoice) { .quit },
      ])
  }

  /// A damaged session whose backup can be used: carry on from the backup, start afresh, or leave it.
  func recoveryChoice(file: URL, problem: String, backup: Session) -> any Screen {
    func recover(_ way: SessionOpener.Recovery) -> Transition {
      do {
        return .replace(groupScreen(try opener.recover(way, file: file, group: backup.group, of: document)))
      } catch {
        return .fail(error)
      }
    }
    return ChoiceScreen(
      title: Say.damagedTitle(backup.group.name),
      text: [
        problem,
        Say.backupUsable(LocalTime.text(backup.updatedAt, .dateAndTime), backup.revision)
          + Say.damagedKeptAside(file.lastPathComponent),
      ],
      choices: [
        .init(key: "b", label: Say.fromBackupChoice) { recover(.fromBackup) },
        .init(key: "f", label: Say.freshChoice) { recover(.fresh) },
        .init(key: "q", label: Say.leaveItChoice) { .quit },
      ])
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
    picker.onChoice = { outcome in
      do {
        switch outcome {
        case .cancelled: return .quit
        case .existing(let i):
          let e = entries[i]
          guard let session = e.session else {
            // A damaged file with a usable backup: ask what to do.
            guard let backup = e.backup else { return .stay }
            return .replace(recoveryChoice(file: e.url, problem: e.error.map { "\($0)" } ?? "", backup: backup))
          }
          return .replace(
            opened(try opener.open(existing: e.url, session, of: document), group: session.group.name, members: []))
        case .new(let name, let members):
          return .replace(groupScreen(try opener.open(group: name, members: members, of: document)))
        }
      } catch {
        return .fail(error)
      }
    }
    return picker
  }
}

// MARK: - A group writing together: the draft left last time, who is reading

extension ReadingStart {
  /// The group's screen: a draft left by a save that failed is offered
  /// first; then the member at this terminal (`--member`, the login's, or
  /// asked); then the workspace.
  func groupScreen(_ o: OpenedSession) -> any Screen {
    guard let file = o.group else { return workspace(o) }
    if let (url, draft) = SaveDraft.find(for: o.url, in: drafts) { return draftChoice(o, file, url, draft) }
    return memberScreen(o, file)
  }

  func draftChoice(_ o: OpenedSession, _ file: GroupFile, _ url: URL, _ d: SaveDraft) -> ChoiceScreen {
    let group = o.session.group.name
    return ChoiceScreen(
      title: Say.draftFoundTitle(group),
      text: [Say.draftFoundText(LocalTime.text(d.savedAt, .dateAndTime), Say.saveFailure(d.reason), url.path)],
      choices: [
        .init(key: "r", label: Say.restoreDraft) {
          do {
            let merged = try file.restore(d, from: url, as: d.member ?? member ?? login)
            var again = o
            again.session = merged.session
            again.notice = nil
            var next = memberScreen(again, file)
            if var w = next as? Workspace {
              w.reader.show(message: Say.draftRestored)
              next = w
            }
            return .replace(next)
          } catch {
            return .fail(error)
          }
        },
        .init(key: "l", label: Say.keepDraftForLater) { .replace(memberScreen(o, file)) },
        .init(key: "d", label: Say.dropDraft) {
          SaveDraft.remove(url)
          return .replace(memberScreen(o, file))
        },
      ])
  }

  /// Who is reading: `--member` (offered to be added when not in the group),
  /// else the member this login was last time or bears the login's name,
  /// else a one-key choice.
  func memberScreen(_ o: OpenedSession, _ file: GroupFile) -> any Screen {
    let members = o.session.group.members
    if let m = member?.trimmingCharacters(in: .whitespaces), !m.isEmpty {
      if members.contains(m) || members.isEmpty { return together(o, file, m) }
      return ChoiceScreen(
        title: Say.notAMember(m, o.session.group.name), text: [],
        choices: [
          .init(key: "a", label: Say.addAsMember(m)) { .replace(together(o, file, m)) },
          .init(key: "c", label: Say.chooseAnother) { .replace(memberChoice(o, file)) },
          .init(key: "q", label: Say.quitChoice) { .quit },
        ])
    }
    if let m = o.session.logins?[login] ?? members.first(where: { $0.lowercased() == login.lowercased() }) {
      return together(o, file, m)
    }
    // A group without members yet: the login is its first, nothing to choose.
    if members.isEmpty { return together(o, file, login) }
    return memberChoice(o, file)
  }

  /// The group's members, one key each (the first nine), and a way to join.
  func memberChoice(_ o: OpenedSession, _ file: GroupFile) -> ChoiceScreen {
    let members = Array(o.session.group.members.prefix(9))
    var choices = members.enumerated().map { i, m in
      ChoiceScreen.Choice(key: Character("\(i + 1)"), label: m) { .replace(together(o, file, m)) }
    }
    choices.append(.init(key: "a", label: Say.addMyself(login)) { .replace(together(o, file, login)) })
    choices.append(.init(key: "q", label: Say.quitChoice) { .quit })
    return ChoiceScreen(
      title: Say.whoIsReadingTitle(o.session.group.name), text: [Say.whoIsReadingText(login)], choices: choices)
  }

  /// The workspace with this reader taking part as `member` (added to the group when new to it).
  func together(_ o: OpenedSession, _ file: GroupFile, _ member: String) -> Workspace {
    var w = workspace(o)
    let added = !o.session.group.members.contains(member)
    w.join(Together(member: member, file: file, drafts: drafts, takeOver: takeOver))
    w.remember(login: login, as: member, now: Date())
    if added { w.reader.show(message: Say.memberAdded(member)) }
    return w
  }
}
