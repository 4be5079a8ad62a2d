import FoundationEssentials

/// Finds the case shipped in `Cases/`, wherever the program is run from.
///
/// Looked for, in order: `$CASEROOM_CASES` (a folder), next to the
/// executable and up to four folders above it (`.build/debug/caseroom` →
/// the repository), `share/caseroom/cases` beside an installed binary
/// (`bin/caseroom` → `share/caseroom/cases`, as `Scripts/install.sh` and the
/// Debian package lay it out; `share/caseroom/Cases` too), and the repository
/// this binary was built from.
public enum BundledCase {
  /// The bundled case's file name.
  public static let fileName = "twelve-golden-projects.case.md"

  public static func candidates(executable: URL? = nil) -> [URL] {
    folders(executable: executable).map { $0.appendingPathComponent(fileName) }
  }

  /// The folders where bundled cases are looked for, in order.
  public static func folders(executable: URL? = nil) -> [URL] {
    var dirs: [URL] = []
    if let env = ProcessEnvironment.variables["CASEROOM_CASES"], !env.isEmpty {
      dirs.append(URL(fileURLWithPath: env))
    }
    let exe = executable ?? ThisProgram.url
    var dir = exe.deletingLastPathComponent()
    for _ in 0..<5 {
      dirs.append(dir.appendingPathComponent("Cases"))
      dirs.append(dir.appendingPathComponent("share/caseroom/cases"))
      dirs.append(dir.appendingPathComponent("share/caseroom/Cases"))
      dir = dir.deletingLastPathComponent()
    }
    // Sources/CaseroomEngine/Case/BundledCase.swift → repository root.
    let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    dirs.append(repo.appendingPathComponent("Cases"))
    // Above the root, the same folders again: once each is enough.
    var seen = Set<String>()
    return dirs.filter { seen.insert($0.standardizedFileURL.path).inserted }
  }

  /// The bundled case file, or an error saying where it was looked for.
  public static func url() throws -> URL {
    let all = candidates()
    if let found = all.first(where: { FileManager.default.fileExists(atPath: $0.path) }) { return found }
    throw CaseError(file: fileName, .bundledCaseMissing(lookedIn: all.map { $0.deletingLastPathComponent().path }))
  }

  /// Loads the bundled case.
  public static func load() throws -> Case { try CaseFormat.load(url()) }
}
