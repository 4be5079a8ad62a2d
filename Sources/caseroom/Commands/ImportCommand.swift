import ArgumentParser
import CaseroomApp
import CaseroomEngine
import FoundationEssentials
import Glibc

/// `caseroom import RAW [-o OUT] [--id ID] [--force]`.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Turn the raw text of a teaching case into the case format.",
    discussion: """
      Prints to stderr the outline it found and a checklist: every guess with its reason, \
      what it was unsure of, what it did not find, and the lines it left out as page furniture. \
      Fix the written .case.md by hand where the checklist says so.
      """)

  @Argument(help: "The raw case text (UTF-8): flattened, line-broken, a Word export or a PDF copy.")
  var raw: String

  @Option(name: .shortAndLong, help: "Where to write the case file. Default: standard output.")
  var output: String?

  @Option(help: "The case id to write in the header. Default: from the output file name.")
  var id: String?

  @Flag(help: "Replace the output file if it exists.")
  var force = false

  func run() throws {
    try reportingFailures {
      let text = try TextFile.read(URL(fileURLWithPath: raw))
      var caseId = id
      if caseId == nil, let output {
        let name = URL(fileURLWithPath: output).lastPathComponent
        let base =
          name.hasSuffix(".case.md")
          ? String(name.dropLast(8)) : URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent
        let cleaned = base.unicodeScalars.filter { $0.isAlphanumeric || $0 == "-" || $0 == "_" }
        if !cleaned.isEmpty { caseId = String(String.UnicodeScalarView(cleaned)) }
      }
      let result: ImportResult
      do {
        result = try CaseImporter.importing(text, id: caseId)
      } catch {
        throw Failure(message: "\(raw): \(error)")
      }
      let written = CaseFormat.write(result.result)
      // What is written must be a case `check` accepts: an id given by hand is held to the format's rule.
      do {
        _ = try CaseFormat.parse(written, file: output ?? "<output>")
      } catch let e as CaseErrors where id != nil && e.errors.contains(where: { $0.message.contains("'id'") }) {
        throw Failure(message: "--id '\(id!)': not a valid case id; use letters, digits, '-', '_' or '.'")
      } catch {
        throw Failure(message: "the imported case would not be valid (please report this): \(Failure(error))")
      }
      if let output {
        let url = URL(fileURLWithPath: output)
        if FileManager.default.fileExists(atPath: url.path) && !force {
          throw Failure(message: Say.alreadyExists(output))
        }
        try TextFile.write(written, to: url)
      }
      let report = Outline.tree(result.result) + "\n" + result.checklist
      writeAll(2, TerminalSafe.text(report))
      if output == nil { emit(written) }
    }
  }
}
