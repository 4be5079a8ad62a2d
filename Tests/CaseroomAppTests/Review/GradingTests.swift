import CaseroomEngine
import CaseroomReview
import CaseroomSession
import Foundation
import Testing

@testable import CaseroomApp

/// Grading that cannot go wrong: the score box explains itself and never
/// traps; comments are drafts until confirmed; a rubric is scored criterion
/// by criterion.
@Suite("Grading: the score box, comments confirmed or cancelled, a rubric")
struct GradingTests {
  let t0 = ReviewFixtures.t0

  @Test("1 1 Enter on a scale of 10: explained at once; the next digit starts afresh; Enter gives it")
  func scoreBoxNeverTraps() {
    var s = ReviewFixtures.state(24, 80, scale: 10)
    s.handle(.char("l"))
    s.handle(.char("1"))
    s.handle(.char("1"))
    #expect(s.render().line(22) == " 11 超出 0–10：重新输入，Esc 取消", "the message above the box")
    #expect(s.render().line(23).hasPrefix(" 评分："), "the box stays: \(s.render().line(23))")
    s.handle(.enter)
    #expect(s.review.feedback(group: "丙组", question: 1) == nil)
    #expect(s.render().line(22).hasPrefix(" 11 超出 0–10"), "Enter says why again")
    s.handle(.char("0"))
    #expect(s.scoreEntry == "0", "the next digit starts afresh")
    #expect(s.render().line(23).hasPrefix(" 评分：0  （0–10"))
    s.handle(.enter)
    #expect(s.review.feedback(group: "丙组", question: 1)?.score == 0)
    #expect(s.review.feedback(group: "丙组", question: 1)?.scale == 10, "the score keeps its scale")
    #expect(s.scoreEntry == nil)
    // 1 1, then 9: afresh again.
    for k in [Key.char("1"), .char("1"), .char("9"), .enter] { s.handle(k) }
    #expect(s.review.feedback(group: "丙组", question: 1)?.score == 9)
  }

  @Test("English: the score box explains in English")
  func scoreBoxEnglish() {
    Language.$current.withValue(.en) {
      var s = ReviewFixtures.state(24, 80, scale: 10)
      s.handle(.char("1"))
      s.handle(.char("1"))
      #expect(s.render().line(22) == " 11 is not in 0–10: retype, Esc cancels")
    }
  }

  @Test("Ctrl-S confirms a comment; Esc cancels one (the old comment stands) and u brings it back")
  func commentConfirmedOrCancelled() throws {
    var s = ReviewFixtures.state(30, 100)
    s.handle(.char("l"))
    s.handle(.enter, now: t0)
    s.handle(.char("c"), now: t0)
    for c in "论证清楚" { s.handle(.char(c), now: t0) }
    s.handle(.ctrl("s"), now: t0)
    #expect(s.commentBox == nil)
    #expect(s.review.feedback(group: "丙组", question: 1)?.comment == "论证清楚")
    #expect(s.render().line(29) == " 点评已确认 · u 撤销")
    // A second comment, half typed, then Esc: cancelled, the confirmed one stands.
    s.handle(.char("c"), now: t0)
    #expect(s.commentBox?.editor.text == "论证清楚", "the box opens on the comment")
    s.handle(.char("，"), now: t0)
    for c in "写了一半的点评" { s.handle(.char(c), now: t0) }
    s.handle(.escape, now: t0)
    #expect(s.commentBox == nil)
    #expect(s.review.feedback(group: "丙组", question: 1)?.comment == "论证清楚")
    #expect(s.review.feedback(group: "丙组", question: 1)?.draft == nil)
    #expect(s.render().line(29).hasPrefix(" 点评未确认，已取消（原点评不变）· u 找回刚才写的"))
    #expect(!s.render().lines.contains { $0.contains("写了一半") })
    s.handle(.char("u"), now: t0)
    #expect(s.commentBox?.editor.text == "论证清楚，写了一半的点评", "u brings the cancelled text back")
    #expect(s.render().line(29).hasPrefix(" 刚才取消的点评已找回：Ctrl-S 确认") || s.message != nil)
    s.handle(.ctrl("s"), now: t0)
    #expect(s.review.feedback(group: "丙组", question: 1)?.comment == "论证清楚，写了一半的点评")
    s.handle(.char("u"), now: t0)
    #expect(s.review.feedback(group: "丙组", question: 1)?.comment == "论证清楚", "u undoes a confirmed comment")
  }

