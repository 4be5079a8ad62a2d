import CaseroomEngine
import Foundation
import Testing

@testable import CaseroomApp

@Suite("Editor box: keys, outcomes, scrolling and drawing")
struct EditorBoxTests {
  static func box(_ text: String, rows: Int = 3, width: Int = 8) -> EditorBox {
    var b = EditorBox(text: text, width: width, rows: rows)
    b.fit(rows: rows, width: width)
    return b
  }

  static func drawn(_ b: EditorBox, rows: Int = 3, width: Int = 8) -> Frame {
    var f = Frame(rows: rows, cols: width + 4)
    b.draw(into: &f, row: 0, col: 2, rows: rows, width: width, style: .normal)
    return f
  }

  @Test("typed characters and pastes are edits; keys that are not the editor's are the host's")
  func outcomes() {
    var b = Self.box("")
    #expect(b.handle(.char("金"), now: fixedNow) == .edited)
    #expect(b.handle(.paste("税工程"), now: fixedNow) == .edited)
    #expect(b.editor.text == "金税工程")
    for k: Key in [.escape, .ctrl("s"), .function(1), .ctrl("l"), .modified(.char("x"), .alt), .resize, .wheelUp] {
      #expect(b.handle(k, now: fixedNow) == .unhandled, "\(k)")
    }
    #expect(b.handle(.left, now: fixedNow) == .moved)
    #expect(b.handle(.backspace, now: fixedNow) == .edited)
    #expect(b.editor.text == "金税程")
    #expect(b.handle(.ctrl("z"), now: fixedNow) == .edited)
    #expect(b.handle(.ctrl("y"), now: fixedNow) == .edited)
    #expect(b.handle(.ctrl("y"), now: fixedNow) == .notice(EditorNotice.nothingToRedo))
    #expect(b.handle(.enter, now: fixedNow) == .edited)
    #expect(b.handle(.tab, now: fixedNow) == .edited)
    #expect(b.editor.paragraphs == ["金税", "\u{3000}\u{3000}程"])
  }

  @Test("a paste with control characters is cleaned and says how many were removed")
  func pasteNotice() {
    var b = Self.box("")
    let o = b.handle(.paste("金税\u{1B}[0m工程\u{07}\r\n\t1994"), now: fixedNow)
    #expect(o == .editedWithNotice("已移除 2 个控制字符"))
    Language.$current.withValue(.en) {
      #expect(o.message.map { _ in Say.controlsRemoved(2) } == "removed 2 control character(s)")
    }
    #expect(o.isEdited && o.message != nil)
    #expect(b.editor.text == "金税[0m工程\n\u{3000}\u{3000}1994")
    #expect(b.handle(.paste("\u{07}"), now: fixedNow) == .notice(EditorNotice.controlsRemoved(1)))
  }

  @Test("Ctrl-C copies, Ctrl-X cuts, Ctrl-V pastes the clipboard the host passes in")
  func clipboard() {
    var b = Self.box("金税工程")
    #expect(b.handle(.ctrl("c"), now: fixedNow) == .notice(EditorNotice.nothingSelected))
    _ = b.handle(.modified(.left, .shift), now: fixedNow)
    _ = b.handle(.modified(.left, .shift), now: fixedNow)
    let copied = b.handle(.ctrl("c"), now: fixedNow)
    #expect(copied == .copied("工程") && copied.clipboard == "工程" && !copied.isEdited)
    let cut = b.handle(.ctrl("x"), now: fixedNow)
    #expect(cut == .cut("工程") && cut.isEdited)
    #expect(b.editor.text == "金税")
    _ = b.handle(.ctrl("a"), now: fixedNow)
    #expect(b.handle(.ctrl("v"), now: fixedNow, clipboard: "工程") == .edited)
    #expect(b.editor.text == "工程金税")
    #expect(b.handle(.ctrl("v"), now: fixedNow) == .notice(EditorNotice.clipboardEmpty))
  }

