import CaseroomEngine
import Testing

@testable import CaseroomApp

@Suite("Marking a passage: ( ) extend, { } move, Esc clears")
struct PassageTests {
  /// The reader at 金税工程, whose first paragraph has three sentences.
  func tax() -> ReaderState {
    ReaderFixtures.reader(24, 80, at: Anchor(section: ReaderFixtures.content(2)))
  }

  @Test(") marks the first sentence on screen, then extends the mark by a sentence; ( extends it backward")
  func extend() {
    var r = tax()
    r.press(.char(")"))
    #expect(r.passage?.quote == "“金税工程”总称为中国税收管理信息系统（CTAIS），是我国电子政务的核心系统之一，于1994年开始推行。")
    r.press(.char(")"))
    #expect(r.passage?.quote.hasPrefix("“金税工程”总称为") == true)
    #expect(r.passage?.quote.hasSuffix("增值税交叉稽核系统在50个大中城市试点。") == true)
    // Moved to the third sentence alone, then extended backward over the second.
    r.press(.char("}"))
    #expect(r.passage?.quote.hasPrefix("1998年8月开始推行") == true)
    r.press(.char("("))
    #expect(r.passage?.quote.hasPrefix("1994年7月，作为") == true)
    #expect(r.passage?.quote.hasSuffix("并取得显著成效。") == true)
  }

  @Test("extending stops at the end of the paragraph and says so")
  func paragraphEnd() {
    var r = tax()
    r.press(.char(")"))
    for _ in 0..<6 { r.press(.char(")")) }
    #expect(r.passage?.quote.hasSuffix("并取得显著成效。") == true)
    #expect(r.render().line(23).hasPrefix(" 已到段末：一次引用限于一段之内"))
  }

  @Test("Esc clears the mark")
  func escape() {
    var r = tax()
    r.press(.char(")"), .escape)
    #expect(r.passage == nil)
    #expect(r.render().columns(withStyle: .passage, row: 3).isEmpty)
  }

  @Test("a mark scrolled off screen is brought back into view before citing it")
  func offScreen() {
    var w = WorkspaceFixtures.workspace(12, 40)
    w.press(.char("]"), .char("]"), .char(")"))
    let quote = w.reader.passage?.quote
    for _ in 0..<15 { w.press(.char("j")) }
    #expect(!w.reader.isOnScreen(w.reader.passage!))
    w.press(.char("c"))
    #expect(w.reader.isOnScreen(w.reader.passage!))
    w.press(.char("2"))
    #expect(w.session.answers[1].citations.first?.anchor.quote == quote)
  }
}
