import CaseroomEngine
import CaseroomSession
import CaseroomTestSupport
import Foundation
import Testing

/// The instructor's commands without a terminal: collecting from laptop
/// folders, the review file kept apart, feedback kept private, summaries that agree.
@Suite("review and export from the command line: collecting, private feedback, summaries that agree")
struct ReviewExportCLITests {
  static let bundled = try! CaseFormat.load(
    CLI.repository.appendingPathComponent("Cases/twelve-golden-projects.case.md"))

  /// `collected/laptop1` (第一组, 第二组) and `collected/laptop2` (第三组, a damaged
  /// session with a good backup, a file that is not a session), and an empty `collected/laptop3`.
  func collected() throws -> (root: URL, damaged: URL) {
    let root = try CLI.temporaryDirectory().appendingPathComponent("collected")
    var damaged = root
    for (folder, names) in [("laptop1", ["第一组", "第二组"]), ("laptop2", ["第三组"]), ("laptop3", [])] {
      let dir = root.appendingPathComponent(folder)
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
      let store = SessionStore(directory: dir)
      for name in names {
        var s = Session(case: Self.bundled, group: .init(name: name, members: ["\(name)甲", "\(name)乙"]))
        s.answers[0].text = "\(name)的答案。"
        try store.save(s, to: store.url(caseId: Self.bundled.id, group: name))
      }
      if folder == "laptop2" {
        damaged = store.url(caseId: Self.bundled.id, group: "第四组")
        var s = Session(case: Self.bundled, group: .init(name: "第四组"))
        s.answers[0].text = "备份里的答案"
        try store.save(s, to: damaged)
        try store.save(s, to: damaged)
        try Data("{\"schema\": \"caseroom.session/1\", \"answers\": [".utf8).write(to: damaged)
        try Data("{\"name\": 1}".utf8).write(to: dir.appendingPathComponent("notes.session.json"))
      }
    }
    return (root, damaged)
  }

  /// A review file with scores (the old place beside the sessions is never written: this one is given with --review).
  func reviewFile(in dir: URL, scale: Int = 10) throws -> URL {
    let url = dir.appendingPathComponent("mine.review.json")
    let feedback: [String: Any] = [
      "第一组": [
        "1": ["score": 8, "comment": "私下说：论据不足", "updatedAt": "2027-01-15T08:00:00Z"],
        "2": ["score": 6, "comment": "", "updatedAt": "2027-01-15T08:00:00Z"],
      ],
      "第三组": ["1": ["score": 9, "comment": "好", "updatedAt": "2027-01-15T08:00:00Z"]],
    ]
    let review: [String: Any] = [
      "schema": "caseroom.review/1", "caseId": Self.bundled.id, "scaleMax": scale, "order": ["第三组", "第一组"],
      "updatedAt": "2027-01-15T08:00:00Z", "feedback": feedback,
    ]
    try JSONSerialization.data(withJSONObject: review).write(to: url)
    return url
  }

