import ArgumentParser
import CaseroomApp
import CaseroomEngine
import FoundationEssentials

/// `caseroom search [CASE] QUERY [--json]`.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Find text in a case (Chinese phrases, full-/half-width and Latin case folded).")

  @Argument(help: "[CASE] QUERY — a case file is optional; the last argument is the query.")
  var arguments: [String]

  @Flag(help: "Print the hits as a JSON array.")
  var json = false

  func validate() throws {
    if arguments.isEmpty || arguments.count > 2 { throw ValidationError(Say.searchArguments) }
    if arguments.last!.trimmingSpacesAndLineBreaks().isEmpty {
      throw ValidationError(Say.queryEmpty)
    }
  }

  func run() throws {
    try reportingFailures {
      let c = try CaseLoader.load(arguments.count == 2 ? arguments[0] : nil)
      try inCaseLanguage(c.title) {
        let hits = CaseSearch.search(c, arguments.last!)
        if json {
          emit(try JSONCoding.text(hits) + "\n")
          return
        }
        for h in hits {
          let where_ = h.paragraph < 0 ? "heading" : "¶\(h.paragraph + 1)"
          emit("\(h.section)\t\(h.title)\t\(where_)\t\(h.snippet)\n")
        }
        if hits.isEmpty {
          warn("caseroom: " + Say.noHits(arguments.last!))
          throw ExitCode(1)
        }
      }
    }
  }
}
