import Foundation
import Testing

@Suite("read --section: numbers, ids, titles and parts of titles")
struct ReadSectionTests {
  @Test("a part of a title (金盾) names its section; one that names none lists them, in the command line's language")
  func fragment() throws {
    // Found: the reader then stops only for want of a terminal.
    let found = try CLI.run(["read", "--section", "金盾", "--no-group", "--lang", "en"])
    #expect(found.err.contains("needs a terminal"))
    // The command line speaks as the screens do: --lang, CASEROOM_LANG, a zh locale, else the case's language.
    let chinese = ["CASEROOM_LANG": "zh", "LANG": "C.UTF-8", "LC_ALL": ""]
    let zh = try CLI.run(["read", "--section", "金X", "--no-group"], environment: chinese)
    #expect(zh.status == 1)
    #expect(zh.err.contains("没有这一节：“金X”"))
    #expect(zh.err.contains("（七）金盾工程"))
    let en = try CLI.run(
      ["read", "--section", "金X", "--no-group", "--lang", "en"],
      environment: ["CASEROOM_LANG": "", "LC_ALL": "", "LANG": "C.UTF-8"])
    #expect(en.err.contains("no section '金X'"))
    #expect(!en.err.contains("没有这一节"))
    // Nothing asked, a C locale: the Chinese case's language, as its reader would show.
    let byCase = try CLI.run(
      ["read", "--section", "金X", "--no-group"], environment: ["CASEROOM_LANG": "", "LC_ALL": "", "LANG": "C.UTF-8"])
    #expect(byCase.err.contains("没有这一节：“金X”"), "\(byCase.err)")
    // Two sections share 工程: not a name.
    let both = try CLI.run(["read", "--section", "工程", "--no-group", "--lang", "zh"])
    #expect(both.err.contains("没有这一节"))
  }
}
