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
}
