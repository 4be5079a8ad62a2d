import CaseroomEngine
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
    let r = try CLI.run(["import", raw.path, "-o", out.path])
    #expect(r.status == 1)
    #expect(r.err.contains("\(raw.path): there is no text to import"), "\(r.err)")
    #expect(r.err.split(separator: "\n").count == 1)
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test("a PDF copy: the checklist names the page furniture left out, check accepts the case, outline reads it")
  func pdf() throws {
    let dir = try CLI.temporaryDirectory()
    let out = dir.appendingPathComponent("hezhang.case.md")
    let raw = Self.handouts.appendingPathComponent("pdf-running-header-hezhangzhi.txt")
    let r = try CLI.run(["import", raw.path, "-o", out.path])
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
    let tree = try CLI.run(["outline", out.path])
    #expect(
      tree.out.contains("四、课堂计划  {#arrangement} arrangement  4 items + 1 ¶ not counted (table: 5 rows)"), "\(tree.out)")
  }

  @Test("to standard output: the case on stdout, the outline and the checklist on stderr")
  func toStdout() throws {
    let raw = Self.handouts.appendingPathComponent("unnumbered-headings-wanggehua.txt")
    let r = try CLI.run(["import", raw.path, "--id", "wangge"])
    #expect(r.status == 0)
    #expect(r.out.hasPrefix("---\nformat: caseroom.case/1\nid: wangge\n"))
    #expect(r.err.contains("unnumbered headings are the parts of the case"))
    #expect(r.err.contains("教学目的: 「通过本案例的学习，学员应能够：」 is the list's introduction, not one of its items"))
  }
}
