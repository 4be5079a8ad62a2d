import ArgumentParser
import CaseroomApp
import CaseroomEngine
import CaseroomReview
import CaseroomSession
import Foundation

/// `caseroom review --summary [--json|--csv] [--sessions DIR]... [CASE]`.
struct ReviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "review",
    abstract: "The instructor's view of every group's answers.",
    discussion:
      "--summary prints the grid (groups × questions: characters/citations, reading progress) without a terminal.")

  @Argument(help: "A case file (.case.md). Default: the bundled case.")
  var caseFile: String?

  @Option(parsing: .singleValue, help: "A directory of sessions (repeat for several). Default: the sessions directory.")
  var sessions: [String] = []

  @Option(
    name: .customLong("class"),
    help: "A class folder (caseroom class init): its sessions and its case. Default: $CASEROOM_CLASS.")
  var classFolder: String?

  @Option(help: "Colours: default, dark, light or mono.")
  var theme: String?

  @Option(help: "The highest score (scores run from 0; default 5). Saved in the review file.")
  var scale: Int?

  @Flag(help: "Print the grid instead of opening the review screen.")
  var summary = false

  @Flag(help: "With --summary: JSON.")
  var json = false

  @Flag(help: "With --summary: CSV (UTF-8 with BOM).")
  var csv = false

  func validate() throws {
    if json && csv { throw ValidationError("--json and --csv cannot be used together") }
    if !summary && (json || csv) { throw ValidationError("--json and --csv go with --summary") }
    if let theme, Theme.named(theme) == nil {
      throw ValidationError(
        "unknown theme '\(TerminalSafe.text(theme, keepingLines: false))': use \(Theme.names.joined(separator: ", "))")
    }
    if let scale, scale < 1 || scale > 9 {
      throw ValidationError("--scale must be between 1 and 9 (one key per score)")
    }
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
      let collected = ClassSessions.load(case: c, from: dirs)
      // In a class, the review file is the instructor's alone (instructor/, 0700), never in sessions/.
      let reviewURL = inClass?.reviewURL(caseId: c.id) ?? Review.url(in: dirs[0], caseId: c.id)
      if !summary {
        let language = Language.chosen(lang, environment: ProcessInfo.processInfo.environment, caseTitle: c.title)
        try Language.$current.withValue(language) { try interactive(c, collected, reviewURL) }
        return
      }
      let review = try? Review.load(reviewURL, caseId: c.id)
      if csv {
        emit(ExportFormat.csv.render(ExportDocument(c, sessions: collected.sessions, review: review), all: true))
        for p in collected.problems {
          warn("caseroom: \(p.reason.isWarning ? "warning" : "skipped") \(p.file): \(p.reason)")
        }
        return
      }
      let s = Summary(collected, review: review)
      emit(json ? s.json() + "\n" : s.table())
    }
  }

  /// The review screen in the terminal; feedback is saved at every change.
  func interactive(_ c: Case, _ collected: ClassSessions, _ url: URL) throws {
    var review: Review
    do {
      review = try Review.load(url, caseId: c.id)
      if let scale, scale != review.scaleMax {
        review.scaleMax = scale
        try review.save(url)
      }
    } catch {
      throw Failure(message: "\(error)\nthe review file is left as it is; move it away to start a new one")
    }
    let terminal: TerminalScreen
    do { terminal = try TerminalScreen(theme: Theme.chosen(theme), mouse: false) } catch {
      throw Failure(message: "\(error)")
    }
    defer { terminal.stop() }
    let state = ReviewState(
      all: collected, review: review, rows: 0, cols: 0, file: url, draft: CommentDraft.load(beside: url))
    if case .signal(let s) = runLoop(state, on: terminal, afterFirstFrame: { terminal.fallbackNotice }) {
      throw ExitCode(128 + s)
    }
  }
}
