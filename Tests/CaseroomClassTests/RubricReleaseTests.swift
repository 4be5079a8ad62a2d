import CaseroomClass
import CaseroomEngine
import CaseroomReview
import CaseroomSession
import Foundation
import Testing

/// The rubric through the class: changed after scoring (refused, or
/// converted when asked), released with its criteria, shown in a group's
/// export in every format — a score on a question the group left unanswered too.
@Suite("caseroom class rubric after scoring; released criteria in a group's export")
struct RubricReleaseTests {
  let c = ClassFixtures.bundled

  /// A class with a rubric, 第一组 answering question 1 only, scored on questions 1 and 2.
  func scoredClass() throws -> (URL, ClassFolder) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-rubric-\(UUID().uuidString)")
    var r = try ClassFixtures.caseroom(["class", "init", dir.path])
    #expect(r.status == 0, "\(r.err)")
    r = try ClassFixtures.caseroom(["class", "rubric", "--class", dir.path, "论据 4 · 结构 3 · 联系实际 3"])
    #expect(r.status == 0, "\(r.err)")
    let folder = ClassFolder(root: dir)
    let store = SessionStore(directory: folder.sessions)
    try store.save(ClassFixtures.session("第一组", ["回答第一题"]), to: store.url(caseId: c.id, group: "第一组"))
    var review = try Review.load(folder.reviewURL(caseId: c.id), caseId: c.id)
    review.setFeedback(
      .init(score: 7, criteria: [3, 2, 2], comment: "好", updatedAt: ClassFixtures.t0), group: "第一组", question: 0)
    review.setFeedback(
      .init(score: 0, criteria: [0, 0, 0], comment: "没有作答", updatedAt: ClassFixtures.t0), group: "第一组", question: 1)
    try review.save(folder.reviewURL(caseId: c.id))
    return (dir, folder)
  }

  @Test("class rubric after scoring: refused naming what is scored, nothing changed; --convert-scores converts, listed")
  func changeAfterScoring() throws {
    let (dir, folder) = try scoredClass()
    let url = folder.reviewURL(caseId: c.id)
    let before = try Data(contentsOf: url)
    var r = try ClassFixtures.caseroom(["class", "rubric", "--class", dir.path, "论据 5 · 结构 5"])
    #expect(r.status == 1)
    #expect(
      r.err.contains(
        "2 scores in \(url.path) were given under another rubric than the new one (the first: 第一组 Q1 7/10 (论据 4 · 结构 3 · 联系实际 3)); nothing is changed."
      ), "\(r.err)")
    #expect(r.err.contains("add --convert-scores"))
    #expect(try Data(contentsOf: url) == before, "nothing changed")
    r = try ClassFixtures.caseroom(["class", "rubric", "--class", dir.path, "--clear"])
    #expect(r.status == 1, "clearing the rubric is a change too")
    r = try ClassFixtures.caseroom(["class", "rubric", "--class", dir.path, "--clear", "--lang", "zh"])
    #expect(r.err.contains("里有 2 个评分不是按新的评分标准给的（第一个：第一组 Q1 7/10 (论据 4 · 结构 3 · 联系实际 3)）；什么都没改。"), "\(r.err)")
    r = try ClassFixtures.caseroom(["class", "rubric", "--class", dir.path, "论据 5 · 结构 5", "--convert-scores"])
    #expect(r.status == 0, "\(r.err)")
    #expect(r.err.contains("caseroom: converted 第一组 Q1: 7/10 → 7/10"))
    #expect(r.out.hasPrefix("Q1: 论据 5 · 结构 5 (10 points)\n"))
    let review = try Review.load(url, caseId: c.id)
    let f = try #require(review.feedback(group: "第一组", question: 0))
    #expect(f.score == 7 && f.criteria == nil && review.isCurrent(f, question: 0))
    // In Chinese by --lang.
    r = try ClassFixtures.caseroom(["class", "rubric", "--class", dir.path, "--lang", "zh"])
    #expect(r.out.hasPrefix("第 1 题：论据 5 · 结构 5（共 10 分）\n"), "\(r.out)\(r.err)")
  }

  @Test("released: each format of a group's export shows the criteria, and the score of a question left unanswered")
  func exportShowsCriteria() throws {
    let (dir, folder) = try scoredClass()
    var r = try ClassFixtures.caseroom(["class", "release", "--class", dir.path])
    #expect(r.status == 0, "\(r.err)")
    #expect(r.out.split(separator: "\n").allSatisfy { TerminalWidth.columns(String($0)) <= 80 }, "\(r.out)")
    r = try ClassFixtures.caseroom(["class", "release", "--class", dir.path, "--lang", "zh"])
    #expect(r.out.hasPrefix("已把反馈发给 1 个小组：2 个答案有评分或点评\n"), "\(r.out)")
    _ = folder
    for format in ["md", "html", "json"] {
      r = try ClassFixtures.caseroom(["export", "--class", dir.path, "--group", "第一组", "--format", format])
      #expect(r.status == 0, "\(format): \(r.err)")
      #expect(
        r.out.contains("论据 3/4 · 结构 2/3 · 联系实际 2/3") || r.out.contains("\"name\" : \"论据\""), "\(format): the criteria")
      #expect(r.out.contains("7/10") || r.out.contains("\"score\" : 7"), "\(format)")
      #expect(
        r.out.contains("0/10") || r.out.contains("\"score\" : 0"),
        "\(format): the unanswered question's score: \(r.out)")
      #expect(r.out.contains("没有作答"), "\(format): its comment")
    }
    // The group's total adds both scores released, each out of its own points.
    r = try ClassFixtures.caseroom(["export", "--class", dir.path, "--group", "第一组", "--format", "md"])
    #expect(r.out.contains("7/25"), "7 + 0, out of 10 + 10 + 5: \(r.out)")
  }
}

@Suite("caseroom review with scores under another rubric")
struct ReviewOtherRubricTests {
  @Test("without --scale or --rubric, scores under another rubric never stop the review or its summary")
  func noChangeAsked() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-rubric-\(UUID().uuidString)")
    _ = try ClassFixtures.caseroom(["class", "init", dir.path])
    _ = try ClassFixtures.caseroom(["class", "rubric", "--class", dir.path, "论据 4 · 结构 3 · 联系实际 3"])
    let folder = ClassFolder(root: dir)
    let c = ClassFixtures.bundled
    let store = SessionStore(directory: folder.sessions)
    try store.save(ClassFixtures.session("第一组", ["回答"]), to: store.url(caseId: c.id, group: "第一组"))
    var review = try Review.load(folder.reviewURL(caseId: c.id), caseId: c.id)
    review.setFeedback(.init(score: 7, criteria: [3, 2, 2], updatedAt: ClassFixtures.t0), group: "第一组", question: 0)
    // The rubric changed by hand under the scores.
    review.rubric = try Rubric.parse("论据 5 · 结构 5", questions: 3, file: "t")
    try review.save(folder.reviewURL(caseId: c.id))
    let r = try ClassFixtures.caseroom(["review", "--summary", "--class", dir.path])
    #expect(r.status == 0, "\(r.err)")
    #expect(r.out.contains("warning: 1 score(s) given under another scale or rubric"), "\(r.out)")
  }
}
