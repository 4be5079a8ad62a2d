import Foundation
import Testing

@testable import CaseroomApp

/// Another member's text shown in an open editor: the cursor moves with the
/// text around it, so what this reader types next lands where they meant.
@Suite("An editor showing another's text live: the cursor moves with its text")
struct LiveTextTests {
  func box(_ text: String, cursorAfter prefix: String) -> EditorBox {
    var b = EditorBox(text: text, width: 40, rows: 5)
    b.editor.place(b.editor.position(ofByte: prefix.utf8.count))
    return b
  }

  func typed(_ b: EditorBox, _ s: String) -> String {
    var b = b
    for ch in s { _ = b.handle(.char(ch), now: .distantPast, clipboard: nil) }
    return b.editor.text
  }

  @Test("text inserted before the cursor shifts it: the next words go where they were meant")
  func insertedBefore() {
    let b = box("乙前，乙再写一点一二三。", cursorAfter: "乙前，乙再写一点")
    let shown = b.showing("乙前，甲插乙再写一点一二三。")
    #expect(typed(shown, "乙同时插") == "乙前，甲插乙再写一点乙同时插一二三。")
  }

  @Test("text removed before the cursor, or changed after it, leaves it by its own words")
  func removedBeforeChangedAfter() {
    let b = box("第一句。第二句。第三句。", cursorAfter: "第一句。第二句")
    #expect(typed(b.showing("第二句。第三句。"), "！") == "第二句！。第三句。")
    #expect(typed(b.showing("第一句。第二句。改了第三句。"), "！") == "第一句。第二句！。改了第三句。")
  }

  @Test(
    "at the end it follows the end (a writer's typing, watched); two characters sharing leading bytes are told apart")
  func endAndSharedBytes() {
    let b = box("一二", cursorAfter: "一二")
    #expect(typed(b.showing("一二三四"), "五") == "一二三四五")
    // 一 (E4 B8 80) and 丁 (E4 B8 81) share two bytes: the change starts at the character.
    let c = box("一甲乙", cursorAfter: "一甲")
    #expect(typed(c.showing("丁甲乙"), "丙") == "丁甲丙乙")
  }
}
