import Testing

@testable import CaseroomEngine

@Suite("字数 as WPS and Word count it")
struct WordCountTests {
  @Test(
    "each Chinese character and Chinese punctuation mark is 1; each other run between spaces is 1",
    arguments: [
      ("金税工程", 4), ("金税工程（CTAIS）", 7), ("中文abc def", 4), ("2.5Gbps", 1), ("e-government", 1),
      ("don't stop", 2), ("https://example.com/a/b", 1), ("   ", 0), ("，。", 2), ("项目总投资约79亿元", 9),
      ("Hello, world!", 2), ("“金宏工程”", 6), ("a.", 1), ("", 0),
    ])
  func counts(_ text: String, _ n: Int) {
    #expect(WordCount.of(text) == n, "\(text)")
  }

  @Test("a URL is one word, not 62 字")
  func url() {
    let url = "https://www.gov.cn/zhengce/content/2008-03/28/content_6196.htm"
    #expect(CharacterCount.of(url) == 62)
    #expect(WordCount.of(url) == 1)
  }
}
