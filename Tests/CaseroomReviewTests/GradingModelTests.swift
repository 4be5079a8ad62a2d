import CaseroomEngine
import CaseroomSession
import CaseroomTestSupport
import Foundation
import Testing

@testable import CaseroomReview

/// Scores kept with their scale, a change of scale converted or refused,
/// totals that never mix scales, drafts never exported, a rubric read from
/// text and its columns in the gradebook.
@Suite("Grading: scales, drafts, rubrics")
struct GradingModelTests {
  let t0 = ReviewFixtures.t0
  let id = "twelve-golden-projects"

  @Test("a score keeps its scale; an older file's scores take the file's scale")
  func scaleKept() throws {
    let dir = try ReviewFixtures.directory()
    let url = dir.appendingPathComponent("old.review.json")
    // As an older caseroom wrote it: no scale on the score.
    let old = """
      {"schema": "caseroom.review/1", "caseId": "\(id)", "scaleMax": 10, "order": [],
       "updatedAt": "2027-01-15T08:00:00Z",
       "feedback": {"第一组": {"1": {"score": 7, "comment": "好", "updatedAt": "2027-01-15T08:00:00Z"}}}}
      """
    try Data(old.utf8).write(to: url)
    var r = try Review.load(url, caseId: id)
    #expect(r.feedback(group: "第一组", question: 0)?.scale == 10)
    r.setFeedback(.init(score: 3, updatedAt: t0), group: "第二组", question: 0)
    #expect(r.feedback(group: "第二组", question: 0)?.scale == 10, "given now: on the scale now")
    try r.save(url)
    let text = try String(contentsOf: url, encoding: .utf8)
    #expect(text.contains("\"scale\" : 10"))
  }

  @Test("--scale 100 after scoring out of 10: refused, or converted (7/10 → 70/100) and listed")
  func scaleChange() throws {
    var r = Review(caseId: id)
    r.scaleMax = 10
    r.setFeedback(.init(score: 7, updatedAt: t0), group: "第一组", question: 0)
    r.setFeedback(.init(score: 3, updatedAt: t0), group: "第二组", question: 1)
    r.setFeedback(.init(comment: "只有点评", updatedAt: t0), group: "第三组", question: 0)
    var refused = r
    #expect(ScaleChange.apply(&refused, to: 100, convert: false, now: t0) == nil)
    #expect(refused == r, "nothing changed")
    var converted = r
    let change = try #require(ScaleChange.apply(&converted, to: 100, convert: true, now: t0))
    #expect(change.converted.map(ScaleChange.text) == ["7/10 → 70/100", "3/10 → 30/100"])
    #expect(converted.scaleMax == 100)
    #expect(converted.feedback(group: "第一组", question: 0)?.score == 70)
    #expect(converted.feedback(group: "第一组", question: 0)?.scale == 100)
    // No scores: the scale just changes.
    var empty = Review(caseId: id)
    #expect(ScaleChange.apply(&empty, to: 100, convert: false, now: t0)?.converted == [])
    #expect(empty.scaleMax == 100)
  }

  @Test("totals never mix scales: a score on another scale is left out, and said to be")
  func totalsNeverMix() {
    var r = Review(caseId: id)
    r.scaleMax = 100
    r.setFeedback(.init(score: 70, updatedAt: t0), group: "第一组", question: 0)
    r.setFeedback(.init(score: 7, scale: 10, updatedAt: t0), group: "第一组", question: 1)
    let t = ScoreTotals(review: r, groups: ["第一组"], questions: 3)
    #expect(t.group("第一组").total == 70)
    #expect(t.otherScale == 1)
    let all = ClassSessions(document: ReviewFixtures.bundled, sessions: [ReviewFixtures.session("第一组", ["答"])])
    let s = Summary(all, review: r)
    #expect(s.rows[0].total == 70)
    #expect(s.rows[0].answers[1].scale == 10, "the score is shown with its own scale")
    #expect(s.otherScale == 1 && s.table().contains("warning: 1 score(s) given under another scale or rubric"))
  }

  @Test("drafts are never exported: decks, the gradebook and JSON show confirmed comments only")
  func draftsNotExported() {
    var r = Review(caseId: id)
    r.setFeedback(.init(score: 4, comment: "确认过的", draft: "写了一半的点评", updatedAt: t0), group: "第一组", question: 0)
    r.setFeedback(.init(draft: "另一条草稿", updatedAt: t0), group: "第二组", question: 0)
    let d = ExportDocument(
      ReviewFixtures.bundled, sessions: [ReviewFixtures.session("第一组", ["答"]), ReviewFixtures.session("第二组", ["答"])],
      review: r, feedback: .all)
    for format in [ExportFormat.md, .html, .json, .csv] {
      let out = format.render(d, all: true)
      #expect(!out.contains("写了一半") && !out.contains("另一条草稿"), "\(format)")
    }
    #expect(ExportFormat.csv.render(d, all: true).contains("确认过的"))
  }