  @Test("a comment being written is kept in the review file as a draft, never released; R says how many it left out")
  func draftsKeptNotReleased() throws {
    let dir = try ReviewFixtures.directory()
    let file = dir.appendingPathComponent("r.review.json")
    let base = ReviewFixtures.state(30, 100)
    var s = ReviewState(all: base.all, review: base.review, rows: 30, cols: 100, file: file, now: t0)
    s.handle(.char("l"))
    s.handle(.char("c"), now: t0)
    for c in "还没写完" { _ = s.drive(.key(.char(c)), now: t0) }
    _ = s.drive(.tick, now: t0.addingTimeInterval(5))
    let saved = try Review.load(file, caseId: base.review.caseId)
    #expect(saved.feedback(group: "丙组", question: 1)?.draft == "还没写完")
    #expect(saved.feedback(group: "丙组", question: 1)?.comment == "")
    let released = FeedbackReleaseProbe.comments(saved, group: "丙组")
    #expect(released.isEmpty, "a draft is never released: \(released)")
    // Another instructor process opening the review sees the draft marked as one.
    var other = ReviewState(all: base.all, review: saved, rows: 30, cols: 100, now: t0)
    other.handle(.char("l"))
    other.handle(.enter)
    #expect(other.render().lines.contains { $0.hasPrefix("  草稿（未确认，不会发布）：还没写完") })
  }

  @Test("two windows on the same answer: each starts from the confirmed comment; their drafts never mix")
  func twoWindowsOneAnswer() throws {
    let dir = try ReviewFixtures.directory()
    let file = dir.appendingPathComponent("r.review.json")
    let base = ReviewFixtures.state(30, 100)
    var a = ReviewState(all: base.all, review: base.review, rows: 30, cols: 100, file: file, now: t0)
    a.handle(.char("l"))
    a.handle(.char("c"), now: t0)
    for c in "AAA" { _ = a.drive(.key(.char(c)), now: t0) }
    _ = a.drive(.tick, now: t0.addingTimeInterval(5))
    let saved = try Review.load(file, caseId: base.review.caseId)
    #expect(saved.feedback(group: "丙组", question: 1)?.draft == "AAA")
    // Window D opens the same answer: the confirmed comment (none), not A's text, and says why.
    var d = ReviewState(all: base.all, review: saved, rows: 30, cols: 100, file: file, now: t0)
    d.handle(.char("l"))
    d.handle(.char("c"), now: t0)
    #expect(d.commentBox?.editor.text == "", "D starts from the confirmed comment")
    #expect(d.render().line(29).hasPrefix(" 另一个评阅窗口有未确认的点评"), "\(d.render().line(29))")
    for c in "DDD" { _ = d.drive(.key(.char(c)), now: t0) }
    _ = d.drive(.tick, now: t0.addingTimeInterval(5))
    #expect(d.review.feedback(group: "丙组", question: 1)?.draft == "AAA", "A's draft stands, not mixed")
    #expect(try Review.load(file, caseId: base.review.caseId).feedback(group: "丙组", question: 1)?.draft == "AAA")
    #expect(d.commentBox?.editor.text == "DDD")
    // D confirms its own: the comment is D's; A's draft is still A's.
    d.handle(.ctrl("s"), now: t0)
    #expect(d.review.feedback(group: "丙组", question: 1)?.comment == "DDD")
    #expect(d.review.feedback(group: "丙组", question: 1)?.draft == "AAA")
  }

