import CaseroomEngine
import CaseroomSession
import CaseroomTestSupport
import Foundation
import Testing

/// Runs the built `caseroom` binary, as a user would.
struct CLI {
  static let binary = BuiltBinary.url
  static let repository = BuiltBinary.repository

  struct Result {
    init(status: Int32, out: String, err: String) {
      self.status = status
      self.out = out
      self.err = err
    }
    var status: Int32
    var out: String
    var err: String
  }

  /// Runs `caseroom args…` in `directory` (a temporary one by default) with no terminal.
  static func run(_ args: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Result {
    let p = Process()
    p.executableURL = binary
    p.arguments = args
    p.currentDirectoryURL = directory ?? FileManager.default.temporaryDirectory
    var env = ProcessInfo.processInfo.environment
    for (k, v) in environment { env[k] = v }
    p.environment = env
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = FileHandle.nullDevice
    try p.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return Result(
      status: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
  }

  /// caseroom placed at `url` (its folder made), to run apart from its helper or beside a fake one: a hard
  /// link where it can be, so that no file is open for writing while another test's process forks (a copy
  /// being written when a fork happens makes exec fail, "Text file busy"); a copy across file systems.
  static func placeBinary(at url: URL) throws {
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    do {
      try FileManager.default.linkItem(at: binary, to: url)
    } catch {
      try FileManager.default.copyItem(at: binary, to: url)
    }
  }

  static func temporaryDirectory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }
}

@Suite("CLI end to end (the built binary)")
struct CLITests {
  @Test("outline --json has the documented shape, from any directory")
  func outlineJSON() throws {
    let r = try CLI.run(["outline", "--json"], in: URL(fileURLWithPath: "/"))
    #expect(r.status == 0, "\(r.err)")
    let json = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as! [String: Any]
    #expect(Set(json.keys) == ["id", "title", "objectives", "sections", "questions", "arrangement"])
    #expect(json["id"] as? String == "twelve-golden-projects")
    #expect(json["title"] as? String == "中国十二金工程")
    #expect((json["objectives"] as? [String])?.count == 4)
    #expect((json["questions"] as? [String])?.count == 3)
    #expect((json["arrangement"] as? [String])?.count == 3)
    let sections = json["sections"] as! [[String: Any]]
    #expect(sections.count == 17)
    #expect(sections.map { $0["title"] as! String }.first == "金宏工程")
    #expect(sections.map { $0["title"] as! String }.last == "金智工程")
    for s in sections {
      #expect(Set(s.keys) == ["id", "title", "level", "paragraphs", "characters"])
      #expect(s["level"] as? Int == 2)
      #expect((s["paragraphs"] as? Int ?? 0) >= 1)
      #expect((s["characters"] as? Int ?? 0) > 200)
    }
  }

  @Test("outline without --json is a readable tree")
  func outlineTree() throws {
    let r = try CLI.run(["outline"])
    #expect(r.status == 0)
    #expect(r.out.contains("（七）金盾工程  7/17"))
    #expect(r.out.contains("三、思考题"))
  }

  @Test("caseroom with no arguments is the reader; without a terminal it says what to use instead")
  func noArguments() throws {
    let r = try CLI.run([], environment: ["CASEROOM_LANG": "en"])
    #expect(r.status == 1)
    #expect(r.err.contains("needs a terminal"))
    #expect(r.err.contains("caseroom show"))
  }

