import CaseroomEngine
import CaseroomReview
import Foundation
import Testing

@testable import CaseroomApp

@Suite("Review screen: grid, answers, feedback, order, presenter")
struct ReviewStateTests {
  let t0 = ReviewFixtures.t0

  func state(_ rows: Int = 24, _ cols: Int = 80) -> ReviewState { ReviewFixtures.state(rows, cols) }

  @Test("the grid: one row per group, one column per question, total, reading, last edit; means; problems listed")
  func grid() {
    let f = state().render()
    let head = f.line(2)
    #expect(head.hasPrefix(" 小组▲ "), "\(head)")
    let columns = ["思考题1", "思考题2", "思考题3", "总分", "阅读", "最近修改"].map { head.range(of: $0)?.lowerBound }
    #expect(columns.allSatisfy { $0 != nil } && columns.map { $0! } == columns.map { $0! }.sorted(), "\(head)")
    #expect(f.line(0) == " 中国十二金工程  │  评阅 · 3 组 · 排序 名称 ▲")
    // By name (Unicode order), each with its cells, reading progress and last edit.
    for (row, name, cells, read, ago) in [
      (3, "丙组", "42字 0引", "0/17", "2 分钟前"), (4, "乙组", "322字 0引", "1/17", "1 分钟前"),
      (5, "甲组", "182字 1引", "1/17", "1 分钟前"),
    ] {
      let line = f.line(row)
      #expect(line.hasPrefix(" " + name + " "), "\(line)")
      #expect(line.contains(" —  ") && line.contains(" " + cells + " ") && line.contains(" " + read + " "), "\(line)")
      #expect(line.hasSuffix(" " + ago), "\(line)")
    }
    #expect(f.line(20).hasPrefix(" 平均"))
    #expect(f.line(21).hasPrefix(" 合计"))
    #expect(f.line(22) == " ⚠ bad.session.json: 已损坏：文件是空的（应为 caseroom.session/1）")
  }

  @Test(
    "sorting by 字数 sorts one column, named in the header with its direction; moving between questions keeps the order")
  func sorting() {
    var s = state()
    s.handle(.char("l"))
    s.handle(.char("s"))
    #expect(s.sort == ReviewSort(key: .characters(1), descending: true))
    #expect(s.order == ["乙组", "甲组", "丙组"])
    let f = s.render()
    #expect(f.line(0).hasSuffix("排序 思考题2 字数 ▼"), "\(f.line(0))")
    #expect(f.line(2).contains("思考题2▼"), "\(f.line(2))")
    #expect(f.line(23).hasPrefix(" 排序：思考题2 字数，从大到小"))
    // Moving to another question, or another group, does not sort again.
    s.handle(.char("l"))
    s.handle(.char("h"))
    s.handle(.char("h"))
    #expect(s.order == ["乙组", "甲组", "丙组"])
    s.handle(.char("S"))
    #expect(s.order == ["丙组", "甲组", "乙组"])
    #expect(s.render().line(2).contains("思考题1▲") == false && s.render().line(0).hasSuffix("字数 ▲"))
  }

  @Test("the selection follows its group when the order changes")
  func selectionFollows() {
    var s = state()
    s.handle(.char("j"))  // 乙组, second by name
    #expect(s.selected == "乙组" && s.row == 1)
    s.handle(.char("l"))
    s.handle(.char("s"))  // by 字数 of question 2: 乙组 first
    #expect(s.selected == "乙组" && s.row == 0)
    #expect(s.render().line(3).hasPrefix(" 乙组"))
    #expect(s.render().style(row: 3, col: 1) == .tocCurrent)
    s.handle(.char("S"))
    #expect(s.selected == "乙组" && s.row == 2)
  }

  @Test("sort by score, total, last edit, reading and back to name; unscored groups go last")
  func sortKinds() {
    var s = state()
    s.handle(.char("l"))
    for (name, score) in [("甲组", 2), ("丙组", 4)] {
      s.select(name)
      s.handle(.char("\(score)".first!))
    }
    s.handle(.char("s"))
    s.handle(.char("s"))
    #expect(s.sort.key == .score(1))
    #expect(s.order == ["丙组", "甲组", "乙组"])
    s.handle(.char("S"))
    #expect(s.order == ["甲组", "丙组", "乙组"], "ascending, and the unscored still last")
    s.handle(.char("s"))
    #expect(s.sort.key == .total && s.order == ["丙组", "甲组", "乙组"])
    s.handle(.char("s"))
    #expect(s.sort.key == .lastEdit && s.order == ["乙组", "甲组", "丙组"], "the newest first")
    s.handle(.char("s"))
    #expect(s.sort.key == .reading && s.order == ["乙组", "甲组", "丙组"])
    s.handle(.char("s"))
    #expect(s.sort.key == .name && s.order == ["丙组", "乙组", "甲组"])
  }

