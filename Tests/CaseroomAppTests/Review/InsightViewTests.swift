import CaseroomEngine
import CaseroomReview
import CaseroomSession
import Foundation
import Testing

@testable import CaseroomApp

/// The review's insight view without a terminal: the list of cited
/// sentences, one question at a time, the groups behind a sentence and
/// their answers, the case with its heat, live updates.
@Suite("Insight view in the review")
struct InsightViewTests {
  @Test("i: the sentences most cited; Tab: one question; Enter: the groups; Enter: the group's answer")
  func listDetailJump() {
    var s = ReviewFixtures.state(24, 80)
    s.handle(.char("i"))
    var f = s.render()
    #expect(f.line(0).contains("全班洞察 · 3 组 · 全部思考题"))
    #expect(f.line(2).hasPrefix(" ██▋      1组   “金税工程”总称为中国税收管理信息系统（CTAIS）"), "a third of the class: \(f.line(2))")
    #expect(f.line(2).contains("（二）金税工程"))
    s.handle(.tab)
    #expect(s.render().line(0).contains("思考题 1"))
    #expect(s.render().line(2) == " 还没有小组引用案例中的句子")
    s.handle(.tab)
    f = s.render()
    #expect(f.line(0).contains("思考题 2"))
    #expect(f.line(2).contains("1组"))
    s.handle(.enter)
    f = s.render()
    #expect(f.lines.contains(" 1 组引用："))
    #expect(f.lines.contains("  思考题 2 · 甲组"))
    s.handle(.enter)
    #expect(s.screen == .answer && s.selected == "甲组" && s.question == 1)
    s.handle(.escape)
    #expect(s.screen == .insight && s.render().lines.contains("  思考题 2 · 甲组"), "Esc: back at the groups")
    s.handle(.escape)
    #expect(s.screen == .insight && s.render().line(2).contains("1组"), "Esc: back at the list")
    s.handle(.escape)
    #expect(s.screen == .grid)
  }

  @Test("the case's text: j moves a cursor line; Enter on a cited sentence shows its groups, on other text says so")
  func textEnter() {
    var s = ReviewFixtures.state(24, 80)
    s.handle(.char("i"))
    s.handle(.char("l"))
    var f = s.render()
    #expect(f.line(2).hasPrefix("▸（一）金宏工程"), "the cursor on the first line: \(f.line(2))")
    s.handle(.enter)
    #expect(s.render().lines.last?.contains("这一行没有被引用的句子") == true, "\(s.render().lines.last ?? "")")
    #expect(s.insightPanel?.detail == nil)
    s.handle(.char("n"))
    f = s.render()
    let row = try! #require(f.lines.firstIndex { $0.hasPrefix("▸") })
    #expect(f.line(row).contains("“金税工程”总称为中国税收管理信息系统"), "n: the first cited sentence, scrolled to: \(f.line(row))")
    #expect(f.line(row).hasPrefix("▸█   1 "), "its bar (a third of the class) and count: \(f.line(row))")
    s.handle(.enter)
    f = s.render()
    #expect(f.lines.contains(" 1 组引用："))
    #expect(f.lines.contains("  思考题 2 · 甲组"))
    s.handle(.enter)
    #expect(s.screen == .answer && s.selected == "甲组" && s.question == 1)
    s.handle(.escape)
    s.handle(.escape)
    #expect(s.screen == .insight && s.insightPanel?.page == .text)
    #expect(s.render().lines.contains { $0.hasPrefix("▸") && $0.contains("“金税工程”总称为") }, "the cursor where it was")
    let at = s.insightPanel?.textCursor
    s.handle(.char("N"))
    #expect(s.insightPanel?.textCursor == at, "no cited sentence before it: the cursor stays")
    s.handle(.char("k"))
    #expect(s.insightPanel?.textCursor == at.map { $0 - 1 })
  }

  @Test("? in the insight view: the help opens at the insight's keys")
  func helpAtInsight() {
    for (rows, cols) in [(24, 80), (40, 120), (12, 40)] {
      var s = ReviewFixtures.state(rows, cols)
      s.handle(.char("i"))
      s.handle(.char("?"))
      let f = s.render()
      #expect(f.line(2).contains("全班洞察（i）"), "\(cols)×\(rows): \(f.line(2))")
      #expect(f.lines.contains { $0.contains("哪些小组引用了这一句") } || rows < 20)
    }
  }