  @Test("a rubric from text: every question or one, errors name the line")
  func rubricText() throws {
    let r = try Rubric.parse("# 评分细则\n*: 论据 4 · 结构 3 · 联系实际 3\n2：论据5，结构5\n", questions: 3, file: "r.txt")
    #expect(r.criteria(question: 0).map(\.name) == ["论据", "结构", "联系实际"])
    #expect(r.total(question: 0) == 10)
    #expect(r.criteria(question: 1) == [.init(name: "论据", points: 5), .init(name: "结构", points: 5)])
    #expect(r.total(question: 2) == 10)
    #expect(try Rubric.parse("论据 4、结构 3", questions: 3, file: "x").total(question: 2) == 7)
    #expect(throws: RubricError(file: "r.txt", line: 2, .notACriterion("结构"))) {
      try Rubric.parse("# x\n*: 论据 4 · 结构", questions: 3, file: "r.txt")
    }
    #expect(try Rubric.parse("论据 4 / 结构 3", questions: 3, file: "x").criteria(question: 0).map(\.name) == ["论据", "结构"])
    #expect(throws: RubricError(file: "r.txt", line: 1, .notACriterion("论据 4 结构 3"))) {
      try Rubric.parse("论据 4 结构 3", questions: 3, file: "r.txt")
    }
    #expect(throws: RubricError(file: "r.txt", line: 1, .notACriterion("1 论据 5"))) {
      try Rubric.parse("1 论据 5", questions: 3, file: "r.txt")
    }
    #expect(throws: RubricError(file: "r.txt", line: 1, .noSuchQuestion(4, count: 3))) {
      try Rubric.parse("4: 论据 4", questions: 3, file: "r.txt")
    }
    #expect(throws: RubricError(file: "r.txt", line: 1, .tooManyPoints(101, max: 100))) {
      try Rubric.parse("论据 100 · 结构 1", questions: 3, file: "r.txt")
    }
    var review = Review(caseId: id)
    review.rubric = r
    #expect(review.scale(question: 1) == 10)
  }

  @Test("the gradebook with a rubric: a column per criterion, parsed; the total out of the questions' points")
  func rubricGradebook() throws {
    var r = Review(caseId: id)
    r.rubric = try Rubric.parse("*: 论据 4 · 结构 3 · 联系实际 3\n2: 论据 5 · 结构 5", questions: 3, file: "r")
    r.setFeedback(.init(score: 8, criteria: [3, 2, 3], comment: "好", updatedAt: t0), group: "第一组", question: 0)
    r.setFeedback(.init(score: 9, criteria: [5, 4], updatedAt: t0), group: "第一组", question: 1)
    r.setFeedback(.init(score: 4, criteria: [4, nil, nil], updatedAt: t0), group: "第二组", question: 0)
    let d = ExportDocument(
      ReviewFixtures.bundled, sessions: [ReviewFixtures.session("第一组", ["答一"]), ReviewFixtures.session("第二组", ["答二"])],
      review: r, feedback: .all)
    let rows = try CSV.parse(ExportFormat.csv.render(d, all: true))
    let header = rows[0]
    #expect(
      Array(header.prefix(8)) == [
        "group", "members", "Q1 answer", "Q1 论据 (4)", "Q1 结构 (3)", "Q1 联系实际 (3)", "Q1 score", "Q1 scale",
      ])
    #expect(header.contains("Q2 论据 (5)") && header.contains("Q2 结构 (5)"))
    #expect(
      header.contains("Q3 论据 (4)") && header.contains("Q3 联系实际 (3)"),
      "a question nobody was scored on yet has its rubric's columns too")
    func cell(_ row: Int, _ name: String) -> String { rows[row][header.firstIndex(of: name)!] }
    #expect(cell(1, "Q1 论据 (4)") == "3" && cell(1, "Q1 结构 (3)") == "2" && cell(1, "Q1 联系实际 (3)") == "3")
    #expect(cell(1, "Q1 score") == "8" && cell(1, "Q1 scale") == "10")
    #expect(cell(1, "Q2 论据 (5)") == "5" && cell(1, "Q2 score") == "9")
    #expect(cell(1, "total") == "17")
    #expect(cell(2, "Q1 论据 (4)") == "4" && cell(2, "Q1 结构 (3)") == "")
    #expect(d.totalScale == 30)
    let deck = ExportFormat.html.render(
      ExportDocument(
        ReviewFixtures.bundled, sessions: [ReviewFixtures.session("第一组", ["答一"])], review: r, feedback: .all),
      all: false)
    #expect(deck.contains("评分 Score：8/10（论据 3/4 · 结构 2/3 · 联系实际 3/3）"))
    #expect(deck.contains("总分 Total：17/30"))
  }
}
