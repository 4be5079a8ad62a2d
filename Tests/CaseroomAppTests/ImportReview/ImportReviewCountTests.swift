import CaseroomEngine
import Foundation
import Testing

@testable import CaseroomApp

/// What a count means before each key of the import review (`3s`, `3r`, `12 Enter`), refused and said
/// before a key it means nothing to; the help's title; the outline pane following the cursor.
@Suite("Import review: counts, help, the outline pane")
struct ImportReviewCountTests: ImportReviewDriving {
  static let sentences = """
    县域医共体改革
    一、教学目的
    1．了解医共体。
    二、案例正文
    县医院每周派出专家到乡镇坐诊。乡镇卫生院的门诊量增长了三成。县医院的床位却空了一成。
    三、思考题
    1．医共体为什么有效？
    """

  @Test("3s splits a line into three (the inverse of 3J); s alone into two; a count past its cuts says so")
  func splitCount() {
    var s = screen(Self.sentences)
    go(&s, to: "县医院每周")
    _ = press(&s, [.char("3"), .char("s")])
    let three = ["县医院每周派出专家到乡镇坐诊。", "乡镇卫生院的门诊量增长了三成。", "县医院的床位却空了一成。"]
    #expect(s.built.sections[1].paragraphs.map(\.text) == three)
    #expect(s.render().line(23).contains("3"))  // the status: into 3 lines
    _ = press(&s, [.char("u")])
    #expect(s.built.sections[1].paragraphs.count == 1)
    _ = press(&s, [.char("s")])
    #expect(s.built.sections[1].paragraphs.count == 2)
    _ = press(&s, [.char("u"), .char("9"), .char("s")])
    // Three lines: two cuts of the eight asked, and the status says only two were found.
    #expect(s.built.sections[1].paragraphs.map(\.text) == three)
    let status = s.render().line(23)
    #expect(status.contains("3") && status.contains("2"))
  }

  @Test("2r gives the next two headings the part the key names, as 2< moves two")
  func partCount() {
    var s = screen(ImportReviewTests.wrong)
    go(&s, to: "（二）合作社的发展")
    _ = press(&s, [.char("2"), .char("r"), .char("n")])
    let heads = s.handout.lines.filter { $0.tag == .heading && $0.text.hasPrefix("合作社的") }
    #expect(heads.filter { $0.part == .backMatter }.map(\.text) == ["合作社的发展", "合作社的困境"])
    #expect(s.render().line(23).contains("2"))
  }

