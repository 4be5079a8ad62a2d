import ArgumentParser
import CaseroomApp
import CaseroomEngine
import FoundationEssentials
import Glibc

/// `caseroom cases [--json]`: the case library — the bundled cases and the
/// user's own — with what `caseroom read ID` opens.
struct CasesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cases",
    abstract: "List the installed cases: the bundled ones and your own ($XDG_DATA_HOME/caseroom/cases).",
    discussion: """
      Each line: id, title, content sections, discussion questions, and where it is from. 'caseroom read ID' \
      opens a case by its id; without one, caseroom asks which case when more than one is installed. Put \
      .case.md files of your own (see 'caseroom import') in the user folder shown at the end; one with the id \
      of a bundled case replaces it. Files that cannot be opened are named on stderr with the reason.
      """)

  @Flag(help: "Print a JSON array: id, title, sections, questions, origin (bundled or user), file.")
  var json = false

  /// One case as `--json` prints it.
  struct Listed: Encodable {
    var id: String
    var title: String
    var sections: Int
    var questions: Int
    var origin: String
    var file: String
  }

  func run() throws {
    try reportingFailures {
      let library = CaseLibrary.installed(index: CaseIndex.standard())
      for e in library.entries where !e.usable {
        warn("caseroom: " + Say.caseNotOffered(e.url.path, e.problem.map(Say.caseNotOfferedBecause) ?? ""))
      }
      if json {
        let listed = library.cases.map {
          Listed(
            id: $0.id, title: $0.title, sections: $0.sections, questions: $0.questions, origin: $0.origin.rawValue,
            file: $0.url.path)
        }
        emit(try JSONCoding.text(listed) + "\n")
        return
      }
      emit(Self.table(library.cases))
      emit("\n")
      for folder in library.folders {
        let exists = FileManager.default.fileExists(atPath: folder.url.path)
        emit(Say.casesFolder(user: folder.origin == .user, folder.url.path, exists: exists) + "\n")
      }
      if library.folders.allSatisfy({ $0.origin == .user }) { emit(Say.bundledCasesMissing + "\n") }
    }
  }

  /// The cases as aligned columns (by display width: titles are Chinese).
  static func table(_ cases: [CaseLibrary.Entry]) -> String {
    let header = Say.casesHeader
    let rows =
      [header]
      + cases.map { [$0.id, $0.title, "\($0.sections)", "\($0.questions)", Say.caseOrigin(user: $0.origin == .user)] }
    let widths = header.indices.map { c in rows.map { TerminalWidth.columns($0[c]) }.max() ?? 0 }
    let numeric: Set<Int> = [2, 3]
    return rows.map { row in
      row.indices.map { c in
        let pad = String(repeating: " ", count: widths[c] - TerminalWidth.columns(row[c]))
        if c == row.count - 1 { return row[c] }
        return numeric.contains(c) ? pad + row[c] : row[c] + pad
      }.joined(separator: "  ") + "\n"
    }.joined()
  }
}
