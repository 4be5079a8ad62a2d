import CaseroomEngine
import CaseroomSession
import Foundation
import Testing

@testable import CaseroomApp

@Suite("Workspace: a group's answers, citations and notes")
struct WorkspaceTests {
  func workspace(_ rows: Int = 24, _ cols: Int = 80, readOnly: String? = nil) -> Workspace {
    WorkspaceFixtures.workspace(rows, cols, readOnly: readOnly)
  }

  let t0 = WorkspaceFixtures.t0

  @Test("every bottom line starts at column 1: the read-only notice, a message, the word count and hints")
  func statusColumn() throws {
    var w = workspace(readOnly: "process 1 on h")
    w.press(.char("a"), .char("1"))
    w.type("x")
    let notice = w.render().line(23)
    #expect(notice.hasPrefix(" 只读：另一个进程正在编辑（process 1 on h）"), "\(notice)")
    var e = workspace()
    e.press(.char("a"), .char("1"))
    #expect(e.render().line(23).hasPrefix(" 字数 0 · 字符 0  Ctrl-Z"), "\(e.render().line(23))")
    e.press(.escape)
    #expect(e.render().line(23).hasPrefix(" j/k"), "\(e.render().line(23))")
    e.press(.char("9"))
    #expect(e.render().line(23).hasPrefix(" 没有第 9 题"), "\(e.render().line(23))")
  }

  @Test("the question over the editor wraps under its text, in the rows there are, and says … when cut")
  func questionHeading() {
    for (rows, cols, shown) in [(12, 40, 2), (8, 40, 1), (24, 80, 2)] {
      var w = workspace(rows, cols)
      w.press(.char("a"), .char("2"))
      let f = w.render()
      let heading = (1...shown).map { f.line($0) }
      #expect(heading[0].hasPrefix("  2．十二金工程的发展"), "\(rows)×\(cols): \(heading)")
      #expect(f.line(shown + 1).hasPrefix("────"), "\(rows)×\(cols): the rule under \(shown) rows")
      let last = heading.last!.trimmingCharacters(in: .whitespaces)
      if cols == 80 {
        #expect(last.hasSuffix("需要改进之处？"), "whole at 80 columns: \(heading)")
      } else {
        #expect(last.hasSuffix("…"), "\(rows)×\(cols): cut with …: \(heading)")
        #expect(TerminalWidth.columns(heading.last!) <= cols)
      }
      if shown > 1 { #expect(heading[1].hasPrefix("     "), "under the text, after the number: \(heading)") }
    }
  }

  @Test("a passage of 金税工程 is cited in question 2 and listed under it")
  func cite() {
    var w = workspace()
    w.handle(.char("]"), now: t0)
    w.handle(.char("]"), now: t0)
    w.handle(.char(")"), now: t0)
    w.handle(.char("}"), now: t0)
    let f = w.render()
    #expect(
      (1..<23).map { f.columns(withStyle: .passage, row: $0).count }.reduce(0, +) > 20,
      "the marked sentence is underlined")
    w.handle(.char("c"), now: t0)
    let prompt = w.render()
    #expect(prompt.line(23).hasPrefix(" 1–3 选择题目  Esc 取消"))
    #expect(prompt.lines.contains(" 引用到哪一题？"))
    #expect(prompt.lines.contains { $0.hasPrefix("   「1994年7月，作为“金税工程”一期") })
    w.handle(.char("2"), now: t0)
    #expect(w.session.answers[1].citations.count == 1)
    #expect(w.session.answers[1].citations[0].anchor.section == "golden-tax")
    #expect(w.session.answers[1].citations[0].anchor.quote.hasPrefix("1994年7月"))
    w.handle(.char("a"), now: t0)
    let answers = w.render()
    // Each question in full, its answer's state under it, then its citations.
    #expect(answers.line(3) == " 1．你所在单位的电子政务系统属于其中的哪一个工程？实施情况如何？")
    #expect(answers.line(4) == "    未写")
    #expect(answers.line(6) == " 2．十二金工程的发展与我国电子政务的发展趋势是否相吻合？你认为其发展还有哪些需")
    #expect(answers.line(7) == "    要改进之处？")
    #expect(answers.line(8) == "    未写 · 1 引用")
    // The passage has quotes of its own: it is shown in 「」, never as ““.
    #expect(answers.line(9).hasPrefix("     ↳ （二）金税工程 「1994年7月，作为“金税工程”"))
  }

