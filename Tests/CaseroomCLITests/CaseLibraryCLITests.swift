import Foundation
import Testing

/// The case library from the command line: `caseroom cases`, `read ID`; and
/// `--version`, `keys`: what the installed tool prints.
@Suite("Case library, --version and keys (the built binary)")
struct CaseLibraryCLITests {
  /// A second case: three content sections, two questions.
  static let smallTown = """
    ---
    format: caseroom.case/1
    id: small-town
    title: 小镇的数字政务
    ---

    # 一、教学目的 {#objectives}

    1．了解基层电子政务。

    # 二、案例内容 {#content}

    ## （一）背景 {#background}

    小镇在二〇二〇年开通了网上办事大厅。

    ## （二）困难 {#difficulties}

    老年居民使用不便。

    ## （三）对策 {#measures}

    镇政府设了帮办员。

    # 三、思考题 {#questions}

    1．为什么没有减少排队？
    2．你会怎样改进？
    """

  /// An environment whose user folder holds the second case (and a file that is not a case).
  func userWithTwoCases(broken: Bool = false) throws -> (dir: URL, environment: [String: String]) {
    let dir = try CLI.temporaryDirectory()
    let cases = dir.appendingPathComponent("data/caseroom/cases")
    try FileManager.default.createDirectory(at: cases, withIntermediateDirectories: true)
    try Self.smallTown.write(to: cases.appendingPathComponent("small-town.case.md"), atomically: true, encoding: .utf8)
    if broken {
      try "no header\n".write(to: cases.appendingPathComponent("draft.case.md"), atomically: true, encoding: .utf8)
    }
    // In English, asked (no case at hand is Chinese: CLILanguageTests).
    return (
      dir, ["XDG_DATA_HOME": dir.appendingPathComponent("data").path, "CASEROOM_CASES": "", "CASEROOM_LANG": "en"]
    )
  }