  @Test("one question across all groups: stepping with → and ←, citations shown")
  func stepping() {
    var s = state(30, 100)
    s.handle(.char("l"))
    s.handle(.enter)
    #expect(s.screen == .answer)
    // The group on row 3, under the one-line question; its answer from row 5.
    #expect(s.render().line(3).hasPrefix("  丙组（成员0）  最近修改 2 分钟前 · 已读 0/17"))
    s.handle(.right)
    #expect(s.render().line(3).hasPrefix("  乙组（成员2）"))
    s.handle(.right)
    let f = s.render()
    #expect(f.line(3).hasPrefix("  甲组（成员1）"))
    #expect(f.line(10) == "  引文")
    #expect(f.line(11) == "    “是我国电子政务的核心系统之一”")
    #expect(f.line(12) == "      — （二）金税工程")
    s.handle(.right)
    #expect(s.render().line(3).hasPrefix("  丙组（成员0）"), "stepping wraps around")
    s.handle(.left)
    #expect(s.render().line(3).hasPrefix("  甲组（成员1）"))
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
    #expect(writing.line(29).hasPrefix(" Enter 确认  Alt-Enter 换行"))
    #expect(writing.line(29).hasSuffix("Esc 取消"))
    s.handle(.ctrl("s"), now: t0)
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
    #expect(s.render().line(29) == " 评分为 0–5")
  }

  @Test("a scale of 100: digits, then Enter; Backspace corrects, Esc cancels, above the scale is refused")
  func hundredPointScale() {
    var s = ReviewFixtures.state(24, 80, scale: 100)
    s.handle(.char("l"))
    s.handle(.enter)
    #expect(s.render().line(23).contains("0–100 评分"), "\(s.render().line(23))")
    s.handle(.char("8"))
    #expect(s.review.feedback(group: "丙组", question: 1) == nil, "one digit is not yet a score")
    s.handle(.char("7"))
    #expect(s.render().line(23).hasPrefix(" 评分：87  （0–100，Enter 确定，Esc 取消）"))
    s.handle(.enter)
    #expect(s.review.feedback(group: "丙组", question: 1)?.score == 87)
    #expect(s.render().line(23) == " 评分 87/100 已保存 · u 撤销")
    s.handle(.char("1"))
    s.handle(.char("0"))
    s.handle(.char("0"))
    s.handle(.char("0"))  // beyond the scale: explained at once, kept on show
    #expect(s.scoreEntry == "1000")
    #expect(s.render().line(22).hasPrefix(" 1000 超出 0–100：重新输入"), "\(s.render().line(22))")
    s.handle(.backspace)
    #expect(s.scoreEntry == "100", "Backspace corrects it")
    s.handle(.enter)
    #expect(s.review.feedback(group: "丙组", question: 1)?.score == 100)
    for k in [Key.char("1"), .char("2"), .char("0")] { s.handle(k) }
    #expect(s.render().line(22).hasPrefix(" 120 超出 0–100"), "120 is explained as it is typed")
    s.handle(.enter)
    #expect(s.review.feedback(group: "丙组", question: 1)?.score == 100, "120 is refused")
    #expect(s.render().line(22).hasPrefix(" 120 超出 0–100"), "Enter explains it again")
    s.handle(.backspace)
    s.handle(.enter)
    #expect(s.review.feedback(group: "丙组", question: 1)?.score == 12)
    s.handle(.char("5"))
    s.handle(.escape)
    #expect(s.scoreEntry == nil && s.screen == .answer, "Esc cancels the score, and only that")
    #expect(s.review.feedback(group: "丙组", question: 1)?.score == 12)
    // From the grid too.
    s.handle(.escape)
    s.handle(.char("j"))
    for k in [Key.char("6"), .char("0"), .enter] { s.handle(k) }
    #expect(s.review.feedback(group: "乙组", question: 1)?.score == 60)
  }

  @Test("n goes to the next answer written and not scored, on through the questions")
  func nextUnscored() {
    var s = state()
    s.handle(.char("n"))
    #expect(s.selected == "丙组" && s.question == 1, "question 1 has no answers: the first written is 丙组's on question 2")
    s.handle(.char("3"))
    s.handle(.char("n"))
    #expect(s.selected == "乙组" && s.question == 1)
    s.handle(.char("3"))
    s.handle(.char("n"))
    #expect(s.selected == "甲组")
    s.handle(.char("3"))
    s.handle(.char("n"))
    #expect(s.render().line(23) == " 每个已作答的答案都有评分了")
    #expect(s.selected == "甲组")
  }