  @Test("read-only: moving, selecting and copying work; every edit is refused with a notice")
  func readOnly() {
    var b = Self.box("金税工程")
    b.readOnly = true
    b.readOnlyNotice = "只读：另一个进程正在编辑"
    let refused = EditorOutcome.notice("只读：另一个进程正在编辑")
    #expect(b.handle(.char("新"), now: fixedNow) == refused)
    #expect(b.handle(.paste("新"), now: fixedNow) == refused)
    for k: Key in [.backspace, .delete, .enter, .tab, .ctrl("k"), .ctrl("u"), .ctrl("w"), .ctrl("z"), .ctrl("y")] {
      #expect(b.handle(k, now: fixedNow) == refused, "\(k)")
    }
    #expect(b.handle(.ctrl("v"), now: fixedNow, clipboard: "新") == refused)
    #expect(b.handle(.modified(.home, .shift), now: fixedNow) == .moved)
    #expect(b.handle(.ctrl("c"), now: fixedNow) == .copied("金税工程"))
    #expect(b.handle(.ctrl("x"), now: fixedNow) == refused)
    #expect(b.editor.text == "金税工程")
    #expect(!b.editor.changed)
  }

  @Test("Ctrl-A and Ctrl-E go to the screen line's start and end, after its last character")
  func lineKeys() {
    var b = Self.box(TextEditorMovingTests.wrapped)
    _ = b.handle(.modified(.home, .ctrl), now: fixedNow)
    b.fit(rows: 3, width: 8)
    _ = b.handle(.down, now: fixedNow)
    _ = b.handle(.ctrl("e"), now: fixedNow)
    b.fit(rows: 3, width: 8)
    #expect(b.editor.beforeCursor == "一二三四，五六")
    let f = Self.drawn(b)
    #expect(f.lines == ["  一二三", "  四，五六", "  七八九十"])
    #expect(f.cursor?.row == 1 && f.cursor?.col == 10, "just after 六")
    _ = b.handle(.ctrl("a"), now: fixedNow)
    #expect(b.editor.beforeCursor == "一二三")
  }

  @Test("the box scrolls by screen lines to keep the cursor shown, and draws only what fits")
  func scrolling() {
    var b = Self.box(TextEditorMovingTests.wrapped + "\n第二段")
    // Lines: 一二三 / 四，五六 / 七八九十 / 一二三四 / 五六 / 第二段; the cursor is at the end.
    var f = Self.drawn(b)
    #expect(f.lines == ["  一二三四", "  五六", "  第二段"])
    #expect(b.top.paragraph == 0 && b.top.line == 3)
    #expect(f.cursor?.row == 2 && f.cursor?.col == 8)
    _ = b.handle(.pageUp, now: fixedNow)
    b.fit(rows: 3, width: 8)
    #expect(b.editor.cursor.paragraph == 0 && b.editor.cursorLine().line == 3, "PgUp moves rows - 1 lines")
    #expect(Self.drawn(b).lines == f.lines, "still shown: no scrolling")
    _ = b.handle(.pageUp, now: fixedNow)
    b.fit(rows: 3, width: 8)
    #expect(Self.drawn(b).lines == ["  四，五六", "  七八九十", "  一二三四"])
    _ = b.handle(.modified(.home, .ctrl), now: fixedNow)
    b.fit(rows: 3, width: 8)
    #expect(Self.drawn(b).lines == ["  一二三", "  四，五六", "  七八九十"])
    _ = b.handle(.pageDown, now: fixedNow)
    b.fit(rows: 3, width: 8)
    #expect(b.editor.cursorLine().line == 2)
  }