  @Test("a score converted to a rubric: marked to be scored again in the grid and the answer view; n stops on it")
  func convertedToScoreAgain() throws {
    let base = ReviewFixtures.state(24, 100, scale: 10)
    var r = base.review
    for name in ["丙组", "甲组", "乙组"] {
      r.setFeedback(.init(score: 7, updatedAt: t0), group: name, question: 1)
    }
    let rubric = try Rubric.parse("论据 4 · 结构 3 · 联系实际 3", questions: 3, file: "t")
    #expect(ScaleChange.apply(&r, rubric: rubric, convert: true, now: t0)?.converted.count == 3)
    r.setFeedback(.init(score: 8, criteria: [3, 2, 3], updatedAt: t0), group: "丙组", question: 1)
    var s = ReviewState(all: base.all, review: r, rows: 24, cols: 100, now: t0)
    s.handle(.char("l"))
    let grid = s.render().lines
    #expect(grid.contains { $0.contains("★8") && !$0.contains("★8?") }, "scored by criteria: no mark")
    #expect(grid.filter { $0.contains("★7?") }.count == 2, "both converted marked: \(grid)")
    let first = try #require(s.current?.group.name)
    s.handle(.char("n"))
    let next = try #require(s.current?.group.name)
    #expect(next != first && next != "丙组" && s.question == 1, "n stops on a converted score")
    s.handle(.char("n"))
    #expect(s.current?.group.name != next && s.current?.group.name != "丙组")
    s.handle(.enter)
    #expect(
      s.render().lines.contains { $0.trimmingCharacters(in: .whitespaces) == "换算来的总分：各项待重新评分" }, "\(s.render().lines)")
  }

  @Test("a comment of several lines: its 2nd and later lines under the text after 点评：")
  func multiLineComment() throws {
    let base = ReviewFixtures.state(30, 100)
    var r = base.review
    r.setFeedback(.init(comment: "第一行\n第二行", updatedAt: t0), group: "丙组", question: 1)
    var s = ReviewState(all: base.all, review: r, rows: 30, cols: 100, now: t0)
    s.handle(.char("l"))
    s.handle(.enter)
    let lines = s.render().lines
    let first = try #require(lines.firstIndex { $0.contains("点评：第一行") }, "\(lines)")
    let column = { (line: String, text: String) in
      TerminalWidth.columns(String(line[..<line.range(of: text)!.lowerBound]))
    }
    #expect(lines[first + 1].contains("第二行") && !lines[first + 1].contains("\u{FFFD}"), "\(lines)")
    #expect(column(lines[first + 1], "第二行") == column(lines[first], "第一行"), "under the text after 点评：")
  }

  @Test("a rubric: digits per criterion, Tab between them; the score is their sum, out of their points")
  func rubric() throws {
    var s = ReviewFixtures.state(24, 100)
    var r = s.review
    r.rubric = try Rubric.parse("论据 4 · 结构 3 · 联系实际 3", questions: 3, file: "t")
    s = ReviewState(all: s.all, review: r, rows: 24, cols: 100, now: t0)
    s.handle(.char("l"))
    // Criteria of at most 9 points: a digit gives one and goes on to the next.
    s.handle(.char("3"))
    #expect(s.render().line(23).hasPrefix(" 评分：论据 3/4 · 结构 [_]/3 · 联系实际 _/3 = 3/10"), "\(s.render().line(23))")
    s.handle(.char("5"))
    #expect(s.render().line(22) == " 结构最多 3 分，不能是 5：重新输入")
    #expect(s.render().line(23).hasPrefix(" 评分：论据 3/4 · 结构 [5]/3"), "the box stays: \(s.render().line(23))")
    s.handle(.char("2"))
    s.handle(.char("3"))
    #expect(s.render().line(23).hasPrefix(" 评分：论据 3/4 · 结构 2/3 · 联系实际 [3]/3 = 8/10"))
    s.handle(.enter)
    let f = try #require(s.review.feedback(group: "丙组", question: 1))
    #expect(f.score == 8 && f.scale == 10 && f.criteria == [3, 2, 3])
    #expect(s.render().line(23) == " 评分 8/10 已保存 · u 撤销")
    // Opened again, it holds what was given; Shift-Tab goes back.
    s.handle(.char("4"))
    s.handle(.backTab)
    #expect(s.render().line(23).hasPrefix(" 评分：论据 [4]/4 · 结构 2/3 · 联系实际 3/3 = 9/10"), "\(s.render().line(23))")
    s.handle(.escape)
    #expect(s.review.feedback(group: "丙组", question: 1)?.score == 8, "Esc cancels")
    s.handle(.enter)
    #expect(s.render().lines.contains("  评分 8/10"))
    #expect(s.render().lines.contains("    论据 3/4 · 结构 2/3 · 联系实际 3/3"))
  }
}

/// What release would give a group (the class layer is not imported here: the
/// review's confirmed comment only).
enum FeedbackReleaseProbe {
  static func comments(_ r: Review, group: String) -> [String] {
    (0..<3).compactMap { r.feedback(group: group, question: $0)?.comment }.filter { !$0.isEmpty }
  }
}
