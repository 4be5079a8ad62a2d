import CaseroomEngine
import Foundation

/// Shared test data: the bundled case and the seed text, read from the repository.
enum Fixtures {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static let bundledCase: Case = {
    try! CaseFormat.load(repository.appendingPathComponent("Cases/twelve-golden-projects.case.md"))
  }()

  /// The raw seed as the course hands it out (shared/ sits beside the repository;
  /// a copy is kept in the test fixtures in case it is not there).
  static let seed: String = {
    let shared = repository.deletingLastPathComponent().appendingPathComponent(
      "shared/source-case/twelve-golden-projects.txt")
    if let s = try? String(contentsOf: shared, encoding: .utf8) { return s }
    return try! String(
      contentsOf: repository.appendingPathComponent("Tests/Fixtures/twelve-golden-projects.txt"), encoding: .utf8)
  }()

  static let projectTitles = [
    "金宏工程", "金税工程", "金关工程", "金财工程", "金卡工程", "金审工程", "金盾工程", "金保工程", "金农工程", "金水工程",
    "金质工程", "金旅工程", "金卫工程", "金土工程", "金信工程", "金贸工程", "金智工程",
  ]
}
