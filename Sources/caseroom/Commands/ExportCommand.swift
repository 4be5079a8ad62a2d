import ArgumentParser
import CaseroomApp
import CaseroomEngine
import CaseroomReview
import CaseroomSession
import Foundation

extension ExportFormat: ExpressibleByArgument {}

/// `caseroom export [CASE] [--group NAME | --all] [--sessions DIR]... --format md|html|csv|json [-o FILE]`.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export a group's notes, or the whole class's, for presenting and grading.",
    discussion: """
      md: Markdown slides for Marp or pandoc. html: one self-contained slide deck (arrow keys, \
      prints one slide per page). csv: one row per group per question, for the gradebook. json: everything.
      """)

  @Argument(help: "A case file (.case.md). Default: the bundled case.")
  var caseFile: String?

  @Option(help: "The group to export.")
  var group: String?

  @Flag(help: "Every group, question by question.")
  var all = false

  @Option(parsing: .singleValue, help: "A directory of sessions (repeat for several). Default: the sessions directory.")
  var sessions: [String] = []

  @Option(
    name: .customLong("class"),
    help: "A class folder (caseroom class init): its sessions and its case. Default: $CASEROOM_CLASS.")
  var classFolder: String?

  @Option(help: "md, html, csv or json.")
  var format: ExportFormat

  @Option(name: .shortAndLong, help: "Write to a file. Default: standard output.")
  var output: String?

  func validate() throws {
    if all == (group != nil) { throw ValidationError("give either --group NAME or --all") }
  }

  func run() throws {
    try reportingFailures {
      let inClass = try ClassOption.resolve(classFolder, sessions: sessions)
      let c = try CaseLoader.load(caseFile ?? inClass?.caseFile)
      let dirs = try sessionDirectories(inClass.map { [$0.sessions] } ?? sessions)
      let collected = ClassSessions.load(case: c, from: dirs)
      for p in collected.problems {
        warn("caseroom: \(p.reason.isWarning ? "warning" : "skipped") \(p.file): \(p.reason)")
      }
      let chosen: [Session]
      if let group {
        guard let s = collected.session(named: group) else {
          let names = collected.sessions.map(\.group.name).joined(separator: "、")
          throw Failure(
            message: "no session of group '\(group)' for \(c.id) in \(dirs.map(\.path).joined(separator: ", "))"
              + (names.isEmpty ? "" : "; groups there: \(names)"))
        }
        chosen = [s]
      } else {
        chosen = collected.sessions
      }
      // In a class: a group's export shows its released feedback only (none before release).
      let review =
        inClass.map { $0.exportReview(caseId: c.id, group: group, collected) }
        ?? (try? Review.load(Review.url(in: dirs[0], caseId: c.id), caseId: c.id))
      let text = format.render(ExportDocument(c, sessions: chosen, review: review), all: all)
      if let output {
        try TextFile.write(text, to: URL(fileURLWithPath: output))
      } else {
        emit(text)
      }
    }
  }
}
