import ArgumentParser
import CaseroomEngine

/// `caseroom outline [CASE] [--json]`: the case's structure.
struct OutlineCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "outline", abstract: "Print the structure of a case.")

  @Argument(help: "A case file (.case.md). Default: the bundled case.")
  var caseFile: String?

  @Flag(help: "Print one JSON object: id, title, objectives, sections, questions, arrangement.")
  var json = false

  func run() throws {
    try reportingFailures {
      let c = try CaseLoader.load(caseFile)
      emit(json ? Outline(c).json() + "\n" : Outline.tree(c))
    }
  }
}
