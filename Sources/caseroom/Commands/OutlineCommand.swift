import ArgumentParser
import CaseroomApp
import CaseroomEngine

/// `caseroom outline [CASE] [--json]`: the case's structure.
struct OutlineCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "outline", abstract: "Print the structure of a case.",
    discussion: """
      Objectives, questions and class-plan steps are a section's numbered items, or its table rows \
      but the header; a lead-in sentence before them is the section's introduction and is not counted. \
      A section without items counts each paragraph.
      """)

  @Argument(help: "A case file (.case.md). Default: the bundled case.")
  var caseFile: String?

  @Flag(help: "Print one JSON object: id, title, objectives, sections, questions, arrangement.")
  var json = false

  func run() throws {
    try reportingFailures {
      let c = try CaseLoader.load(caseFile)
      try inCaseLanguage(c.title) {
        emit(json ? Outline(c).json() + "\n" : Say.outlineTree(c))
      }
    }
  }
}
