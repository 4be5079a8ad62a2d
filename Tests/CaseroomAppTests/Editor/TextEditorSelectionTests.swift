import CaseroomEngine
import Testing

@testable import CaseroomApp

@Suite("Editor: selection, cut, copy and paste")
struct TextEditorSelectionTests {
  @Test("Shift-movements extend the selection from where it started; a plain movement clears it")
  func extending() {
    var e = TextEditor(text: "金税工程\n金关工程", width: 40)
    e.place(.init(0, 3))
    e.right(selecting: true)
    e.right(selecting: true)
    #expect(e.selectedText == "税工")
    #expect(e.selectedRange == TextEditor.Cursor(0, 3)..<TextEditor.Cursor(0, 9))
    e.down(selecting: true)
    #expect(e.selectedText == "税工程\n金关工")
    e.up(selecting: true)
    e.left(selecting: true)
    e.left(selecting: true)
    e.left(selecting: true)
    #expect(e.selectedText == "金", "the selection turns round its anchor")
    e.end(selecting: true)
    #expect(e.selectedText == "税工程")
    e.home(selecting: true)
    #expect(e.selectedText == "金")
    e.wordRight(selecting: true)
    #expect(e.selectedText == "税工程")
    e.textEnd(selecting: true)
    #expect(e.selectedText == "税工程\n金关工程")
    e.textStart(selecting: true)
    #expect(e.selectedText == "金")
    e.down()
    #expect(e.selectedRange == nil)
  }

  @Test("a plain ← or → with a selection goes to its start or end")
  func collapsing() {
    var e = TextEditor(text: "电子政务的核心系统", width: 40)
    e.select(from: .init(0, 6), to: .init(0, 15))
    e.left()
    #expect(e.cursor == .init(0, 6) && e.selectedRange == nil)
    e.select(from: .init(0, 15), to: .init(0, 6))
    e.right()
    #expect(e.cursor == .init(0, 15) && e.selectedRange == nil)
  }

  @Test("typing or pasting replaces the selection, as one undo step")
  func replacing() {
    var e = TextEditor(text: "金税工程是核心系统", width: 40)
    e.select(from: .init(0, 0), to: .init(0, 12))
    e.insert("金")
    e.insert("关")
    #expect(e.text == "金关是核心系统")
    e.undo()
    #expect(e.text == "金税工程是核心系统")
    #expect(e.selectedText == "金税工程", "undo gives the selection back")
    e.insert("第一行\n第二行")
    #expect(e.paragraphs == ["第一行", "第二行是核心系统"])
  }

  @Test("Backspace and Delete delete the selection, across paragraphs")
  func deleting() {
    var e = TextEditor(text: "第一段\n第二段\n第三段", width: 40)
    e.select(from: .init(0, 6), to: .init(2, 3))
    e.backspace()
    #expect(e.text == "第一三段")
    e.undo()
    e.select(from: .init(2, 3), to: .init(0, 6))
    e.delete()
    #expect(e.text == "第一三段")
    #expect(e.characterCount == 4)
  }

  @Test("cut returns the selection and removes it; copy returns it and keeps it; paste is insert")
  func clipboard() {
    var e = TextEditor(text: "“金税工程”总称为中国税收管理信息系统", width: 40)
    #expect(e.copy() == nil)
    #expect(e.cut() == nil)
    e.select(from: .init(0, 0), to: .init(0, "“金税工程”".utf8.count))
    #expect(e.copy() == "“金税工程”")
    #expect(e.selectedRange != nil)
    let clip = e.cut()
    #expect(clip == "“金税工程”")
    #expect(e.text == "总称为中国税收管理信息系统")
    e.textEnd()
    e.insert(clip!)
    #expect(e.text == "总称为中国税收管理信息系统“金税工程”")
    e.undo()
    e.undo()
    #expect(e.text == "“金税工程”总称为中国税收管理信息系统")
  }
}
