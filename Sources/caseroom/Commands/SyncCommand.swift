import ArgumentParser
import CaseroomApp
import CaseroomClass
import CaseroomEngine
import CaseroomSession
import FoundationEssentials
import Glibc

/// `caseroom sync [--sessions DIR | --class DIR]`: commit, fetch, merge and
/// push a clone of the class repository with git.
struct SyncCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sync",
    abstract: "Sync a clone of the class repository with git: commit this clone's sessions, fetch, merge, push.",
    discussion: """
      Two members' edits of one group's session merge (caseroom installs its merge driver in the clone). \
      Offline or refused: one message, the work stays committed here, exit 1.
      """)

  @Option(help: "A folder in the clone. Default: $CASEROOM_CLASS, else the sessions directory.")
  var sessions: String?

  @OptionGroup var classOption: ClassFolderOption
  var classFolder: String? { classOption.classFolder }

  @Option(help: "Who you are, as commits and conflict markers name you. Default: $CASEROOM_MEMBER, else your login.")
  var member: String?

  func run() throws {
    try reportingFailures {
      if sessions != nil && classFolder != nil {
        throw Failure(message: Say.optionsExclusive("--class", "--sessions"))
      }
      let dir =
        sessions.map { URL(fileURLWithPath: $0) } ?? ClassFolder.named(classFolder)?.root
        ?? SessionStore.defaultDirectory()
      try checkDirectory(dir.path, option: sessions != nil ? "--sessions" : "--class")
      // Said in the language of the class's case, when the folder is in a class (or is one).
      let here = ClassFolder(root: dir)
      let folder =
        ClassFolder.named(classFolder) ?? ClassFolder.containing(sessions: dir)
        ?? (RegularFile.exists(here.classFile) ? here : nil)
      let title = try? folder.map { try $0.load().caseTitle }
      try inCaseLanguage(title) { try sync(dir) }
    }
  }

  /// Syncs the clone around `dir` and says what it did.
  func sync(_ dir: URL) throws {
    let report: ClassSync.Report
    var options = ClassSync.Options(driver: ClassSync.Options.driverCommand(executable: Self.executable()))
    options.identity = GitIdentity.here(member: member)
    do {
      report = try ClassSync(directory: dir, options: options).run()
    } catch {
      throw Failure(message: Say.syncFailedCommand(Say.syncReason(error)))
    }
    if report.installedDriver { emit(Say.driverInstalled + "\n") }
    if let key = report.tookKey { emit(Say.tookKey(key) + "\n") }
    if !report.restored.isEmpty {
      emit(Say.instructorFilesRestored(report.restored.joined(separator: ", "), aside: report.aside) + "\n")
      if report.aside != nil { warn("caseroom: " + Say.setAsideNotTheInstructor) }
    }
    emit(Say.committed(report.committed) + "\n")
    emit(Say.received(report.received) + "\n")
    emit(Say.pushed(to: report.pushed ? report.remote : nil) + "\n")
    for w in report.withheld { warn("caseroom: " + Say.syncWarning(Say.withheld(w))) }
    for f in report.conflicted { emit(Say.bothVersionsIn(f) + "\n") }
  }

  /// This program's absolute path, for git to run as the merge driver.
  static func executable() -> String {
    if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return exe }
    let arg0 = CommandLine.arguments[0]
    if arg0.contains("/") { return URL(fileURLWithPath: arg0).standardizedFileURL.path }
    return "caseroom"
  }
}
