import CaseroomEngine
import Testing

@testable import CaseroomApp

@Suite("Editor: deleting words and lines")
struct TextEditorDeletingTests {
  @Test("Alt-Backspace deletes back to the start of the phrase, each press one undo step")
  func wordBackward() {
    let text = EditorFixtures.goldenTax
    var e = TextEditor.at("是我国电子政务的核心系统之一，", in: text)
    e.deleteWordBackward()
    #expect(e.beforeCursor == "“金税工程”总称为中国税收管理信息系统（CTAIS），")
    e.deleteWordBackward()
    #expect(e.beforeCursor == "“金税工程”总称为中国税收管理信息系统（")
    e.undo()
    #expect(e.beforeCursor == "“金税工程”总称为中国税收管理信息系统（CTAIS），")
    e.undo()
    #expect(e.text == text)
  }

  @Test("Alt-d deletes on to the end of the phrase")
  func wordForward() {
    var e = TextEditor.at("“金税工程”", in: EditorFixtures.goldenTax)
    e.deleteWordForward()
    #expect(e.paragraphs[0].hasPrefix("“金税工程”（CTAIS），是我国"))
    e.deleteWordForward()
    #expect(e.paragraphs[0].hasPrefix("“金税工程”），是我国"))
    e.undo()
    #expect(e.paragraphs[0].hasPrefix("“金税工程”（CTAIS），是我国"))
  }

  @Test("deleting a word at a paragraph's start or end joins the paragraphs, like Backspace and Delete")
  func wordsAcrossParagraphs() {
    var e = TextEditor(text: "第一段。\n第二段", width: 40)
    e.place(.init(1, 0))
    e.deleteWordBackward()
    #expect(e.text == "第一段。第二段")
    e.undo()
    e.place(.init(0, "第一段。".utf8.count))
    e.deleteWordForward()
    #expect(e.text == "第一段。第二段")
  }

  /// Lines at width 8: 一二三 / 四，五六 / 七八九十 / 一二三四 / 五六.
  static let wrapped = TextEditorMovingTests.wrapped

  @Test("Ctrl-K deletes to the end of the screen line, not the paragraph")
  func killToScreenLineEnd() {
    var e = TextEditor(text: Self.wrapped, width: 8)
    e.place(.init(0, "一二三四，".utf8.count))
    e.killToLineEnd()
    #expect(e.text == "一二三四，七八九十一二三四五六")
    e.undo()
    #expect(e.text == Self.wrapped)
  }

  @Test("Ctrl-K at a paragraph's end joins the next paragraph")
  func killJoins() {
    var e = TextEditor(text: "第一段\n第二段", width: 20)
    e.place(.init(0, 9))
    e.killToLineEnd()
    #expect(e.text == "第一段第二段")
    let again = e.killToLineEnd()
    #expect(again && e.text == "第一段")
    let atEnd = e.killToLineEnd()
    #expect(!atEnd, "nothing after the end of the text")
  }

  @Test("Ctrl-K after End on a wrapped line deletes the next screen line's text")
  func killAtWrapPoint() {
    var e = TextEditor(text: Self.wrapped, width: 8)
    e.place(.init(0, 0))
    e.end()
    e.killToLineEnd()
    #expect(e.text == "一二三七八九十一二三四五六")
  }

  @Test("Ctrl-U deletes from the start of the screen line to the cursor")
  func killToScreenLineStart() {
    var e = TextEditor(text: Self.wrapped, width: 8)
    e.place(.init(0, "一二三四，五".utf8.count))
    e.killToLineStart()
    #expect(e.text == "一二三六七八九十一二三四五六")
    #expect(e.cursor == .init(0, 9))
    #expect(e.lines(of: 0)[0].display == "一二三六", "rewrapped: the cursor is inside the first line now")
    e.killToLineStart()
    #expect(e.text == "六七八九十一二三四五六")
    let atStart = e.killToLineStart()
    #expect(!atStart, "nothing before the cursor on its line")
    e.undo()
    e.undo()
    #expect(e.text == Self.wrapped)
    e.place(.init(0, 0))
    e.end()
    e.killToLineStart()
    #expect(e.text == "四，五六七八九十一二三四五六", "after End the cursor is on the earlier line")
  }

  @Test("runs of Backspace and of Delete are one undo step each; a movement ends a run")
  func deletionRuns() {
    var e = TextEditor(text: "电子政务的核心系统", width: 40)
    e.textEnd()
    for _ in 0..<4 { e.backspace() }
    #expect(e.text == "电子政务的")
    e.textStart()
    e.delete()
    e.delete()
    #expect(e.text == "政务的")
    e.undo()
    #expect(e.text == "电子政务的")
    e.undo()
    #expect(e.text == "电子政务的核心系统")
  }
}