  @Test("a selection is drawn in the selection style, line breaks included")
  func drawn() {
    var box = EditorBox(text: "金税工程\n金关工程", width: 20)
    box.editor.select(from: .init(0, 6), to: .init(1, 3))
    box.fit(rows: 3, width: 20)
    var f = Frame(rows: 3, cols: 24)
    box.draw(into: &f, row: 0, col: 2, rows: 3, width: 20, style: .normal)
    #expect(f.lines == ["  金税工程", "  金关工程", ""])
    #expect(f.columns(withStyle: .selected, row: 0) == [6, 7, 8, 9, 10], "工程 and the line break")
    #expect(f.columns(withStyle: .selected, row: 1) == [2, 3])
    #expect(f.cursor?.row == 1 && f.cursor?.col == 4)
  }

  @Test("fit lays out the paragraphs shown, so drawing lays out nothing")
  func fitLaysOut() {
    let text = (1...20).map { "第\($0)段：金税工程是我国电子政务的核心系统之一。" }.joined(separator: "\n")
    var b = EditorBox(text: text, width: 20)
    b.editor.place(.init(10, 0))
    b.fit(rows: 5, width: 20)
    let shown = (b.top.paragraph...(b.top.paragraph + 2))
    for p in shown { #expect(b.editor.laid[p]?.complete == true, "paragraph \(p)") }
    #expect(b.editor.laid.compactMap { $0 }.count <= 6, "a screenful and no more")
    #expect(b.editor.laid[19] == nil, "nothing below the box")
  }

  @Test("a resize rewraps and keeps the cursor shown")
  func resize() {
    var b = Self.box(TextEditorMovingTests.wrapped)
    #expect(b.top.line == 2)
    b.fit(rows: 2, width: 12)
    let f = Self.drawn(b, rows: 2, width: 12)
    #expect(Layout.lines(TextEditorMovingTests.wrapped, width: 12).map(\.display) == ["一二三四，五", "六七八九十一", "二三四五六"])
    #expect(f.lines == ["  六七八九十一", "  二三四五六"], "two lines shown, not the last and a blank")
    #expect(f.cursor?.row == 1 && f.cursor?.col == 12)
  }

  @Test("a click puts the cursor at the row and column clicked")
  func click() {
    var b = Self.box(TextEditorMovingTests.wrapped)
    _ = b.handle(.modified(.home, .ctrl), now: fixedNow)
    b.fit(rows: 3, width: 8)
    b.click(row: 1, column: 3)
    #expect(b.editor.beforeCursor == "一二三四")
    b.click(row: 0, column: 7)
    #expect(b.editor.cursorLine() == (0, 6), "past the end of a wrapped line: after its last character")
  }

  @Test("a pause of a second between keys is an undo step of the box too")
  func pauses() {
    var b = Self.box("")
    var t = fixedNow
    for c in "金税" {
      _ = b.handle(.char(c), now: t)
      t += 0.1
    }
    t += 1.5
    for c in "工程" {
      _ = b.handle(.char(c), now: t)
      t += 0.1
    }
    _ = b.handle(.ctrl("z"), now: t)
    #expect(b.editor.text == "金税")
  }
}

@Suite("Editor: Ctrl-T keeps one side of a merge's conflict")
struct EditorConflictTests {
  @Test("the version the cursor is in is kept, the other and the markers go, in one undo step")
  func keepsOneSide() {
    let text = "开头。\n【合并冲突：王小明 · lap1】\n王小明的版本。\n【合并冲突：李华 · lap2】\n李华的版本。\n【合并冲突结束】\n结尾。"
    var b = EditorBox(text: text, width: 30, rows: 8)
    b.fit(rows: 8, width: 30)
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    #expect(b.handle(.ctrl("t"), now: now) == .notice(Say.noConflictHere))
    b.editor.cursor = .init(4, 3)  // in 李华的版本
    let r = b.handle(.ctrl("t"), now: now)
    #expect(r.isEdited)
    #expect(r.message == Say.keptVersion("李华 · lap2"))
    #expect(b.editor.text == "开头。\n李华的版本。\n结尾。")
    #expect(b.editor.cursor == .init(1, 0))
    _ = b.handle(.ctrl("z"), now: now)
    #expect(b.editor.text == text)
  }
}
