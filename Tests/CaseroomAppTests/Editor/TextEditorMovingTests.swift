import CaseroomEngine
import Testing

@testable import CaseroomApp

@Suite("Editor: moving by line, word and text")
struct TextEditorMovingTests {
  /// Lines at width 8: 一二三 / 四，五六 / 七八九十 / 一二三四 / 五六.
  static let wrapped = "一二三四，五六七八九十一二三四五六"

  @Test("End on a wrapped line goes after its last character and stays shown on that line")
  func endOfWrappedLine() {
    var e = TextEditor(text: Self.wrapped, width: 8)
    #expect(e.lines(of: 0).map(\.display) == ["一二三", "四，五六", "七八九十", "一二三四", "五六"])
    e.place(.init(0, 3))
    e.end()
    #expect(e.cursor == .init(0, 9), "after 三, where 四 starts the next line")
    #expect(e.cursorAtLineEnd)
    #expect(e.cursorLine() == (0, 6))
    e.insert("X")
    #expect(e.paragraphs[0].hasPrefix("一二三X四"), "typed after the line's last character")
  }

  @Test("End on a full line puts the cursor after it; Home goes back to the line's start")
  func endOfFullLine() {
    var e = TextEditor(text: Self.wrapped, width: 8)
    e.place(.init(0, "一二三四，五六七".utf8.count))
    e.end()
    #expect(e.cursorLine() == (2, 8))
    #expect(e.beforeCursor == "一二三四，五六七八九十")
    e.home()
    #expect(e.cursorLine() == (2, 0))
    #expect(e.beforeCursor == "一二三四，五六")
    #expect(!e.cursorAtLineEnd)
  }

  @Test("a wrap point without the line-end flag is the start of the later line")
  func wrapPointStartsTheLaterLine() {
    var e = TextEditor(text: Self.wrapped, width: 8)
    e.place(.init(0, 9))
    #expect(e.cursorLine() == (1, 0))
    e.place(.init(0, 3))
    e.end()
    #expect(e.cursorLine() == (0, 6))
    e.left()
    e.right()
    #expect(e.cursorLine() == (1, 0), "→ onto a wrap point shows the cursor at the next line's start")
  }

  @Test("End on the last line of a paragraph goes to the paragraph's end")
  func endOfLastLine() {
    var e = TextEditor(text: Self.wrapped + "\n第二段", width: 8)
    e.place(.init(0, Self.wrapped.utf8.count - 3))
    e.end()
    #expect(e.cursor == .init(0, Self.wrapped.utf8.count))
    #expect(e.cursorLine() == (4, 4))
    #expect(!e.cursorAtLineEnd)
  }

  @Test("End stops before the spaces that hang at the end of a wrapped Latin line")
  func endBeforeHangingSpace() {
    var e = TextEditor(text: "hello world again", width: 8)
    #expect(e.lines(of: 0).map(\.display) == ["hello", "world", "again"])
    e.place(.init(0, 0))
    e.end()
    #expect(e.cursorLine() == (0, 5))
    e.insert("X")
    #expect(e.text == "helloX world again")
  }

  @Test("up and down past a shorter line's end keep the cursor after its last character")
  func verticalToALineEnd() {
    var e = TextEditor(text: Self.wrapped, width: 8)
    e.place(.init(0, "一二三四，五六七".utf8.count))
    e.end()
    #expect(e.cursorLine() == (2, 8))
    e.up()
    e.up()
    #expect(e.cursorLine() == (0, 6), "line 0 is six columns: the cursor goes after 三")
    #expect(e.cursor == .init(0, 9))
    e.down()
    e.down()
    #expect(e.cursorLine() == (2, 8), "the goal column is kept")
    e.down()
    e.down()
    #expect(e.cursorLine() == (4, 4))
    #expect(e.cursor.offset == Self.wrapped.utf8.count)
  }

  @Test("Ctrl-Home and Ctrl-End go to the start and the end of the whole text")
  func wholeText() {
    var e = TextEditor(text: "第一段\n第二段\n第三段", width: 20)
    e.place(.init(1, 3))
    e.textEnd()
    #expect(e.cursor == .init(2, 9))
    e.textStart()
    #expect(e.cursor == .init(0, 0))
  }

  /// The pieces of `text` between successive stops of a motion.
  static func stops(_ text: String, right: Bool) -> [String] {
    var e = TextEditor(text: text, width: 40)
    e.place(right ? .init(0, 0) : .init(0, text.utf8.count))
    var out: [String] = []
    var last = e.cursor.offset
    while true {
      if right { e.wordRight() } else { e.wordLeft() }
      guard e.cursor.offset != last && e.cursor.paragraph == 0 else { break }
      let (a, b) = (min(last, e.cursor.offset), max(last, e.cursor.offset))
      let u = Array(text.utf8)
      out.append(String(decoding: u[a..<b], as: UTF8.self))
      last = e.cursor.offset
    }
    return out
  }

