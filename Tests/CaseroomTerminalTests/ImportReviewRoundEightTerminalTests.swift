import CaseroomEngine
import CaseroomTestSupport
import Foundation
import Testing

/// Round 8's findings on the import review, as a teacher sees them in a real terminal (tmux): the lines in
/// the file's order, a run-in label split off as a heading, steps numbered once, a count over headings,
/// Esc cancelling a Q, the unsaved mark at 40 columns.
@Suite("Import review in a real terminal: round 8's findings (tmux)", .serialized)
struct ImportReviewRoundEightTerminalTests {
  static let raw = """
    首页 > 课程中心 > 案例库

    社区食堂的开张
    一、案例正文
    案情：李某2020年承包了街道的食堂，起初每天只有三十人就餐。
    二、思考题
    思考1：补贴应当持续多久？
    课时安排
    1.小组阅读（10分钟）
    2.分组讨论（20分钟）
    """

  func start(_ t: Tmux, output: URL) throws {
    let raw = t.state.appendingPathComponent("食堂.txt")
    try Self.raw.write(to: raw, atomically: true, encoding: .utf8)
    try t.shell("clear; \(Tmux.binary.path) import \(raw.path) -o \(output.path) --review")
    try t.waitFor("the import review") { $0.first?.contains("社区食堂的开张") == true }
  }

  func tag(_ row: String) -> String { String(row.prefix(while: { $0 != " " })) }

  @Test("80x24: breadcrumb above the title, line 3/10; s on 案情： makes a heading; q drops 思考1：; x Q Esc Q stays")
  func roundEight() throws {
    let t = try Tmux(cols: 80, rows: 24)
    let out = t.state.appendingPathComponent("食堂.case.md")
    try start(t, output: out)
    let first = try t.screen()
    // The file's order: the breadcrumb (left out) on the first row, the title after it.
    #expect(first[1].contains("首页") && (first[1].hasPrefix("略去") || first[1].hasPrefix("drop")), "\(first[1])")
    #expect(first[2].contains("社区食堂的开张"))
    // The status numbers lines as the file does: the title is line 3 of 10.
    try t.keys("j")
    try t.waitFor("line 3 of 10") { $0.joined().contains("第 3/10 行") || $0.joined().contains("line 3/10") }
    // The run-in label split off.
    try t.keys("/")
    try t.type("案情")
    try t.keys("Enter", "s")
    let split = try t.waitFor("the label a heading") { s in
      s.contains { ($0.hasPrefix("标题") || $0.hasPrefix("head")) && $0.contains("案情") && !$0.contains("李某") }
    }
    #expect(split.contains { $0.contains("李某2020年") && ($0.hasPrefix("正文") || $0.hasPrefix("body")) })
    #expect(split.last?.contains("案情") == true)  // the status says what became of the label
    // The question's label dropped.
    try t.keys("/")
    try t.type("思考1")
    try t.keys("Enter", "q")
    try t.waitFor("the question without its label") { s in
      s.contains { ($0.hasPrefix("问题") || $0.hasPrefix("quest")) && $0.contains("补贴应当持续多久") && !$0.contains("思考1") }
    }
    try t.keys("w")
    try t.waitFor("written") { $0.last?.contains(out.lastPathComponent) == true }
    let c = try CaseFormat.parse(String(contentsOf: out, encoding: .utf8))
    #expect(c.arrangement == ["小组阅读（10分钟）", "分组讨论（20分钟）"])
    #expect(c.questions == ["补贴应当持续多久？"])
    #expect(c.sections.contains { $0.title == "案情" })
    // A change, Q asks, Esc cancels: one Q then asks again, and the screen stays.
    try t.keys("g", "j", "j", "x", "Q")
    try t.waitFor("Q asks") { $0.last?.contains("Q") == true }
    try t.keys("Escape")
    Thread.sleep(forTimeInterval: 0.3)
    try t.keys("Q")
    Thread.sleep(forTimeInterval: 0.5)
    #expect(try t.programPID() != nil)
    #expect(try t.screen().first?.contains("社区食堂的开张") == true)
    try t.keys("Q")
    try t.waitForShell()
    try t.expectSaneTerminal()
  }

