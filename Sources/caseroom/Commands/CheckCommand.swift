import ArgumentParser
import CaseroomEngine
import CaseroomSession
import Foundation

/// `caseroom check FILE...`: validates case files.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Validate case files and session files; print 'file:line: message' for each problem.")

  @Argument(help: "Case files (.case.md) and session files (.json).")
  var files: [String]

  func validate() throws {
    if files.isEmpty { throw ValidationError("give at least one file to check") }
  }

  func run() throws {
    var failed = false
    for file in files {
      if file.hasSuffix(".json") || file.hasSuffix(".json.bak") {
        do {
          let data: Data
          do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
            throw SessionError(file: file, kind: .io, message: "cannot be read")
          }
          let s = try Session.decode(data, file: file)
          emit("\(file): ok — session of \(s.group.name) on \(s.caseId), revision \(s.revision)\n")
        } catch {
          failed = true
          FileHandle.standardError.write(Data((Failure(error).description + "\n").utf8))
        }
        continue
      }
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
