import CaseroomEngine
import CaseroomReview
import CaseroomSession
import Foundation
import Testing

@testable import CaseroomApp

@Suite("Review screen: grid, answers, feedback, order, presenter")
struct ReviewStateTests {
  let t0 = Date(timeIntervalSince1970: 1_900_000_000)

  func state(_ rows: Int = 24, _ cols: Int = 80) -> ReviewState {
    let c = ReaderFixtures.bundled
    var sessions: [Session] = []
    for (i, name) in ["丙组", "甲组", "乙组"].enumerated() {
      var s = Session(case: c, group: .init(name: name, members: ["成员\(i)"]), now: t0)
      s.answers[1].text = String(repeating: "电子政务的发展需要统一规划。", count: 3 + i * 10)
      if i == 1 {
        s.answers[1].citations = [
          .init(anchor: .init(section: "golden-tax", paragraph: 0, quote: "是我国电子政务的核心系统之一"), createdAt: t0)
        ]
      }
      s.reading = ["golden-macro": .init(seconds: 10, finished: i > 0)]
      s.updatedAt = t0.addingTimeInterval(Double(i))
      sessions.append(s)
    }
    let all = ClassSessions(
      document: c, sessions: sessions.sorted { $0.group.name < $1.group.name },
      problems: [.init(file: "/x/bad.session.json", reason: "damaged: not valid JSON")])
    return ReviewState(all: all, review: Review(caseId: c.id), rows: rows, cols: cols)
  }

  @Test("the grid: one row per group, one column per question, reading progress, problems listed")
  func grid() {
    let f = state().render()
    #expect(f.text.contains("思考题1") && f.text.contains("思考题3"))
    for name in ["甲组", "乙组", "丙组"] { #expect(f.text.contains(name)) }
    #expect(f.text.contains("1/17"))
    #expect(f.text.contains("⚠ bad.session.json: damaged"))
  }

  @Test("sorting by length puts the longest answer first")
  func sorting() {
    var s = state()
    s.handle(.char("l"))
    s.handle(.char("s"))
    #expect(s.sort == .characters)
    #expect(s.sorted.first?.group.name == "乙组")
  }

  @Test("one question across all groups: stepping with → and ←, citations shown")
  func stepping() {
    var s = state(30, 100)
    s.handle(.char("l"))
    s.handle(.enter)
    #expect(s.screen == .answer)
    #expect(s.render().text.contains("丙组（成员0）"))
    s.handle(.right)
    #expect(s.render().text.contains("乙组（成员2）"))
    s.handle(.right)
    #expect(s.render().text.contains("甲组（成员1）"))
    #expect(s.render().text.contains("“是我国电子政务的核心系统之一”"))
    #expect(s.render().text.contains("— （二）金税工程"))
    s.handle(.right)
    #expect(s.render().text.contains("丙组"), "stepping wraps around")
    s.handle(.left)
    #expect(s.render().text.contains("甲组"))
  }

  @Test("a score and a Chinese comment are kept in the review, and shown")
  func feedback() {
    var s = state(30, 100)
    s.handle(.char("l"))
    s.handle(.enter, now: t0)
    s.handle(.char("4"), now: t0)
    s.handle(.char("c"), now: t0)
    for c in "论证清楚，引用恰当" { s.handle(.char(c), now: t0) }
    #expect(s.render().line(29).contains("点评 comment: 论证清楚"))
    s.handle(.enter, now: t0)
    #expect(s.reviewChanged)
    let f = s.review.feedback(group: "丙组", question: 1)
    #expect(f?.score == 4)
    #expect(f?.comment == "论证清楚，引用恰当")
    let text = s.render().text
    #expect(text.contains("评分 Score 4/5"))
    #expect(text.contains("点评：论证清楚，引用恰当"))
    s.handle(.char("9"), now: t0)
    #expect(s.review.feedback(group: "丙组", question: 1)?.score == 4, "beyond the scale is refused")
  }

  @Test("presentation order: moved by hand, shuffled, saved in the review")
  func order() {
    var s = state()
    s.handle(.char("o"))
    #expect(s.render().text.contains("1. 丙组"))
    s.handle(.char("J"))
    #expect(s.review.order == ["乙组", "丙组", "甲组"])
    s.handle(.char("s"))
    #expect(Set(s.review.order) == ["甲组", "乙组", "丙组"])
    #expect(s.reviewChanged)
  }

  @Test("the presenter fills an 80×24 screen with one group's answer, paged with Space")
  func presenter() {
    var s = state(24, 80)
    s.handle(.char("l"))
    s.handle(.char("P"))
    #expect(s.screen == .presenter)
    var f = s.render()
    #expect(f.line(1).contains("思考题 2"))
    #expect(f.text.contains("丙组（成员0）  (1/3)"))
    #expect(f.line(6).hasPrefix("    "), "large margins")
    for _ in 0..<20 { s.handle(.char(" ")) }
    f = s.render()
    #expect(f.text.contains("甲组（成员1）  (3/3)"))
    #expect(s.presenting == 2)
  }

  @Test("two groups side by side on a wide terminal; refused on a narrow one")
  func sideBySide() {
    var wide = state(40, 140)
    wide.handle(.char("l"))
    wide.handle(.enter)
    wide.handle(.char("v"))
    let text = wide.render().text
    #expect(text.contains("丙组（成员0）") && text.contains("乙组（成员2）"))
    var narrow = state(24, 80)
    narrow.handle(.enter)
    narrow.handle(.char("v"))
    #expect(!narrow.sideBySide)
    #expect(narrow.render().line(23).contains("120"))
  }
}