  @Test("Chinese moves by phrase: word right stops just before each punctuation mark (金税工程)")
  func phrasesRight() {
    let text = EditorFixtures.goldenTax
    #expect(text.hasPrefix("“金税工程”总称为中国税收管理信息系统（CTAIS），"))
    let stops = Self.stops(text, right: true)
    #expect(
      Array(stops.prefix(9)) == [
        "“金税工程", "”总称为中国税收管理信息系统", "（CTAIS", "），是我国电子政务的核心系统之一", "，于1994年开始推行",
        "。1994年7月", "，作为", "“金税工程", "”一期的增值税交叉稽核系统在50个大中城市试点",
      ])
    #expect(stops.joined() == text)
    #expect(stops.last == "。", "only the full stop is left: the motion ends at the paragraph's end")
  }

  @Test("Chinese moves by phrase: word left stops just after each punctuation mark (金税工程)")
  func phrasesLeft() {
    let text = EditorFixtures.goldenTax
    let stops = Self.stops(text, right: false)
    #expect(
      Array(stops.prefix(5)) == ["并取得显著成效。", "二期原定目标全部实现，", "金税工程”", "至2003年7月，“", "二期，"])
    #expect(stops.reversed().joined() == text)
    #expect(stops.last == "“", "the opening quote is left: the motion ends at the paragraph's start")
  }

  @Test("a phrase runs between punctuation marks in other sentences of the case too")
  func phrasesElsewhere() {
    let text = EditorFixtures.paragraphs("golden-tax")[1]
    #expect(text.hasPrefix("“金税工程”促进了税务管理的改革创新，推动了业务和技术在战略层面的结合，"))
    var e = TextEditor(text: text, width: 40)
    e.place(.init(0, "“金税工程”".utf8.count))
    e.wordRight()
    #expect(e.beforeCursor == "“金税工程”促进了税务管理的改革创新")
    e.wordRight()
    #expect(e.beforeCursor == "“金税工程”促进了税务管理的改革创新，推动了业务和技术在战略层面的结合")
    e.wordLeft()
    e.wordLeft()
    #expect(e.beforeCursor == "“金税工程”")
  }

  @Test("Latin text moves by word; 2.5Gbps and don't are one word each")
  func latinWords() {
    let text = "The Golden Tax (CTAIS) began in 1994, at 2.5Gbps; don't stop."
    #expect(
      Self.stops(text, right: true) == [
        "The", " Golden", " Tax", " (CTAIS", ") began", " in", " 1994", ", at", " 2.5Gbps", "; don't", " stop", ".",
      ])
    #expect(Self.stops(text, right: false).first == "stop.")
  }

  @Test("word motion crosses a paragraph break one step at a time")
  func wordsAcrossParagraphs() {
    var e = TextEditor(text: "金税工程。\n\u{3000}\u{3000}金关工程", width: 40)
    e.place(.init(0, "金税工程".utf8.count))
    e.wordRight()
    #expect(e.cursor == .init(0, "金税工程。".utf8.count), "only punctuation left: the paragraph's end")
    e.wordRight()
    #expect(e.cursor == .init(1, 0))
    e.wordRight()
    #expect(e.cursor == .init(1, e.paragraphs[1].utf8.count), "the indent is skipped, then the phrase")
    e.wordLeft()
    #expect(e.cursor == .init(1, "\u{3000}\u{3000}".utf8.count))
    e.wordLeft()
    #expect(e.cursor == .init(1, 0))
    e.wordLeft()
    #expect(e.cursor == .init(0, "金税工程。".utf8.count))
  }

  @Test("what separates words: blanks, punctuation and symbols, not underscores or Hanzi")
  func separators() {
    for c: Character in [
      " ", "\u{3000}", "，", "。", "、", "；", "：", "！", "？", "…", "—", "“", "”", "（", "）", "《", "》", "+", "$", "^",
    ] {
      #expect(WordMotion.isSeparator(c), "\(c)")
    }
    for c: Character in ["金", "a", "Z", "7", "_", "ｃ", "é"] {
      #expect(!WordMotion.isSeparator(c), "\(c)")
    }
    #expect(WordMotion.joins(".", between: "2", and: "5"))
    #expect(!WordMotion.joins(".", between: "a", and: "b"))
    #expect(WordMotion.joins("'", between: "n", and: "t"))
  }
}