  @Test("the footer gives each question's mean and total, the grid each group's total")
  func totals() {
    var s = state()
    s.handle(.char("l"))
    s.handle(.char("4"))  // 丙组
    s.handle(.char("j"))
    s.handle(.char("1"))  // 乙组
    s.handle(.char("h"))
    s.handle(.char("5"))  // 乙组, question 1
    let f = s.render()
    #expect(f.line(3).contains(" ★4 ") && f.line(3).contains(" 4 "), "\(f.line(3))")
    #expect(f.line(4).contains(" ★5 ") && f.line(4).contains(" ★1 ") && f.line(4).contains(" 6 "), "\(f.line(4))")
    #expect(f.line(20).hasPrefix(" 平均     ★5.0          ★2.5          —             5.0"), "\(f.line(20))")
    // The names' column as narrow as the names: the label is short, and the totals keep how many were scored.
    #expect(f.line(21).hasPrefix(" 合计     ★5 (1)        ★5 (2)        —"), "\(f.line(21))")
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

  @Test("the presenter fills an 80×24 screen with one group's answer, with large margins and its place")
  func presenter() {
    var s = state(24, 80)
    s.handle(.char("l"))
    s.handle(.char("P"))
    #expect(s.screen == .presenter)
    var f = s.render()
    #expect(f.line(1).hasPrefix("    思考题 2："))
    #expect(f.line(4) == "    丙组（成员0）  (1/3)")
    #expect(f.line(6).hasPrefix("    "), "large margins")
    #expect(f.line(23).hasSuffix("第 1/1 页 · 第 1/3 组 · 思考题 2/3"), "\(f.line(23))")
    for _ in 0..<2 { s.handle(.char(" ")) }
    f = s.render()
    #expect(f.line(4) == "    甲组（成员1）  (3/3)")
    #expect(s.presenting == 2)
  }

  @Test("the presenter pages through a long answer: page x/y, Space on, ← back onto the last page")
  func presenterPages() {
    var s = state(12, 40)
    s.handle(.char("l"))
    s.handle(.char("j"))
    s.handle(.char("P"))
    #expect(s.presentationOrder[s.presenting].group.name == "乙组")
    let pages = (s.presenterLines(s.presentationOrder[1]).count + s.presenterRows - 1) / s.presenterRows
    #expect(pages >= 3, "乙组's answer takes several pages at 40×12")
    for page in 1...pages {
      #expect(s.render().line(11).hasSuffix("第 \(page)/\(pages) 页 · 第 2/3 组 · 思考题 2/3"), "\(s.render().line(11))")
      s.handle(.char(" "))
    }
    #expect(s.presenting == 2 && s.scroll == 0)
    s.handle(.left)
    #expect(s.presenting == 1)
    #expect(s.render().line(11).hasSuffix("第 \(pages)/\(pages) 页 · 第 2/3 组 · 思考题 2/3"), "back onto the last page")
  }

  @Test("the presenter steps group by group through every question, from the selected group")
  func presenterThroughQuestions() {
    var s = state(24, 80)
    s.handle(.char("j"))
    s.handle(.char("j"))
    s.handle(.char("P"))
    #expect(s.presenting == 2 && s.question == 0, "P starts at the selected group (甲组)")
    s.handle(.char(" "))
    #expect(s.question == 1 && s.presenting == 0, "after the last group, the next question's first")
    #expect(s.render().line(1).hasPrefix("    思考题 2："))
    while s.question == 1 { s.handle(.char(" ")) }
    #expect(s.question == 2 && s.presenting == 0)
    s.handle(.left)
    #expect(s.question == 1 && s.presenting == 2, "back into the previous question's last group")
    for _ in 0..<30 { s.handle(.char(" ")) }
    #expect(s.question == 2 && s.presenting == 2)
    #expect(s.render().line(23) == " 最后一题的最后一组")
    s.handle(.escape)
    #expect(s.screen == .grid && s.selected == "甲组", "leaving selects the group presented")
  }

  @Test("the presenter jumps to a group by its number, or from a list")
  func presenterJump() {
    var s = state(24, 80)
    s.handle(.char("P"))
    s.handle(.char("3"))
    #expect(s.render().line(23).hasPrefix("    跳到第 3 组（Enter）"))
    s.handle(.enter)
    #expect(s.presenting == 2)
    s.handle(.char("9"))
    s.handle(.enter)
    #expect(s.presenting == 2)
    #expect(s.render().line(23) == " 没有第 9 组：共 3 组")
    s.handle(.char("g"))
    let f = s.render()
    #expect(f.line(3) == "    1. 丙组（成员0）")
    #expect(f.line(5) == "    3. 甲组（成员1）")
    #expect(f.style(row: 5, col: 4) == .selected)
    s.handle(.char("k"))
    s.handle(.enter)
    #expect(s.presenting == 1 && s.picking == nil)
  }

  @Test("two groups side by side: the focused side is marked, f switches, scores and comments go to it")
  func sideBySide() {
    var wide = state(40, 140)
    wide.handle(.char("l"))
    wide.handle(.enter)
    wide.handle(.char("v"))
    // Two columns on the group's row: 丙组 from column 2, the next group (乙组) from column 4 + (140 - 6) / 2.
    var f = wide.render()
    #expect(f.line(3).hasPrefix("  ▶ 丙组（成员0）   "))
    #expect(f.line(3).hasSuffix("     乙组（成员2）"))
    #expect(f.style(row: 3, col: 2) == .selected && f.style(row: 3, col: 73) == .dim)
    wide.handle(.char("3"))
    #expect(wide.review.feedback(group: "丙组", question: 1)?.score == 3)
    wide.handle(.char("f"))
    f = wide.render()
    #expect(f.line(3).hasPrefix("    丙组（成员0）"), "\(f.line(3))")
    #expect(f.line(3).hasSuffix("   ▶ 乙组（成员2）"), "\(f.line(3))")
    #expect(wide.selected == "乙组" && wide.partner == "丙组")
    wide.handle(.char("5"))
    #expect(wide.review.feedback(group: "乙组", question: 1)?.score == 5)
    #expect(wide.review.feedback(group: "丙组", question: 1)?.score == 3, "the other side is untouched")
    // Scrolling moves the focused side only.
    wide.handle(.char("j"))
    f = wide.render()
    #expect(f.line(5).hasPrefix("  　　电子政务"), "the left side does not scroll: \(f.line(5))")
    #expect(!f.line(5).dropFirst(70).contains("　　电子政务"), "the right side scrolled: \(f.line(5))")
    // → steps the focused side past the other side's group.
    wide.handle(.right)
    #expect(wide.selected == "甲组" && wide.partner == "丙组")
    wide.handle(.char("c"))
    for c in "好" { wide.handle(.char(c)) }
    wide.handle(.ctrl("s"))
    #expect(wide.review.feedback(group: "甲组", question: 1)?.comment == "好")
    var narrow = state(24, 80)
    narrow.handle(.enter)
    narrow.handle(.char("v"))
    #expect(!narrow.sideBySide)
    #expect(narrow.render().line(23).contains("120"))
  }

  @Test("? shows help generated from the review's keymaps: every key of every screen, and the editor's")
  func help() {
    var s = state(40, 100)
    s.handle(.char("?"))
    let lines = s.helpLines
    for map in [Keymap.reviewGrid, Keymap.reviewAnswer, Keymap.reviewPresenter, Keymap.reviewOrder] {
      for b in map {
        // The description on the keys' line, or under keys too long for their column.
        #expect(
          lines.indices.contains { i in
            lines[i].contains(b.keysLabel)
              && (lines[i].contains(b.description.text.prefix(4))
                || (i + 1 < lines.count && lines[i + 1].contains(b.description.text.prefix(4))))
          }, "\(b.keysLabel)")
      }
    }
    #expect(lines.contains("== 表格 =="))
    #expect(lines.contains("== 写答案、批注和点评时 =="))
    let f = s.render()
    #expect(f.line(0).hasSuffix("帮助"))
    #expect(f.line(2) == " == 表格 ==")
    s.handle(.char("j"))
    #expect(s.helpScroll == 1)
    s.handle(.char("x"))
    #expect(s.helpScroll == nil && s.screen == .grid)
    #expect(s.review.feedback.isEmpty, "the key that closes help does nothing else")
  }

  @Test("the hint bars come from the keymaps, the score key showing the scale")
  func hints() {
    var s = state(24, 120)
    #expect(s.render().line(23) == " j/k/h/l 选择  Enter 查看  0–5 评分  n 未评分  s 排序  P 演示  q 退出  i 洞察  ? 帮助")
    s.handle(.enter)
    #expect(
      s.render().line(23) == " ←/→ 上/下一组  0–5 评分  c 点评  n 未评分  Tab 下一题  Esc 返回  v 并排  P 演示  i 洞察  ? 帮助")
    var narrow = ReviewFixtures.state(24, 80)
    #expect(narrow.render().line(23) == " j/k/h/l 选择  Enter 查看  0–5 评分  n 未评分  s 排序  P 演示  q 退出  ? 帮助")
    narrow.handle(.enter)
    #expect(narrow.render().line(23) == " ←/→ 上/下一组  0–5 评分  c 点评  n 未评分  Tab 下一题  Esc 返回  ? 帮助")
  }
}