  @Test(
    "--sessions DIR reads its subfolders; each file found and skipped on a line of its own; the backup of a damaged one"
  )
  func subfolders() throws {
    let (root, damaged) = try collected()
    let r = try CLI.run(["review", "--summary", "--sessions", root.path, "--lang", "en"])
    #expect(r.status == 0, "\(r.err)")
    let lines = r.out.split(separator: "\n").map(String.init)
    #expect(lines.filter { $0.hasPrefix("第") }.map { String($0.prefix(3)) } == ["第一组", "第二组", "第三组", "第四组"])
    #expect(lines.contains("found: \(root.path)/laptop3: no session files"))
    #expect(lines.contains { $0.hasPrefix("found: \(root.path)/laptop1/") && $0.hasSuffix(": 第二组") })
    #expect(lines.contains { $0.hasPrefix("found: \(damaged.path).bak: 第四组") })
    #expect(lines.contains { $0.hasPrefix("warning: \(damaged.path): damaged") && $0.contains("\(damaged.path).bak") })
    #expect(lines.contains { $0.hasPrefix("skipped: \(root.path)/laptop2/notes.session.json: ") })
    #expect(
      !lines.contains { $0.contains("found: \(root.path): no session files") }, "the folder of the laptops is not empty"
    )
  }

  @Test("a missing folder is an error, the default one too", arguments: ["--sessions", "CASEROOM_SESSIONS"])
  func missing(_ how: String) throws {
    let dir = try CLI.temporaryDirectory().appendingPathComponent("none")
    for command in [["review", "--summary"], ["export", "--all", "--format", "md"]] {
      let r =
        how == "--sessions"
        ? try CLI.run(command + ["--sessions", dir.path], environment: ["CASEROOM_LANG": "en"])
        : try CLI.run(command, environment: ["CASEROOM_SESSIONS": dir.path, "CASEROOM_LANG": "en"])
      #expect(r.status != 0, "\(command) \(how)")
      #expect(r.err.hasPrefix("caseroom: \(dir.path): no such directory"), "\(r.err)")
      #expect(r.out.isEmpty)
    }
  }

  @Test(
    "text, JSON and CSV summaries: the same groups in the same order, the same figures; scores in text, scale in JSON")
  func summariesAgree() throws {
    let (root, _) = try collected()
    let review = try reviewFile(in: root.deletingLastPathComponent())
    let base = ["review", "--summary", "--sessions", root.path, "--review", review.path]
    let text = try CLI.run(base + ["--lang", "en"]).out
    let json = try JSONSerialization.jsonObject(with: Data(try CLI.run(base + ["--json"]).out.utf8)) as! [String: Any]
    let csv = try CSV.parse(try CLI.run(base + ["--csv"]).out)
    let order = ["第一组", "第二组", "第三组", "第四组"]
    #expect(json["scale"] as? Int == 10)
    let rows = json["rows"] as! [[String: Any]]
    #expect(rows.map { $0["group"] as! String } == order)
    #expect(csv.dropFirst().map(\.[0]) == order.flatMap { Array(repeating: $0, count: 3) })
    let textRows = text.split(separator: "\n").filter { $0.hasPrefix("第") }.map(String.init)
    #expect(textRows.map { String($0.prefix(3)) } == order)
    for (i, name) in order.enumerated() {
      let answers = rows[i]["answers"] as! [[String: Any]]
      for q in 0..<3 {
        let chars = answers[q]["characters"] as! Int
        let score = answers[q]["score"] as? Int
        let line = csv[1 + i * 3 + q]
        #expect(line[0] == name && line[3] == "\(chars)" && line[5] == (score.map(String.init) ?? ""))
        #expect(textRows[i].contains("\(chars)/0" + (score.map { " ★\($0)" } ?? "")), "\(textRows[i])")
      }
    }
    #expect(rows[0]["total"] as? Int == 14 && textRows[0].contains(" 14 ") && textRows[0].contains(" 7.0 "))
    #expect(text.contains("Q1 w/c ★/10"))
    #expect(csv[1][6] == "私下说：论据不足")
  }

  @Test("class decks hide feedback unless asked; a group's own export shows it; --feedback scores hides comments")
  func privateFeedback() throws {
    let (root, _) = try collected()
    let review = try reviewFile(in: root.deletingLastPathComponent())
    let base = ["export", "--sessions", root.path, "--review", review.path]
    for format in ["md", "html"] {
      let deck = try CLI.run(base + ["--all", "--format", format])
      #expect(deck.status == 0, "\(deck.err)")
      #expect(!deck.out.contains("论据不足") && !deck.out.contains("8/10"), "\(format)")
      let scores = try CLI.run(base + ["--all", "--format", format, "--feedback", "scores"]).out
      #expect(scores.contains("8/10") && !scores.contains("论据不足"), "\(format)")
      let mine = try CLI.run(base + ["--group", "第一组", "--format", format]).out
      #expect(mine.contains("8/10") && mine.contains("论据不足"), "\(format)")
      let none = try CLI.run(base + ["--group", "第一组", "--format", format, "--feedback", "none"]).out
      #expect(!none.contains("8/10") && !none.contains("论据不足"), "\(format)")
    }
    let bad = try CLI.run(base + ["--all", "--format", "md", "--feedback", "some"])
    #expect(bad.status != 0 && bad.err.contains("--feedback"))
  }

  @Test("--each DIR writes one file per group, each with its own feedback only")
  func each() throws {
    let (root, _) = try collected()
    let review = try reviewFile(in: root.deletingLastPathComponent())
    let out = root.deletingLastPathComponent().appendingPathComponent("returned")
    let r = try CLI.run([
      "export", "--sessions", root.path, "--review", review.path, "--each", out.path, "--format", "html",
    ])
    #expect(r.status == 0, "\(r.err)")
    let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(files == ["第一组.html", "第三组.html", "第二组.html", "第四组.html"])
    let first = try String(contentsOf: out.appendingPathComponent("第一组.html"), encoding: .utf8)
    #expect(first.contains("论据不足") && first.contains("总分 Total：14/30") && !first.contains("第三组的答案"))
    let third = try String(contentsOf: out.appendingPathComponent("第三组.html"), encoding: .utf8)
    #expect(!third.contains("论据不足") && third.contains("9/10"))
    // Said in the case's language (Chinese): nothing asked for, a C locale.
    #expect(r.err.split(separator: "\n").filter { $0.hasPrefix("caseroom: 已写入 ") }.count == 4, "\(r.err)")
    let refused = try CLI.run(
      ["export", "--sessions", root.path, "--each", out.path, "--format", "csv"], environment: ["CASEROOM_LANG": "en"])
    #expect(refused.status != 0 && refused.err.contains("--each writes md or html"))
  }

  @Test("the gradebook: one row per group with answers, scores, comments and the total; --per-member a row per member")
  func gradebook() throws {
    let (root, _) = try collected()
    let review = try reviewFile(in: root.deletingLastPathComponent())
    let base = ["export", "--all", "--sessions", root.path, "--review", review.path, "--format", "csv"]
    let rows = try CSV.parse(try CLI.run(base).out)
    #expect(rows[0].first == "group" && rows[0].last == "total")
    #expect(rows.count == 5)
    #expect(
      rows[1] == [
        "第一组", "第一组甲、第一组乙", "第一组的答案。", "8", "10", "私下说：论据不足", "", "6", "10", "", "", "", "", "", "14",
      ])
    let members = try CSV.parse(try CLI.run(base + ["--per-member"]).out)
    #expect(members.dropFirst().map { $0[0] } == ["第一组甲", "第一组乙", "第二组甲", "第二组乙", "第三组甲", "第三组乙", ""])
    // The total, then each member's share of the work (participation: none counted in these sessions).
    let total = try #require(members[0].firstIndex(of: "total"))
    #expect(members[1][total] == "14" && members[2][total] == "14")
    #expect(members[0].last == "sections read")
    let refused = try CLI.run(["export", "--all", "--sessions", root.path, "--format", "md", "--per-member"])
    #expect(refused.status != 0)
  }

  @Test("--scale runs to 100; beyond is refused")
  func scale() throws {
    let (root, _) = try collected()
    #expect(try CLI.run(["review", "--summary", "--sessions", root.path, "--scale", "100"]).status == 0)
    let r = try CLI.run(
      ["review", "--summary", "--sessions", root.path, "--scale", "101"], environment: ["CASEROOM_LANG": "en"])
    #expect(r.status != 0 && r.err.contains("--scale must be between 1 and 100"))
  }

  @Test("review --scale 100 after scoring out of 10: refused, nothing changed; --convert-scores converts each, listed")
  func scaleChangeRefusedOrConverted() throws {
    let (root, _) = try collected()
    let file = try reviewFile(in: root.deletingLastPathComponent())
    let before = try Data(contentsOf: file)
    let r = try CLI.run(["review", "--sessions", root.path, "--review", file.path, "--scale", "100", "--lang", "en"])
    #expect(r.status == 1)
    #expect(r.err.contains("3 scores in \(file.path) were given on another scale than 100"), "\(r.err)")
    #expect(r.err.contains("To convert them (8/10 → 80/100), add --convert-scores"), "\(r.err)")
    #expect(try Data(contentsOf: file) == before, "nothing changed")
    // Converted (the screen then needs a terminal, which this test has not: the file is converted before).
    let c = try CLI.run([
      "review", "--sessions", root.path, "--review", file.path, "--scale", "100", "--convert-scores", "--lang", "en",
    ])
    #expect(c.err.contains("caseroom: converted 第一组 Q1: 8/10 → 80/100"), "\(c.err)")
    #expect(c.err.contains("caseroom: converted 第三组 Q1: 9/10 → 90/100"))
    let s = try CLI.run(["review", "--summary", "--json", "--sessions", root.path, "--review", file.path])
    let json = try JSONSerialization.jsonObject(with: Data(s.out.utf8)) as! [String: Any]
    #expect(json["scale"] as? Int == 100)
    let rows = json["rows"] as! [[String: Any]]
    let first = rows.first { $0["group"] as? String == "第一组" }!
    #expect((first["answers"] as! [[String: Any]])[0]["score"] as? Int == 80)
    #expect(first["total"] as? Int == 140, "80 + 60: one scale in the total")
  }

  @Test("--groups: a deck of some groups (in the presentation order); a name not there is refused, listing those there")
  func someGroups() throws {
    let (root, _) = try collected()
    let review = try reviewFile(in: root.deletingLastPathComponent())
    let r = try CLI.run([
      "export", "--groups", "第一组,第三组", "--sessions", root.path, "--review", review.path, "--format", "md",
    ])
    #expect(r.status == 0, "\(r.err)")
    #expect(r.out.contains("## 第一组 · 思考题 1") && r.out.contains("## 第三组 · 思考题 1"))
    #expect(!r.out.contains("第二组"))
    #expect(
      r.out.range(of: "## 第三组 · 思考题 1")!.lowerBound < r.out.range(of: "## 第一组 · 思考题 1")!.lowerBound,
      "the presentation order: 第三组 first")
    #expect(!r.out.contains("私下说"), "a class deck shows no feedback")
    let bad = try CLI.run([
      "export", "--groups", "第一组、第九组", "--sessions", root.path, "--format", "html", "--lang", "en",
    ])
    #expect(bad.status == 1)
    #expect(bad.err.contains("--groups: no session of group '第九组'") && bad.err.contains("groups there: 第一组、第二组"))
    let both = try CLI.run(["export", "--groups", "第一组", "--all", "--sessions", root.path, "--format", "md"])
    #expect(both.status != 0)
    let insightCSV = try CLI.run(
      ["export", "--all", "--insight", "--sessions", root.path, "--format", "csv"],
      environment: ["CASEROOM_LANG": "en"])
    #expect(insightCSV.status != 0 && insightCSV.err.contains("--insight goes with --all or --groups, in md or html"))
  }

  @Test("--groups --insight: the deck titled by the groups chosen, its bars counting only them, and saying so")
  func someGroupsInsight() throws {
    let dir = try CLI.temporaryDirectory().appendingPathComponent("sessions")
    let store = SessionStore(directory: dir)
    let tax = Session.Anchor(section: "golden-tax", paragraph: 0, quote: "是我国电子政务的核心系统之一")
    for name in ["第一组", "第二组", "第三组"] {
      var s = Session(case: Self.bundled, group: .init(name: name))
      s.answers[0].text = "\(name)的答案。"
      if name != "第三组" { s.answers[0].citations = [.init(anchor: tax, createdAt: Date())] }
      try store.save(s, to: store.url(caseId: Self.bundled.id, group: name))
    }
    let html = try CLI.run([
      "export", "--groups", "第一组,第三组", "--insight", "--sessions", dir.path, "--format", "html",
    ])
    #expect(html.status == 0, "\(html.err)")
    #expect(html.out.contains("<title>中国十二金工程 — 第一组、第三组（2 / 3 组 groups）</title>"))
    #expect(html.out.contains("<h2 class=\"cr-who\">第一组、第三组（2 / 3 组 groups）</h2>"))
    #expect(!html.out.contains("全班 All groups") && !html.out.contains("全班洞察"))
    #expect(html.out.contains("思考题 1 · 所选小组洞察 Insight"))
    #expect(html.out.contains("（只计所选的 2 组（全班 3 组）the 2 groups chosen of 3，每组只计一次）"))
    #expect(
      html.out.contains(
        "style=\"width: 50.0%\"></span></span><cite>（二）金税工程</cite></span><span class=\"cr-bar-n\">1 组</span>"),
      "第二组 is not in the deck: 1 of 2")
    let md = try CLI.run([
      "export", "--groups", "第一组,第三组", "--insight", "--sessions", dir.path, "--format", "md",
    ])
    #expect(
      md.out.contains("title: \"中国十二金工程 — 第一组、第三组（2 / 3 组 groups）\"")
        || md.out.contains("title: 中国十二金工程 — 第一组、第三组（2 / 3 组 groups）"), "\(md.out.prefix(200))")
    #expect(md.out.contains("## 第一组、第三组（2 / 3 组 groups）"))
    #expect(md.out.contains("| █████ 1/2 | “金税工程”总称为"), "\(md.out)")
    #expect(md.out.contains("只计所选的 2 组（全班 3 组）"))
    let all = try CLI.run(["export", "--all", "--insight", "--sessions", dir.path, "--format", "html"])
    #expect(all.out.contains("全班 All groups") && all.out.contains("思考题 1 · 全班洞察 Insight"))
    #expect(all.out.contains("（全班 3 组，每组只计一次）") && all.out.contains("style=\"width: 66.7%\""))
  }

  @Test("caseroom insight on an empty folder, or one of another case's sessions: said plainly on standard error")
  func insightNoSessions() throws {
    let empty = try CLI.temporaryDirectory().appendingPathComponent("empty")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    for json in [false, true] {
      let r = try CLI.run(["insight", "--sessions", empty.path, "--lang", "en"] + (json ? ["--json"] : []))
      #expect(r.status == 0)
      #expect(
        r.err.contains(
          "caseroom: no group sessions of case twelve-golden-projects in \(empty.path): check that --sessions or --class names the class's sessions folder"
        ),
        "\(r.err)")
    }
    let other = try CLI.temporaryDirectory().appendingPathComponent("other")
    let store = SessionStore(directory: other)
    var s = Session(case: Self.bundled, group: .init(name: "第一组"))
    s.caseId = "another-case"
    try store.save(s, to: other.appendingPathComponent("x.session.json"))
    let r = try CLI.run(["insight", "--sessions", other.path, "--lang", "zh"], environment: ["CASEROOM_LANG": "zh"])
    #expect(r.err.contains("没有找到案例 twelve-golden-projects 的小组记录：\(other.path)（那里有其他案例的记录：another-case）"), "\(r.err)")
    let full = try CLI.run(["insight", "--sessions", try collected().root.path])
    #expect(!full.err.contains("no group sessions"))
  }

  @Test("a class deck from a folder without a session of the case: refused, naming the folder and the cases there")
  func exportNoSessions() throws {
    let empty = try CLI.temporaryDirectory().appendingPathComponent("empty")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    let other = try CLI.temporaryDirectory().appendingPathComponent("other")
    var s = Session(case: Self.bundled, group: .init(name: "第一组"))
    s.caseId = "another-case"
    try SessionStore(directory: other).save(s, to: other.appendingPathComponent("x.session.json"))
    let out = try CLI.temporaryDirectory().appendingPathComponent("deck.html")
    for (dir, which) in [(empty, ["--all"]), (other, ["--all", "--insight"]), (other, ["--groups", "第一组"])] {
      let r = try CLI.run(
        ["export", "--sessions", dir.path, "--format", "html", "-o", out.path] + which,
        environment: ["CASEROOM_LANG": "zh"])
      #expect(r.status == 1, "\(which): \(r.err)")
      #expect(r.err.contains("没有找到案例 twelve-golden-projects 的小组记录：\(dir.path)"), "\(r.err)")
      if dir == other { #expect(r.err.contains("（那里有其他案例的记录：another-case）"), "\(r.err)") }
      #expect(!FileManager.default.fileExists(atPath: out.path), "nothing written")
    }
    let each = try CLI.run(["export", "--sessions", empty.path, "--format", "md", "--each", out.path, "--lang", "en"])
    #expect(
      each.status == 1 && each.err.contains("no group sessions") && !FileManager.default.fileExists(atPath: out.path))
  }

  @Test("caseroom insight: text in zh or en, and JSON with every cited passage")
  func insight() throws {
    let (root, _) = try collected()
    let zh = try CLI.run(["insight", "--sessions", root.path, "--lang", "zh"])
    #expect(zh.status == 0, "\(zh.err)")
    #expect(zh.out.hasPrefix("中国十二金工程 · 全班 4 组"), "\(zh.out)")
    #expect(zh.out.contains("各节：引用的小组数（按题）、读完的小组数"))
    let en = try CLI.run(["insight", "--sessions", root.path, "--lang", "en"])
    #expect(en.out.hasPrefix("中国十二金工程 · groups: 4"), "\(en.out.prefix(80))")
    #expect(
      en.out.contains("orphaned citations: 0") && !en.out.contains(" 1 groups") && !en.out.contains(" 1 citations"))
    #expect(en.out.contains("Coverage\n"))
    let json = try CLI.run(["insight", "--sessions", root.path, "--json"])
    let object = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as! [String: Any]
    #expect(object["groups"] as? Int == 4)
    #expect((object["sections"] as? [[String: Any]])?.count == 17)
    #expect(object["passages"] is [[String: Any]])
    let missing = try CLI.run(["insight", "--sessions", root.appendingPathComponent("nowhere").path, "--lang", "en"])
    #expect(missing.status == 1 && missing.err.contains("no such directory"))
  }

  @Test("an old review file beside the sessions is read, never written; export reads it too")
  func oldPlace() throws {
    let (root, _) = try collected()
    let old = root.appendingPathComponent("laptop1/twelve-golden-projects.review.json")
    try FileManager.default.copyItem(at: try reviewFile(in: root.deletingLastPathComponent()), to: old)
    let before = try Data(contentsOf: old)
    let data = root.deletingLastPathComponent().appendingPathComponent("data")
    let env = ["XDG_DATA_HOME": data.path]
    let r = try CLI.run(
      ["review", "--summary", "--sessions", root.appendingPathComponent("laptop1").path], environment: env)
    #expect(r.out.contains(" ★8 "), "\(r.out)")
    let md = try CLI.run(
      ["export", "--group", "第一组", "--format", "md", "--sessions", root.appendingPathComponent("laptop1").path],
      environment: env)
    #expect(md.out.contains("私下说：论据不足"))
    #expect(try Data(contentsOf: old) == before)
    #expect(
      !FileManager.default.fileExists(atPath: data.appendingPathComponent("caseroom/reviews").path),
      "printing writes nothing")
  }
}
