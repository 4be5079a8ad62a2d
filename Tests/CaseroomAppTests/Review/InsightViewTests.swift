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
    #expect(s.screen == .grid)
  }

  @Test("Esc steps back: from the groups to the list, then to the grid; ? shows the view's keys")
  func back() {
    var s = ReviewFixtures.state(24, 80)
    s.handle(.char("i"))
    s.handle(.enter)
    s.handle(.escape)
    #expect(s.screen == .insight && s.render().line(2).contains("1组"))
    s.handle(.char("?"))
    #expect(s.helpLines.contains { $0.contains("全班洞察（i）") })
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

  @Test("golden: the list at 80×24, the case with its heat at 120×40")
  func golden() {
    var s = ReviewFixtures.state(24, 80)
    s.handle(.char("i"))
    Golden.expect(s.render(), "review-insight-80x24")
    var wide = ReviewFixtures.state(40, 120)
    wide.handle(.char("i"))
    wide.handle(.char("l"))
    for _ in 0..<10 { wide.handle(.char("j")) }
    Golden.expect(wide.render(), "review-insight-text-120x40")
  }
}
