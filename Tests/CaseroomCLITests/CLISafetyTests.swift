import CaseroomEngine
import CaseroomSession
import Foundation
import Testing

/// Nothing read from a file reaches the terminal raw; every bad input is one clear line.
@Suite("CLI: terminal-safe output, one clear line per error, sessions recovered in place")
struct CLISafetyTests {
  static let bundled = try! CaseFormat.load(
    CLI.repository.appendingPathComponent("Cases/twelve-golden-projects.case.md"))

  /// The characters in the text that would drive a terminal (newline, tab and CR LF aside).
  static func raw(_ s: String) -> [String] {
    let crlf = s.replacingOccurrences(of: "\r\n", with: "\n")
    return crlf.unicodeScalars.filter { TerminalSafe.isHidden($0) }.map { "U+" + String($0.value, radix: 16) }
  }

  static let evilName = "组\u{1B}]0;pwned\u{07}\u{1B}[31m红\u{9B}1m\u{202E}"

  static let evilCase = """
    ---
    id: evil
    title: 坏案例
    ---

    # 一、案例内容 {#content}

    ## （一）标题\u{1B}]0;pwned\u{07}\u{1B}[31m红\u{9B} {#a}

    正文一段\u{202E}倒。

    # 二、思考题 {#questions}

    1．问题？

    """

