import Foundation
import Testing

@testable import CaseroomApp

@Suite("Editor: the size limit")
struct SizeLimitTests {
  @Test("a text holds at most 1,000,000 UTF-8 bytes; an insert that would pass it inserts nothing")
  func limit() {
    #expect(TextEditor.byteLimit == 1_000_000)
    var e = TextEditor(text: String(repeating: "a", count: 999_998), width: 60)
    e.textEnd()
    #expect(e.byteCount == 999_998)
    #expect(e.exceedsLimit(inserting: "金"))
    let hanzi = e.insert("金")
    #expect(!hanzi, "three bytes do not fit in two")
    let fits = e.insert("ab")
    #expect(fits)
    #expect(e.byteCount == 1_000_000)
    let more = e.insert("c")
    #expect(!more)
    #expect(e.undoCount == 1)
    e.select(from: .init(0, 0), to: .init(0, 3))
    let replaced = e.insert("金")
    #expect(replaced, "replacing three bytes with three fits")
    #expect(e.byteCount == 1_000_000)
  }

  @Test("a paste that does not fit is refused whole, and the box says so")
  func pasteRefused() {
    var box = EditorBox(EditorBox.Fixture.editor(limit: 20))
    let outcome = box.handle(.paste("金税工程是我国电子政务的核心系统"), now: fixedNow)
    #expect(outcome == .notice(EditorNotice.tooLong(limit: 20)))
    #expect(box.editor.text == "")
    #expect(EditorNotice.tooLong(limit: 1_000_000).contains("1,000,000"))
  }

  @Test("line breaks count toward the size")
  func breaksCount() {
    var e = TextEditor(text: "金\n税", width: 20)
    #expect(e.byteCount == 7)
    e.textEnd()
    e.insert("\n\n")
    #expect(e.byteCount == 9)
    e.backspace()
    #expect(e.byteCount == 8)
    #expect(e.byteCount == e.text.utf8.count)
  }

  @Test("a key in a 990 KB paragraph takes well under 2 ms of layout")
  func longParagraph() {
    let para = String(repeating: "电子政务的发展需要统一规划、统一标准。", count: 17_400)
    #expect(para.utf8.count > 990_000)
    var box = EditorBox(text: para, width: 60)
    box.editor.place(.init(0, 500_001))
    box.fit(rows: 30, width: 60)
    let keys = Key.typing("新的系统") + [.backspace, .left, .delete]
    let start = Date()
    for k in keys {
      _ = box.handle(k, now: fixedNow)
      box.fit(rows: 30, width: 60)
    }
    let perKey = Date().timeIntervalSince(start) / Double(keys.count)
    // Generous for a debug build on a busy machine; a release build takes about a tenth of this.
    #expect(perKey < 0.05, "\(perKey * 1000) ms a key")
    var f = Frame(rows: 30, cols: 64)
    box.draw(into: &f, row: 0, col: 2, rows: 30, width: 60, style: .normal)
    #expect(f.cursor != nil)
    let known = box.editor.knownLines(of: 0)
    #expect(known.lines.map(\.range) == Array(LaidParagraphTests.full(box.editor).prefix(known.lines.count)))
  }

  @Test("a key in a 990 KB text of paragraphs lays out one paragraph and takes well under 2 ms")
  func fastNearTheLimit() {
    let para = String(repeating: "电子政务的发展需要统一规划、统一标准。", count: 20)
    let text = Array(repeating: para, count: 870).joined(separator: "\n")
    #expect(text.utf8.count > 990_000 && text.utf8.count < 1_000_000)
    var box = EditorBox(text: text, width: 60)
    box.editor.place(.init(435, 30))
    box.fit(rows: 30, width: 60)
    let before = box.editor.layoutWork
    let start = Date()
    for k in Key.typing("新的") + [.backspace] {
      _ = box.handle(k, now: fixedNow)
      box.fit(rows: 30, width: 60)
    }
    let perKey = Date().timeIntervalSince(start) / 3
    #expect(box.editor.layoutWork - before == 3, "one paragraph laid out again per key")
    // Generous for a debug build on a busy machine.
    #expect(perKey < 0.02, "\(perKey * 1000) ms a key")
    #expect(box.editor.characterCount == 870 * 20 * 19 + 1)
  }
}

extension EditorBox {
  enum Fixture {
    static func editor(limit: Int) -> TextEditor { TextEditor(text: "", width: 20, byteLimit: limit) }
  }
}
