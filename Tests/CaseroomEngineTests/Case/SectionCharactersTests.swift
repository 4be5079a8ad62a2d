import Testing

@testable import CaseroomEngine

/// A section's character count (the outline's 字) is `String.count`, taken without the grapheme
/// walk where every scalar is a character of its own.
@Suite("Section: characters")
struct SectionCharactersTests {
  @Test(
    "the count is String.count, in the fast cases and the others",
    arguments: [
      "", "金税工程。", "ARR（万元） 1,850", "全角ＡＢＣ１２３，标点「」", "Café déjà vu", "e\u{301}", "👍🏽 好", "🇨🇳", "한국어", "が\u{3099}",
      "a\r\nb", "tab\there", "ａ\u{FE0F}", "“引号”——省略…", "①②", "字\u{302A}", "©\u{FE0F}", "a\u{20D7}",
    ])
  func sameAsString(_ s: String) {
    #expect(Section.characterCount(s) == s.count, "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
    let section = Section(id: "s", title: "t", level: 1, paragraphs: [Paragraph(s), Paragraph("二十字")])
    #expect(section.characters == s.count + 3)
  }
}