  @Test("a heading with escapes: check names its line; outline, search and show print it visibly, never raw")
  func evilHeading() throws {
    let dir = try CLI.temporaryDirectory()
    let file = dir.appendingPathComponent("evil.case.md")
    try Self.evilCase.write(to: file, atomically: true, encoding: .utf8)
    let check = try CLI.run(["check", file.path], environment: ["CASEROOM_LANG": "en"])
    #expect(check.status == 1)
    #expect(
      check.err.split(separator: "\n") == [
        "\(file.path):8: the heading contains control characters (␛ ␇ <U+009B>): remove them",
        "\(file.path):10: the text contains control characters (<U+202E>): remove them",
      ])
    for args in [
      ["outline", file.path], ["outline", file.path, "--json"], ["search", file.path, "标题"],
      ["search", file.path, "标题", "--json"], ["show", file.path, "--section", "all", "--width", "40"],
    ] {
      let r = try CLI.run(args)
      #expect(r.status == 0, "\(args): \(r.err)")
      #expect(Self.raw(r.out + r.err).isEmpty, "\(args): \(Self.raw(r.out + r.err))")
    }
    let tree = try CLI.run(["outline", file.path])
    #expect(tree.out.contains("（一）标题␛]0;pwned␇␛[31m红<U+009B>  1/1  {#a}"))
    let json = try CLI.run(["outline", file.path, "--json"])
    let outline = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as! [String: Any]
    let title = ((outline["sections"] as! [[String: Any]])[0]["title"] as! String)
    #expect(title == "标题\u{1B}]0;pwned\u{07}\u{1B}[31m红\u{9B}", "JSON escapes keep the text as it is")
    #expect(json.out.contains(#"\u009b"#))
  }

  @Test("a group named with escapes: review --summary (text, CSV, JSON), export to stdout and errors show it visibly")
  func evilGroup() throws {
    let dir = try CLI.temporaryDirectory()
    let store = SessionStore(directory: dir)
    var s = Session(case: Self.bundled, group: .init(name: Self.evilName, members: ["\u{1B}[2J成员"]))
    s.answers[0].text = "答案\u{1B}[5m闪\u{9B}2J"
    try store.save(s, to: store.url(caseId: s.caseId, group: s.group.name))
    for args in [
      ["review", "--summary"], ["review", "--summary", "--csv"], ["review", "--summary", "--json"],
      ["export", "--all", "--format", "md"], ["export", "--all", "--format", "csv"],
      ["export", "--all", "--format", "json"], ["export", "--all", "--format", "html"],
      ["export", "--group", Self.evilName, "--format", "md"],
      ["export", "--group", "不在\u{1B}]0;x\u{07}", "--format", "md"],
    ] {
      let r = try CLI.run(args + ["--sessions", dir.path])
      #expect(Self.raw(r.out + r.err).isEmpty, "\(args): \(Self.raw(r.out + r.err))")
    }
    let csv = try CLI.run(["review", "--summary", "--csv", "--sessions", dir.path])
    #expect(csv.out.hasPrefix("\u{FEFF}group,members,question,characters,citations,score,comment,scale\r\n"))
    let text = try CLI.run(["review", "--summary", "--sessions", dir.path])
    #expect(text.out.contains("组␛]0;pwned␇␛[31m红<U+009B>1m<U+202E>"))
    let json = try CLI.run(["review", "--summary", "--json", "--sessions", dir.path])
    let obj = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as! [String: Any]
    #expect((obj["rows"] as! [[String: Any]])[0]["group"] as? String == Self.evilName)
    let missing = try CLI.run(
      ["export", "--group", "不在\u{1B}]0;x\u{07}", "--format", "md", "--sessions", dir.path, "--lang", "en"])
    #expect(missing.status == 1 && missing.err.contains("no session of group '不在␛]0;x␇'"))
  }

  @Test(
    "bad input is one clear line and a non-zero exit",
    arguments: [
      "directory", "fifo", "read --sessions FILE", "review --sessions FILE", "export --sessions FILE",
      "review missing --sessions", "export missing --sessions", "import --id", "blank --group",
    ])
  func oneLine(_ what: String) throws {
    let dir = try CLI.temporaryDirectory()
    let sessions = dir.appendingPathComponent("sessions")
    try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
    let sessionFile = SessionStore(directory: sessions).url(caseId: Self.bundled.id, group: "第一组")
    let plainFile = dir.appendingPathComponent("plain.txt")
    try Data("x".utf8).write(to: plainFile)
    let raw = CLI.repository.appendingPathComponent("Tests/Fixtures/twelve-golden-projects.txt")
    let (args, words): ([String], String) =
      switch what {
      case "directory":
        (
          try {
            try FileManager.default.createDirectory(at: sessionFile, withIntermediateDirectories: true)
            return ["read", "--group", "第一组", "--sessions", sessions.path]
          }(), "\(sessionFile.path): is a directory, not a file"
        )
      case "fifo":
        (
          {
            mkfifo(sessionFile.path, 0o600)
            return ["read", "--group", "第一组", "--sessions", sessions.path]
          }(), "\(sessionFile.path): is a FIFO, not a regular file (not opened)"
        )
      case "read --sessions FILE":
        (["read", "--group", "第一组", "--sessions", plainFile.path], "\(plainFile.path): not a directory (--sessions)")
      case "review --sessions FILE":
        (["review", "--summary", "--sessions", plainFile.path], "\(plainFile.path): not a directory (--sessions)")
      case "export --sessions FILE":
        (
          ["export", "--all", "--format", "json", "--sessions", plainFile.path],
          "\(plainFile.path): not a directory (--sessions)"
        )
      case "review missing --sessions":
        (["review", "--summary", "--sessions", dir.path + "/none"], "\(dir.path)/none: no such directory (--sessions)")
      case "export missing --sessions":
        (
          ["export", "--all", "--format", "md", "--sessions", dir.path + "/none"],
          "\(dir.path)/none: no such directory (--sessions)"
        )
      case "import --id":
        (
          ["import", raw.path, "--id", "bad id!", "-o", dir.appendingPathComponent("x.case.md").path],
          "--id 'bad id!': not a valid case id; use letters, digits, '-', '_' or '.'"
        )
      default: (["read", "--group", "  ", "--sessions", sessions.path], "the group name is empty")
      }
    let started = Date()
    // In English (the reader would choose Chinese for the bundled case; CLILanguageTests has both).
    let r = try CLI.run(args, environment: ["CASEROOM_LANG": "en"])
    #expect(Date().timeIntervalSince(started) < 10, "no wait (a FIFO is never opened)")
    #expect(r.status != 0, "\(what)")
    let lines = r.err.split(separator: "\n").filter { !$0.hasPrefix("Usage:") && !$0.hasPrefix("  See ") }
    #expect(lines.last?.hasSuffix(words) == true, "\(what): \(r.err)")
    #expect(!r.err.contains("NSCocoaErrorDomain") && !r.err.contains("Code=") && !r.err.contains("permission"))
    if what == "import --id" {
      #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.case.md").path))
      #expect(lines.filter { $0.hasPrefix("caseroom:") }.count == 1)
    } else if what != "blank --group" {
      #expect(lines.count == 1, "\(what): \(r.err)")
    }
  }

  @Test("a damaged session: the error offers its backup; --from-backup recovers it in place, which review then sees")
  func recoveredInPlace() throws {
    let dir = try CLI.temporaryDirectory()
    let store = SessionStore(directory: dir)
    var s = Session(case: Self.bundled, group: .init(name: "第一组"))
    let url = store.url(caseId: s.caseId, group: "第一组")
    s.answers[0].text = "备份里的答案"
    s.revision = 7
    try store.save(s, to: url)
    s.answers[0].text = "最新"
    try store.save(s, to: url)
    let damaged = Data("{\"schema\": \"caseroom.session/1\", \"answers\": [".utf8)
    try damaged.write(to: url)

    let refused = try CLI.run(["read", "--group", "第一组", "--sessions", dir.path, "--lang", "en"])
    #expect(refused.status == 1)
    #expect(refused.err.contains("\(url.path):1: the session is damaged: not valid JSON"), "\(refused.err)")
    #expect(refused.err.contains("carry on from its backup (saved "))
    #expect(refused.err.contains("revision 7) with --from-backup, or start afresh with --fresh"))
    #expect(try Data(contentsOf: url) == damaged)

    // Nothing asked, a C locale: the Chinese case's language, the damage worded too (no English inside).
    let summary = try CLI.run(["review", "--summary", "--sessions", dir.path])
    #expect(summary.status == 0)
    #expect(summary.out.contains("警告：\(url.path)：已损坏：不是完整的 JSON：文件在第 1 行就结束了（被截断？）；改为评阅它的备份"), "\(summary.out)")
    #expect(summary.out.split(separator: "\n").contains { $0.hasPrefix("第一组") })
    let md = try CLI.run(["export", "--group", "第一组", "--format", "md", "--sessions", dir.path])
    #expect(md.out.contains("备份里的答案"))
    #expect(md.err.contains("caseroom: 警告 \(url.path)：已损坏：不是完整的 JSON"), "\(md.err)")

    // Without a terminal the reader stops after opening: the recovery is already done, in place.
    let recovered = try CLI.run(["read", "--group", "第一组", "--from-backup", "--sessions", dir.path, "--lang", "en"])
    #expect(recovered.err.contains("needs a terminal"))
    #expect(try store.load(url).answers[0].text == "备份里的答案")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
    let aside = try #require(names.first { $0.hasPrefix(url.lastPathComponent + ".damaged-") })
    #expect(try Data(contentsOf: dir.appendingPathComponent(aside)) == damaged)
    let after = try CLI.run(["review", "--summary", "--sessions", dir.path])
    #expect(!after.out.contains("warning") && !after.out.contains("skipped"), "\(after.out)")
  }

  @Test("read --help documents --take-over, --from-backup and --fresh")
  func help() throws {
    let r = try CLI.run(["read", "--help"])
    #expect(r.out.contains("--take-over") && r.out.contains("--from-backup") && r.out.contains("--fresh"))
  }
}
