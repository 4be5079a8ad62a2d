import ArgumentParser
import CaseroomApp
import CaseroomEngine
import CaseroomSession
import FoundationEssentials

/// `caseroom check FILE...`: validates case files and session files.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Validate case files and session files; print 'file:line:column: message' for each problem.")

  @Argument(help: "Case files (.case.md) and session files (.json).")
  var files: [String]

  func validate() throws {
    if files.isEmpty { throw ValidationError(Say.giveAFile) }
  }

  func run() throws {
    var failed = false
    for file in files {
      if file.hasSuffix(".json") || file.hasSuffix(".json.bak") {
        do {
          let s = try SessionStore(directory: URL(fileURLWithPath: ".")).load(URL(fileURLWithPath: file))
          emit(Say.sessionOK(file, group: s.group.name, caseId: s.caseId, revision: s.revision) + "\n")
        } catch {
          failed = true
          warn(Failure(error).description)
        }
        continue
      }
      do {
        let c = try CaseFormat.load(URL(fileURLWithPath: file))
        // A case read: its report in the case's language (a file that cannot be read, in the command line's).
        let problems = Self.controlCharacters(c, file: file)
        try inCaseLanguage(c.title) {
          for p in problems { warn(Say.caseError(p)) }
          if problems.isEmpty {
            emit(
              Say.caseOK(file, title: c.title, sections: c.contentSections.count, questions: c.questions.count) + "\n")
          }
        }
        if !problems.isEmpty { failed = true }
      } catch {
        failed = true
        warn(Failure(error).description)
      }
    }
    if failed { throw ExitCode(1) }
  }

  /// Headings and paragraphs holding a character that would drive a terminal
  /// (an escape, a C1 control, a bidi override…): each at its line.
  static func controlCharacters(_ c: Case, file: String) -> [CaseError] {
    func hidden(_ s: String) -> [String] {
      var seen: [String] = []
      for scalar in s.unicodeScalars where TerminalSafe.isHidden(scalar) {
        let shown = TerminalSafe.text(String(scalar), keepingLines: false)
        if !seen.contains(shown) { seen.append(shown) }
      }
      return seen
    }
    var out: [CaseError] = []
    for s in c.sections {
      let h = hidden(s.heading)
      if !h.isEmpty {
        out.append(CaseError(file: file, line: s.line, .controlCharacters(heading: true, shown: h)))
      }
      for p in s.paragraphs {
        let t = hidden((p.label ?? "") + p.text)
        if !t.isEmpty {
          out.append(CaseError(file: file, line: p.line, .controlCharacters(heading: false, shown: t)))
        }
      }
    }
    return out
  }
}