  @Test("40x12: the unsaved * stays on the header, the title cut before it; the current line takes 2 rows")
  func narrow() throws {
    let t = try Tmux(cols: 40, rows: 12)
    let out = t.state.appendingPathComponent("食堂.case.md")
    try start(t, output: out)
    try t.keys("j", "j", "j", "x")
    let s = try t.waitFor("the change marked") { $0.first?.trimmingCharacters(in: .whitespaces).hasSuffix("*") == true }
    // Rows 1–8 the hand-out's lines, 9–10 the current line, 11 the status.
    #expect(s[1...8].allSatisfy { !tag($0).isEmpty }, "\(s)")
    try t.keys("Q", "Q")
    try t.waitForShell()
    try t.expectSaneTerminal()
  }

  /// A Markdown hand-out whose plan's steps are headings as high as the plan's (as Word's numbering often gives).
  static let plan = """
    # 社区食堂的开张

    ## 案例正文

    李某承包了街道的食堂，留言板上有评论（2）条：居民说价格公道（20分钟）。另一位说菜量太少。

    ## 课时安排

    ## 1.小组阅读（10分钟）

    ## 2.分组讨论（20分钟）

    ## 思考题

    1. 补贴应当持续多久？
    """

  func startPlan(_ t: Tmux, output: URL, lang: String = "zh") throws {
    let raw = t.state.appendingPathComponent("plan.md")
    try Self.plan.write(to: raw, atomically: true, encoding: .utf8)
    try t.shell("clear; \(Tmux.binary.path) import \(raw.path) -o \(output.path) --review --lang \(lang)")
    try t.waitFor("the import review") { $0.first?.contains("社区食堂的开张") == true }
  }

  @Test("80x24: s cuts after the sentence, not before 评论（2）; r p reaches the steps taken for headings; V j p tags them")
  func planSteps() throws {
    let t = try Tmux(cols: 80, rows: 24)
    let out = t.state.appendingPathComponent("plan.case.md")
    try startPlan(t, output: out)
    try t.keys("j", "j", "s")
    let split = try t.waitFor("split after the sentence") { s in s.contains { $0.contains("另一位说菜量太少。") } }
    #expect(split.contains { $0.hasPrefix("正文") && $0.contains("李某承包了") && !$0.contains("另一位") })
    // r p on 课时安排: its two steps, taken for headings as high, become steps; the status says so.
    try t.keys("j", "j", "r", "p")
    let steps = try t.waitFor("two steps") { s in s.filter { $0.hasPrefix("步骤") }.count == 2 }
    #expect(steps.last?.contains("其中 2 行原是编了号的小标题") == true, "\(steps.last ?? "")")
    #expect(steps.contains { $0.hasPrefix("步骤") && $0.contains("1. 小组阅读（10分钟）") })
    #expect(steps.contains { $0.hasPrefix("标题1") && $0.contains("课时安排") })
    // Undone, then V j p over the two headings: both tagged, the status counts 2.
    try t.keys("u")
    try t.waitFor("headings again") { s in s.filter { $0.hasPrefix("步骤") }.isEmpty }
    try t.keys("j", "V", "j", "p")
    let tagged = try t.waitFor("two steps by V j p") { s in s.filter { $0.hasPrefix("步骤") }.count == 2 }
    #expect(tagged.last?.contains("2") == true)
    // Enter on a short line: the page says any key goes back, and j does.
    try t.keys("k", "Enter")
    try t.waitFor("the line in full") { $0.last?.contains("任意键返回") == true }
    try t.keys("j")
    try t.waitFor("the list again") { $0.first?.contains("导入检查") == true && $0.contains { $0.contains("│") } }
    try t.keys("w")
    try t.waitFor("written") { $0.last?.contains(out.lastPathComponent) == true }
    try t.keys("Q")
    try t.waitForShell()
    try t.expectSaneTerminal()
    let c = try CaseFormat.parse(String(contentsOf: out, encoding: .utf8))
    #expect(c.arrangement == ["小组阅读（10分钟）", "分组讨论（20分钟）"])
  }

  @Test("80x24 --lang en: the checklist counts 1 question and 1 body section, in the singular")
  func english() throws {
    let t = try Tmux(cols: 80, rows: 24)
    let out = t.state.appendingPathComponent("plan.case.md")
    try startPlan(t, output: out, lang: "en")
    let s = try t.screen()
    #expect(s.contains { $0.contains("1 question") && !$0.contains("1 questions") }, "\(s)")
    #expect(s.contains { $0.contains("1 body section") && !$0.contains("1 body sections") }, "\(s)")
    try t.keys("Q")
    try t.waitForShell()
  }
}
