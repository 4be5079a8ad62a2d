import Foundation
import Testing

/// The command line speaks the interface's language: its messages and the
/// errors the layers below return go through the same catalogue, chosen as
/// the screens choose (`Language.chosen`): `--lang`, `CASEROOM_LANG`, a zh
/// locale, then the case's own language (English with no case at hand).
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

  /// A class folder made with `class init` (English, so its output is not under test here).
  func classFolder() throws -> URL {
    let dir = try CLI.temporaryDirectory().appendingPathComponent("class")
    let made = try CLI.run(["class", "init", dir.path], environment: english)
    try #require(made.status == 0, "\(made.err)")
    return dir
  }

  @Test("the class layer's errors, worded by the command line: a phase past the plan, a folder that is no class")
  func classErrors() throws {
    let dir = try classFolder()
    let zh = try CLI.run(["class", "phase", "9", "--class", dir.path], environment: chinese)
    #expect(zh.status == 1)
    #expect(zh.err == "caseroom: \(dir.path)/class.json: 没有第 9 阶段：安排里有 3 个（1–3）\n", "\(zh.err)")
    let en = try CLI.run(["class", "phase", "9", "--class", dir.path], environment: english)
    #expect(en.err == "caseroom: \(dir.path)/class.json: no phase 9: the plan has 3 (1–3)\n", "\(en.err)")
    let none = try CLI.temporaryDirectory()
    let notClass = try CLI.run(["class", "status", "--class", none.path], environment: chinese)
    #expect(notClass.status == 1 && notClass.err.contains("\(none.path): 不是班级文件夹（没有 class.json）"), "\(notClass.err)")
  }

  @Test("what a command reports, in Chinese: class status, where, a search without hits, an unknown case id")
  func reports() throws {
    let dir = try classFolder()
    let status = try CLI.run(["class", "status", "--class", dir.path], environment: chinese)
    #expect(status.out.contains("现在：没有进行中的阶段"), "\(status.out)")
    let started = try CLI.run(["class", "phase", "1", "--minutes", "20", "--class", dir.path], environment: chinese)
    #expect(started.out.contains("▶ 1. 个人阅读、分组讨论") && started.out.contains("（第 1/3 阶段，"), "\(started.out)")
    let english = try CLI.run(["class", "status", "--class", dir.path], environment: self.english)
    #expect(english.out.contains("now: ") && english.out.contains("(phase 1/3, started "), "\(english.out)")
    #expect(!english.out.contains("分钟") && !english.out.contains("现在"), "\(english.out)")
    let whereZh = try CLI.run(["where"], environment: chinese)
    #expect(whereZh.out.hasPrefix("小组记录："), "\(whereZh.out)")
    let hits = try CLI.run(["search", "没有这样的词语"], environment: chinese)
    #expect(hits.status == 1 && hits.err == "caseroom: 没有找到“没有这样的词语”\n", "\(hits.err)")
    let unknown = try CLI.run(["read", "no-such-case"], environment: chinese)
    #expect(unknown.status == 1 && unknown.err.contains("没有“no-such-case”这个案例文件或案例编号"), "\(unknown.err)")
    let unknownEn = try CLI.run(["read", "no-such-case"], environment: self.english)
    #expect(unknownEn.err.contains("no case file or case id 'no-such-case'"), "\(unknownEn.err)")
  }

  @Test("a sync outside a clone, the reader without a terminal: in Chinese, naming the folder; in English as before")
  func syncAndTerminal() throws {
    let folder = try CLI.temporaryDirectory()
    let zh = try CLI.run(["sync", "--sessions", folder.path], environment: chinese)
    #expect(zh.status == 1)
    #expect(zh.err.hasPrefix("caseroom: 同步：\(folder.path) 不在班级仓库的 git 克隆里"), "\(zh.err)")
    let en = try CLI.run(["sync", "--sessions", folder.path], environment: english)
    #expect(en.err.hasPrefix("caseroom: sync: \(folder.path) is not in a git clone of a class repository"), "\(en.err)")
    let reader = try CLI.run(["read", "--no-group"], environment: chinese)
    #expect(reader.status != 0 && reader.err.contains("阅读器需要终端"), "\(reader.err)")
  }

  @Test("a damaged session file: check says where in Chinese and keeps the parser's place")
  func damagedSession() throws {
    let dir = try CLI.temporaryDirectory()
    let file = dir.appendingPathComponent("g.session.json")
    try Data("{\"schema\": \"caseroom.session/1\",\n".utf8).write(to: file)
    let zh = try CLI.run(["check", file.path], environment: chinese)
    #expect(zh.status == 1)
    #expect(zh.err.contains("\(file.path):") && zh.err.contains("小组记录已损坏（"), "\(zh.err)")
    let en = try CLI.run(["check", file.path], environment: english)
    #expect(en.err.contains("the session is damaged: "), "\(en.err)")
    #expect(!en.err.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(en.err)")
  }

  /// Nothing asked for: no `--lang`, no `CASEROOM_LANG`, in the given locale.
  static func unasked(_ lang: String) -> [String: String] {
    ["CASEROOM_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": lang]
  }

  /// A sessions folder holding a folder named as a session file (skipped, and said why).
  func summaryFolder() throws -> URL {
    let dir = try CLI.temporaryDirectory()
    try FileManager.default.createDirectory(
      at: dir.appendingPathComponent("fifo.session.json"), withIntermediateDirectories: true)
    return dir
  }

  @Test(
    "nothing asked, a C or an English locale: the Chinese case's language, as its screens; --lang en and a zh locale still decide",
    arguments: ["C.UTF-8", "en_US.UTF-8"])
  func defaultFollowsTheCase(_ locale: String) throws {
    let dir = try summaryFolder()
    let summary = try CLI.run(["review", "--summary", "--sessions", dir.path], environment: Self.unasked(locale))
    #expect(summary.status == 0, "\(summary.err)")
    #expect(summary.out.hasPrefix("小组"), "\(summary.out)")
    #expect(summary.out.contains("跳过：\(dir.path)/fifo.session.json：是文件夹，不是文件"), "\(summary.out)")
    let asked = try CLI.run(
      ["review", "--summary", "--sessions", dir.path, "--lang", "en"], environment: Self.unasked(locale))
    #expect(
      asked.out.hasPrefix("group") && asked.out.contains("skipped: \(dir.path)/fifo.session.json: is a directory"))
    let section = try CLI.run(["show", "--section", "99"], environment: Self.unasked(locale))
    #expect(section.err.contains("没有“99”这一节"), "\(section.err)")
    // A class: its case's language for class status, as for the reader in it.
    let made = try CLI.run(
      ["class", "init", try CLI.temporaryDirectory().appendingPathComponent("c").path],
      environment: Self.unasked(locale))
    #expect(made.status == 0 && made.out.contains("阶段"), "\(made.out)")
    // No case at hand (before the arguments are read): the bundled case's language, Chinese.
    let bad = try CLI.run(["review", "--scale", "0"], environment: Self.unasked(locale))
    #expect(bad.err.contains("--scale 应在 1 到 100 之间"), "\(bad.err)")
    // `check`, `cases`, `where`, an import that fails before it reads: Chinese too, unless asked.
    let missing = "/nonexistent/x.case.md"
    #expect(try CLI.run(["check", missing], environment: Self.unasked(locale)).err.contains("没有这个文件"))
    #expect(try CLI.run(["where"], environment: Self.unasked(locale)).out.contains("小组记录："))
    #expect(try CLI.run(["import", "/nonexistent/raw.txt"], environment: Self.unasked(locale)).err.contains("没有这个文件"))
    #expect(try CLI.run(["cases"], environment: Self.unasked(locale)).out.contains("中国十二金工程"))
    #expect(
      try CLI.run(["where"], environment: Self.unasked(locale).merging(["CASEROOM_LANG": "en"]) { $1 }).out.contains(
        "sessions: "), "CASEROOM_LANG still decides")
  }

  @Test("an English case: English by default; a zh locale, or LC_ALL=zh over LANG=C, makes it Chinese")
  func englishCase() throws {
    let dir = try CLI.temporaryDirectory()
    let file = dir.appendingPathComponent("en.case.md")
    try Data(
      "---\nformat: caseroom.case/1\nid: en-case\ntitle: A plain case\n---\n\n# One {#one}\n\nText.\n".utf8
    ).write(to: file)
    let en = try CLI.run(["show", file.path, "--section", "9"], environment: Self.unasked("C.UTF-8"))
    #expect(en.err.contains("no section '9'"), "\(en.err)")
    let zh = try CLI.run(["show", file.path, "--section", "9"], environment: Self.unasked("zh_CN.UTF-8"))
    #expect(zh.err.contains("没有“9”这一节"), "\(zh.err)")
    var over = Self.unasked("C.UTF-8")
    over["LC_ALL"] = "zh_CN.UTF-8"
    #expect(try CLI.run(["show", file.path, "--section", "9"], environment: over).err.contains("没有“9”这一节"))
    // LC_ALL=C over a Chinese LANG: the locale for messages is C, so the case decides.
    var c = Self.unasked("zh_CN.UTF-8")
    c["LC_ALL"] = "C"
    #expect(try CLI.run(["show", file.path, "--section", "9"], environment: c).err.contains("no section '9'"))
  }

  @Test("an import: the report and its messages in the hand-out's language, unless asked")
  func importFollowsTheHandout() throws {
    let dir = try CLI.temporaryDirectory()
    let raw = ImportCommandTests.handouts.appendingPathComponent("unnumbered-headings-wanggehua.txt")
    let out = dir.appendingPathComponent("w.case.md")
    let r = try CLI.run(["import", raw.path, "-o", out.path], environment: Self.unasked("C.UTF-8"))
    #expect(r.status == 0, "\(r.err)")
    #expect(ImportCommandTests.englishPhrase(ImportCommandTests.withoutQuotes(r.err)) == nil, "\(r.err)")
    let again = try CLI.run(["import", raw.path, "-o", out.path], environment: Self.unasked("C.UTF-8"))
    #expect(again.err.contains("已经存在"), "\(again.err)")
  }
}
