import ArgumentParser
import CaseroomApp
import CaseroomEngine

/// `caseroom show [CASE] --section N|ID|all [--width W]`: a section laid out as the reader lays it out.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Print a section laid out exactly as the reader lays it out.",
    discussion: "One screen line per output line; paragraphs separated by a blank line.")

  @Argument(help: "A case file (.case.md). Default: the bundled case.")
  var caseFile: String?

  @Option(
    help: "A content section number (1 = the first project), a section id or title, or 'all' for every section.")
  var section: String

  @Option(help: "Columns (8–300 is the supported range). Default: the terminal's width, else 80.")
  var width: Int?

  func validate() throws {
    if let width, width < Layout.minimumWidth || width > 10_000 {
      throw ValidationError(Say.widthRange(Layout.minimumWidth, 10000))
    }
  }

  func run() throws {
    try reportingFailures {
      let c = try CaseLoader.load(caseFile)
      try inCaseLanguage(c.title) {
        let w = width ?? terminalColumns() ?? 80
        let chosen: [Section]
        if section == "all" {
          chosen = c.readingSections
        } else if let s = c.section(matching: section) {
          chosen = [s]
        } else {
          let count = c.contentSections.count
          throw Failure(message: Say.noSectionToShow(section, count: count))
        }
        var out = ""
        for (i, s) in chosen.enumerated() {
          if i > 0 { out += "\n" }
          out += SectionLayout(s, width: w).text + "\n"
        }
        emit(out)
      }
    }
  }
}
