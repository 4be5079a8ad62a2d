import ArgumentParser
import CaseroomApp
import CaseroomEngine
import CaseroomReview
import CaseroomSession
import FoundationEssentials
import Glibc

/// `caseroom review --summary [--json|--csv] [--sessions DIR]... [CASE]`.
struct ReviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "review",
    abstract: "The instructor's view of every group's answers.",
    discussion: """
      Reads every group's session in the sessions directories and their subfolders, and follows the groups as \
      they write (the folders are looked at every second). Scores and comments go to the instructor's own file, \
      by default in $XDG_DATA_HOME/caseroom/reviews/ (0600), never in the sessions folder unless --review says so. \
      --summary prints the grid (groups × questions: characters/citations and scores, totals and means, reading \
      progress), then each file found and skipped, without a terminal.
      """)

  @Argument(help: "A case file (.case.md). Default: the bundled case.")
  var caseFile: String?

  @Option(parsing: .singleValue, help: "A directory of sessions (repeat for several). Default: the sessions directory.")
  var sessions: [String] = []

  @OptionGroup var classOption: ClassFolderOption
  var classFolder: String? { classOption.classFolder }

  @Option(help: "Colours: default, dark, light or mono.")
  var theme: String?

  @Option(
    help: """
      The highest score, up to 100 (scores run from 0; default 5). Saved in the review file. Refused when scores \
      were given on another scale, unless --convert-scores.
      """)
  var scale: Int?

  @Flag(help: "With --scale: convert the scores given on the old scale (7/10 becomes 70/100), listing each.")
  var convertScores = false

  @Option(
    help: "A rubric file: criteria with points per question (see caseroom class rubric). Saved in the review file.")
  var rubric: String?

  @Option(
    help: """
      The review file (scores, comments, presentation order). Default: $XDG_DATA_HOME/caseroom/reviews/, \
      named after the case and the sessions directories.
      """)
  var review: String?

  @Flag(help: "Print the grid instead of opening the review screen.")
  var summary = false

  @Flag(help: "With --summary: JSON.")
  var json = false

  @Flag(help: "With --summary: CSV (UTF-8 with BOM).")
  var csv = false

  func validate() throws {
    if json && csv { throw ValidationError(Say.optionsExclusive("--json", "--csv")) }
    if !summary && (json || csv) { throw ValidationError(Say.optionGoesWith("--json, --csv", "--summary")) }
    if let theme, Theme.named(theme) == nil {
      throw ValidationError(
        Say.unknownTheme(TerminalSafe.text(theme, keepingLines: false), Theme.names))
    }
    if let scale, scale < 1 || scale > Review.maximumScale {
      throw ValidationError(Say.optionRange("--scale", 1, Review.maximumScale))
    }
    if convertScores && scale == nil { throw ValidationError(Say.convertNeedsScale) }
  }

  @Option(
    help: "The interface's language: zh or en. Default: $CASEROOM_LANG, else Chinese for a zh locale or a Chinese case."
  )
  var lang: String?

  func run() throws {
    try reportingFailures {
      let inClass = try ClassOption.resolve(classFolder, sessions: sessions)
      let c = try CaseLoader.load(caseFile ?? inClass?.caseFile)
      let dirs = try sessionDirectories(inClass.map { [$0.sessions] } ?? sessions)
      if inClass == nil && sessions.isEmpty {
        try checkDirectory(dirs[0].path, option: Say.theSessionsDirectory)
      }
      let collected = ClassSessions.load(case: c, from: dirs)
      // In a class, the review file is the instructor's alone (instructor/, 0700), never in sessions/.
      let reviewFile = InstructorReview(
        caseId: c.id, option: review ?? inClass?.reviewURL(caseId: c.id).path, sessionDirectories: dirs)
      if !summary {
        let language = Language.chosen(lang, environment: ProcessInfo.processInfo.environment, caseTitle: c.title)
        let commandLine = Language.current
        try Language.$current.withValue(language) {
          try interactive(c, collected, reviewFile, inClass: inClass, commandLine: commandLine)
        }
        return
      }
      let review = try reviewFile.loadForOutput(caseId: c.id)
      let s = Summary(collected, review: review)
      if csv {
        emit(s.csv())
        for p in collected.problems {
          warn("caseroom: " + Say.problemLine(p))
        }
        return
      }
      emit(json ? s.json() + "\n" : s.table())
    }
  }

  /// The review screen in the terminal; feedback is saved at every change.
  /// Its refusals and notes on standard error are in the command line's language (`commandLine`).
  func interactive(
    _ c: Case, _ collected: ClassSessions, _ file: InstructorReview, inClass: ClassOption?, commandLine: Language
  ) throws {
    func cli(_ words: () -> String) -> String { Language.$current.withValue(commandLine, operation: words) }
    let url = file.url
    var review: Review
    Language.$current.withValue(commandLine) { file.warnIgnored() }
    do {
      review = try Review.load(file.readFrom, caseId: c.id)
    } catch {
      throw Failure(in: commandLine) { Say.reviewFileLeft(Say.commandError(error)) }
    }
    var notice: String?
    if let scale, scale != review.scaleMax || !ScaleChange.affected(review, to: scale).isEmpty {
      guard let change = ScaleChange.apply(&review, to: scale, convert: convertScores, now: Date()) else {
        let affected = ScaleChange.affected(review, to: scale)
        let example = affected.first.map { "\($0.from)/\($0.fromScale) → \($0.to)/\(scale)" } ?? ""
        throw Failure(in: commandLine) {
          Say.otherScale(
            affected.count, file.readFrom.path, scale,
            first: affected.first.map { "\($0.group) Q\($0.question + 1) \($0.from)/\($0.fromScale)" } ?? "",
            example: example)
        }
      }
      for c in change.converted {
        warn("caseroom: " + cli { Say.convertedScore(c.group, c.question + 1, ScaleChange.text(c, scale: scale)) })
      }
      if !change.converted.isEmpty {
        notice = Say.scoresConverted(change.converted.count, scale, ScaleChange.text(change.converted[0], scale: scale))
      }
    }
    if let rubric {
      do { review.rubric = try Rubric.load(URL(fileURLWithPath: rubric), questions: c.questions.count) } catch {
        throw Failure(in: commandLine) { Failure(error).description }
      }
    }
    if review != (try? Review.load(file.readFrom, caseId: c.id)) || file.readFrom != url {
      do { try review.save(url) } catch { throw Failure(in: commandLine) { Failure(error).description } }
    }
    let terminal: TerminalScreen
    do { terminal = try TerminalScreen(theme: Theme.chosen(theme), mouse: false) } catch {
      throw Failure(in: commandLine) { Failure(error).description }
    }
    defer { terminal.stop() }
    var state = ReviewState(
      all: collected, review: review, rows: 0, cols: 0, file: url, draft: CommentDraft.load(beside: url),
      readFrom: file.readFrom == url ? nil : file.readFrom, now: Date())
    state.classroom = inClass.map { ReviewClass(folder: $0.folder) }
    if case .signal(let s) = runLoop(state, on: terminal, afterFirstFrame: { notice ?? terminal.fallbackNotice }) {
      throw ExitCode(128 + s)
    }
  }
}

