import Foundation

/// The `caseroom` executable that `swift build` made, for tests that run it as a user would.
public enum BuiltBinary {
  public static let url: URL = {
    let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
    for _ in 0..<3 {
      let candidate = dir.appendingPathComponent("caseroom")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      dir = dir.deletingLastPathComponent()
    }
    return repository.appendingPathComponent(".build/debug/caseroom")
  }()

  /// The repository the tests are in.
  public static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
}