  @Test("Enter on a question opens the editor; typing updates the answer; Esc returns and asks for a save")
  func edit() {
    var w = workspace(30, 100)
    w.handle(.char("a"), now: t0)
    w.handle(.enter, now: t0)
    #expect(w.screen == .editing(question: 0))
    let f = w.render()
    #expect(f.line(1).contains("1．你所在单位的电子政务系统"), "the question stays visible above the editor")
    for c in "我们单位属于金税工程。" { w.handle(.char(c), now: t0) }
    w.handle(.enter, now: t0)
    w.handle(.paste("第二段\n第三段"), now: t0)
    #expect(w.currentSession.answers[0].text == "我们单位属于金税工程。\n第二段\n第三段")
    let g = w.render()
    #expect(g.line(29).hasPrefix(" 字数 17 · 字符 17  "))
    #expect(g.cursor != nil)
    w.handle(.ctrl("z"), now: t0)
    #expect(w.currentSession.answers[0].text == "我们单位属于金税工程。\n")
    w.handle(.escape, now: t0)
    #expect(w.screen == .answers(selected: 0))
    #expect(w.needsSave(now: t0))
  }

  @Test("autosave: a change is saved one second after the last key, never later than two")
  func autosave() {
    var w = workspace()
    w.handle(.char("a"), now: t0)
    #expect(w.needsSave(now: t0), "switching views saves at once")
    w.saved(w.sessionToSave(now: t0), at: t0, error: nil)
    w.handle(.enter, now: t0)
    w.handle(.char("字"), now: t0)
    #expect(!w.needsSave(now: t0.addingTimeInterval(0.5)))
    #expect(w.needsSave(now: t0.addingTimeInterval(1.0)))
    let s = w.sessionToSave(now: t0.addingTimeInterval(1))
    #expect(s.answers[0].text == "字")
    #expect(s.revision == 2)
    w.saved(s, at: t0.addingTimeInterval(1), error: nil)
    #expect(!w.needsSave(now: t0.addingTimeInterval(5)))
    #expect(w.render().line(23).contains("已保存"))
  }

  @Test("a failed save is shown loudly, the text stays, and saving is retried")
  func failedSave() {
    var w = workspace()
    w.handle(.char("a"), now: t0)
    w.handle(.enter, now: t0)
    w.handle(.char("字"), now: t0)
    let s = w.sessionToSave(now: t0.addingTimeInterval(1))
    w.saved(s, at: t0.addingTimeInterval(1), error: "No space left on device")
    #expect(w.saveError != nil)
    let f = w.render()
    #expect(f.line(23).contains("保存失败：No space left on device"))
    #expect(f.style(row: 23, col: 79) == .notice)
    #expect(w.currentSession.answers[0].text == "字")
    #expect(!w.needsSave(now: t0.addingTimeInterval(2)))
    #expect(w.needsSave(now: t0.addingTimeInterval(3.1)))
    // Quitting now asks first.
    w.handle(.escape, now: t0)
    w.handle(.escape, now: t0)
    w.handle(.char("q"), now: t0)
    #expect(w.wantsQuit)
    w.quitFailed()
    #expect(w.screen == .confirmingQuit)
    // The question is a page of its own: why, and the two ways, wrapped to the width.
    let q = w.render()
    let lines = (0..<24).map { q.line($0) }
    #expect(lines[0].contains("保存失败"))
    #expect(lines.contains { $0.contains("保存失败：No space left on device") })
    #expect(lines.contains { $0.contains("y  退出") })
    #expect(lines.contains { $0.contains("n  留下，继续重试保存") })
    w.handle(.char("n"), now: t0)
    #expect(!w.wantsQuit)
  }

  @Test("annotations are marked in the margin and listed one key away")
  func annotate() {
    var w = workspace()
    w.handle(.char("]"), now: t0)
    w.handle(.char("A"), now: t0)
    for c in "宏观经济" { w.handle(.char(c), now: t0) }
    w.handle(.escape, now: t0)
    #expect(w.session.annotations.count == 1)
    #expect(w.session.annotations[0].note == "宏观经济")
    let f = w.render()
    // One mark, in the margin, beside the first line of the annotated paragraph.
    #expect(f.cells[3][w.reader.geometry.textX - 2].character == "✎")
    #expect(f.style(row: 3, col: w.reader.geometry.textX - 2) == .margin)
    #expect(f.lines.joined().filter { $0 == "✎" }.count == 1)
    w.handle(.char("i"), now: t0)
    #expect(w.render().line(3) == " ✎ 宏观经济")
    #expect(w.render().line(4).hasPrefix("   — （一）金宏工程 「“金宏工程”"))
    w.handle(.enter, now: t0)
    #expect(w.screen == .reading)
    #expect(w.reader.sections[w.reader.section].id == "golden-macro")
  }

  @Test("a citation whose text left the case is shown as orphaned, not dropped")
  func orphan() {
    let c = ReaderFixtures.bundled
    var s = Session(case: c, group: .init(name: "乙"))
    s.answers[0].citations = [
      .init(anchor: .init(section: "golden-tax", paragraph: 0, quote: "这句话不在案例里"), createdAt: t0)
    ]
    var w = Workspace(reader: ReaderState(document: c, rows: 24, cols: 80), session: s)
    w.handle(.char("a"), now: t0)
    #expect(w.render().line(5) == "     ↳ 已失效 “这句话不在案例里”")
    w.handle(.char("j"), now: t0)
    w.handle(.enter, now: t0)
    #expect(w.render().line(23).contains("引文已失效"))
    #expect(w.session.answers[0].citations.count == 1)
  }