/// Which review file the instructor's commands use: `--review FILE`, else the
/// instructor's own (`Review.defaultURL`). Until that one exists, scores are
/// read from where older versions kept them (`<sessions>/<case>.review.json`,
/// left as it is) and saved to the instructor's own — but only from a file
/// that is the instructor's: a regular file of this user that no one else
/// may write. Anyone in a shared sessions folder can put a file at that name
/// (a student planting scores); such a file is never read, and said so.
struct InstructorReview {
  /// Where the review is saved.
  var url: URL
  /// Where it is read from (the same file, or the old one).
  var readFrom: URL
  /// Old review files beside the sessions that are not read, and why.
  var ignored: [(file: String, reason: String)] = []

  init(caseId: String, option: String?, sessionDirectories dirs: [URL]) {
    if let option {
      url = URL(fileURLWithPath: option)
      readFrom = url
      return
    }
    url = Review.defaultURL(caseId: caseId, sessionDirectories: dirs)
    var old: URL?
    for candidate in dirs.map({ Review.url(in: $0, caseId: caseId) }) where RegularFile.exists(candidate) {
      if let why = Self.notOwn(candidate) {
        ignored.append((candidate.path, why))
      } else if old == nil {
        old = candidate
      }
    }
    readFrom = !RegularFile.exists(url) ? old ?? url : url
  }

  /// Why a file is not the instructor's own (nil: it is).
  static func notOwn(_ url: URL) -> String? {
    var info = stat()
    guard lstat(url.path, &info) == 0 else { return Say.reviewUnlooked }
    guard info.st_mode & S_IFMT == S_IFREG else { return Say.reviewNotRegular }
    guard info.st_uid == geteuid() else {
      let owner = getpwuid(info.st_uid).map { String(cString: $0.pointee.pw_name) } ?? "uid \(info.st_uid)"
      return Say.reviewOtherOwner(owner)
    }
    guard info.st_mode & 0o022 == 0 else { return Say.reviewOthersMayWrite }
    return nil
  }

  /// Says on stderr which old review files were not read.
  func warnIgnored() {
    for (file, reason) in ignored { warn("caseroom: " + Say.warningFile(file, reason)) }
  }

  /// The review for a command that prints scores (the summary, an export):
  /// a review file that cannot be used is an error naming it, never blank scores.
  func loadForOutput(caseId: String) throws -> Review {
    warnIgnored()
    do { return try Review.load(readFrom, caseId: caseId) } catch {
      throw Failure(message: Say.noScoresFromIt(Say.commandError(error)))
    }
  }
}
