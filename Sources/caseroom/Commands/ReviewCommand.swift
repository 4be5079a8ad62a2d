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

  @OptionGroup var source: ClassSessionsOptions

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
      let loaded = try source.load(warning: false)
      let (inClass, c, dirs, collected) = (loaded.inClass, loaded.document, loaded.directories, loaded.collected)
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
        source.warnSkipped(collected)
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

/// The review file's fallback lives in the review layer (`InstructorReview`);
/// the command line says what it found.
extension InstructorReview {
  /// Says on stderr which old review files were not read.
  func warnIgnored() {
    for (file, reason) in ignored { warn("caseroom: " + Say.warningFile(file, Say.reviewNotOwn(reason))) }
  }

  /// The review for a command that prints scores (the summary, an export):
  /// a review file that cannot be used is an error naming it, never blank scores.
  func loadForOutput(caseId: String) throws -> Review {
    warnIgnored()
    do { return try load(caseId: caseId) } catch {
      throw Failure(message: Say.noScoresFromIt(Say.commandError(error)))
    }
  }
}