  @Test("read-only: nothing can be typed, cited or annotated; nothing is saved")
  func readOnly() {
    var w = workspace(readOnly: "process 42 on host, since 2026-11-29 08:00")
    w.handle(.char("a"), now: t0)
    w.handle(.enter, now: t0)
    w.handle(.char("字"), now: t0)
    #expect(w.currentSession.answers[0].text == "")
    w.handle(.escape, now: t0)
    w.handle(.escape, now: t0)
    w.handle(.char("c"), now: t0)
    #expect(w.session.answers.allSatisfy { $0.citations.isEmpty })
    #expect(!w.needsSave(now: t0.addingTimeInterval(10)))
    #expect(w.render().line(23).contains("只读"))
  }

  @Test("reading time and finished sections go into the session")
  func reading() {
    var w = workspace()
    w.tick(now: t0)
    w.tick(now: t0.addingTimeInterval(5))
    w.tick(now: t0.addingTimeInterval(500))  // idle gap: not counted
    let s = w.sessionToSave(now: t0)
    #expect(s.reading["objectives"]?.seconds == 5)
    #expect(s.reading["objectives"]?.finished != true, "教学目的 is not the content: 已读 0/17 counts none of it")
    #expect(s.position?.section == "objectives")
    // A content section seen to its end, long enough, is finished.
    let c = ReaderFixtures.bundled
    var tall = Workspace(
      reader: ReaderState(document: c, rows: 200, cols: 80, at: Anchor(section: ReaderFixtures.content(1))),
      session: Session(case: c, group: .init(name: "第一组", members: ["张三"]), now: t0))
    tall.tick(now: t0)
    tall.tick(now: t0.addingTimeInterval(50))
    let id = c.contentSections[0].id
    #expect(tall.sessionToSave(now: t0).reading[id]?.finished == true)
  }

  @Test("the group picker lists groups, skips damaged files, and creates a group with members")
  func picker() {
    var p = GroupPicker(
      caseTitle: "中国十二金工程",
      entries: [.init(name: "第一组", members: ["张三"]), .init(name: "坏.json", members: [], problem: "not valid JSON")],
      rows: 24, cols: 80)
    let f = p.render()
    #expect(f.line(4) == "  第一组（张三）")
    #expect(f.line(5) == "  ⚠ 坏.json: not valid JSON")
    #expect(f.line(6) == "  ＋ 新建小组")
    p.handle(.char("j"))
    #expect(p.step == .choosing(selected: 2), "the damaged entry is skipped")
    p.handle(.enter)
    for c in "第一组" { p.handle(.char(c)) }
    p.handle(.enter)
    #expect(p.render().line(9) == " “第一组”已存在，请在列表中选择")
    p.handle(.backspace)
    p.handle(.char("二"))
    p.handle(.enter)
    for c in "王五，赵六、孙七" { p.handle(.char(c)) }
    p.handle(.enter)
    #expect(p.outcome == .new(name: "第一二", members: ["王五", "赵六", "孙七"]))
  }

  @Test("at 40 columns the status bars drop whole hints for the save time, never cut one short")
  func narrowStatusBars() throws {
    var w = workspace(12, 40)
    w.handle(.char("]"), now: t0)
    w.handle(.char("]"), now: t0)
    w.handle(.char(")"), now: t0)
    w.handle(.char("c"), now: t0)
    w.handle(.char("2"), now: t0)
    w.saved(w.sessionToSave(now: t0), at: t0, error: nil)
    w.handle(.char("k"), now: t0)  // the "cited" message goes with the next key
    let reading = w.render().line(11)
    #expect(reading.contains(" 已保存 "))
    expectWholeHints(reading, Keymap.hints(), cols: 40, keeping: Keymap.helpHint)
    w.handle(.char("a"), now: t0)
    w.handle(.char("j"), now: t0)
    w.handle(.char("j"), now: t0)  // the citation, scrolled into view
    let answers = w.render()
    expectWholeHints(
      answers.line(11), [("j/k", "选择"), ("Enter", "编辑/跳到引文"), ("d", "删除引用"), ("u", "撤销"), ("Esc", "返回阅读")], cols: 40,
      keeping: Keymap.helpHint)
    // The cited passage, cut to the width, ends in … and not in an opening mark.
    let cited = try #require(answers.lines.first { $0.hasPrefix("     ↳ ") })
    #expect(cited.hasPrefix("     ↳ （二）金税工程 「"), "\(cited)")
    #expect(cited.hasSuffix("…"), "\(cited)")
    #expect(!cited.dropLast().hasSuffix("“"))
    w.handle(.char("k"), now: t0)
    w.handle(.enter, now: t0)
    expectWholeHints(
      w.render().line(11), [("Ctrl-Z", "撤销"), ("Ctrl-Y", "重做")], lead: " 字数 0 · 字符 0  ", cols: 40,
      keeping: ("Esc", "返回"))
  }
}
