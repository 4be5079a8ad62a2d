import CaseroomEngine
import CaseroomSession
import CaseroomTestSupport
import Foundation
import Testing

@testable import CaseroomReview

/// A score is kept with the rubric it was given under, as with its scale: a
/// change of rubric is refused or converted, never silently drops or mixes
/// scores; the summary names each question's own points.
@Suite("Grading: a rubric changed after scoring")
struct RubricChangeTests {
  let t0 = ReviewFixtures.t0
  let id = "twelve-golden-projects"

  func scored() throws -> Review {
    var r = Review(caseId: id)
    r.rubric = try Rubric.parse("论据 4 · 结构 3 · 联系实际 3", questions: 3, file: "r")
    r.setFeedback(.init(score: 7, criteria: [3, 2, 2], updatedAt: t0), group: "第一组", question: 0)
    r.setFeedback(.init(score: 9, criteria: [4, 3, 2], updatedAt: t0), group: "第二组", question: 0)
    return r
  }

  @Test("a score keeps the criteria it was given under; an older file's take the file's rubric")
  func criteriaKept() throws {
    let r = try scored()
    #expect(r.feedback(group: "第一组", question: 0)?.rubric?.map(\.name) == ["论据", "结构", "联系实际"])
    let dir = try ReviewFixtures.directory()
    let url = dir.appendingPathComponent("old.review.json")
    let old = """
      {"schema": "caseroom.review/1", "caseId": "\(id)", "scaleMax": 5, "order": [],
       "updatedAt": "2027-01-15T08:00:00Z",
       "rubric": {"questions": [[{"name": "论据", "points": 4}, {"name": "结构", "points": 6}], [], []]},
       "feedback": {"第一组": {"1": {"score": 7, "scale": 10, "criteria": [3, 4], "comment": "", "updatedAt": "2027-01-15T08:00:00Z"}}}}
      """
    try Data(old.utf8).write(to: url)
    let read = try Review.load(url, caseId: id)
    let f = try #require(read.feedback(group: "第一组", question: 0))
    #expect(f.scale == 10 && f.rubric?.map(\.points) == [4, 6])
    #expect(read.isCurrent(f, question: 0))
  }

  @Test("a new rubric with the same points is still another: refused, nothing changed; converted when asked")
  func changeRefusedOrConverted() throws {
    var r = try scored()
    let before = r
    let other = try Rubric.parse("论据 5 · 结构 5", questions: 3, file: "r")
    let affected = ScaleChange.affected(r, rubric: other)
    #expect(
      affected.map(ScaleChange.place) == ["第一组 Q1 7/10 (论据 4 · 结构 3 · 联系实际 3)", "第二组 Q1 9/10 (论据 4 · 结构 3 · 联系实际 3)"])
    #expect(ScaleChange.apply(&r, rubric: other, convert: false, now: t0) == nil)
    #expect(r == before, "refused: nothing changed")
    // Cleared: back to the scale of 5, 7/10 → 4/5 (rounded).
    #expect(ScaleChange.affected(r, rubric: nil).map(ScaleChange.text) == ["7/10 → 4/5", "9/10 → 5/5"])
    let change = try #require(ScaleChange.apply(&r, rubric: other, convert: true, now: t0))
    #expect(change.converted.map(ScaleChange.text) == ["7/10 → 7/10", "9/10 → 9/10"])
    let f = try #require(r.feedback(group: "第一组", question: 0))
    #expect(f.score == 7 && f.criteria == nil && f.rubric == other.criteria(question: 0))
    #expect(r.rubric == other)
    #expect(ScoreTotals(review: r, groups: ["第一组", "第二组"], questions: 3).totals.total == 16)
  }

  @Test("a score under another rubric (the file changed under the review) is left out of totals and said to be")
  func neverMixed() throws {
    var r = try scored()
    r.rubric = try Rubric.parse("论据 5 · 结构 5", questions: 3, file: "r")
    r.setFeedback(.init(score: 6, criteria: [3, 3], updatedAt: t0), group: "第一组", question: 1)
    let t = ScoreTotals(review: r, groups: ["第一组", "第二组"], questions: 3)
    #expect(t.group("第一组").total == 6, "7 under the old rubric is not added to 6 under the new")
    #expect(t.otherScale == 2)
    let all = ClassSessions(document: ReviewFixtures.bundled, sessions: [ReviewFixtures.session("第一组", ["答"])])
    let s = Summary(all, review: r)
    #expect(s.otherScale == 1, "of the groups reviewed (第一组)")
    #expect(s.table().contains("warning: 1 score(s) given under another scale or rubric"))
  }

  @Test("the summary under a rubric: each question's own points in its heading and JSON, the rubric listed")
  func summaryScale() throws {
    var r = Review(caseId: id)
    r.scaleMax = 5
    r.rubric = try Rubric.parse("1: 论据 4 · 结构 3 · 联系实际 3\n2: 论据 50 · 结构 50", questions: 3, file: "r")
    let all = ClassSessions(document: ReviewFixtures.bundled, sessions: [ReviewFixtures.session("第一组", ["答"])])
    let s = Summary(all, review: r)
    #expect(s.questionTotals.map(\.scale) == [10, 100, 5])
    #expect(s.scale == 5, "question 3 is on the scale")
    let head = s.table().split(separator: "\n")[0]
    #expect(head.contains("Q1 w/c ★/10") && head.contains("Q2 w/c ★/100") && head.contains("Q3 w/c ★/5"))
    #expect(s.table().contains("Q1 rubric: 论据 4 · 结构 3 · 联系实际 3 (10 points)"))
    let json = try JSONSerialization.jsonObject(with: Data(s.json().utf8)) as! [String: Any]
    let q = json["questionTotals"] as! [[String: Any]]
    #expect(q[0]["scale"] as? Int == 10 && (q[0]["criteria"] as? [Any])?.count == 3)
    r.rubric = try Rubric.parse("论据 4 · 结构 3 · 联系实际 3", questions: 3, file: "r")
    let every = Summary(all, review: r)
    #expect(every.scale == nil, "no question is on the scale: no one scale claimed")
  }
}