  @Test("show lays out a section at the given width, as the reader does")
  func show() throws {
    for width in [8, 40, 80, 300] {
      let r = try CLI.run(["show", "--section", "7", "--width", "\(width)"])
      #expect(r.status == 0, "\(r.err)")
      let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
      #expect(lines.first == "（七）金盾工程" || width < 14)
      #expect(r.out.contains("\n\n"), "paragraphs are separated by a blank line")
      for line in lines {
        let cols = line.reduce(0) {
          $0 + (($1.unicodeScalars.first!.value >= 0x1100 && !"“”‘’—…·".contains($1)) ? 2 : 1)
        }
        #expect(cols <= width, "'\(line)' wider than \(width)")
        if let f = line.first { #expect(!"，。、；：！？”）》".contains(f), "'\(line)' starts with \(f)") }
      }
      #expect(!r.out.contains("\u{1B}"), "no colour codes when not on a terminal")
    }
  }

  @Test("show by id, by title, and all")
  func showVariants() throws {
    let byId = try CLI.run(["show", "--section", "golden-shield", "--width", "60"])
    let byNumber = try CLI.run(["show", "--section", "7", "--width", "60"])
    #expect(byId.out == byNumber.out)
    let questions = try CLI.run(["show", "--section", "questions", "--width", "60"])
    #expect(questions.out.hasPrefix("三、思考题\n\n1．"))
    let all = try CLI.run(["show", "--section", "all", "--width", "60"])
    #expect(all.status == 0)
    for title in ["一、教学目的", "（一）金宏工程", "（十七）金智工程", "三、思考题", "四、课堂安排"] {
      #expect(all.out.contains(title + "\n"), "\(title)")
    }
  }

  @Test("show of a section that does not exist says what exists")
  func showMissing() throws {
    let r = try CLI.run(["show", "--section", "99"], environment: ["CASEROOM_LANG": "en"])
    #expect(r.status != 0)
    #expect(r.err.contains("no section '99'"))
    #expect(r.err.contains("1–17"))
  }

  @Test("search finds CCIC in 金盾工程, and prints JSON")
  func search() throws {
    let r = try CLI.run(["search", "CCIC"])
    #expect(r.status == 0)
    #expect(r.out.hasPrefix("golden-shield\t（七）金盾工程\t¶"))
    let j = try CLI.run(["search", "ＣＴＡＩＳ", "--json"])
    let hits = try JSONSerialization.jsonObject(with: Data(j.out.utf8)) as! [[String: Any]]
    #expect(hits.count == 1)
    #expect(hits[0]["section"] as? String == "golden-tax")
    #expect((hits[0]["snippet"] as? String)?.contains("CTAIS") == true)
    let none = try CLI.run(["search", "不存在的词语"])
    #expect(none.status == 1)
  }

  @Test("import writes a case file, prints the outline to stderr, and check accepts it")
  func importAndCheck() throws {
    let dir = try CLI.temporaryDirectory()
    let raw = CLI.repository.appendingPathComponent("Tests/Fixtures/twelve-golden-projects.txt")
    let out = dir.appendingPathComponent("golden.case.md")
    let r = try CLI.run(["import", raw.path, "-o", out.path])
    #expect(r.status == 0, "\(r.err)")
    #expect(r.err.contains("（十七）金智工程  17/17"))
    #expect(r.err.contains("三、思考题"))
    let written = try String(contentsOf: out, encoding: .utf8)
    #expect(written.hasPrefix("---\nformat: caseroom.case/1\nid: golden\n"))
    let check = try CLI.run(["check", out.path])
    #expect(check.status == 0, "\(check.err)")
    let outline = try CLI.run(["outline", out.path, "--json"])
    #expect(outline.out.contains("\"金智工程\""))
    // Nothing is overwritten without --force.
    let again = try CLI.run(["import", raw.path, "-o", out.path, "--lang", "en"])
    #expect(again.status != 0)
    #expect(again.err.contains("already exists"))
    #expect(try String(contentsOf: out, encoding: .utf8) == written)
  }

  @Test("check reports file:line: message and exits non-zero")
  func checkErrors() throws {
    let dir = try CLI.temporaryDirectory()
    let bad = dir.appendingPathComponent("bad.case.md")
    try "---\nid: x\ntitle: y\n---\n# A {#a}\n\ntext\n\n# B {#a}\n".write(to: bad, atomically: true, encoding: .utf8)
    let good = CLI.repository.appendingPathComponent("Cases/twelve-golden-projects.case.md")
    let r = try CLI.run(["check", good.path, bad.path], environment: ["CASEROOM_LANG": "en"])
    #expect(r.status == 1)
    #expect(r.out.contains("ok"))
    #expect(r.err.contains("\(bad.path):9: duplicate section id 'a'"))
  }

  @Test("a usage mistake (missing argument, unknown option, missing value) is worded in the command line's language")
  func usageMistakesWorded() throws {
    let c = try CLI.run(["check"], environment: ["LANG": "C", "LC_ALL": "C", "CASEROOM_LANG": ""])
    #expect(c.status == 64)
    #expect(
      c.err.split(separator: "\n").map(String.init) == [
        "caseroom: 缺少参数 <files> ...", "用法：caseroom check <files> ...", "详见 caseroom check --help",
      ], "\(c.err)")
    let unknown = try CLI.run(["check", "--zz", "x"], environment: ["CASEROOM_LANG": "zh"])
    #expect(unknown.status == 64 && unknown.err.hasPrefix("caseroom: 没有这个选项：--zz\n"), "\(unknown.err)")
    let value = try CLI.run(["import", "-o"], environment: ["CASEROOM_LANG": "zh"])
    #expect(value.status == 64 && value.err.hasPrefix("caseroom: -o <output> 后面缺少值\n"), "\(value.err)")
    #expect(!value.err.contains("Error:") && !value.err.contains("Usage:"))
    let en = try CLI.run(["check"], environment: ["CASEROOM_LANG": "en"])
    #expect(en.status == 64)
    #expect(
      en.err.hasPrefix("caseroom: missing argument <files> ...\nusage: caseroom check <files> ...\n"), "\(en.err)")
    // Help is still ArgumentParser's, and succeeds.
    let help = try CLI.run(["check", "--help"], environment: ["CASEROOM_LANG": "zh"])
    #expect(help.status == 0 && help.out.contains("caseroom check"))
  }

