import CaseroomEngine
import CaseroomReview
import Foundation
import Testing

@testable import CaseroomApp

@Suite("Review screen: grid, answers, feedback, order, presenter")
struct ReviewStateTests {
  let t0 = ReviewFixtures.t0

  func state(_ rows: Int = 24, _ cols: Int = 80) -> ReviewState { ReviewFixtures.state(rows, cols) }

  @Test("the grid: one row per group, one column per question, reading progress, problems listed")
  func grid() {
    let f = state().render()
    let head = f.line(2)
    #expect(head.hasPrefix(" 小组 "), "\(head)")
    let columns = ["思考题1", "思考题2", "思考题3", "阅读", "最近修改"].map { head.range(of: $0)?.lowerBound }
    #expect(columns.allSatisfy { $0 != nil } && columns.map { $0! } == columns.map { $0! }.sorted(), "\(head)")
    // By name (Unicode order), each with its cells and reading progress.
    for (row, name, cells, read) in [
      (3, "丙组", "42字 0引", "0/17"), (4, "乙组", "322字 0引", "1/17"), (5, "甲组", "182字 1引", "1/17"),
    ] {
      let line = f.line(row)
      #expect(line.hasPrefix(" " + name + " "), "\(line)")
      #expect(line.contains(" —  ") && line.contains(" " + cells + " ") && line.contains(" " + read + " "), "\(line)")
    }
    #expect(f.line(21) == " ⚠ bad.session.json: damaged: not valid JSON")
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
    // The group on row 3, under the one-line question; its answer from row 5.
    #expect(s.render().line(3) == "  丙组（成员0）")
    s.handle(.right)
    #expect(s.render().line(3) == "  乙组（成员2）")
    s.handle(.right)
    let f = s.render()
    #expect(f.line(3) == "  甲组（成员1）")
    #expect(f.line(10) == "  引文")
    #expect(f.line(11) == "    “是我国电子政务的核心系统之一”")
    #expect(f.line(12) == "      — （二）金税工程")
    s.handle(.right)
    #expect(s.render().line(3) == "  丙组（成员0）", "stepping wraps around")
    s.handle(.left)
    #expect(s.render().line(3) == "  甲组（成员1）")
  }

  @Test("a score and a Chinese comment are kept in the review, and shown")
  func feedback() throws {
    var s = state(30, 100)
    s.handle(.char("l"))
    s.handle(.enter, now: t0)
    s.handle(.char("4"), now: t0)
    s.handle(.char("c"), now: t0)
    for c in "论证清楚，引用恰当" { s.handle(.char(c), now: t0) }
    // The comment is written in a multi-line editor over the bottom of the answer.
    let writing = s.render()
    let title = try #require(writing.lines.firstIndex(of: " 点评 丙组 · 思考题 2："))
    #expect(writing.line(title + 1) == "  论证清楚，引用恰当")
    #expect(writing.line(29).hasSuffix("Esc 完成"))
    s.handle(.escape, now: t0)
    #expect(s.reviewChanged)
    let f = s.review.feedback(group: "丙组", question: 1)
    #expect(f?.score == 4)
    #expect(f?.comment == "论证清楚，引用恰当")
    // Below the answer (丙组's: one line, row 5) and a blank line.
    let screen = s.render()
    #expect(screen.line(7) == "  评分 4/5")
    #expect(screen.line(8) == "  点评：论证清楚，引用恰当")
    s.handle(.char("9"), now: t0)
    #expect(s.review.feedback(group: "丙组", question: 1)?.score == 4, "beyond the scale is refused")
  }

  @Test("presentation order: moved by hand, shuffled, saved in the review")
  func order() {
    var s = state()
    s.handle(.char("o"))
    #expect((2...4).map(s.render().line) == [" 1. 丙组", " 2. 乙组", " 3. 甲组"])
    s.handle(.char("J"))
    #expect(s.review.order == ["乙组", "丙组", "甲组"])
    #expect((2...4).map(s.render().line) == [" 1. 乙组", " 2. 丙组", " 3. 甲组"])
    s.handle(.char("s"))
    // The screen seeds the shuffle with the clock, so which order comes out is not
    // known here (seededShuffle pins it for a seed): it must be the three groups,
    // each once, and be what the screen lists.
    #expect(s.review.order.count == 3)
    #expect(s.review.order.sorted() == ["丙组", "乙组", "甲组"].sorted())
    let f = s.render()
    #expect((2...4).map(f.line) == s.review.order.enumerated().map { " \($0.offset + 1). \($0.element)" })
    #expect(f.line(23) == " 已随机排序")
    #expect(s.reviewChanged)
  }

  @Test("a shuffle with a seed gives one order, not the sorted one; seeds give every order")
  func seededShuffle() {
    let groups = ["甲组", "乙组", "丙组"]
    var r = Review(caseId: "x")
    r.shuffle(groups, seed: 1_900_000_000_000)
    let first = r.order
    #expect(first == ["乙组", "丙组", "甲组"])
    #expect(first != groups.sorted(by: NaturalOrder.less))
    r.shuffle(groups.reversed(), seed: 1_900_000_000_000)
    #expect(r.order == first, "the same seed gives the same order, whatever order the groups come in")
    var seen: Set<[String]> = []
    for seed in UInt64(0)..<200 {
      r.shuffle(groups, seed: seed)
      #expect(r.order.sorted() == groups.sorted())
      seen.insert(r.order)
    }
    #expect(seen.count == 6, "all six orders of three groups come up")
  }

  @Test("the presenter fills an 80×24 screen with one group's answer, paged with Space")
  func presenter() {
    var s = state(24, 80)
    s.handle(.char("l"))
    s.handle(.char("P"))
    #expect(s.screen == .presenter)
    var f = s.render()
    #expect(f.line(1).hasPrefix("    思考题 2："))
    #expect(f.line(4) == "    丙组（成员0）  (1/3)")
    #expect(f.line(6).hasPrefix("    "), "large margins")
    for _ in 0..<20 { s.handle(.char(" ")) }
    f = s.render()
    #expect(f.line(4) == "    甲组（成员1）  (3/3)")
    #expect(s.presenting == 2)
  }

  @Test("two groups side by side on a wide terminal; refused on a narrow one")
  func sideBySide() {
    var wide = state(40, 140)
    wide.handle(.char("l"))
    wide.handle(.enter)
    wide.handle(.char("v"))
    // Two columns on the group's row: 丙组 from column 2, the next group (乙组) from column 4 + (140 - 6) / 2.
    let f = wide.render()
    #expect(f.line(3).hasPrefix("  丙组（成员0）   "))
    #expect(f.line(3).hasSuffix("   乙组（成员2）"))
    #expect(f.cells[3][71].character == "乙")
    var narrow = state(24, 80)
    narrow.handle(.enter)
    narrow.handle(.char("v"))
    #expect(!narrow.sideBySide)
    #expect(narrow.render().line(23).contains("120"))
  }
}
