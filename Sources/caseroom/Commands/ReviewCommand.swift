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
      The highest score, up to 100 (scores run from 0; default 5), of the questions without a rubric. Saved in \
      the review file. Refused when scores were given on another scale, unless --convert-scores; refused when \
      the rubric gives every question its points.
      """)
  var scale: Int?

  @Flag(
    help: """
      With --scale or --rubric: convert the scores given on the old scale or rubric (7/10 becomes 70/100; a score \
      by criteria keeps its total), listing each.
      """)
  var convertScores = false

  @Option(
    help: """
      A rubric file: criteria with points per question (see caseroom class rubric). Saved in the review file. \
      Refused when scores were given under another rubric or scale, unless --convert-scores.
      """)
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
    if convertScores && scale == nil && rubric == nil { throw ValidationError(Say.convertNeedsChange) }
  }

  @Option(
    help: "The interface's language: zh or en. Default: $CASEROOM_LANG, else Chinese for a zh locale or a Chinese case."
  )
  var lang: String?

  func run() throws {
    try reportingFailures { try source.loading(warning: false, reviewOrSummary) }
  }

  /// The review screen, or the summary, of what the options name, loaded (in the case's language).
  func reviewOrSummary(_ loaded: ClassSessionsOptions.Loaded) throws {
    let (inClass, c, dirs, collected) = (loaded.inClass, loaded.document, loaded.directories, loaded.collected)
    // In a class, the review file is the instructor's alone (instructor/, 0700), never in sessions/.
    let reviewFile = InstructorReview(
      caseId: c.id, option: review ?? inClass?.reviewURL(caseId: c.id).path, sessionDirectories: dirs)
    if !summary {
      try interactive(c, collected, reviewFile, inClass: inClass)
      return
    }
    // The summary obeys --scale, --convert-scores and --rubric as the review screen does.
    let (review, _) = try scored(c, reviewFile, forOutput: true)
    let s = Summary(collected, review: review)
    if csv {
      emit(s.csv())
      source.warnSkipped(collected)
      return
    }
    emit(json ? s.json() + "\n" : s.table(Summary.Words.catalogue))
  }

  /// The review as --rubric, --scale and --convert-scores make it (saved
  /// when they changed it), and the notice of scores converted. Refusals
  /// and the scores converted are said in the case's language (`inCaseLanguage`).
  func scored(_ c: Case, _ file: InstructorReview, forOutput: Bool) throws -> (Review, String?) {
    var review: Review
    if forOutput {
      review = try file.loadForOutput(caseId: c.id)
    } else {
      file.warnIgnored()
      do { review = try Review.load(file.readFrom, caseId: c.id) } catch {
        throw Failure(message: Say.reviewFileLeft(Say.commandError(error)))
      }
    }
    let before = review
    var target = review
    if let rubric {
      do { target.rubric = try Rubric.load(URL(fileURLWithPath: rubric), questions: c.questions.count) } catch {
        throw Failure(error)
      }
    }
    try ScoringChangeOption.refuseScaleUnderRubric(scale, target.rubric, questions: c.questions.count)
    if let scale { target.scaleMax = scale }
    // Only a change asked for is made: scores already under another rubric are otherwise left to the review to show.
    let converted =
      scale == nil && rubric == nil
      ? [] : try ScoringChangeOption.apply(&review, target: target, convert: convertScores, file: file.readFrom.path)
    if review != before || (!forOutput && file.readFrom != file.url) {
      do { try review.save(file.url) } catch { throw Failure(error) }
    }
    let notice = converted.first.map { Say.scoresConverted(converted.count, $0.toScale, ScaleChange.text($0)) }
    return (review, notice)
  }

  /// The review screen in the terminal; feedback is saved at every change.
  func interactive(_ c: Case, _ collected: ClassSessions, _ file: InstructorReview, inClass: ClassOption?) throws {
    let url = file.url
    let (review, notice) = try scored(c, file, forOutput: false)
    // Without a terminal the screen cannot open: said for the instructor (the change above is saved).
    guard isatty(0) != 0, isatty(1) != 0 else {
      throw Failure(message: Say.reviewNeedsATerminal(saved: notice != nil))
    }
    let terminal: TerminalScreen
    do { terminal = try TerminalScreen(theme: Theme.chosen(theme), mouse: false) } catch {
      throw Failure(error)
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
