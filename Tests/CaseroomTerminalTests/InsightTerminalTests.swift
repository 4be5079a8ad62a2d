import CaseroomEngine
import CaseroomSession
import CaseroomTestSupport
import Foundation
import Testing

/// The review's insight view in a real terminal, following the class as it
/// writes (a group's session saved while the view is open, no key pressed).
@Suite("Insight view: the class as a whole, live (tmux)", .serialized)
struct InsightTerminalTests {
  static let c = try! CaseFormat.load(
    BuiltBinary.repository.appendingPathComponent("Cases/twelve-golden-projects.case.md"))
  static let tax = Session.Anchor(section: "golden-tax", paragraph: 0, quote: "是我国电子政务的核心系统之一")

  /// Three groups; 第一组 cites the first sentence of 金税工程 for question 2.
  func makeClass(_ t: Tmux) throws -> (URL, SessionStore) {
    let dir = t.state.appendingPathComponent("sessions")
    let store = SessionStore(directory: dir)
    for name in ["第一组", "第二组", "第三组"] {
      var s = Session(case: Self.c, group: .init(name: name, members: ["组员"]))
      s.answers[1].text = "\(name)的第二题答案。"
      if name == "第一组" { s.answers[1].citations = [.init(anchor: Self.tax, createdAt: Date())] }
      try store.save(s, to: store.url(caseId: Self.c.id, group: name))
    }
    return (dir, store)
  }

  @Test(
    "i opens it; a group's new citation shows without a key; Enter: the groups, then one's answer",
    arguments: [
      (80, 24), (120, 40),
    ])
  func followsTheClass(_ cols: Int, _ rows: Int) throws {
    let t = try Tmux(cols: cols, rows: rows)
    let (_, store) = try makeClass(t)
    try t.shell("clear; \(Tmux.binary.path) review")
    try t.waitFor("the grid") { $0.contains { $0.hasPrefix(" 第三组") } }
    try t.keys("i")
    let first = try t.waitFor("the insight view", timeout: 10) { $0.joined().contains("1组") }
    #expect(first[0].contains("全班洞察 · 3 组 · 全部思考题"))
    #expect(first[1].contains("引用最多") && first[1].contains("案例原文") && first[1].contains("覆盖与分歧"))
    let row = try #require(first.first { $0.contains("1组") })
    #expect(row.contains("“金税工程”总称为中国税收管理信息系统"))
    #expect(row.hasPrefix(" ██▋"), "a third of the class: a bar of 2⅔ cells of 8: \(row)")
    // 第三组 cites the same sentence, in another terminal's save: no key pressed here.
    let url = store.url(caseId: Self.c.id, group: "第三组")
    var s = try store.load(url)
    s.answers[1].citations = [.init(anchor: Self.tax, createdAt: Date())]
    s.revision += 1
    try store.save(s, to: url)
    let live = try t.waitFor("2 groups now", timeout: 6) { $0.joined().contains("2组") }
    #expect(live.first { $0.contains("2组") }?.hasPrefix(" █████▍") == true)
    try t.keys("Enter")
    let detail = try t.waitFor("the groups citing it") { $0.joined().contains("2 组引用") }
    #expect(detail.contains { $0.hasPrefix("  思考题 2 · 第一组") })
    #expect(detail.contains { $0.hasPrefix("  思考题 2 · 第三组") })
    try t.keys("j", "Enter")
    let answer = try t.waitFor("第三组's answer") { $0.joined().contains("第三组的第二题答案。") }
    #expect(answer[0].contains("思考题 2"))
    // Esc: back at the groups that cited it, then the list, then the grid.
    try t.keys("Escape")
    try t.waitFor("the groups again") { $0.contains { $0.hasPrefix("  思考题 2 · 第三组") } }
    try t.keys("Escape")
    try t.waitFor("the list again") { $0.joined().contains("2组") && !$0.joined().contains("2 组引用") }
    try t.keys("Escape")
    try t.waitFor("the grid") { $0.contains { $0.hasPrefix(" 第三组") } }
    // The view opens where it was; the case's text with its bars; n to the cited sentence, Enter: its groups.
    try t.keys("i")
    try t.waitFor("the insight view again") { $0.joined().contains("2组") }
    try t.keys("l")
    try t.waitFor("the case with its heat") { $0.joined().contains("（二）金税工程  · 2 组引用") }
    try t.keys("n")
    try t.waitFor("the cursor on the cited sentence") { $0.contains { $0.hasPrefix("▸") && $0.contains("“金税工程”总称为") } }
    try t.keys("Enter")
    try t.waitFor("the groups citing it, from the case") { $0.contains { $0.hasPrefix("  思考题 2 · 第一组") } }
    try t.keys("Escape")
    try t.waitFor("the case again") { $0.contains { $0.hasPrefix("▸") && $0.contains("“金税工程”总称为") } }
    try t.keys("Escape")
    try t.waitFor("the grid") { $0.contains { $0.hasPrefix(" 第三组") } }
    try t.keys("q")
    try t.waitForShell()
    try t.expectSaneTerminal()
  }
}
