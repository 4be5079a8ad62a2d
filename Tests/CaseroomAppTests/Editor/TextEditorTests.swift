import CaseroomEngine
import Testing

@testable import CaseroomApp

@Suite("Text editor")
struct TextEditorTests {
  @Test("typing Chinese inserts whole characters; the cursor moves by grapheme")
  func typing() {
    var e = TextEditor(text: "", width: 20)
    for c in "金税工程" { e.insert(String(c)) }
    #expect(e.text == "金税工程")
    #expect(e.cursor == .init(0, 12))
    e.left()
    #expect(e.cursor.offset == 9)
    e.insert("👨‍👩‍👧")
    e.left()
    e.left()
    #expect(e.cursor.offset == 6)
    e.right()
    e.right()
    #expect(e.text == "金税工👨‍👩‍👧程")
    e.backspace()
    #expect(e.text == "金税工程", "backspace removes the whole cluster")
    e.left()
    e.delete()
    #expect(e.text == "金税程")
  }

  @Test("the cursor lands on the right column next to double-width characters")
  func columns() {
    var e = TextEditor(text: "金a税b", width: 20)
    e.place(.init(0, 0))
    #expect(e.cursorLine().column == 0)
    e.right()
    #expect(e.cursorLine().column == 2)
    e.right()
    #expect(e.cursorLine().column == 3)
    e.right()
    #expect(e.cursorLine().column == 5)
  }

  @Test("lines wrap with the engine's rules; up and down keep the column")
  func wrapping() {
    var e = TextEditor(text: "一二三四，五六七八九十一二三四五六", width: 8)
    #expect(e.lines(of: 0).map(\.display) == ["一二三", "四，五六", "七八九十", "一二三四", "五六"])
    e.place(.init(0, 0))
    e.right()
    e.down()
    #expect(e.cursorLine().line == 1)
    #expect(e.cursorLine().column == 2)
    e.down()
    e.down()
    e.down()
    #expect(e.cursorLine().line == 4)
    e.up()
    #expect(e.cursorLine() == (3, 2))
    e.home()
    #expect(e.cursorLine() == (3, 0))
    e.end()
    #expect(e.cursorLine().line == 3)
  }

  @Test("Enter splits a paragraph, Backspace at its start joins it back")
  func paragraphs() {
    var e = TextEditor(text: "第一段第二段", width: 20)
    e.place(.init(0, 9))
    e.insert("\n")
    #expect(e.paragraphs == ["第一段", "第二段"])
    #expect(e.cursor == .init(1, 0))
    e.backspace()
    #expect(e.paragraphs == ["第一段第二段"])
    #expect(e.cursor == .init(0, 9))
  }

  @Test("undo and redo; typing a run is one step, a paragraph break another")
  func undo() {
    var e = TextEditor(text: "", width: 20)
    for c in "电子政务 " { e.insert(String(c)) }
    e.insert("\n")
    for c in "发展" { e.insert(String(c)) }
    e.undo()
    #expect(e.text == "电子政务 \n")
    e.undo()
    e.undo()
    #expect(e.text == "")
    let undone = e.undo()
    #expect(!undone, "nothing left to undo")
    e.redo()
    #expect(e.text == "电子政务 ")
    e.redo()
    e.redo()
    #expect(e.text == "电子政务 \n发展")
    let redone = e.redo()
    #expect(!redone)
    e.backspace()
    e.undo()
    #expect(e.text == "电子政务 \n发展")
    #expect(e.canRedo)
  }

  @Test("a pasted page arrives as one edit, line breaks kept")
  func paste() {
    var e = TextEditor(text: "前后", width: 20)
    e.place(.init(0, 3))
    let page = (1...50).map { "第\($0)行：金盾工程" }.joined(separator: "\n")
    e.insert(page)
    #expect(e.paragraphs.count == 50)
    #expect(e.paragraphs.first == "前第1行：金盾工程")
    #expect(e.paragraphs.last == "第50行：金盾工程后")
    #expect(e.cursor == .init(49, "第50行：金盾工程".utf8.count))
    e.undo()
    #expect(e.text == "前后")
  }

  @Test("字数 counts characters that are not blank")
  func count() {
    var e = TextEditor(text: "金税 工程\n\nCTAIS", width: 20)
    #expect(e.characterCount == 9)
    e.insert("。")
    #expect(e.characterCount == 10)
  }

  @Test("a keystroke in a 200 KB answer lays out only the paragraph it touches")
  func bigAnswer() {
    let para = String(repeating: "电子政务的发展需要统一规划、统一标准。", count: 20)
    let text = Array(repeating: para, count: 200).joined(separator: "\n")
    #expect(text.utf8.count > 200_000)
    var e = TextEditor(text: text, width: 60)
    e.place(.init(100, 30))
    e.layOut(e.cursor.paragraph)
    let before = e.layoutWork
    e.insert("新")
    e.layOut(e.cursor.paragraph)
    e.layOut(e.cursor.paragraph)  // laid out already: no work
    e.backspace()
    e.layOut(e.cursor.paragraph)
    #expect(e.layoutWork - before == 2)
  }
}

@Suite("字数 in the editor, kept up to date key by key")
struct EditorWordCountTests {
  @Test("after every edit, the editor's 字数 is the text's (random edits with Latin, Chinese and spaces)")
  func randomEdits() {
    var random = SplitMix64(seed: 7)
    var e = TextEditor(text: "金税工程 CTAIS\nabc def", width: 20)
    let pieces = ["a", "b", " ", "金", "，", "2.5", "\n", "Gbps", "’", "  ", "工程x"]
    for _ in 0..<2000 {
      let p = Int(random.next() % UInt64(e.paragraphs.count))
      let para = e.paragraphs[p]
      let offsets = [0] + para.indices.map { para.utf8.distance(from: para.startIndex, to: $0) } + [para.utf8.count]
      e.place(.init(p, offsets[Int(random.next() % UInt64(offsets.count))]))
      switch random.next() % 4 {
      case 0: e.backspace()
      case 1: e.delete()
      default: e.insert(pieces[Int(random.next() % UInt64(pieces.count))])
      }
      if e.wordCount != WordCount.of(e.text) {
        Issue.record("字数 \(e.wordCount), the text's \(WordCount.of(e.text)): \(e.text.debugDescription)")
        return
      }
    }
  }
}
