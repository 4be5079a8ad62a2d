import ArgumentParser
import CaseroomApp
import CaseroomEngine
import CaseroomSession
import FoundationEssentials
import Glibc

/// `caseroom where`: the files caseroom uses.
struct WhereCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "where", abstract: "Show where sessions, reading positions, the bundled case and case indexes are.")

  @Option(help: "A sessions directory, as given to 'read'.")
  var sessions: String?

  func run() throws {
    let dir = sessions.map { URL(fileURLWithPath: $0) } ?? SessionStore.defaultDirectory()
    emit(Say.whereSessions(dir.path) + "\n")
    emit(Say.wherePositions(ReadingPositions.defaultURL().path) + "\n")
    emit(Say.whereBundled(try? BundledCase.url().path) + "\n")
    emit(Say.whereIndexes(CaseIndex.standard().directoryPath) + "\n")
  }
}
