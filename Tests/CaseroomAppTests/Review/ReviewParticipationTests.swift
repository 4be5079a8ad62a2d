import CaseroomEngine
import CaseroomReview
import CaseroomSession
import Foundation
import Testing

@testable import CaseroomApp

/// The review shows who wrote what in a group: its members' shares, from the session's participation.
@Suite("Review: members' shares of a group's work")
struct ReviewParticipationTests {
  let c = ReaderFixtures.bundled
  let t0 = ReviewFixtures.t0

  func state(_ sessions: [Session], cols: Int = 100) -> ReviewState {
    ReviewState(
      all: ClassSessions(document: c, sessions: sessions), review: Review(caseId: c.id), rows: 30, cols: cols,
      now: t0)
  }

  @Test("under the group's name in the answer view: each member's share of the characters, with notes and citations")
  func shares() {
    var s = Session(case: c, group: .init(name: "第一组", members: ["李华", "王芳", "张伟"]), now: t0)
    s.answers[0].text = String(repeating: "字", count: 100)
    s.participation = [
      "李华": .init(characters: [60, 0, 0], notes: 2, citations: 0),
      "王芳": .init(characters: [20, 20, 0], notes: 0, citations: 1),
      "访客": .init(characters: [0], notes: 1),
    ]
    var r = state([s])
    r.handle(.enter)
    #expect(r.screen == .answer)
    let f = r.render()
    #expect(f.line(3).hasPrefix("  第一组（李华、王芳、张伟）"))
    // Members in the group's order, then anyone else counted; a member who did nothing is not listed.
    #expect(f.line(4) == "  参与：李华 60%（2 注） · 王芳 40%（1 引） · 访客 0%（1 注）", "\(f.line(4))")
  }

  @Test("a session without participation (an older version, or a group alone) shows no line")
  func none() {
    var s = Session(case: c, group: .init(name: "第二组", members: ["甲"]), now: t0)
    s.answers[0].text = "写了。"
    var r = state([s])
    r.handle(.enter)
    #expect(r.render().line(4).trimmingCharacters(in: .whitespaces).isEmpty)
  }

  @Test("side by side: the shares follow each group's state, cut to its column")
  func sideBySide() {
    var a = Session(case: c, group: .init(name: "甲组", members: ["甲"]), now: t0)
    a.participation = ["甲": .init(characters: [10])]
    var b = Session(case: c, group: .init(name: "乙组", members: ["乙"]), now: t0)
    b.participation = ["乙": .init(characters: [5])]
    var r = state([a, b], cols: 120)
    r.handle(.enter)
    r.handle(.char("v"))
    let all = r.render().lines.joined()
    #expect(all.contains("参与：甲 100%") || all.contains("参与：乙 100%"))
  }
}
