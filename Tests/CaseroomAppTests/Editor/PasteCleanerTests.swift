import Testing

@testable import CaseroomApp

@Suite("Editor: cleaning pasted text")
struct PasteCleanerTests {
  static let indent = "\u{3000}\u{3000}"

  @Test("CR LF and CR become one LF: a Windows paste does not double its line breaks")
  func lineEnds() {
    #expect(PasteCleaner.clean("第一段\r\n第二段\r\n", tab: Self.indent) == ("第一段\n第二段\n", 0))
    #expect(PasteCleaner.clean("a\rb\r\rc", tab: Self.indent) == ("a\nb\n\nc", 0))
    #expect(PasteCleaner.clean("a\r\n\r\nb", tab: Self.indent) == ("a\n\nb", 0))
    #expect(PasteCleaner.clean("a\u{2028}b\u{2029}c", tab: Self.indent) == ("a\nb\nc", 0))
  }

  @Test("C0 and C1 controls other than line breaks are dropped and counted; U+FFFD stays")
  func controls() {
    let dirty = "\u{1B}[31m金税\u{1B}[0m\u{07}工程\u{7F}\u{85}\u{9B}\u{0}\u{FFFD}"
    let (text, removed) = PasteCleaner.clean(dirty, tab: Self.indent)
    #expect(text == "[31m金税[0m工程\u{FFFD}")
    #expect(removed == 7)
  }

  @Test("a tab becomes the indent Tab inserts")
  func tabs() {
    #expect(PasteCleaner.clean("\t金税工程\t1994", tab: Self.indent) == ("\u{3000}\u{3000}金税工程\u{3000}\u{3000}1994", 0))
  }

  @Test("single-line: each line break is a space, the ones at the end are dropped")
  func singleLine() {
    #expect(PasteCleaner.clean("金税\r\n工程\n\n", tab: " ", singleLine: true) == ("金税 工程", 0))
    #expect(PasteCleaner.clean("\n金税\n\n工程", tab: " ", singleLine: true) == (" 金税  工程", 0))
  }

  @Test("clean text comes back as it is")
  func clean() {
    let s = String(repeating: "“金税工程”总称为中国税收管理信息系统（CTAIS）。\n", count: 1000)
    #expect(PasteCleaner.isClean(s, singleLine: false))
    #expect(!PasteCleaner.isClean(s, singleLine: true))
    #expect(PasteCleaner.isClean("金税工程 CTAIS，ÀÉ€", singleLine: true))
    #expect(!PasteCleaner.isClean("a\u{85}", singleLine: false))
    #expect(!PasteCleaner.isClean("a\u{2028}", singleLine: false))
    #expect(PasteCleaner.clean(s, tab: Self.indent).text == s)
  }
}