  @Test("Esc steps back: from the groups to the list, then to the grid; ? shows the view's keys")
  func back() {
    var s = ReviewFixtures.state(24, 80)
    s.handle(.char("i"))
    s.handle(.enter)
    s.handle(.escape)
    #expect(s.screen == .insight && s.render().line(2).contains("1组"))
    s.handle(.char("?"))
    #expect(s.render().line(2).contains("全班洞察（i）"), "the help at the insight's keys")
    s.handle(.char("x"))
    s.handle(.escape)
    #expect(s.screen == .grid)
  }

  @Test("a look at the folders re-tallies the changed group: the view follows the class")
  func live() throws {
    let (dir, store) = try Self.shieldClass(["第一组": ["金盾工程"], "第二组": []])
    let c = ReaderFixtures.bundled
    let all = ClassSessions.load(case: c, from: [dir])
    var s = ReviewState(all: all, review: Review(caseId: c.id), rows: 24, cols: 80, now: ReviewFixtures.now)
    s.handle(.char("i"))
    #expect(s.render().line(2).contains("1组"))
    let url = store.url(caseId: c.id, group: "第二组")
    var second = try store.load(url)
    second.answers[0].citations = [
      .init(anchor: .init(section: "golden-shield", paragraph: 0, quote: "金盾工程"), createdAt: ReviewFixtures.t0)
    ]
    second.revision += 1
    try store.save(second, to: url)
    _ = s.drive(.tick, now: ReviewFixtures.now.addingTimeInterval(2))
    #expect(s.render().line(2).contains("2组"), "\(s.render().line(2))")
    #expect(s.render().line(2).hasPrefix(" ████████"))
  }

  /// A class of two groups in a folder, each citing the given quotes of 金盾工程's first paragraph.
  static func shieldClass(_ cites: [String: [String]]) throws -> (URL, SessionStore) {
    let dir = try ReviewFixtures.directory()
    let store = SessionStore(directory: dir)
    for (name, quotes) in cites { try saveShield(store, name, quotes, revision: 1) }
    return (dir, store)
  }

  static let police = "即“公安信息化工程”"
  static let twelve = "12个重要业务系统之一"

  /// The review at 80×24 in the insight view, over a class where 第一组 cites
  /// `police` and `twelve` and 第二组 `police`; the store, to change them.
  static func shieldReview() throws -> (ReviewState, SessionStore) {
    let (dir, store) = try shieldClass(["第一组": [police, twelve], "第二组": [police]])
    let c = ReaderFixtures.bundled
    var s = ReviewState(
      all: ClassSessions.load(case: c, from: [dir]), review: Review(caseId: c.id), rows: 24, cols: 80,
      now: ReviewFixtures.now)
    s.handle(.char("i"))
    return (s, store)
  }

  static func saveShield(_ store: SessionStore, _ name: String, _ quotes: [String], revision: Int) throws {
    let c = ReaderFixtures.bundled
    var s = Session(case: c, group: .init(name: name, members: ["甲"]), now: ReviewFixtures.t0)
    s.answers[0].text = "答"
    s.answers[0].citations = quotes.map {
      .init(anchor: .init(section: "golden-shield", paragraph: 0, quote: $0), createdAt: ReviewFixtures.t0)
    }
    s.revision = revision
    try store.save(s, to: store.url(caseId: c.id, group: name))
  }

