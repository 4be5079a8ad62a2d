import Foundation
import Testing

/// The command line speaks the interface's language: its messages and the
/// errors the layers below return go through the same catalogue, chosen by
/// `--lang`, `CASEROOM_LANG`, then the locale (English otherwise).
@Suite("The command line in Chinese and English")
struct CLILanguageTests {
  let english = ["CASEROOM_LANG": "en", "LANG": "C.UTF-8", "LC_ALL": ""]
  let chinese = ["CASEROOM_LANG": "zh", "LANG": "C.UTF-8", "LC_ALL": ""]

  @Test("a missing case file: 没有这个文件 in Chinese, no such file in English; exit 1 either way")
  func missingFile() throws {
    let zh = try CLI.run(["show", "none.case.md", "--section", "1"], environment: chinese)
    #expect(zh.status == 1)
    #expect(zh.err.contains("none.case.md: 没有这个文件"), "\(zh.err)")
    let en = try CLI.run(["show", "none.case.md", "--section", "1"], environment: english)
    #expect(en.status == 1)
    #expect(en.err.contains("none.case.md: no such file"), "\(en.err)")
  }

  @Test("a section that is not there, in both languages")
  func noSection() throws {
    let zh = try CLI.run(["show", "--section", "99"], environment: chinese)
    #expect(zh.status != 0)
    #expect(zh.err.contains("没有“99”这一节"), "\(zh.err)")
    let en = try CLI.run(["show", "--section", "99"], environment: english)
    #expect(en.err.contains("no section '99'"), "\(en.err)")
  }

  @Test("options that do not go together, in both languages; a Chinese locale chooses Chinese")
  func options() throws {
    let zh = try CLI.run(["read", "--no-group", "--group", "甲"], environment: chinese)
    #expect(zh.status != 0)
    #expect(zh.err.contains("--no-group 和 --group 不能同时使用"), "\(zh.err)")
    let en = try CLI.run(["read", "--no-group", "--group", "甲"], environment: english)
    #expect(en.err.contains("--no-group and --group cannot be used together"), "\(en.err)")
    let locale = try CLI.run(
      ["read", "--no-group", "--group", "甲"], environment: ["CASEROOM_LANG": "", "LC_ALL": "", "LANG": "zh_CN.UTF-8"])
    #expect(locale.err.contains("不能同时使用"), "\(locale.err)")
  }

  @Test("a sessions folder that is not there, in both languages")
  func noFolder() throws {
    let zh = try CLI.run(["review", "--sessions", "/nonexistent-caseroom"], environment: chinese)
    #expect(zh.status != 0)
    #expect(zh.err.contains("没有这个文件夹"), "\(zh.err)")
    let en = try CLI.run(["review", "--sessions", "/nonexistent-caseroom"], environment: english)
    #expect(en.err.contains("no such directory"), "\(en.err)")
  }
}
