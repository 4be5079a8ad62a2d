import CaseroomEngine
import CaseroomReview
import CaseroomSession
import Foundation
import Testing

@testable import CaseroomApp

/// What an instructor tester found in grading: a score under another rubric
/// said so, a rubric scored in part not saved, Enter confirming a one-line
/// comment, a restored draft laid out at the screen's width, the score box's
/// hint never cut, the score key naming the question's criteria.
@Suite("Grading: rubric changes, partial rubrics, Enter confirms, hints that fit")
struct GradingChangesTests {
  let t0 = ReviewFixtures.t0

  func withRubric(_ rows: Int = 24, _ cols: Int = 80, _ text: String = "论据 4 · 结构 3 · 联系实际 3") throws -> ReviewState {
    let s = ReviewFixtures.state(rows, cols)
    var r = s.review
    r.rubric = try Rubric.parse(text, questions: 3, file: "t")
    return ReviewState(all: s.all, review: r, rows: rows, cols: cols, now: t0)
  }

  @Test("a score given under another rubric: ☆ in the grid, said under the answer, out of the totals")
  func otherRubricSaid() throws {
    var s = try withRubric(30, 120)
    s.handle(.char("l"))
    for k in [Key.char("3"), .tab, .char("2"), .tab, .char("2"), .enter] { s.handle(k) }
    #expect(s.review.feedback(group: "丙组", question: 1)?.score == 7)
    #expect(s.render().lines.contains { $0.contains("★7") })
    // The rubric changes under the review (another process, a hand edit): the score is not silently counted.
    var r = s.review
    r.rubric = try Rubric.parse("论据 5 · 结构 5", questions: 3, file: "t")
    s = ReviewState(all: s.all, review: r, rows: 30, cols: 120, now: t0)
    s.handle(.char("l"))
    let grid = s.render().lines
    #expect(grid.contains { $0.contains("☆7") }, "\(grid.joined(separator: "\n"))")
    #expect(!grid.contains { $0.contains("★7") })
    s.handle(.enter)
    let text = s.render().lines.map { $0.trimmingBlanks() }.joined()
    #expect(text.contains("论据 3/4 · 结构 2/3 · 联系实际 2/3"), "the criteria it was given under")
    #expect(text.contains("这个评分是按评分标准「论据 4 · 结构 3 · 联系实际 3」给的，现在按评分标准「论据 5 · 结构 5」：不计入总分"), "\(text)")
    // The score box opens empty on the new criteria: nothing of the old rubric's is put in its fields.
    s.handle(.char("4"))
    #expect(s.render().line(29).hasPrefix(" 评分：论据 4/5 · 结构 [_]/5 = 4/10"), "\(s.render().line(29))")
  }

  @Test("a rubric scored in part is not saved: Enter says which criteria are left and goes to the first")
  func partialRefused() throws {
    var s = try withRubric(24, 100)
    s.handle(.char("l"))
    s.handle(.char("3"))
    s.handle(.enter)
    #expect(s.review.feedback(group: "丙组", question: 1) == nil, "nothing saved")
    #expect(s.render().line(22) == " 还没评：结构、联系实际（0 分也要输入）")
    #expect(s.render().line(23).hasPrefix(" 评分：论据 3/4 · 结构 [_]/3"), "the box on 结构, kept: \(s.render().line(23))")
    s.handle(.char("2"))
    #expect(s.render().line(23).hasPrefix(" 评分：论据 3/4 · 结构 2/3 · 联系实际 [_]/3 = 5/10"), "on to 联系实际")
    s.handle(.char("0"))
    s.handle(.enter)
    #expect(s.review.feedback(group: "丙组", question: 1)?.criteria == [3, 2, 0])
    Language.$current.withValue(.en) {
      var e = try! withRubric(24, 100)
      e.handle(.char("l"))
      e.handle(.char("3"))
      e.handle(.enter)
      #expect(e.render().line(22) == " not scored yet: 结构、联系实际 (0 counts)")
    }
  }

