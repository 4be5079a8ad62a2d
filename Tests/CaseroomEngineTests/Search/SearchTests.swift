import Testing

@testable import CaseroomEngine

@Suite("Search")
struct SearchTests {
  let c = Fixtures.bundledCase

  @Test("finds Chinese substrings with no word boundaries")
  func chinese() {
    let hits = CaseSearch.search(c, "金盾")
    #expect(!hits.isEmpty)
    #expect(hits.first?.section == "golden-shield")
    #expect(hits.first?.paragraph == -1)  // the heading comes first
    #expect(hits.allSatisfy { $0.snippet.contains("金盾") })
  }

  @Test("CCIC is in 金盾工程")
  func ccic() {
    let hits = CaseSearch.search(c, "CCIC")
    #expect(Set(hits.map(\.section)) == ["golden-shield"])
  }

  @Test("folds full-width forms and Latin case", arguments: ["ＣＴＡＩＳ", "ctais", "CTAIS", "Ｃtais"])
  func folding(_ query: String) {
    let hits = CaseSearch.search(c, query)
    #expect(hits.map(\.section) == ["golden-tax"])
  }

  @Test("the full-width full stop finds the ASCII one, and back")
  func fullStop() {
    let s = Section(id: "a", title: "A", paragraphs: [Paragraph("传输速率为2.5Gbps。"), Paragraph("第1．条")])
    let c = Case(id: "x", title: "x", sections: [s])
    #expect(CaseSearch.search(c, "2．5gbps").map(\.paragraph) == [0])
    #expect(CaseSearch.search(c, "1.条").map(\.paragraph) == [1])
  }

  @Test("finds a phrase however the paragraph is wrapped on screen")
  func acrossLines() {
    let phrase = "全国犯罪信息中心"
    let hits = CaseSearch.search(c, phrase)
    #expect(hits.count == 1)
    guard let hit = hits.first else { return }
    let p = c.section(id: hit.section)!.paragraphs[hit.paragraph].text
    // At 20 columns the phrase is split over two screen lines, yet it is one hit.
    let lines = Layout.lines(p, width: 20)
    #expect(!lines.contains { $0.text.contains(phrase) })
    let scalars = Array(p.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[hit.start..<hit.end])) == phrase)
  }

  @Test("no hits, and empty queries, give nothing")
  func nothing() {
    #expect(CaseSearch.search(c, "不存在的词语").isEmpty)
    #expect(CaseSearch.search(c, "").isEmpty)
  }

  @Test("repeated patterns are found without overlap (KMP)")
  func repeated() {
    #expect(CaseSearch.ranges(of: "aa", in: "aaaaa") == [0..<2, 2..<4])
    #expect(CaseSearch.ranges(of: "abab", in: "abababab") == [0..<4, 4..<8])
    #expect(CaseSearch.ranges(of: "aab", in: "aaab") == [1..<4])
  }

  @Test("snippets never carry control characters")
  func snippets() {
    let s = Section(id: "a", title: "A", paragraphs: [Paragraph("前\u{1B}[2J后的金税工程")])
    let hits = CaseSearch.search(Case(id: "x", title: "x", sections: [s]), "金税")
    #expect(hits.count == 1)
    #expect(!hits[0].snippet.contains("\u{1B}"))
  }
}

@Suite("Natural order of group names")
struct NaturalOrderTests {
  @Test("Chinese and Arabic numbers compare by value")
  func order() {
    let names = ["第十组", "第二组", "第一组", "第三组", "Group 10", "Group 2", "第十一组", "甲组"]
    #expect(names.sorted(by: NaturalOrder.less) == ["Group 2", "Group 10", "甲组", "第一组", "第二组", "第三组", "第十组", "第十一组"])
  }
}
