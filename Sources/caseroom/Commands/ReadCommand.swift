import ArgumentParser
import CaseroomApp
import CaseroomEngine
import CaseroomSession
import Foundation

/// `caseroom read [CASE] [--section N|ID|last] [--group NAME]`: the full-screen reader,
/// with the group's session (answers, citations, notes).
struct ReadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read",
    abstract: "Open a case in the full-screen reader (the bundled case by default).",
    discussion: """
      Asks which group is reading (or give --group). Keys: j/k line, Space/b page, ]/[ section, \
      t contents, / search, a answers, ( ) mark a sentence, c cite it, A annotate it, ? help, q quit.
      """)

  @Argument(help: "A case file (.case.md). Default: the bundled case.")
  var caseFile: String?

  @Option(help: "Start at a section: a content number (7 = 金盾工程), an id, or 'last'. Default: where you stopped.")
  var section: String?

  @Option(help: "The group reading (created if new). Without it, caseroom asks.")
  var group: String?

  @Option(help: "Members of a new group, separated by commas (with --group).")
  var members: String?

  @Option(help: "Where group sessions are kept. Default: $CASEROOM_SESSIONS, else the XDG data directory.")
  var sessions: String?

  @Flag(help: "The group's session file is damaged: open its last backup (.bak). Saves go to a new file.")
  var fromBackup = false

  @Flag(help: "The group's session file is damaged: start afresh in a new file, leaving the damaged one as it is.")
  var fresh = false

  @Flag(name: .customLong("no-group"), help: "Just read: no group, no answers.")
  var noGroup = false

  @Option(help: "Colours: default, dark, light or mono. NO_COLOR in the environment means mono.")
  var theme: String?

  @Flag(name: .customLong("no-mouse"), help: "Do not capture the mouse (leave it to the terminal).")
  var noMouse = false

  func validate() throws {
    if let theme, Theme.named(theme) == nil {
      throw ValidationError("unknown theme '\(theme)': use \(Theme.names.joined(separator: ", "))")
    }
    if noGroup && group != nil { throw ValidationError("--no-group and --group cannot be used together") }
    if fresh && fromBackup { throw ValidationError("--fresh and --from-backup cannot be used together") }
  }

  func run() throws {
    var exitCode: Int32 = 0
    try reportingFailures {
      let (document, source) = try CaseLoader.open(caseFile)
      guard !document.readingSections.isEmpty else {
        throw Failure(message: "\(caseFile ?? "the case") has no text to read")
      }
      let store = SessionStore(directory: sessions.map { URL(fileURLWithPath: $0) } ?? SessionStore.defaultDirectory())
      let positionsURL = ReadingPositions.defaultURL()
      var (positions, warning) = ReadingPositions.load(positionsURL)
      let chosenTheme = Theme.chosen(theme)
      // Everything that can be refused is checked before the terminal is taken over.
      // Sized once the terminal is up: until then nothing is laid out.
      var state = ReaderState(document: document, rows: 0, cols: 0)
      state.helpFooter = ["文件 Files", "  小组记录 sessions: " + store.directory.path]
      var start: Anchor?
      if let section {
        guard let a = startAnchor(section, state) else {
          throw Failure(
            message: "no section '\(section)': give 1–\(state.contentCount), an id (see 'caseroom outline'), or 'last'")
        }
        start = a
      }
      var opened: OpenedSession?
      if let group {
        opened = try openSession(named: group, members: parseMembers(members), document, store)
      }
      let screen: TerminalScreen
      do {
        screen = try TerminalScreen(theme: chosenTheme, mouse: !noMouse)
      } catch {
        throw Failure(message: "\(error)")
      }
      screen.enableBracketedPaste()
      defer {
        screen.disableBracketedPaste()
        screen.stop()
      }
      let size = screen.size
      // Once the first screen is up: check that all of the file is UTF-8 (the
      // sections on screen were decoded on their own) and take a private copy
      // of its pages, so that the file may be rewritten while it is open.
      var encodingProblem: String?
      var checked = false
      func checkSource() -> Bool {
        guard !checked else { return false }
        checked = true
        source.detach()
        let name = URL(fileURLWithPath: caseFile ?? BundledCase.fileName).lastPathComponent
        guard let problem = source.encodingProblem(file: name) else { return false }
        encodingProblem = "\(name):\(problem.line): 不是 UTF-8 not UTF-8 text, shown as � — see 'caseroom check'"
        return true
      }

      if opened == nil && !noGroup {
        // Ask which group is reading.
        let entries = store.list(caseId: document.id)
        var picker = GroupPicker(
          caseTitle: document.title,
          entries: entries.map { e in
            GroupPicker.Entry(
              name: e.session?.group.name ?? e.url.lastPathComponent, members: e.session?.group.members ?? [],
              problem: e.error?.message)
          }, rows: size.rows, cols: size.cols)
        exitCode = runLoop(screen) { key in
          if let key { picker.handle(key) }
          return (picker.render(), picker.outcome != nil, false)
        } resize: {
          picker.resize(rows: $0, cols: $1)
        } onFirstFrame: {
          checkSource()
        }
        if exitCode != 0 { return }
        switch picker.outcome! {
        case .cancelled: return
        case .existing(let i):
          let e = entries[i]
          opened = try openExisting(e.url, e.session!, document, store)
        case .new(let name, let members):
          opened = try openSession(named: name, members: members, document, store)
        }
      }

      guard let opened else {
        // Reading without a group: the position is remembered per user.
        let remembered = positions.cases[document.id]
        if let remembered { state.restore(remembered) }
        if start == nil, let remembered { start = state.anchor(for: remembered) }
        if let start { state = state.moved(to: start) }
        state.resize(rows: screen.size.rows, cols: screen.size.cols)
        if let warning { state.show(message: warning) }
        exitCode = runLoop(screen) { key in
          if let key { state.handle(key) }
          return (state.render(), state.wantsQuit, state.wantsFullRedraw)
        } resize: {
          state.resize(rows: $0, cols: $1)
        } onRedraw: {
          state.wantsFullRedraw = false
        } onFirstFrame: {
          guard checkSource(), let encodingProblem else { return false }
          state.show(message: encodingProblem)
          return true
        }
        positions.cases[document.id] = state.place
        try? positions.save(positionsURL)
        return
      }

      // Reading as a group.
      if start == nil, let p = opened.session.position {
        start = state.anchor(
          for: .init(
            section: p.section, paragraph: p.paragraph, offset: p.offset ?? 0,
            read: opened.session.reading.filter(\.value.finished).map(\.key), marks: [:]))
      }
      state.restore(
        .init(
          section: "", paragraph: 0, offset: 0, read: opened.session.reading.filter(\.value.finished).map(\.key),
          marks: opened.session.marks.mapValues {
            .init(section: $0.section, paragraph: $0.paragraph, offset: $0.offset ?? 0)
          }))
      if let start { state = state.moved(to: start) }
      state.resize(rows: screen.size.rows, cols: screen.size.cols)
      var workspace = Workspace(reader: state, session: opened.session, readOnlyHolder: opened.readOnlyHolder)
      if let note = opened.note { workspace.reader.show(message: note) }
      _ = checkSource()
      if let encodingProblem { workspace.reader.show(message: encodingProblem) }
      let target = opened.url
      func save(_ now: Date) {
        let s = workspace.sessionToSave(now: now)
        do {
          try store.save(s, to: target)
          workspace.saved(s, at: now, error: nil)
        } catch {
          workspace.saved(s, at: now, error: "\(error)")
        }
      }
      exitCode = runLoop(screen) { key in
        let now = Date()
        if let key { workspace.handle(key, now: now) }
        workspace.tick(now: now)
        if workspace.needsSave(now: now) { save(now) }
        if workspace.wantsQuit {
          if workspace.saveError == nil || opened.readOnlyHolder != nil {
            return (Frame(rows: 0, cols: 0), true, false)
          }
          workspace.quitFailed()
        }
        return (workspace.render(), false, workspace.reader.wantsFullRedraw)
      } resize: {
        workspace.resize(rows: $0, cols: $1)
      } onRedraw: {
        workspace.reader.wantsFullRedraw = false
      } onSignal: {
        workspace.requestSave()
        if workspace.needsSave(now: Date()) { save(Date()) }
      }
      opened.lock?.release()
    }
    if exitCode != 0 { throw ExitCode(exitCode) }
  }

  func startAnchor(_ s: String, _ state: ReaderState) -> Anchor? {
    if s == "last" { return Anchor(section: state.sections.count - 1) }
    guard let target = state.document.section(matching: s), let i = state.sectionIndex[target.id] else { return nil }
    return Anchor(section: i)
  }

  func parseMembers(_ s: String?) -> [String] {
    (s ?? "").split(whereSeparator: { "，,、;；".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
  }

  /// A session opened for reading and writing (or read-only), and where it is saved.
  struct OpenedSession {
    var session: Session
    var url: URL
    var lock: SessionLock?
    var readOnlyHolder: String?
    var note: String?
  }

  /// Opens (or creates) the session of a named group.
  func openSession(named name: String, members: [String], _ c: Case, _ store: SessionStore) throws -> OpenedSession {
    let url = store.url(caseId: c.id, group: name)
    guard FileManager.default.fileExists(atPath: url.path) else {
      let s = Session(case: c, group: .init(name: name, members: members))
      return try lock(OpenedSession(session: s, url: url, note: "新小组“\(name)” new group"), store, saveNew: true)
    }
    do {
      let s = try store.load(url)
      return try openExisting(url, s, c, store)
    } catch let e as SessionError where e.kind != .io {
      if fresh {
        let s = Session(case: c, group: .init(name: name, members: members))
        let newURL = store.freshURL(beside: url)
        return try lock(
          OpenedSession(session: s, url: newURL, note: "重新开始：\(newURL.lastPathComponent)（损坏的文件保持原样）"), store,
          saveNew: true)
      }
      if fromBackup {
        let backup = URL(fileURLWithPath: url.path + ".bak")
        let s: Session
        do { s = try store.load(backup) } catch {
          throw Failure(message: "\(backup.path): the backup cannot be used either: \(error)")
        }
        let newURL = store.freshURL(beside: url)
        return try lock(
          OpenedSession(session: s, url: newURL, note: "已打开备份，保存到 \(newURL.lastPathComponent) opened the backup"),
          store,
          saveNew: true)
      }
      throw Failure(
        message:
          "\(e)\nthe file is left as it is; open its backup with --from-backup, or start afresh in a new file with --fresh"
      )
    }
  }

  func openExisting(_ url: URL, _ s: Session, _ c: Case, _ store: SessionStore) throws -> OpenedSession {
    var note: String?
    if s.caseHash != Session.hash(of: c) {
      note = "案例文本已更改：引文按原文重新定位 the case changed since this session was saved; citations follow their text"
    }
    return try lock(OpenedSession(session: s, url: url, note: note), store, saveNew: false)
  }

  func lock(_ o: OpenedSession, _ store: SessionStore, saveNew: Bool) throws -> OpenedSession {
    var o = o
    switch try SessionLock.acquire(for: o.url) {
    case .acquired(let lock, let previous):
      o.lock = lock
      if let previous { o.note = "接管了失效的锁 took over a stale lock (\(previous.description))" }
      if saveNew { try store.save(o.session, to: o.url) }
    case .heldBy(let holder):
      o.readOnlyHolder = holder.description
      o.note = "另一个 caseroom 正在使用此小组：只读打开 held by \(holder.description): read-only"
    }
    return o
  }
}
