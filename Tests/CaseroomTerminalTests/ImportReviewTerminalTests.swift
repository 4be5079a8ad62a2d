import CaseroomEngine
import Foundation
import Testing

/// `caseroom import 原文 --review` in a real terminal: the tags on the screen,
/// a wrong guess fixed with one key, the case written as tagged.
@Suite("Import review in a real terminal (tmux)", .serialized)
struct ImportReviewTerminalTests {
  static let raw = """
    县域医共体改革
    一、教学目的
    1．了解医共体。
    二、案例正文
    医共体成立后，县医院每周派出专家到乡镇坐诊。
    乡镇卫生院的门诊量在一年内增长了三成。
    讨论：医共体为什么有效？
    三、课堂安排
    1．阅读；
    2．讨论。
    """

  func start(_ t: Tmux, output: URL) throws {
    let raw = t.state.appendingPathComponent("原文.txt")
    try Self.raw.write(to: raw, atomically: true, encoding: .utf8)
    try t.shell("clear; \(Tmux.binary.path) import \(raw.path) -o \(output.path) --review")
    try t.waitFor("the import review") { $0.first?.contains("县域医共体改革") == true }
  }

  @Test("80x24: a question the importer took for body text is tagged with q; the checklist follows; w writes it")
  func fixAGuess() throws {
    let t = try Tmux(cols: 80, rows: 24)
    let out = t.state.appendingPathComponent("医共体.case.md")
    try start(t, output: out)
    let first = try t.screen()
    #expect(first.contains { $0.contains("一、教学目的") && $0.contains("│") })  // the outline beside the lines
    #expect(first.contains { $0.contains("✗") })  // no questions found: the checklist says so
    // Down to the line 讨论：…, then q.
    let index = first.firstIndex { $0.contains("讨论：医共体") }!
    for _ in 0..<(index - 1) { try t.keys("j") }  // row 1 shows line 0
    try t.keys("q")
    let after = try t.waitFor("the question counted") { s in
      s.contains { $0.contains("✓") && ($0.contains("1 道") || $0.contains("1 questions")) }
    }
    #expect(after.contains { $0.contains("讨论：医共体") && ($0.hasPrefix("问题") || $0.hasPrefix("quest")) })
    try t.keys("w")
    try t.waitFor("written") { $0.last?.contains(out.path) == true }
    try t.keys("Q")
    try t.waitForShell()
    try t.expectSaneTerminal()
    let c = try CaseFormat.parse(String(contentsOf: out, encoding: .utf8))
    #expect(c.questions == ["讨论：医共体为什么有效？"])
    #expect(c.arrangement == ["阅读；", "讨论。"])
  }

  @Test("40x12 and 120x40: every line and hint fits; Q asks once, then leaves unwritten changes and writes nothing")
  func sizes() throws {
    let t = try Tmux(cols: 40, rows: 12)
    let out = t.state.appendingPathComponent("x.case.md")
    try start(t, output: out)
    let narrow = try t.screen()
    #expect(!narrow.contains { $0.contains("│") })
    try t.keys("j", "j", "h")  // the objective made a heading: a change not written
    try t.keys("Q")
    try t.waitFor("the question before leaving") { $0.last?.contains("Q") == true && $0.last?.contains("w") == true }
    try t.resize(cols: 120, rows: 40)
    try t.waitFor("the outline at 120 columns") { $0.contains { $0.contains("│") } }
    try t.keys("Q")
    try t.waitForShell()
    try t.expectSaneTerminal()
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }
}
