import CaseroomEngine
import Testing

@testable import CaseroomApp

@Suite("Editor: single-line fields")
struct SingleLineTests {
  static func field(_ text: String = "", width: Int = 10) -> EditorBox {
    var box = EditorBox(text: text, width: width, singleLine: true)
    box.fit(rows: 1, width: width)
    return box
  }

  static func drawn(_ box: EditorBox, width: Int = 10) -> Frame {
    var f = Frame(rows: 1, cols: width + 2)
    box.draw(into: &f, row: 0, col: 1, rows: 1, width: width, style: .prompt)
    return f
  }

  @Test("no line breaks: typed Enter is the host's, pasted breaks become spaces")
  func noBreaks() {
    var box = Self.field()
    #expect(box.handle(.enter, now: fixedNow) == .unhandled)
    #expect(box.handle(.paste("金税\r\n工程\n"), now: fixedNow) == .edited)
    #expect(box.editor.text == "金税 工程")
    box.editor.insert("\n")
    #expect(box.editor.paragraphs == ["金税 工程 "])
    #expect(TextEditor(text: "a\nb", width: 10, singleLine: true).paragraphs == ["a b"])
  }

  @Test("↑ ↓ PgUp PgDn Tab and Enter are the host's; Home End Ctrl-Home Ctrl-End move in the line")
  func keys() {
    var box = Self.field("金税工程")
    for k: Key in [.up, .down, .pageUp, .pageDown, .tab, .enter, .modified(.up, .shift), .escape, .ctrl("s")] {
      #expect(box.handle(k, now: fixedNow) == .unhandled, "\(k)")
    }
    #expect(box.handle(.modified(.home, .ctrl), now: fixedNow) == .moved)
    #expect(box.editor.cursor.offset == 0)
    #expect(box.handle(.ctrl("e"), now: fixedNow) == .moved)
    #expect(box.editor.cursor.offset == 12)
    #expect(box.handle(.modified(.home, [.ctrl, .shift]), now: fixedNow) == .moved)
    #expect(box.editor.selectedText == "金税工程")
  }

  @Test("the field scrolls sideways so that the cursor is always shown")
  func scrolls() {
    var box = Self.field("金税工程是我国电子政务的核心系统")
    var f = Self.drawn(box)
    #expect(f.line(0) == " 核心系统")
    #expect(f.cursor?.row == 0 && f.cursor?.col == 9, "after the text, in the box's ninth column")
    _ = box.handle(.home, now: fixedNow)
    box.fit(rows: 1, width: 10)
    f = Self.drawn(box)
    #expect(f.line(0) == " 金税工程是")
    #expect(f.cursor?.col == 1)
    for _ in 0..<7 { _ = box.handle(.right, now: fixedNow) }
    box.fit(rows: 1, width: 10)
    f = Self.drawn(box)
    #expect(f.line(0) == " 程是我国电")
    #expect(f.cursor?.col == 9)
  }

  @Test("scrolled sideways, a double-width character is never cut in half")
  func wideCharacters() {
    var box = Self.field("a金税工程是我国电子政务")
    var f = Self.drawn(box)
    #expect(box.scrollColumn == 15, "column 14 is the right half of 国: start at 电")
    #expect(f.line(0) == " 电子政务")
    #expect(f.cells[0][1].character == "电")
    _ = box.handle(.home, now: fixedNow)
    box.fit(rows: 1, width: 10)
    f = Self.drawn(box)
    #expect(f.line(0) == " a金税工程", "是 would need columns 9 and 10: a blank instead of half of it")
    #expect(f.cells[0][10].character == " ")
    #expect(f.columns(withStyle: .prompt, row: 0) == Array(1...10))
  }

  @Test("deleting shrinks the scroll: no blank at the right while text is hidden at the left")
  func scrollsBack() {
    var box = Self.field("金税工程是我国电子政务的核心系统")
    for _ in 0..<6 { _ = box.handle(.backspace, now: fixedNow) }
    box.fit(rows: 1, width: 10)
    #expect(box.editor.text == "金税工程是我国电子政")
    #expect(Self.drawn(box).line(0) == " 国电子政", "the last characters, and the cursor after them")
  }

  @Test("a click puts the cursor on the character clicked")
  func click() {
    var box = Self.field("金税工程")
    box.click(row: 0, column: 5)
    #expect(box.editor.cursor.offset == 6, "column 5 is the right half of 工: before it")
  }
}