  @Test(
    "live: the open groups of a sentence stay on it when the ranking changes, and say when no group cites it (no Enter then)"
  )
  func liveDetailKeepsItsSentence() throws {
    let (start, store) = try Self.shieldReview()
    var s = start
    #expect(s.render().line(2).contains("即“公安信息化工程”"), "most cited first: \(s.render().line(2))")
    s.handle(.char("j"))
    s.handle(.enter)
    var f = s.render()
    #expect(f.lines.contains { $0.contains("12个重要业务系统之一") } && f.lines.contains(" 1 组引用："))
    // 第二组 now cites the other sentence: the order of the list turns over.
    try Self.saveShield(store, "第二组", [Self.twelve], revision: 2)
    _ = s.drive(.tick, now: ReviewFixtures.now.addingTimeInterval(2))
    f = s.render()
    #expect(f.lines.contains { $0.contains("12个重要业务系统之一") }, "still its sentence: \(f.lines)")
    #expect(!f.lines.contains { $0.contains("公安信息化工程") }, "not the one now second")
    #expect(f.lines.contains(" 2 组引用：") && f.lines.contains("  思考题 1 · 第二组"))
    // Nobody cites it any more: it stays, and says so.
    try Self.saveShield(store, "第一组", [Self.police], revision: 2)
    try Self.saveShield(store, "第二组", [], revision: 3)
    _ = s.drive(.tick, now: ReviewFixtures.now.addingTimeInterval(4))
    f = s.render()
    #expect(f.lines.contains { $0.contains("12个重要业务系统之一") }, "\(f.lines)")
    #expect(f.lines.contains { $0.contains("现在没有小组引用这一句了") }, "\(f.lines)")
    // The hint bar offers only what works now: no group to choose or open.
    let bar = f.lines.last ?? ""
    #expect(!bar.contains("Enter") && !bar.contains("j/k") && bar.contains("Esc 返回"), "no groups: \(bar)")
    s.handle(.enter)
    #expect(s.screen == .insight, "no group to open")
  }

  @Test("live: the list's selection stays on its sentence when the ranking changes")
  func liveSelectionKeepsItsSentence() throws {
    let (start, store) = try Self.shieldReview()
    var s = start
    #expect(s.render().line(2).contains("公安信息化工程"))
    // The first row selected without a key pressed: it stays on its sentence too.
    try Self.saveShield(store, "第二组", [Self.twelve], revision: 2)
    _ = s.drive(.tick, now: ReviewFixtures.now.addingTimeInterval(2))
    let f = s.render()
    let chosen = try #require(f.lines.firstIndex { $0.contains("公安信息化工程") })
    #expect(chosen == 3, "now second: \(f.lines)")
    s.handle(.enter)
    #expect(s.render().lines.contains { $0.contains("公安信息化工程") }, "Enter: the sentence selected")
  }

  @Test("the case's text: n stops at every cited sentence, also the second starting on a line; Enter opens that one")
  func textSentenceCursor() throws {
    var s = try Self.shieldReview().0
    s.handle(.char("l"))
    s.handle(.char("n"))
    var f = s.render()
    let row = try #require(f.lines.firstIndex { $0.hasPrefix("▸") })
    #expect(f.line(row).contains("“金盾工程”，即“公安信息化工程”。是国家电子政务"), "\(f.line(row))")
    #expect(f.line(row).hasPrefix("▸███ 2 "), "the first sentence's count: \(f.line(row))")
    // The characters of the cursor's line drawn selected.
    let selected = { (f: Frame) in
      let on = Set(f.columns(withStyle: .selected, row: row))
      var col = 0
      var out = ""
      for ch in f.line(row) {
        if on.contains(col) { out.append(ch) }
        col += TerminalWidth.columns(ch)
      }
      return out
    }
    #expect(selected(f).hasPrefix("“金盾工程”，即"), "the first sentence under the cursor: \(selected(f))")
    s.handle(.char("n"))
    f = s.render()
    #expect(f.lines.firstIndex { $0.hasPrefix("▸") } == row, "the next cited sentence is on the same line")
    #expect(selected(f).hasPrefix("是国家电子政务建设的12个"), "now the second: \(selected(f))")
    #expect(f.line(row).hasPrefix("▸█▌  1 "), "the margin counts the sentence under the cursor: \(f.line(row))")
    s.handle(.enter)
    f = s.render()
    #expect(f.lines.contains { $0.contains("是国家电子政务建设的12个重要业务系统之一") } && f.lines.contains(" 1 组引用："))
    s.handle(.escape)
    s.handle(.char("N"))
    #expect(selected(s.render()).hasPrefix("“金盾工程”，即"), "N: back to the first")
    s.handle(.enter)
    #expect(s.render().lines.contains(" 2 组引用："))
  }

