import CaseroomEngine
import CaseroomReview
import CaseroomSession
import Foundation
import Testing

@testable import CaseroomApp

/// The review's insight view without a terminal: the list of cited
/// sentences, one question at a time, the groups behind a sentence and
/// their answers, the case with its heat, live updates.
@Suite("Insight view in the review")
struct InsightViewTests {
  @Test("i: the sentences most cited; Tab: one question; Enter: the groups; Enter: the group's answer")
  func listDetailJump() {
    var s = ReviewFixtures.state(24, 80)
    s.handle(.char("i"))
    var f = s.render()
    #expect(f.line(0).contains("全班洞察 · 3 组 · 全部思考题"))
    #expect(f.line(2).hasPrefix(" ██▋      1组   “金税工程”总称为中国税收管理信息系统（CTAIS）"), "a third of the class: \(f.line(2))")
    #expect(f.line(2).contains("（二）金税工程"))
    s.handle(.tab)
    #expect(s.render().line(0).contains("思考题 1"))
    #expect(s.render().line(2) == " 还没有小组引用案例中的句子")
    s.handle(.tab)
    f = s.render()
    #expect(f.line(0).contains("思考题 2"))
    #expect(f.line(2).contains("1组"))
    s.handle(.enter)
    f = s.render()
    #expect(f.lines.contains(" 1 组引用："))
    #expect(f.lines.contains("  思考题 2 · 甲组"))
    s.handle(.enter)
    #expect(s.screen == .answer && s.selected == "甲组" && s.question == 1)
    s.handle(.escape)
    #expect(s.screen == .insight && s.render().lines.contains("  思考题 2 · 甲组"), "Esc: back at the groups")
    s.handle(.escape)
    #expect(s.screen == .insight && s.render().line(2).contains("1组"), "Esc: back at the list")
    s.handle(.escape)
    #expect(s.screen == .grid)
  }

  @Test("the case's text: j moves a cursor line; Enter on a cited sentence shows its groups, on other text says so")
  func textEnter() {
    var s = ReviewFixtures.state(24, 80)
    s.handle(.char("i"))
    s.handle(.char("l"))
    var f = s.render()
    #expect(f.line(2).hasPrefix("▸（一）金宏工程"), "the cursor on the first line: \(f.line(2))")
    s.handle(.enter)
    #expect(s.render().lines.last?.contains("这一行没有被引用的句子") == true, "\(s.render().lines.last ?? "")")
    #expect(s.insightPanel?.detail == nil)
    s.handle(.char("n"))
    f = s.render()
    let row = try! #require(f.lines.firstIndex { $0.hasPrefix("▸") })
    #expect(f.line(row).contains("“金税工程”总称为中国税收管理信息系统"), "n: the first cited sentence, scrolled to: \(f.line(row))")
    #expect(f.line(row).hasPrefix("▸█   1 "), "its bar (a third of the class) and count: \(f.line(row))")
    s.handle(.enter)
    f = s.render()
    #expect(f.lines.contains(" 1 组引用："))
    #expect(f.lines.contains("  思考题 2 · 甲组"))
    s.handle(.enter)
    #expect(s.screen == .answer && s.selected == "甲组" && s.question == 1)
    s.handle(.escape)
    s.handle(.escape)
    #expect(s.screen == .insight && s.insightPanel?.page == .text)
    #expect(s.render().lines.contains { $0.hasPrefix("▸") && $0.contains("“金税工程”总称为") }, "the cursor where it was")
    let at = s.insightPanel?.textCursor
    s.handle(.char("N"))
    #expect(s.insightPanel?.textCursor == at, "no cited sentence before it: the cursor stays")
    s.handle(.char("k"))
    #expect(s.insightPanel?.textCursor == at.map { $0 - 1 })
  }

  @Test("? in the insight view: the help opens at the insight's keys")
  func helpAtInsight() {
    for (rows, cols) in [(24, 80), (40, 120), (12, 40)] {
      var s = ReviewFixtures.state(rows, cols)
      s.handle(.char("i"))
      s.handle(.char("?"))
      let f = s.render()
      #expect(f.line(2).contains("全班洞察（i）"), "\(cols)×\(rows): \(f.line(2))")
      #expect(f.lines.contains { $0.contains("哪些小组引用了这一句") } || rows < 20)
    }
  }

  @Test("Esc steps back: from the groups to the list, then to the grid; ? shows the view's keys")
  func back() {
    var s = ReviewFixtures.state(24, 80)
    s.handle(.char("i"))
    s.handle(.enter)
    s.handle(.escape)
    #expect(s.screen == .insight && s.render().line(2).contains("1组"))
    s.handle(.char("?"))
    #expect(s.render().line(2).contains("全班洞察（i）"), "the help at the insight's keys")
    s.handle(.char("x"))
    s.handle(.escape)
    #expect(s.screen == .grid)
  }

