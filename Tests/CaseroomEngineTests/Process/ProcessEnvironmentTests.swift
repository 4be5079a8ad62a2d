import Foundation
import Testing

@testable import CaseroomEngine

/// The environment is read once, through `ProcessEnvironment` (`ProcessInfo`'s
/// dictionary is made anew at every use): the libraries and the command line never ask ProcessInfo.
@Suite("The environment, read once")
struct ProcessEnvironmentTests {
  @Test("ProcessEnvironment.variables holds what ProcessInfo holds")
  func same() {
    let info = ProcessInfo.processInfo.environment
    for (name, value) in info where name != "_" { #expect(ProcessEnvironment.variables[name] == value, "\(name)") }
  }

  @Test("no source of caseroom's own asks ProcessInfo for the environment (the documents helper and the bench may)")
  func readOnce() throws {
    let sources = Fixtures.repository.appendingPathComponent("Sources")
    let allowed = ["CaseroomDocuments/", "caseroom-bench/", "CaseroomEngine/Process/ProcessEnvironment.swift"]
    var found: [String] = []
    let walker = try #require(FileManager.default.enumerator(atPath: sources.path))
    for case let path as String in walker where path.hasSuffix(".swift") {
      guard !allowed.contains(where: { path.hasPrefix($0) }) else { continue }
      let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
      if text.contains("ProcessInfo.processInfo.environment") { found.append(path) }
    }
    #expect(found.isEmpty, "read ProcessEnvironment.variables instead: \(found)")
  }
}
