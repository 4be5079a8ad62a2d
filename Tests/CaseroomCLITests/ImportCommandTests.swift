import CaseroomEngine
import CaseroomTestSupport
import Foundation
import Testing

/// `caseroom import` on the hand-outs teachers bring, as a teacher runs it.
@Suite("caseroom import")
struct ImportCommandTests {
  static let handouts = CLI.repository.appendingPathComponent("Tests/Fixtures/handouts")

  @Test("empty or blank input: one clear line, exit 1, nothing written", arguments: ["", "  \n\u{3000}\n\t\r\n"])
  func empty(_ content: String) throws {
    let dir = try CLI.temporaryDirectory()
    let raw = dir.appendingPathComponent("empty.txt")
    try content.write(to: raw, atomically: true, encoding: .utf8)
    let out = dir.appendingPathComponent("empty.case.md")
    let r = try CLI.run(["import", raw.path, "-o", out.path, "--lang", "en"])
    #expect(r.status == 1)
    #expect(r.err.contains("\(raw.path): there is no text to import"), "\(r.err)")
    #expect(r.err.split(separator: "\n").count == 1)
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test("-o in a folder that is not there: refused before the review opens, the folder named, exit 1; -o - is stdout")
  func outputFolderMissing() throws {
    let dir = try CLI.temporaryDirectory()
    let raw = dir.appendingPathComponent("合作社.txt")
    try WrongHandout.text.write(to: raw, atomically: true, encoding: .utf8)
    let out = dir.appendingPathComponent("nope/x.case.md")
    for review in [["--review"], []] {
      let r = try CLI.run(["import", raw.path, "-o", out.path, "--lang", "en"] + review)
      #expect(r.status == 1)
      #expect(r.err.contains("the folder \(dir.appendingPathComponent("nope").path) does not exist"), "\(r.err)")
      #expect(r.err.split(separator: "\n").count == 1)
      #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("nope").path))
    }
    let folder = try CLI.run(["import", raw.path, "-o", dir.path, "--lang", "en", "--review"])
    #expect(folder.status == 1 && folder.err.contains("is a folder"), "\(folder.err)")
    // `-o -`: the case on standard output, no file named `-`.
    let std = try CLI.run(["import", raw.path, "-o", "-", "--lang", "en"], in: dir)
    #expect(std.status == 0, "\(std.err)")
    #expect(std.out.hasPrefix("---\nformat: caseroom.case/1"))
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("-").path))
  }

  @Test("qishou.docx: the heading over its form, with nothing under it, is not written as an empty section; said")
  func noEmptySection() throws {
    let dir = try CLI.temporaryDirectory()
    let raw = Self.handouts.appendingPathComponent("docx-lesson-plan-table-qishou.docx")
    let out = dir.appendingPathComponent("qishou.case.md")
    let r = try CLI.run(["import", raw.path, "-o", out.path, "--lang", "en"])
    #expect(r.status == 0, "\(r.err)")
    #expect(r.err.contains("not written as sections: “《劳动关系与社会保障》案例教学教案”"), "\(r.err)")
    let c = try CaseFormat.parse(String(contentsOf: out, encoding: .utf8))
    for (i, s) in c.sections.enumerated() {
      let hasChild = i + 1 < c.sections.count && c.sections[i + 1].level > s.level
      #expect(!s.paragraphs.isEmpty || hasChild, "\(s.title) is empty")
    }
    #expect(c.sections.map(\.id) == ["s1", "objectives", "s2", "questions", "arrangement"])
  }

  @Test("a part of questions found without any questions: the report suggests --review")
  func emptyQuestionsSuggestReview() throws {
    let dir = try CLI.temporaryDirectory()
    let raw = dir.appendingPathComponent("合作社.txt")
    try WrongHandout.text.write(to: raw, atomically: true, encoding: .utf8)
    let out = dir.appendingPathComponent("合作社.case.md")
    let r = try CLI.run(["import", raw.path, "-o", out.path, "--lang", "en"])
    #expect(r.status == 0, "\(r.err)")
    // The exact command to re-run: the file is there now, so with -o and --force.
    #expect(r.err.contains("caseroom import \(raw.path) -o \(out.path) --force --lang en --review"), "\(r.err)")
  }

  @Test("a web page copied with its chrome (当前位置, 分享到): the report suggests --review with -o and --force")
  func webPageSuggestsReview() throws {
    let dir = try CLI.temporaryDirectory()
    let raw = dir.appendingPathComponent("网页 复制.txt")
    try """
    首页 | 课程中心 | 公共管理案例库 | 登录 注册
    当前位置：首页 > 案例库 > 公共管理
    分享到： 微信 微博 QQ空间
    乡镇污水处理厂为何“晒太阳”
    学习目标：
    1．了解农村环境治理中的“重建轻管”问题
    一、案例背景
    某省2016年启动乡镇污水处理设施全覆盖工程，三年间建成污水厂312座。
    思考题
    1. 乡镇污水厂“晒太阳”的根本原因是什么？
    课堂安排
    1．分组讨论。
    """.write(to: raw, atomically: true, encoding: .utf8)
    let out = dir.appendingPathComponent("shuiwu.case.md")
    let r = try CLI.run(["import", raw.path, "-o", out.path])
    #expect(r.status == 0, "\(r.err)")
    #expect(r.err.contains("caseroom import '\(raw.path)' -o \(out.path) --force --review"), "\(r.err)")
  }

  @Test("a PDF copy: the checklist names the page furniture left out, check accepts the case, outline reads it")
  func pdf() throws {
    let dir = try CLI.temporaryDirectory()
    let out = dir.appendingPathComponent("hezhang.case.md")
    let raw = Self.handouts.appendingPathComponent("pdf-running-header-hezhangzhi.txt")
    let r = try CLI.run(["import", raw.path, "-o", out.path, "--lang", "en"])
    #expect(r.status == 0, "\(r.err)")
    #expect(r.out.isEmpty)
    #expect(r.err.contains("Left out (6 lines: page furniture and labels;"), "\(r.err)")
    #expect(r.err.contains("line 1: 《公共管理案例》教学资料  — running header or footer"))
    #expect(r.err.contains("Guessed — worth a glance:"))
    #expect(r.err.contains("[ ] line 2: title 「W市河长制改革：从“有名”到“有实”」"))
    #expect(r.err.contains("hard line breaks joined"))
    #expect(try CLI.run(["check", out.path]).status == 0)
    let json = try CLI.run(["outline", out.path, "--json"])
    let o = try JSONDecoder().decode(Outline.self, from: Data(json.out.utf8))
    #expect(o.title == "W市河长制改革：从“有名”到“有实”")
    #expect(o.objectives.count == 3 && o.questions.count == 3 && o.arrangement.count == 3)
    #expect(o.sections.map(\.title) == ["缘起：一条河的困境", "河长上任", "从“有名”到“有实”", "新的难题"])
  }

  @Test("the report in Chinese with CASEROOM_LANG=zh or --lang zh, in English by default")
  func reportLanguage() throws {
    let raw = Self.handouts.appendingPathComponent("pdf-running-header-hezhangzhi.txt")
    for (args, env) in [([String](), ["CASEROOM_LANG": "zh"]), (["--lang", "zh"], ["CASEROOM_LANG": "en"])] {
      let dir = try CLI.temporaryDirectory()
      let out = dir.appendingPathComponent("hezhang.case.md")
      let r = try CLI.run(["import", raw.path] + args + ["-o", out.path], environment: env)
      #expect(r.status == 0, "\(r.err)")
      #expect(r.err.contains("略去（6 行：页面装饰和标签；属于案例的请手工放回）："), "\(r.err)")
      #expect(r.err.contains("  第 1 行：《公共管理案例》教学资料  — "))
      #expect(r.err.contains("猜的——值得看一眼："))
      #expect(!r.err.contains("Guessed — worth a glance:"))
    }
  }

  @Test("a Chinese report says every note and every line left out in Chinese: no English sentence under its headings")
  func chineseNotes() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.handouts.path).filter { $0.hasSuffix(".txt") }
    #expect(names.count >= 20)
    var lines = 0
    for name in names.sorted() {
      let dir = try CLI.temporaryDirectory()
      let raw = Self.handouts.appendingPathComponent(name)
      let r = try CLI.run(
        ["import", raw.path, "--lang", "zh", "-o", dir.appendingPathComponent("x.case.md").path],
        environment: ["CASEROOM_LANG": "en"])
      #expect(r.status == 0, "\(name): \(r.err)")
      for line in r.err.split(separator: "\n").map(String.init) {
        // A note (`  [ ] 第 3 行：…`) or a line left out (`  第 5 行：…  — why`): the words, without the hand-out's own.
        let words: String
        if line.hasPrefix("  [ ] ") {
          words = Self.withoutQuotes(String(line.dropFirst(6)))
        } else if line.hasPrefix("  第 "), let dash = line.range(of: "  — ", options: .backwards) {
          words = String(line[dash.upperBound...])
        } else {
          continue
        }
        lines += 1
        #expect(words.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(name): \(line)")
        #expect(Self.englishPhrase(words) == nil, "\(name): \(line)")
      }
    }
    #expect(lines > 100, "\(lines) lines of the checklist seen")
    // The test can fail: an English note is caught.
    #expect(Self.englishPhrase("title 「X」: the first line") != nil)
  }

  /// The text with the hand-out's quoted words (`「…」`) taken out.
  static func withoutQuotes(_ s: String) -> String {
    var out = ""
    var depth = 0
    for c in s {
      if c == "「" { depth += 1 } else if c == "」" { depth = max(0, depth - 1) } else if depth == 0 { out.append(c) }
    }
    return out
  }

  /// Three English words in a row (`the first line`), if the text has them.
  static func englishPhrase(_ s: String) -> String? {
    s.firstMatch(of: /[A-Za-z]+ [A-Za-z]+ [A-Za-z]+/).map { String($0.output) }
  }

  @Test("an MBA case with tables: one plan step per row, and show lays a table out in columns or blocks")
  func tables() throws {
    let dir = try CLI.temporaryDirectory()
    let out = dir.appendingPathComponent("saas.case.md")
    let raw = Self.handouts.appendingPathComponent("mba-table-saas-pricing.txt")
    #expect(try CLI.run(["import", raw.path, "-o", out.path]).status == 0)
    let written = try String(contentsOf: out, encoding: .utf8)
    #expect(written.contains("| 指标 | 2019年 | 2020年 | 2021年 |\n|---|---|---|---|\n| ARR（万元） | 1,850 | 3,120 | 4,060 |"))
    let o = try JSONDecoder().decode(
      Outline.self, from: Data(try CLI.run(["outline", out.path, "--json"]).out.utf8))
    #expect(o.arrangement.count == 4)
    #expect(o.arrangement.first == "课前 | 阅读案例，计算不同定价方案下的客户终身价值（LTV） | 2小时")
    let wide = try CLI.run(["show", out.path, "--section", "定价困境", "--width", "60"])
    #expect(
      wide.out.contains(
        "指标         2019年  2020年  2021年\n" + String(repeating: "─", count: 35) + "\nARR（万元）  1,850   3,120   4,060"),
      "\(wide.out)")
    let narrow = try CLI.run(["show", out.path, "--section", "定价困境", "--width", "24"])
    #expect(narrow.out.contains("指标：ARR（万元）\n2019年：1,850"), "\(narrow.out)")
    let tree = try CLI.run(["outline", out.path], environment: ["CASEROOM_LANG": "en"])
    #expect(
      tree.out.contains("四、课堂计划  {#arrangement} arrangement  4 items + 1 ¶ not counted (table: 5 rows)"), "\(tree.out)")
  }

  @Test("to standard output: the case on stdout, the outline and the checklist on stderr")
  func toStdout() throws {
    let raw = Self.handouts.appendingPathComponent("unnumbered-headings-wanggehua.txt")
    let r = try CLI.run(["import", raw.path, "--id", "wangge", "--lang", "en"])
    #expect(r.status == 0)
    #expect(r.out.hasPrefix("---\nformat: caseroom.case/1\nid: wangge\n"))
    #expect(r.err.contains("unnumbered headings are the parts of the case"))
    #expect(r.err.contains("教学目的: 「通过本案例的学习，学员应能够：」 is the list's introduction, not one of its items"))
  }
}