  @Test("a look at the folders re-tallies the changed group: the view follows the class")
  func live() throws {
    let dir = try ReviewFixtures.directory()
    let c = ReaderFixtures.bundled
    let store = SessionStore(directory: dir)
    for name in ["第一组", "第二组"] {
      var s = Session(case: c, group: .init(name: name, members: ["甲"]), now: ReviewFixtures.t0)
      s.answers[0].text = "答"
      if name == "第一组" {
        s.answers[0].citations = [
          .init(anchor: .init(section: "golden-shield", paragraph: 0, quote: "金盾工程"), createdAt: ReviewFixtures.t0)
        ]
      }
      try store.save(s, to: store.url(caseId: c.id, group: name))
    }
    let all = ClassSessions.load(case: c, from: [dir])
    var s = ReviewState(all: all, review: Review(caseId: c.id), rows: 24, cols: 80, now: ReviewFixtures.now)
    s.handle(.char("i"))
    #expect(s.render().line(2).contains("1组"))
    let url = store.url(caseId: c.id, group: "第二组")
    var second = try store.load(url)
    second.answers[0].citations = [
      .init(anchor: .init(section: "golden-shield", paragraph: 0, quote: "金盾工程"), createdAt: ReviewFixtures.t0)
    ]
    second.revision += 1
    try store.save(second, to: url)
    _ = s.drive(.tick, now: ReviewFixtures.now.addingTimeInterval(2))
    #expect(s.render().line(2).contains("2组"), "\(s.render().line(2))")
    #expect(s.render().line(2).hasPrefix(" ████████"))
  }

  @Test("the grid shows the citations of a group that only cited (no text): 0字 1引, not —")
  func gridCitationsOnly() {
    let c = ReaderFixtures.bundled
    var cited = Session(case: c, group: .init(name: "甲组"), now: ReviewFixtures.t0)
    cited.answers[1].citations = [
      .init(anchor: .init(section: "golden-tax", paragraph: 0, quote: "是我国电子政务的核心系统之一"), createdAt: ReviewFixtures.t0)
    ]
    let empty = Session(case: c, group: .init(name: "乙组"), now: ReviewFixtures.t0)
    let all = ClassSessions(document: c, sessions: [cited, empty])
    for (cols, expected) in [(80, "0字 1引"), (40, "1引")] {
      let s = ReviewState(all: all, review: Review(caseId: c.id), rows: 24, cols: cols, now: ReviewFixtures.now)
      let f = s.render()
      let row = try! #require(f.lines.first { $0.hasPrefix(" 甲组") })
      #expect(row.contains(expected), "\(cols) columns: \(row)")
      let other = try! #require(f.lines.first { $0.hasPrefix(" 乙组") })
      #expect(!other.contains("引"), "nothing at all stays —: \(other)")
    }
  }

  @Test("the case's text at another width: the cursor stays on its sentence, on screen")
  func textResize() {
    var s = ReviewFixtures.state(24, 80)
    s.handle(.char("i"))
    s.handle(.char("l"))
    s.handle(.char("n"))
    for (rows, cols) in [(12, 40), (40, 120), (24, 80)] {
      s.resize(rows: rows, cols: cols)
      let f = s.render()
      let row = try! #require(f.lines.firstIndex { $0.hasPrefix("▸") }, "\(cols)×\(rows): the cursor on screen")
      #expect(f.line(row).contains("“金税工程”总称为"), "\(cols)×\(rows): \(f.line(row))")
    }
    s.resize(rows: 12, cols: 40)
    s.handle(.enter)
    #expect(s.render().lines.contains("  思考题 2 · 甲组"), "Enter after the resize: the same sentence's groups")
  }

  @Test("no session of the case in the folders: the view says so, and where it looked")
  func noSessions() throws {
    let dir = try ReviewFixtures.directory()
    let all = ClassSessions.load(case: ReaderFixtures.bundled, from: [dir])
    var s = ReviewState(all: all, review: Review(caseId: all.document.id), rows: 24, cols: 80, now: ReviewFixtures.now)
    s.handle(.char("i"))
    let text = s.render().lines.dropFirst(2).prefix(6).map { $0.trimmingCharacters(in: .whitespaces) }.joined()
    #expect(text.contains("没有找到案例 twelve-golden-projects 的小组记录：\(dir.path)"), "\(text)")
    #expect(text.contains("在表格中按 F 查看读取了哪些文件夹"))
  }

  @Test("golden: the list at 80×24, the case with its heat at 120×40")
  func golden() {
    var s = ReviewFixtures.state(24, 80)
    s.handle(.char("i"))
    Golden.expect(s.render(), "review-insight-80x24")
    var wide = ReviewFixtures.state(40, 120)
    wide.handle(.char("i"))
    wide.handle(.char("l"))
    wide.handle(.char("n"))
    Golden.expect(wide.render(), "review-insight-text-120x40")
  }
}
