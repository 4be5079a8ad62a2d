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
    // One language when one is asked for; both by default.
    for format in ["md", "html"] {
      let zh = try ClassFixtures.caseroom([
        "export", "--class", dir.path, "--group", "第一组", "--format", format, "--lang", "zh",
      ])
      #expect(zh.out.contains("评分：7/10") && zh.out.contains("总分：7/30"), "\(format): \(zh.out)")
      for english in ["Score", "Total", "Members", "no answer", "Comment"] {
        #expect(!zh.out.contains(english), "\(format) in Chinese holds \(english)")
      }
      let en = try ClassFixtures.caseroom(
        ["export", "--class", dir.path, "--group", "第一组", "--format", format], environment: ["CASEROOM_LANG": "en"])
      #expect(en.out.contains("Score: 7/10") && en.out.contains("Question 2: "), "\(format): \(en.out)")
      for chinese in ["评分", "总分", "成员", "思考题", "未作答", "点评："] {
        #expect(!en.out.contains(chinese), "\(format) in English holds \(chinese)")
      }
      let both = try ClassFixtures.caseroom(
        ["export", "--class", dir.path, "--group", "第一组", "--format", format], environment: ["CASEROOM_LANG": ""])
      #expect(both.out.contains("评分 Score："))
    }
    // The group's total adds both scores released, out of every question's points, as the instructor's is.
    r = try ClassFixtures.caseroom(["export", "--class", dir.path, "--group", "第一组", "--format", "md"])
    #expect(r.out.contains("7/30"), "7 + 0, out of 10 + 10 + 10 (question 3 unscored): \(r.out)")
  }

  @Test(
    "released after --convert-scores: a converted score counts in the group's total, out of the instructor's maximum")
  func convertedScoresCount() throws {
    let (dir, folder) = try scoredClass()
    var r = try ClassFixtures.caseroom([
      "class", "rubric", "--class", dir.path, "论据 10 · 结构 10", "--convert-scores",
    ])
    #expect(r.status == 0, "\(r.err)")
    r = try ClassFixtures.caseroom(["class", "release", "--class", dir.path])
    #expect(r.status == 0, "\(r.err)")
    r = try ClassFixtures.caseroom(["export", "--class", dir.path, "--group", "第一组", "--format", "md", "--lang", "zh"])
    #expect(r.out.contains("评分：14/20"), "7/10 converted to 14/20: \(r.out)")
    #expect(r.out.contains("总分：14/60"), "the instructor's total, out of 20 + 20 + 20: \(r.out)")
    // The instructor's total is the same.
    let review = try Review.load(folder.reviewURL(caseId: c.id), caseId: c.id)
    let totals = ScoreTotals(review: review, groups: ["第一组"], questions: 3)
    #expect(totals.group("第一组").total == 14)
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
    var r = try ClassFixtures.caseroom(["review", "--summary", "--class", dir.path, "--lang", "en"])
    #expect(r.status == 0, "\(r.err)")
    #expect(r.out.contains("warning: 1 score(s) given under another scale or rubric"), "\(r.out)")
    #expect(r.out.contains("☆7") && !r.out.contains("★7"), "left out of the totals: ☆, as the grid: \(r.out)")
    // JSON carries the same warning.
    r = try ClassFixtures.caseroom(["review", "--summary", "--class", dir.path, "--json"])
    #expect(r.out.contains("\"warnings\" : [\n    \"1 score(s) given under another scale or rubric"), "\(r.out)")
    #expect(r.out.contains("\"leftOut\" : true"), "\(r.out)")
    // Release warns; the group's total leaves it out as the instructor's does.
    r = try ClassFixtures.caseroom(["class", "release", "--class", dir.path, "--lang", "en"])
    #expect(r.status == 0, "\(r.err)")
    #expect(r.err.contains("note: 1 score(s) given under another scale or rubric"), "\(r.err)")
    r = try ClassFixtures.caseroom([
      "export", "--class", dir.path, "--group", "第一组", "--format", "md", "--lang", "zh",
    ])
    #expect(r.out.contains("评分：7/10") && r.out.contains("总分：0/30"), "\(r.out)")
  }
}

@Suite("caseroom review --summary obeys --scale, --convert-scores and --lang; no terminal said rightly")
struct SummaryOptionsTests {
  func scoredOn10() throws -> (URL, URL) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-summary-\(UUID().uuidString)")
    let sessions = dir.appendingPathComponent("s")
    try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
    let c = ClassFixtures.bundled
    let store = SessionStore(directory: sessions)
    try store.save(ClassFixtures.session("第一组", ["回答"]), to: store.url(caseId: c.id, group: "第一组"))
    var review = Review(caseId: c.id)
    review.scaleMax = 10
    review.setFeedback(.init(score: 7, updatedAt: ClassFixtures.t0), group: "第一组", question: 0)
    let file = dir.appendingPathComponent("r.review.json")
    try review.save(file)
    return (sessions, file)
  }

  @Test("--summary --scale 100: refused as the review is; with --convert-scores converted; --lang zh words")
  func summaryObeys() throws {
    let (sessions, file) = try scoredOn10()
    let base = ["review", "--summary", "--sessions", sessions.path, "--review", file.path]
    var r = try ClassFixtures.caseroom(base + ["--scale", "100"])
    #expect(
      r.status == 1 && r.err.contains("1 scores in \(file.path) were given on another scale than 100"), "\(r.err)")
    r = try ClassFixtures.caseroom(base + ["--scale", "100", "--convert-scores", "--lang", "zh"])
    #expect(r.status == 0, "\(r.err)")
    #expect(r.err.contains("caseroom: 已换算 第一组 第 1 题：7/10 → 70/100"), "\(r.err)")
    #expect(r.out.hasPrefix("小组"), "\(r.out)")
    #expect(r.out.contains("Q1 字/引 ★/100") && r.out.contains("★70"))
    r = try ClassFixtures.caseroom(base + ["--json"])
    #expect(r.out.contains("\"scale\" : 100"))
  }

  @Test("review --convert-scores without a terminal: converted and saved, and the grid is --summary")
  func noTerminal() throws {
    let (sessions, file) = try scoredOn10()
    let r = try ClassFixtures.caseroom([
      "review", "--sessions", sessions.path, "--review", file.path, "--scale", "100", "--convert-scores",
    ])
    #expect(r.status == 1)
    #expect(
      r.err.contains(
        "caseroom: scores converted and saved; the review screen needs a terminal; without one, 'caseroom review --summary'"
      ), "\(r.err)")
    #expect(!r.err.contains("the reader needs a terminal"))
    #expect(try Review.load(file, caseId: ClassFixtures.bundled.id).feedback(group: "第一组", question: 0)?.score == 70)
  }
}
