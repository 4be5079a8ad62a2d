import ArgumentParser
import CaseroomApp
import CaseroomClass
import CaseroomEngine
import CaseroomSession
import FoundationEssentials
import Glibc

/// `caseroom read [CASE] [--section N|ID|last] [--group NAME]`: the full-screen reader,
/// with the group's session (answers, citations, notes).
struct ReadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read",
    // Parsed on its own for a quick start (`Caseroom.reader`): as a part of
    // `caseroom`, which answers the requests for completion scripts.
    _superCommandName: "caseroom",
    abstract: "Open a case in the full-screen reader (the bundled case by default).",
    discussion: """
      Asks which group is reading (or give --group). Keys: j/k line, Space/b page, ]/[ section, \
      t contents, / search, a answers, ( ) mark a sentence, c cite it, A annotate it, ? help, q quit.
      """)

  @Argument(
    help:
      "A case file (.case.md) or a case's id (see 'caseroom cases'). Default: the one installed case, or caseroom asks which."
  )
  var caseFile: String?

  @Option(help: "Start at a section: a content number (7 = 金盾工程), an id, or 'last'. Default: where you stopped.")
  var section: String?

  @Option(help: "The group reading (created if new). Without it, caseroom asks.")
  var group: String?

  @Option(help: "Members of a new group, separated by commas (with --group).")
  var members: String?

  @Option(
    help:
      "Which member of the group is at this terminal (shown in the header; offered to be added when not in the group). Default: $CASEROOM_MEMBER, else the member this login was last time, or bears its name, else caseroom asks."
  )
  var member: String?

  @Option(help: "Where group sessions are kept. Default: $CASEROOM_SESSIONS, else the XDG data directory.")
  var sessions: String?

  @OptionGroup var classOption: ClassFolderOption
  var classFolder: String? { classOption.classFolder }

  @Flag(
    help:
      "The group's session file is damaged: carry on from its last backup (.bak) in the same file; the damaged one is kept aside as <file>.damaged-<time>."
  )
  var fromBackup = false

  @Flag(
    help:
      "The group's session file is damaged: start afresh in the same file; the damaged one is kept aside as <file>.damaged-<time>."
  )
  var fresh = false

  @Flag(
    help:
      "An answer or note you open is being written on another host (its process cannot be checked from here): take it over without asking. Without this flag caseroom asks on screen. Both texts are kept if both write."
  )
  var takeOver = false

  @Flag(name: .customLong("no-group"), help: "Just read: no group, no answers.")
  var noGroup = false

  @Option(help: "Colours: default, dark, light or mono. NO_COLOR in the environment means mono.")
  var theme: String?

  @Flag(name: .customLong("no-mouse"), help: "Do not capture the mouse (leave it to the terminal).")
  var noMouse = false

  @Flag(help: "Sync the group's session with the class repository every few minutes (S syncs at once).")
  var sync = false

  @Option(
    help: "The interface's language: zh or en. Default: $CASEROOM_LANG, else Chinese for a zh locale or a Chinese case."
  )
  var lang: String?

  func validate() throws {
    if let theme, Theme.named(theme) == nil {
      throw ValidationError(
        Say.unknownTheme(TerminalSafe.text(theme, keepingLines: false), Theme.names))
    }
    if noGroup && group != nil { throw ValidationError(Say.optionsExclusive("--no-group", "--group")) }
    if fresh && fromBackup { throw ValidationError(Say.optionsExclusive("--fresh", "--from-backup")) }
    if let group, group.trimmingSpacesAndLineBreaks().isEmpty {
      throw ValidationError(Say.groupNameEmpty)
    }
    if (fresh || fromBackup || takeOver || member != nil) && noGroup {
      throw ValidationError(Say.optionGoesWith("--fresh, --from-backup, --take-over, --member", "--group"))
    }
  }

  func run() throws {
    var end = RunEnd.quit
    // Reading alone: the remembered positions are decoded on the other core while the case is opened.
    let positions = noGroup ? Prefetch { ReadingPositions.decode(ReadingPositions.defaultURL()) } : nil
    try reportingFailures {
      let inClass = try ClassOption.resolve(classFolder, sessions: self.sessions.map { [$0] } ?? [])
      let sessions = inClass?.sessions ?? self.sessions
      // A case named by file or id, else the class's case; none at all: the
      // only one installed, or the case picker.
      let (path, choices) =
        try caseFile == nil && inClass != nil ? (inClass?.caseFile, nil) : chosenCase()
      let (document, source) = try CaseLoader.open(path)
      guard document.sections.contains(where: \.hasText) else {
        throw Failure(message: Say.noTextToRead(caseFile))
      }
      if let sessions { try checkDirectory(sessions, option: "--sessions", mustExist: false) }
      // The screens and what is said on standard error, before and after them, in one language.
      end = try inCaseLanguage(document.title) {
        let end = try read(
          document, source, path: path, choices: choices, sessions: sessions, inClass: inClass, positions: positions)
        if case .failure(let error) = end { throw Failure(message: Self.describe(error)) }
        return end
      }
    }
    if case .signal(let s) = end { throw ExitCode(128 + s) }
  }

  /// The reader on an opened case, in the interface's language.
  func read(
    _ document: Case, _ source: SourceBytes, path: String?, choices: CaseLibrary?, sessions: String?,
    inClass: ClassOption?, positions: Prefetch<Result<ReadingPositions, any Error>?>?
  ) throws -> RunEnd {
    do {
      let store = SessionStore(directory: sessions.map { URL(fileURLWithPath: $0) } ?? SessionStore.defaultDirectory())
      let group: ReadingStart.Group =
        noGroup
        ? .none
        : group.map { .named($0.trimmingSpaces(), members: GroupPicker.members(members)) }
          ?? .ask
      var start = ReadingStart(
        document: document, start: nil, group: group,
        opener: SessionOpener(
          store: store, recovery: fresh ? .fresh : fromBackup ? .fromBackup : .refuse, options: .together),
        positionsURL: ReadingPositions.defaultURL())
      // (Not for a case chosen later in the picker: by then the file may have changed.)
      start.positionsDecoded = choices == nil ? positions : nil
      start.helpFooter = [Say.filesTitle, Say.sessionsFolder(store.directory.path)]
      start.classLink = classLink(inClass, sessions: store.directory)
      // --take-over asks first, on screen, naming the holder; so does a damaged
      // session with a good backup — when there is a terminal to ask on.
      start.takeOver = takeOver
      // The member named for this machine (as its syncs' commits name it), unless --member says otherwise.
      start.member =
        member
        ?? ProcessEnvironment.variables[GitIdentity.memberVariable].map { $0.trimmingSpaces() }
        .flatMap { $0.isEmpty ? nil : $0 }
      start.canAsk = isatty(0) != 0 && isatty(1) != 0
      if let section, choices == nil {
        guard let a = ReaderState.startAnchor(section, in: document) else {
          throw Failure(
            message: Say.noSuchSection(
              section, count: document.contentSections.count, headings: document.readingSections.map(\.heading)))
        }
        start.start = a
      }
      // Everything that can be refused is checked before the terminal is taken over.
      let first: any Screen
      do { first = try choices.map { casePicker($0, start) } ?? start.firstScreen() } catch {
        throw Failure(message: Self.describe(error))
      }
      let terminal: TerminalScreen
      do {
        terminal = try TerminalScreen(theme: Theme.chosen(theme), mouse: !noMouse)
      } catch {
        throw Failure(error)
      }
      defer { terminal.stop() }
      // Once the first screen is up: check that all of the file is UTF-8 (the
      // sections on screen were decoded on their own) and take a private copy
      // of its pages, so that the file may be rewritten while it is open.
      return runLoop(first, on: terminal) {
        source.detach()
        guard choices == nil else { return terminal.fallbackNotice }  // the chosen case is checked when opened
        let name = URL(fileURLWithPath: path ?? BundledCase.fileName).lastPathComponent
        guard let problem = source.encodingProblem(file: name) else { return terminal.fallbackNotice }
        return Say.badBytes(name, problem.line)
      }
    }
  }

  /// The class around the reader: a class folder's phases and feedback, and
  /// a git clone to sync (the sessions folder or the class folder holding it).
  func classLink(_ inClass: ClassOption?, sessions: URL) -> ClassLink? {
    guard let around = ClassAround.find(sessions: sessions, classFolder: inClass?.folder) else { return nil }
    return ClassLink(
      classFile: around.classFile, feedbackFolder: around.feedbackFolder, syncDirectory: around.clone,
      syncDriver: around.clone.map { _ in ClassSync.Options.driverCommand(executable: SyncCommand.executable()) },
      autoSync: sync ? 300 : nil)
  }

  /// A session that cannot be opened, in words, with the way out.
  static func describe(_ error: any Error) -> String {
    switch error {
    case SessionOpener.Failure.damaged(let e, let backup):
      return Say.damagedSessionWays(
        file: Say.commandError(e), name: URL(fileURLWithPath: e.file).lastPathComponent,
        backup: backup.map { (LocalTime.text($0.updatedAt, .dateAndTime), $0.revision) })
    case SessionOpener.Failure.blankGroupName:
      return Say.groupNameEmpty
    case SessionOpener.Failure.backupUnusable(let url, let e):
      return Say.backupUnusable(url.path, Say.errorReason(e))
    default: return Failure(error).description
    }
  }
}