  @Test(
    "the score box at 80 columns: its hint whole (on the row above when the fields need the bar); at 40 the field typed is seen"
  )
  func scoreHintFits() throws {
    var s = try withRubric(24, 80)
    s.handle(.char("l"))
    s.handle(.char("3"))
    let bar = s.render().line(23)
    let above = s.render().line(22)
    #expect(bar.hasPrefix(" 评分：论据 3/4 · 结构 [_]/3 · 联系实际 _/3 = 3/10"))
    #expect(
      (bar + above).contains("Tab 下一项 · Enter 确定 · Esc 取消"), "the hint whole:\n\(above)\n\(bar)")
    #expect(!bar.contains("…") && !above.contains("…"))
    var narrow = try withRubric(12, 40)
    narrow.handle(.char("l"))
    for k in [Key.char("3"), .tab, .char("2"), .tab, .char("1")] { narrow.handle(k) }
    let line = narrow.render().line(11)
    #expect(line.contains("联系实际 [1]/3"), "the field typed is seen at 40 columns: \(line)")
    #expect(TerminalWidth.columns(line) <= 40)
    // Without a rubric, in English at 40 columns: the hint above, whole.
    Language.$current.withValue(.en) {
      var plain = ReviewFixtures.state(12, 40, scale: 100)
      plain.handle(.char("l"))
      plain.handle(.char("8"))
      #expect(plain.render().line(11) == " Score: 8")
      #expect(plain.render().line(10) == " (0–100; Enter gives it, Esc cancels)")
    }
  }

  @Test("the score key's hint names the question's criteria, not 0–5")
  func footerCriteria() throws {
    var s = try withRubric(24, 120)
    s.handle(.char("l"))
    let bar = s.render().line(23)
    #expect(bar.contains("0–9 评分 论据4·结构3·联系实际3"), "\(bar)")
    #expect(!bar.contains("0–5"))
    var plain = ReviewFixtures.state(24, 120, scale: 100)
    plain.handle(.char("l"))
    #expect(plain.render().line(23).contains("0–100"))
  }

  @Test(
    "Enter confirms a one-line comment; Alt-Enter starts a second line, then Enter is a new line and Ctrl-S confirms")
  func enterConfirms() throws {
    var s = ReviewFixtures.state(30, 100)
    s.handle(.char("l"))
    s.handle(.enter, now: t0)
    s.handle(.char("c"), now: t0)
    #expect(s.render().line(29).contains("Enter 确认"))
    for c in "论证清楚" { s.handle(.char(c), now: t0) }
    s.handle(.enter, now: t0)
    #expect(s.commentBox == nil)
    #expect(s.review.feedback(group: "丙组", question: 1)?.comment == "论证清楚")
    #expect(s.render().line(29) == " 点评已确认 · u 撤销")
    s.handle(.char("c"), now: t0)
    s.handle(.modified(.enter, .alt), now: t0)
    for c in "引用恰当" { s.handle(.char(c), now: t0) }
    #expect(s.render().line(29).contains("Ctrl-S 确认"), "a multi-line comment: Ctrl-S confirms")
    s.handle(.enter, now: t0)
    #expect(s.commentBox?.editor.text == "论证清楚\n引用恰当\n", "Enter is a new line in a multi-line comment")
    s.handle(.ctrl("s"), now: t0)
    #expect(s.review.feedback(group: "丙组", question: 1)?.comment == "论证清楚\n引用恰当")
    let shown = s.render().lines
    #expect(shown.contains("  点评：论证清楚") && shown.contains("        引用恰当"), "a comment's lines shown as lines")
    // Esc cancels an unconfirmed one; u brings it back; Enter confirms it.
    s.handle(.char("x"), now: t0)
    s.handle(.char("c"), now: t0)
    for c in "，写了一半" { s.handle(.char(c), now: t0) }
    s.handle(.escape, now: t0)
    #expect(s.review.feedback(group: "丙组", question: 1)?.comment == "论证清楚\n引用恰当", "Esc: the confirmed one stands")
    s.handle(.char("u"), now: t0)
    #expect(s.commentBox?.editor.text == "论证清楚\n引用恰当，写了一半", "u brings the cancelled text back")
  }

  @Test("a draft restored at start-up is laid out at the screen's width once it is known, not 8 columns")
  func restoredDraftWidth() throws {
    let base = ReviewFixtures.state()
    let text = String(repeating: "论证清楚，引用恰当。", count: 4)
    let draft = CommentDraft(group: "丙组", question: 1, text: text, updatedAt: t0)
    var s = ReviewState(all: base.all, review: base.review, rows: 0, cols: 0, draft: draft, now: t0)
    _ = s.drive(.resize(rows: 24, cols: 80), now: t0)
    let lines = s.render().lines
    #expect(lines.contains { $0.contains("论证清楚，引用恰当。论证清楚，引用恰当。论证清楚，引用恰当。") }, "\(lines.joined(separator: "\n"))")
  }
}
