import CaseroomSession
import Foundation

/// Terminal tests that set up a class repository beside their tmux
/// terminals: they run git and caseroom and wait, and read the sessions of
/// a clone.
protocol RunsPrograms {}

extension RunsPrograms {
  /// Runs a program (git, caseroom) and waits; its status and output.
  @discardableResult
  func run(_ argv: [String], env: [String: String] = [:]) throws -> (Int32, String) {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("cr-run-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: out) }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = argv
    var e = ProcessInfo.processInfo.environment
    for (k, v) in env { e[k] = v }
    p.environment = e
    FileManager.default.createFile(atPath: out.path, contents: nil)
    let h = try FileHandle(forWritingTo: out)
    p.standardOutput = h
    p.standardError = h
    try p.run()
    p.waitUntilExit()
    try h.close()
    return (p.terminationStatus, (try? String(contentsOf: out, encoding: .utf8)) ?? "")
  }

  /// The sessions of a clone of the class repository.
  func store(_ clone: URL) -> SessionStore { SessionStore(directory: clone.appendingPathComponent("sessions")) }
}
