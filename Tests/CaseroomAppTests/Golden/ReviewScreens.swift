import CaseroomEngine
import Testing

@testable import CaseroomApp

@Suite("Golden screens: the review")
struct ReviewScreens {
  /// A last edit a week old or more is local time: masked, so the files do not depend on TZ.
  let localTime = [(real: LocalTime.text(ReviewFixtures.t0, .dayAndTime), shown: "MM-dd hh:mm")]

  @Test("the grid: three groups, one damaged file", arguments: [(12, 40), (24, 80), (40, 120)])
  func grid(_ rows: Int, _ cols: Int) {
    var s = ReviewFixtures.state(rows, cols)
    s.handle(.char("l"))
    Golden.expect(s.render(), "review-grid-\(cols)x\(rows)", masking: localTime)
  }

  @Test("甲组's answer with its citation, score and comment", arguments: [(24, 80), (40, 120)])
  func answer(_ rows: Int, _ cols: Int) {
    var s = ReviewFixtures.state(rows, cols)
    s.handle(.char("l"))
    s.handle(.char("j"))
    s.handle(.char("j"))
    s.handle(.enter, now: ReviewFixtures.t0)
    s.handle(.char("4"), now: ReviewFixtures.t0)
    s.handle(.char("c"), now: ReviewFixtures.t0)
    for c in "论证清楚，引用恰当" { s.handle(.char(c), now: ReviewFixtures.t0) }
    s.handle(.ctrl("s"), now: ReviewFixtures.t0)
    s.handle(.char("k"))  // the "saved" message goes with the next key
    Golden.expect(s.render(), "review-answer-\(cols)x\(rows)")
  }

  @Test("two answers side by side at 140×40")
  func sideBySide() {
    var s = ReviewFixtures.state(40, 140)
    s.handle(.char("l"))
    s.handle(.enter)
    s.handle(.char("v"))
    Golden.expect(s.render(), "review-side-by-side-140x40")
  }

  @Test("the presentation order")
  func order() {
    var s = ReviewFixtures.state(24, 80)
    s.handle(.char("o"))
    s.handle(.char("j"))
    Golden.expect(s.render(), "review-order-80x24")
  }

  @Test("the presenter, on its first group and on 甲组's cited passage", arguments: [(24, 80), (40, 120)])
  func presenter(_ rows: Int, _ cols: Int) {
    var s = ReviewFixtures.state(rows, cols)
    s.handle(.char("l"))
    s.handle(.char("P"))
    Golden.expect(s.render(), "review-presenter-\(cols)x\(rows)")
    while s.presenting < 2 { s.handle(.char(" ")) }
    Golden.expect(s.render(), "review-presenter-cited-\(cols)x\(rows)")
  }

  @Test("the grid scored and sorted by a question's score: stars, totals, means, the sorted column marked")
  func scoredGrid() {
    var s = ReviewFixtures.state(30, 100)
    s.handle(.char("l"))
    for (row, score) in [(0, "2"), (1, "5"), (2, "4")] {
      s.select(row: row)
      s.handle(.char(Character(score)))
    }
    s.handle(.char("h"))
    s.handle(.char("3"))
    s.handle(.char("l"))
    s.handle(.char("s"))
    s.handle(.char("s"))
    Golden.expect(s.render(), "review-grid-scored-100x30")
  }

  @Test(
    "scores of 10 at 80 and 120 columns: every cell keeps 字数, citations and ★10 (golden at 80×24)",
    arguments: [(24, 80), (40, 120)])
  func twoDigitScores(_ rows: Int, _ cols: Int) {
    var s = ReviewFixtures.state(rows, cols, scale: 10)
    s.handle(.char("l"))
    for row in 0..<3 {
      s.select(row: row)
      for k in [Key.char("1"), .char("0"), .enter] { s.handle(k) }
    }
    let f = s.render()
    for (group, cell) in [("丙组", "42字 0引 ★10"), ("乙组", "322字 0引 ★10"), ("甲组", "182字 1引 ★10")] {
      let line = f.lines.first { $0.hasPrefix(" " + group) } ?? ""
      #expect(line.contains(cell + " "), "\(cols) columns: \(line)")
      #expect(line.contains(" 10 "), "the total in its own column: \(line)")
    }
    if cols == 80 { Golden.expect(f, "review-grid-scored-80x24", masking: localTime) }
  }

  @Test("a cell too narrow shortens by one rule: the spaces go, then the citations; the score stays whole")
  func narrowCell() {
    let s = ReviewFixtures.state()
    #expect(s.cellText(1234, 12, "★10", width: 15) == "1234字 12引 ★10")
    #expect(s.cellText(1234, 12, "★10", width: 13) == "1234字12引★10")
    #expect(s.cellText(1234, 12, "★10", width: 10) == "1234字 ★10")
    #expect(s.cellText(1234, 12, "★10", width: 9) == "1234字★10")
    #expect(s.cellText(0, 2, "★10", width: 5) == "2引★10", "citations only: they are what it shows")
  }

  @Test("a score on a scale of 100 being typed")
  func scoreEntry() {
    var s = ReviewFixtures.state(24, 80, scale: 100)
    s.handle(.char("l"))
    s.handle(.enter)
    s.handle(.char("8"))
    s.handle(.char("5"))
    Golden.expect(s.render(), "review-score-entry-80x24")
  }

  @Test("the help screen, generated from the review's keymaps")
  func help() {
    var s = ReviewFixtures.state(24, 80)
    s.handle(.char("?"))
    Golden.expect(s.render(), "review-help-80x24")
  }

  @Test("the presenter's group picker")
  func picker() {
    var s = ReviewFixtures.state(24, 80)
    s.handle(.char("P"))
    s.handle(.char("g"))
    s.handle(.char("j"))
    Golden.expect(s.render(), "review-presenter-picker-80x24")
  }

  @Test("the files read and skipped")
  func files() {
    var s = ReviewFixtures.state(24, 80)
    s.handle(.char("F"))
    Golden.expect(s.render(), "review-files-80x24")
  }
}