  @Test("12 Enter goes to line 12 and stays on the list (as the help says); Enter then shows it in full")
  func enterCount() {
    var s = screen(ImportReviewTests.wrong)
    _ = press(&s, [.char("1"), .char("2"), .enter])
    #expect(s.cursor == 11)
    #expect(!s.wholeShown)
    let f = s.render()
    #expect(f.line(0).contains(Say.importReviewTitle))  // the list, not the line over the whole screen
    #expect(
      !f.text.replacingOccurrences(of: " ", with: "").contains(
        Say.importWholeBack.replacingOccurrences(of: " ", with: "")))
    _ = press(&s, [.enter])
    #expect(s.wholeShown && s.cursor == 11)
    #expect(s.render().text.replacingOccurrences(of: " ", with: "").contains("2015年，清水村"))
    _ = press(&s, [.char("x")])  // back to the list, and nothing else
    #expect(!s.wholeShown && s.handout.lines[11].tag != .furniture)
    _ = press(&s, [.char("x")])
    #expect(s.handout.lines[11].tag == .furniture)  // the key after acts on line 12
  }

  @Test("a count before w, ?, Q, V, v or Ctrl-L is refused and says so; nothing is done")
  func refused() {
    var s = screen(ImportReviewTests.raw, output: URL(fileURLWithPath: "/tmp/never-written.case.md"))
    _ = press(&s, [.char("j"), .char("h")])
    for key: Key in [.char("w"), .char("?"), .char("Q"), .char("V"), .char("v"), .ctrl("l")] {
      let t = press(&s, [.char("3"), key])
      #expect(!t.ends, "\(key)")
      #expect(s.writing == nil && !s.helpShown && s.anchor == nil, "\(key)")
      #expect(s.render().line(23).contains(Say.importCountRefused), "\(key)")
    }
  }

  @Test("the help is titled Help in both languages, scrolls at 40x12 and says which rows show")
  func helpTitle() {
    for lang in [Language.zh, .en] {
      Language.$current.withValue(lang) {
        var s = screen(ImportReviewTests.raw, rows: 12, cols: 40)
        _ = press(&s, [.char("?")])
        let f = s.render()
        #expect(f.line(0).contains(lang == .zh ? "导入检查 · 帮助" : "Import review · Help"))
        #expect(f.line(11).contains("1–10/"))
        _ = press(&s, [.char(" ")])
        #expect(s.render().line(11).contains("11–20/"))
        _ = press(&s, [.char("B")])
        #expect(s.render().line(11).contains("1–10/"))
        _ = press(&s, [.char("q")])
        #expect(!s.helpShown && s.built.questions.isEmpty)  // q closed the help and tagged nothing
      }
    }
  }

  /// A long hand-out: twenty sections under the case's text.
  static let long: String = {
    let n = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    var text = "县域医共体改革\n一、教学目的\n1．了解医共体。\n二、案例正文\n"
    for k in 1...20 {
      let name = k <= 10 ? n[k - 1] : k == 20 ? "二十" : "十" + n[k - 11]
      text += "（\(name)）第\(k)个乡镇\n第\(k)个乡镇的卫生院在医共体成立后门诊量增长了三成。\n"
    }
    return text + "三、思考题\n1．医共体为什么有效？\n"
  }()

  @Test("80x24: the outline follows the cursor's heading, highlighted, and its title says which sections show")
  func outlineFollows() {
    var s = screen(Self.long)
    let n = s.built.sections.count
    #expect(n == 23)  // 教学目的, 案例正文 and its twenty, 思考题
    var f = s.render()
    #expect(f.line(1).contains("大纲 1–") || f.line(1).contains("Outline 1–"))
    #expect(f.line(1).contains("/\(n)"))
    _ = press(&s, [.char("G")])
    f = s.render()
    // The last section shown, highlighted; the title says the window ends at 23.
    #expect(f.line(1).contains("–\(n)/\(n)"))
    let row = f.lines.firstIndex { $0.contains("│三、思考题") }
    #expect(row != nil)
    if let row { #expect(f.style(row: row, col: 77) == .selected) }
    go(&s, to: "（十）第10个乡镇")
    f = s.render()
    // Back up from the top (g, then down): the window starts at 1 again, the current section highlighted.
    #expect(f.line(1).contains(" 1–"))
    let ten = f.lines.firstIndex { $0.contains("│ （十）第10个乡镇") }
    #expect(ten != nil)
    if let ten { #expect(f.style(row: ten, col: 77) == .selected) }
  }

  @Test("40x12, no side pane: Tab shows the outline and checklist over the screen, the cursor's section marked")
  func outlineOverTheScreen() {
    var s = screen(Self.long, rows: 12, cols: 40)
    #expect(s.render().line(11).contains("Tab"))  // the hint bar names it first when there is no side pane
    go(&s, to: "（十二）第12个乡镇")
    _ = press(&s, [.tab])
    let f = s.render()
    let marked = f.lines.filter { $0.contains("▸") }
    #expect(marked.count == 1 && marked[0].contains("（十二）第12个乡镇"))
    #expect(f.line(11).contains("/"))  // which rows show: it is longer than the screen
    _ = press(&s, [.char("G")])  // any other key goes back, and does nothing else
    #expect(!s.outlineShown && s.cursor == s.handout.lines.firstIndex { $0.shown.hasPrefix("（十二）") })
    _ = press(&s, [.tab, .char(" "), .char(" "), .char(" ")])
    #expect(s.render().text.contains("检查单") || s.render().text.contains("Checklist"))
  }

  @Test("40x12: a long label (a heading that opens a part) takes a row of its own; the heading is never cut")
  func longLabelAtForty() {
    Language.$current.withValue(.zh) {
      var s = screen(ImportReviewTests.notes, rows: 12, cols: 40)
      go(&s, to: "说明与出处")
      _ = press(&s, [.char("r"), .char("n")])
      let f = s.render()
      let detail = f.lines[(12 - 1 - 2)..<(12 - 1)].map { $0.trimmingCharacters(in: .whitespaces) }
      #expect(detail[0].contains("开启附注") && !detail[0].contains("…"))
      #expect(detail[1] == "说明与出处")
    }
  }
}