  @Test("the hint bar shows the keys that work where the view is: the groups of a sentence, the list, the coverage")
  func hintsPerMode() {
    var s = ReviewFixtures.state(24, 120)
    s.handle(.char("i"))
    var bar = s.render().lines.last ?? ""
    #expect(bar.contains("←/→ 视图") && bar.contains("Tab 思考题") && bar.contains("Enter 哪些组"), "the list: \(bar)")
    s.handle(.enter)
    bar = s.render().lines.last ?? ""
    #expect(bar.contains("Enter 答案") && bar.contains("j/k 选择") && bar.contains("Esc 返回"), "the groups: \(bar)")
    #expect(!bar.contains("视图") && !bar.contains("思考题") && !bar.contains("哪些组"), "the groups: \(bar)")
    s.handle(.char("l"))
    s.handle(.tab)
    #expect(s.render().lines.contains("  思考题 2 · 甲组"), "keys not shown there do nothing there")
    s.handle(.escape)
    s.handle(.char("l"))
    s.handle(.char("l"))
    #expect(s.insightPanel?.page == .overview)
    bar = s.render().lines.last ?? ""
    #expect(bar.contains("←/→ 视图") && !bar.contains("Enter"), "the coverage: \(bar)")
  }

  @Test("the grid shows the citations of a group that only cited (no text): 0字 1引, not —")
  func gridCitationsOnly() {
    let c = ReaderFixtures.bundled
    var cited = Session(case: c, group: .init(name: "甲组"), now: ReviewFixtures.t0)
    cited.answers[1].citations = [
      .init(anchor: .init(section: "golden-tax", paragraph: 0, quote: "是我国电子政务的核心系统之一"), createdAt: ReviewFixtures.t0)
    ]
    let empty = Session(case: c, group: .init(name: "乙组"), now: ReviewFixtures.t0)
    let all = ClassSessions(document: c, sessions: [cited, empty])
    for (cols, expected) in [(80, "0字 1引"), (40, "1引")] {
      let s = ReviewState(all: all, review: Review(caseId: c.id), rows: 24, cols: cols, now: ReviewFixtures.now)
      let f = s.render()
      let row = try! #require(f.lines.first { $0.hasPrefix(" 甲组") })
      #expect(row.contains(expected), "\(cols) columns: \(row)")
      let other = try! #require(f.lines.first { $0.hasPrefix(" 乙组") })
      #expect(!other.contains("引"), "nothing at all stays —: \(other)")
    }
  }

  @Test("the case's text at another width: the cursor stays on its sentence, on screen")
  func textResize() {
    var s = ReviewFixtures.state(24, 80)
    s.handle(.char("i"))
    s.handle(.char("l"))
    s.handle(.char("n"))
    for (rows, cols) in [(12, 40), (40, 120), (24, 80)] {
      s.resize(rows: rows, cols: cols)
      let f = s.render()
      let row = try! #require(f.lines.firstIndex { $0.hasPrefix("▸") }, "\(cols)×\(rows): the cursor on screen")
      #expect(f.line(row).contains("“金税工程”总称为"), "\(cols)×\(rows): \(f.line(row))")
    }
    s.resize(rows: 12, cols: 40)
    s.handle(.enter)
    #expect(s.render().lines.contains("  思考题 2 · 甲组"), "Enter after the resize: the same sentence's groups")
  }

  @Test("no session of the case in the folders: the view says so, and where it looked")
  func noSessions() throws {
    let dir = try ReviewFixtures.directory()
    let all = ClassSessions.load(case: ReaderFixtures.bundled, from: [dir])
    var s = ReviewState(all: all, review: Review(caseId: all.document.id), rows: 24, cols: 80, now: ReviewFixtures.now)
    s.handle(.char("i"))
    let text = s.render().lines.dropFirst(2).prefix(6).map { $0.trimmingCharacters(in: .whitespaces) }.joined()
    #expect(text.contains("没有找到案例 twelve-golden-projects 的小组记录：\(dir.path)"), "\(text)")
    #expect(text.contains("在表格中按 F 查看读取了哪些文件夹"))
  }

  @Test("golden: the list at 80×24, the case with its heat at 120×40")
  func golden() {
    var s = ReviewFixtures.state(24, 80)
    s.handle(.char("i"))
    Golden.expect(s.render(), "review-insight-80x24")
    var wide = ReviewFixtures.state(40, 120)
    wide.handle(.char("i"))
    wide.handle(.char("l"))
    wide.handle(.char("n"))
    Golden.expect(wide.render(), "review-insight-text-120x40")
  }
}
