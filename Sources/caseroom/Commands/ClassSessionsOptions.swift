import ArgumentParser
import CaseroomApp
import CaseroomEngine
import CaseroomReview
import FoundationEssentials

/// `[CASE] [--sessions DIR]... [--class DIR]`: which case and whose sessions
/// the instructor's commands read (`review`, `export`, `insight`), declared
/// once, with the start-up they share (`load`).
struct ClassSessionsOptions: ParsableArguments {
  @Argument(help: "A case file (.case.md). Default: the bundled case.")
  var caseFile: String?

  @Option(parsing: .singleValue, help: "A directory of sessions (repeat for several). Default: the sessions directory.")
  var sessions: [String] = []

  @OptionGroup var classOption: ClassFolderOption

  /// What the options name, read.
  struct Loaded {
    /// The class folder (`--class`, `$CASEROOM_CLASS`), if any.
    var inClass: ClassOption?
    var document: Case
    /// The sessions folders read.
    var directories: [URL]
    /// Every group's session found in them, and the files skipped.
    var collected: ClassSessions
  }

  /// The class (if any), its case or the one given, then — in the case's
  /// language (`inCaseLanguage`), with `body` — the sessions folders (a
  /// missing one is an error) and the sessions in them. `warning`: each file
  /// skipped is said on standard error.
  func loading<T>(warning: Bool, _ body: (Loaded) throws -> T) throws -> T {
    let inClass = try ClassOption.resolve(classOption.classFolder, sessions: sessions)
    let c = try CaseLoader.load(caseFile ?? inClass?.caseFile)
    return try inCaseLanguage(c.title) {
      let dirs = try sessionDirectories(inClass.map { [$0.sessions] } ?? sessions)
      if inClass == nil && sessions.isEmpty {
        try checkDirectory(dirs[0].path, option: Say.theSessionsDirectory)
      }
      let collected = ClassSessions.load(case: c, from: dirs)
      if warning { warnSkipped(collected) }
      return try body(Loaded(inClass: inClass, document: c, directories: dirs, collected: collected))
    }
  }

  /// Says on standard error each file skipped or read with a warning.
  func warnSkipped(_ collected: ClassSessions) {
    for p in collected.problems {
      warn("caseroom: " + Say.problemLine(p))
    }
  }
}
