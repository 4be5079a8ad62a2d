import ArgumentParser
import CaseroomEngine
import Foundation

/// `caseroom check FILE...`: validates case files.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Validate case files; print 'file:line: message' for each problem.")

  @Argument(help: "Case files (.case.md).")
  var files: [String]

  func validate() throws {
    if files.isEmpty { throw ValidationError("give at least one file to check") }
  }

  func run() throws {
    var failed = false
    for file in files {
      do {
        let c = try CaseFormat.load(URL(fileURLWithPath: file))
        emit("\(file): ok — \(c.title), \(c.contentSections.count) sections, \(c.questions.count) questions\n")
      } catch {
        failed = true
        FileHandle.standardError.write(Data((Failure(error).description + "\n").utf8))
      }
    }
    if failed { throw ExitCode(1) }
  }
}