  @Test("cases lists the bundled case and the user's, aligned by display width, then the two folders")
  func listing() throws {
    let (dir, env) = try userWithTwoCases()
    let r = try CLI.run(["cases"], environment: env)
    #expect(r.status == 0, "\(r.err)")
    #expect(r.err == "")
    let lines = r.out.components(separatedBy: "\n")
    #expect(
      Array(lines.prefix(4)) == [
        "ID                      TITLE           SECTIONS  QUESTIONS  FROM",
        "twelve-golden-projects  中国十二金工程        17          3  bundled",
        "small-town              小镇的数字政务         3          2  yours",
        "",
      ])
    #expect(lines[4] == "bundled cases: \(CLI.repository.appendingPathComponent("Cases").path)")
    #expect(lines[5] == "your cases:    \(dir.path)/data/caseroom/cases")
  }

  @Test("cases --json: id, title, sections, questions, origin, file; a file that is not a case is named on stderr")
  func json() throws {
    let (dir, env) = try userWithTwoCases(broken: true)
    let r = try CLI.run(["cases", "--json"], environment: env)
    #expect(r.status == 0)
    let list = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as! [[String: Any]]
    #expect(list.map { $0["id"] as? String } == ["twelve-golden-projects", "small-town"])
    #expect(list.map { $0["sections"] as? Int } == [17, 3])
    #expect(list.map { $0["questions"] as? Int } == [3, 2])
    #expect(list.map { $0["origin"] as? String } == ["bundled", "user"])
    #expect(list[1]["file"] as? String == "\(dir.path)/data/caseroom/cases/small-town.case.md")
    #expect(Set(list[0].keys) == ["id", "title", "sections", "questions", "origin", "file"])
    #expect(
      r.err.hasPrefix("caseroom: \(dir.path)/data/caseroom/cases/draft.case.md: not offered: line 1: "), "\(r.err)")
  }

  @Test("read with an unknown id names the installed ids; a missing file is a missing file")
  func unknownID() throws {
    let (_, env) = try userWithTwoCases()
    let r = try CLI.run(["read", "no-such-case", "--no-group"], environment: env)
    #expect(r.status == 1)
    #expect(
      r.err
        == "caseroom: no case file or case id 'no-such-case'; the installed cases are: twelve-golden-projects, small-town (see 'caseroom cases')\n"
    )
    let file = try CLI.run(["read", "missing.case.md", "--no-group"], environment: env)
    #expect(file.status == 1)
    #expect(file.err.contains("missing.case.md") && !file.err.contains("case id"), "\(file.err)")
  }

  @Test("read ID finds the case by id (it gets as far as wanting a terminal)")
  func readByID() throws {
    let (_, env) = try userWithTwoCases()
    let r = try CLI.run(["read", "small-town", "--no-group"], environment: env)
    #expect(r.status == 1)
    #expect(!r.err.contains("case id") && !r.err.contains("small-town"), "\(r.err)")
  }

  @Test("--version: the release and the git commit built (HEAD of this repository)")
  func version() throws {
    let r = try CLI.run(["--version"])
    #expect(r.status == 0)
    let pattern = #/^\d+\.\d+\.\d+ \(commit ([0-9a-f]{12}(-dirty)?|unknown)\)\n$/#
    #expect(r.out.wholeMatch(of: pattern) != nil, "\(r.out)")
    if let head = try Shell.gitHead() { #expect(r.out.contains("(commit \(head)"), "\(r.out) vs HEAD \(head)") }
  }

  @Test("keys prints the reader's and the editor's keys; keys --man is a page man renders without a warning")
  func keys() throws {
    let text = try CLI.run(["keys", "--lang", "zh"])
    #expect(text.status == 0)
    #expect(text.out.hasPrefix("== 选择小组 =="), "\(text.out.prefix(80))")
    #expect(text.out.contains("移动\n  j ↓             下移一行\n"), "\(text.out.prefix(80))")
    #expect(text.out.contains("== 写答案、批注和点评时 =="))
    // Every screen's keys: the lists, the panels and the review's, its score entry included.
    for title in ["== 本组答案 ==", "== 本组批注 ==", "== 目录（t） ==", "== 表格 ==", "== 输入两位以上的分数（满分超过 9） =="] {
      #expect(text.out.contains(title), "\(title)")
    }
    let english = try CLI.run(["keys", "--lang", "en"])
    #expect(english.out.contains("Moving\n  j ↓             line down\n"), "\(english.out.prefix(80))")
    #expect(english.out.contains("== While writing (answers, notes, comments) =="))
    #expect(english.out.contains("== The grid =="))
    #expect(try CLI.run(["keys", "--lang", "fr"]).status != 0)
    for (lang, shownLines) in [
      ("en", ["       j ↓    line down", "   Undo"]), ("zh", ["       j ↓    下移一行", "   撤销"]),
    ] {
      let man = try CLI.run(["keys", "--man", "--lang", lang, "--date", "2026-01-02"])
      #expect(man.out.hasPrefix(#".TH CASEROOM\-KEYS 7 "2026-01-02" "caseroom "#))
      let page = URL(fileURLWithPath: try CLI.temporaryDirectory().path).appendingPathComponent("caseroom-keys.7")
      try man.out.write(to: page, atomically: true, encoding: .utf8)
      let shown = try Shell.run("man -l \(page.path)", environment: ["MANWIDTH": "80", "LANG": "C.UTF-8"])
      #expect(shown.status == 0)
      #expect(shown.err == "", "\(shown.err)")
      let lines = shown.out.components(separatedBy: "\n")
      #expect(lines.first?.hasPrefix("CASEROOM-KEYS(7)") == true)
      let name =
        lang == "zh" ? "caseroom 阅读器和文本编辑器的按键" : "the keys of caseroom's reader and text editor"
      #expect(lines.contains("       caseroom-keys - " + name), "\(lines.prefix(5))")
      for line in shownLines { #expect(lines.contains(line), "\(lang): no '\(line)'") }
    }
  }
}

/// A shell command line, run with `bash -c` (for the tools tests look at: man, shells, dpkg).
enum Shell {
  /// The commit checked out in the repository (12 digits), or nil without git.
  static func gitHead() throws -> String? {
    let r = try run("git -C '\(CLI.repository.path)' rev-parse --short=12 HEAD")
    return r.status == 0 ? r.out.trimmingCharacters(in: .whitespacesAndNewlines) : nil
  }

  static func run(_ command: String, environment: [String: String] = [:], in directory: URL? = nil) throws
    -> CLI.Result
  {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/bash")
    p.arguments = ["-c", command]
    var env = ProcessInfo.processInfo.environment
    for (k, v) in environment { env[k] = v }
    p.environment = env
    if let directory { p.currentDirectoryURL = directory }
    // stderr to a file: a command that fills one pipe while the other is read would block.
    let errFile = FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-shell-\(UUID().uuidString)")
    FileManager.default.createFile(atPath: errFile.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: errFile) }
    let out = Pipe()
    p.standardOutput = out
    p.standardError = try FileHandle(forWritingTo: errFile)
    p.standardInput = FileHandle.nullDevice
    try p.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    let errData = (try? Data(contentsOf: errFile)) ?? Data()
    return CLI.Result(
      status: p.terminationStatus, out: String(decoding: o, as: UTF8.self),
      err: String(decoding: errData, as: UTF8.self))
  }
}
