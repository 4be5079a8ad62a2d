import ArgumentParser
import CaseroomEngine

/// `caseroom read`: the reader. Until the terminal reader exists it prints the outline.
struct ReadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read", abstract: "Open a case (the bundled one by default).")

  @Argument(help: "A case file (.case.md). Default: the bundled case.")
  var caseFile: String?

  func run() throws {
    try reportingFailures {
      let c = try CaseLoader.load(caseFile)
      emit(Outline.tree(c))
    }
  }
}