  @Test("check and show word a bad case file's problems in the chosen language, each at file:line[:column]")
  func caseProblemsInBothLanguages() throws {
    let dir = try CLI.temporaryDirectory()
    let bad = dir.appendingPathComponent("bad.case.md")
    try "---\nid: x\ntitle: \"a\\q\"\n---\nstray\n\n# A {role=quiz}\n\n### C\n".write(
      to: bad, atomically: true, encoding: .utf8)
    let en = try CLI.run(["check", bad.path], environment: ["CASEROOM_LANG": "en"])
    #expect(en.status == 1)
    #expect(
      en.err.split(separator: "\n").map(String.init) == [
        "\(bad.path):3:8: header: an unknown escape \\q in quotes (write \\\\ for a backslash)",
        "\(bad.path):7: unknown role 'quiz': expected one of objectives, content, questions, arrangement",
        "\(bad.path):9: heading level 3 under level 1: use ##",
        "\(bad.path):5: text before the first heading; start the case with a '#' heading",
      ], "\(en.err)")
    let zh = try CLI.run(["check", bad.path], environment: ["CASEROOM_LANG": "zh"])
    #expect(zh.status == 1)
    #expect(
      zh.err.split(separator: "\n").map(String.init) == [
        "\(bad.path):3:8: 文件头：引号里有不认识的转义 \\q（反斜杠本身写作 \\\\）",
        "\(bad.path):7: 没有“quiz”这种角色：可用的是 objectives, content, questions, arrangement",
        "\(bad.path):9: 第 3 级标题放在第 1 级下面：请用 ##",
        "\(bad.path):5: 第一个标题前有文字；案例应以 '#' 标题开始",
      ], "\(zh.err)")
    // Opening it to read a section says the same, after the program's name.
    let show = try CLI.run(["show", bad.path, "--section", "1"], environment: ["CASEROOM_LANG": "zh"])
    #expect(show.status != 0)
    #expect(show.err.contains("caseroom: \(bad.path):9: 第 3 级标题放在第 1 级下面：请用 ##"), "\(show.err)")
  }

  @Test("bad input: one clear line naming the file, non-zero exit, no stack trace")
  func badInput() throws {
    let dir = try CLI.temporaryDirectory()
    let latin1 = dir.appendingPathComponent("latin1.case.md")
    try Data([0x2D, 0x2D, 0x2D, 0x0A, 0xE9, 0xE8, 0x0A]).write(to: latin1)
    let cases: [([String], String)] = [
      (["outline", "/nonexistent/x.case.md"], "/nonexistent/x.case.md: no such file"),
      (["outline", dir.path], "is a directory"),
      (["outline", latin1.path], "not UTF-8"),
      (["import", "/nonexistent/raw.txt"], "no such file"),
      (["show", "--section", "1", "--width", "0"], "--width"),
    ]
    for (args, words) in cases {
      let r = try CLI.run(args, environment: ["CASEROOM_LANG": "en"])
      #expect(r.status != 0, "\(args)")
      #expect(r.err.contains(words), "\(args): \(r.err)")
      #expect(!r.err.contains("Fatal error") && !r.err.contains("Stack dump"), "\(args)")
      #expect(r.err.split(separator: "\n").count <= 3, "\(args): \(r.err)")
    }
  }

  @Test("CASEROOM_CASES points at another folder of cases")
  func casesEnvironment() throws {
    let r = try CLI.run(["outline"], environment: ["CASEROOM_CASES": "/nonexistent"])
    #expect(r.status == 0, "falls back to the other places")
  }

  @Test("check validates session files too, naming the file and the problem")
  func checkSessions() throws {
    let dir = try CLI.temporaryDirectory()
    let bad = dir.appendingPathComponent("x.session.json")
    try "{\"schema\": \"caseroom.session/1\", \"answers\": [".write(to: bad, atomically: true, encoding: .utf8)
    let future = dir.appendingPathComponent("y.session.json")
    try "{\"schema\": \"caseroom.session/7\"}".write(to: future, atomically: true, encoding: .utf8)
    let r = try CLI.run(["check", bad.path, future.path], environment: ["CASEROOM_LANG": "en"])
    #expect(r.status == 1)
    #expect(r.err.contains("\(bad.path):1: the session is damaged: not valid JSON"), "\(r.err)")
    #expect(
      r.err.contains(
        "\(future.path):1: caseroom.session/7 is version 7 of the format; this caseroom reads caseroom.session/1"
      ), "the file, the version found and the schema read: \(r.err)")
  }

  @Test("where shows the sessions directory in use")
  func whereCommand() throws {
    let r = try CLI.run(["where"], environment: ["CASEROOM_SESSIONS": "/tmp/some-sessions", "CASEROOM_LANG": "en"])
    #expect(r.status == 0)
    #expect(r.out.contains("sessions: /tmp/some-sessions"))
    let x = try CLI.run(
      ["where"], environment: ["CASEROOM_SESSIONS": "", "XDG_DATA_HOME": "/tmp/xdg", "CASEROOM_LANG": "en"])
    #expect(x.out.contains("sessions: /tmp/xdg/caseroom/sessions"))
  }

  @Test("export and review --summary read the sessions of several directories")
  func exportAndSummary() throws {
    let dir = try CLI.temporaryDirectory()
    let a = dir.appendingPathComponent("a")
    let b = dir.appendingPathComponent("b")
    let c = try CaseFormat.load(CLI.repository.appendingPathComponent("Cases/twelve-golden-projects.case.md"))
    for (d, name) in [(a, "第一组"), (b, "第二组")] {
      var s = Session(case: c, group: .init(name: name, members: ["甲"]))
      s.answers[1].text = name + "的答案"
      try SessionStore(directory: d).save(s, to: SessionStore(directory: d).url(caseId: c.id, group: name))
    }
    try Data("garbage".utf8).write(to: b.appendingPathComponent("x.session.json"))
    let summary = try CLI.run(["review", "--summary", "--sessions", a.path, "--sessions", b.path, "--lang", "en"])
    #expect(summary.status == 0, "\(summary.err)")
    #expect(summary.out.contains("第一组") && summary.out.contains("第二组"))
    #expect(summary.out.contains("skipped: \(b.path)/x.session.json: damaged"))
    let json = try CLI.run(["review", "--summary", "--json", "--sessions", a.path, "--sessions", b.path])
    let obj = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as! [String: Any]
    #expect((obj["rows"] as? [[String: Any]])?.count == 2)
    let csv = try CLI.run(["review", "--summary", "--csv", "--sessions", a.path, "--sessions", b.path])
    #expect(csv.out.hasPrefix("\u{FEFF}group,"))
    let md = try CLI.run(["export", "--group", "第二组", "--sessions", a.path, "--sessions", b.path, "--format", "md"])
    #expect(md.status == 0)
    #expect(md.out.contains("第二组的答案"))
    let missing = try CLI.run(["export", "--group", "第九组", "--sessions", a.path, "--format", "json", "--lang", "en"])
    #expect(missing.status == 1)
    #expect(missing.err.contains("no session of group '第九组'"))
    let out = dir.appendingPathComponent("class.json")
    let all = try CLI.run([
      "export", "--all", "--sessions", a.path, "--sessions", b.path, "--format", "json", "-o", out.path,
    ])
    #expect(all.status == 0)
    #expect(try String(contentsOf: out, encoding: .utf8).contains("第一组的答案"))
  }
}
