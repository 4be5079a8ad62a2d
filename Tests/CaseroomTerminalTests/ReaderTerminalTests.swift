import Foundation
import Testing

/// The reader in a real terminal (tmux): what a user sees.
@Suite("Reader in a real terminal (tmux)", .serialized)
struct ReaderTerminalTests {
  @Test("the first screen shows the case and its first section")
  func firstScreen() throws {
    let t = try Tmux()
    try t.start()
    let s = try t.waitFor("first section") { $0.joined().contains("了解中国电子政务的发展历程") }
    #expect(s[0].contains("一、教学目的"))
    #expect(s.last?.contains("帮助") == true)
  }

  @Test("the table of contents lists all 17 projects and jumps")
  func contents() throws {
    let t = try Tmux(cols: 80, rows: 30)
    try t.start()
    try t.keys("t")
    let s = try t.waitFor("contents") { $0.joined().contains("目录") && $0.joined().contains("四、课堂安排") }
    for name in ["金宏", "金税", "金关", "金财", "金卡", "金审", "金盾", "金保", "金农", "金水", "金质", "金旅", "金卫", "金土", "金信", "金贸", "金智"] {
      #expect(s.contains { $0.contains(name + "工程") }, "\(name)")
    }
    for _ in 0..<7 { try t.keys("j") }
    try t.keys("Enter")
    try t.waitFor("金盾工程 in the header") { $0[0].contains("（七）金盾工程  7/17") }
  }

  @Test("Space pages through a whole section and into the next")
  func paging() throws {
    let t = try Tmux()
    try t.start("read --section 1")
    try t.waitFor("金宏工程") { $0[0].contains("（一）金宏工程  1/17") }
    for _ in 0..<10 {
      try t.keys("Space")
      Thread.sleep(forTimeInterval: 0.1)
      if try t.screen()[0].contains("2/17") { break }
    }
    try t.waitFor("金税工程") { $0[0].contains("（二）金税工程  2/17") && $0[1].contains("（二）金税工程") }
  }

  @Test("searching for CCIC lands in 金盾工程")
  func search() throws {
    let t = try Tmux()
    try t.start("read --section 1")
    try t.keys("/")
    try t.type("CCIC")
    try t.waitFor("the prompt") { $0.last?.hasPrefix("/CCIC") == true }
    try t.keys("Enter")
    let s = try t.waitFor("金盾工程") { $0[0].contains("（七）金盾工程") }
    #expect(s.contains { $0.contains("CCIC") })
    try t.keys("n")
    try t.waitFor("second hit") { $0.last?.contains("2/2") == true }
  }

  @Test("Chinese typed into the search prompt arrives whole")
  func chineseSearch() throws {
    let t = try Tmux()
    try t.start()
    try t.keys("/")
    try t.type("金智")
    try t.keys("Enter")
    try t.waitFor("金智工程") { $0[0].contains("（十七）金智工程") }
  }

  @Test("resizing 80×24 → 40×12 → 120×40 keeps the same passage on screen")
  func resize() throws {
    let t = try Tmux()
    try t.start("read --section 16")
    for _ in 0..<12 { try t.keys("j") }
    Thread.sleep(forTimeInterval: 0.3)
    let before = try t.screen()
    let passage = String(before[1].filter { !$0.isWhitespace && $0 != "\u{3000}" }.prefix(6))
    #expect(passage.count == 6)
    func squeezed(_ s: [String]) -> String {
      s.dropFirst().dropLast().joined().filter { !$0.isWhitespace && $0 != "\u{3000}" }
    }
    try t.resize(cols: 40, rows: 12)
    try t.waitFor("40×12 with the passage") {
      $0.count == 12 && $0[11].hasSuffix("%") && squeezed($0).contains(passage)
    }
    try t.resize(cols: 120, rows: 40)
    try t.waitFor("120×40 with the side contents and the passage") {
      $0.count == 40 && $0[2].contains("│") && $0[39].hasSuffix("%") && squeezed($0).contains(passage)
    }
    // Rapid resizes in a row, then back to 80×24.
    for (cols, rows) in [(50, 15), (30, 8), (100, 30), (20, 6), (61, 19), (140, 45)] {
      try t.resize(cols: cols, rows: rows)
    }
    try t.resize(cols: 80, rows: 24)
    try t.waitFor("80×24 with the passage") {
      $0.count == 24 && !$0[2].contains("│") && $0[23].hasSuffix("%") && squeezed($0).contains(passage)
    }
  }

  @Test("a too-small terminal shows a notice, and the reader comes back when it grows")
  func tooSmall() throws {
    let t = try Tmux()
    try t.start("read --section 3")
    try t.resize(cols: 16, rows: 5)
    try t.waitFor("the notice") { $0.joined().contains("终端太小") }
    try t.resize(cols: 80, rows: 24)
    try t.waitFor("the reader again") { $0[0].contains("（三）金关工程") }
  }

  @Test("q leaves a sane terminal and remembers the position for the next start")
  func quit() throws {
    let t = try Tmux()
    try t.start("read --section golden-audit")
    try t.waitFor("金审工程") { $0[0].contains("金审工程") }
    try t.keys("q")
    try t.waitFor("the shell") { $0.joined().contains("$") && !$0[0].contains("中国十二金工程") }
    try t.expectSaneTerminal()
    try t.start()
    try t.waitFor("back at 金审工程") { $0[0].contains("（六）金审工程") }
  }

  @Test(
    "SIGHUP, SIGTERM, SIGINT and a crash (SIGSEGV, SIGABRT) leave a sane terminal",
    arguments: [SIGHUP, SIGTERM, SIGINT, SIGSEGV, SIGABRT])
  func signals(_ signal: Int32) throws {
    let t = try Tmux()
    try t.start()
    guard let pid = try t.programPID() else {
      Issue.record("no program running")
      return
    }
    kill(pid, signal)
    try t.waitForShell()
    try t.expectSaneTerminal()
  }

  @Test("? shows the help screen; any key returns")
  func help() throws {
    let t = try Tmux(cols: 100, rows: 40)
    try t.start()
    try t.keys("?")
    try t.waitFor("help") { $0.contains(" 移动") && $0.contains(" 搜索") }
    try t.keys("Escape")
    try t.waitFor("the text again") { $0.joined().contains("了解中国电子政务的发展历程") }
  }

  @Test("every section, paged through at 40×12, obeys the line-breaking rules on screen")
  func wholeCaseNarrow() throws {
    let t = try Tmux(cols: 40, rows: 12)
    try t.start("read --section objectives")
    var seen = Set<String>()
    for _ in 0..<400 {
      let s = try t.waitFor("a screen") { _ in true }
      seen.insert(s[0])
      if s[0].contains("四、课堂安排") { break }
      try t.keys("Space")
      Thread.sleep(forTimeInterval: 0.03)
    }
    #expect(seen.contains { $0.contains("（十七）金智工程") })
  }
}

@Suite("Reader colours in a real terminal (tmux)", .serialized)
struct ReaderColourTests {
  /// The escape sequences of the first screen (`capture-pane -e`).
  func firstScreenEscapes(_ args: String, env: String = "") throws -> String {
    let t = try Tmux()
    try t.shell("clear; \(env) \(Tmux.binary.path) \(args) --no-group")
    try t.waitFor("the reader") { $0.first?.contains("中国十二金工程") == true }
    Thread.sleep(forTimeInterval: 0.2)
    return try t.tmux(["capture-pane", "-e", "-p", "-t", "main"])
  }

  /// Whether SGR sequences set a foreground or background colour.
  func hasColour(_ s: String) -> Bool {
    let regex = try! NSRegularExpression(pattern: "\u{1B}\\[[0-9;]*(3[0-7]|4[0-7]|38;5;[0-9]+|48;5;[0-9]+)[;m]")
    return regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
  }

  @Test("the default theme uses colour; NO_COLOR and --theme mono do not")
  func noColor() throws {
    #expect(hasColour(try firstScreenEscapes("")))
    #expect(hasColour(try firstScreenEscapes("--theme dark")))
    let plain = try firstScreenEscapes("", env: "NO_COLOR=1")
    #expect(!hasColour(plain))
    #expect(plain.contains("\u{1B}[7m"), "bars are drawn in reverse video instead")
    #expect(!hasColour(try firstScreenEscapes("--theme mono")))
  }

  @Test("an unknown theme is refused with the list of themes")
  func unknownTheme() throws {
    let t = try Tmux()
    try t.shell("clear; \(Tmux.binary.path) --theme neon; echo R''C=$?")
    let s = try t.waitFor("the error") { $0.joined().contains("RC=") }
    // Before a case is read: the bundled case's language, Chinese.
    #expect(s.joined().contains("没有“neon”这个配色"), "\(s.joined())")
    #expect(s.joined().contains("RC=64"))
  }

  @Test("a case file with a bad byte opens; the status bar names the line, and the text shows �")
  func badByteInCase() throws {
    let t = try Tmux()
    t.allowsReplacementCharacter = true
    var bytes = Array("---\nid: bad\ntitle: 中国十二金工程（坏）\n---\n\n# 一、开始\n\n第一段。\n\n# 二、结束\n\n坏".utf8)
    bytes += [0xE4, 0x28]
    bytes += Array("字在这里。\n".utf8)
    let file = t.state.appendingPathComponent("bad.case.md")
    try Data(bytes).write(to: file)
    try t.start("read \(file.path) --section last")
    let s = try t.waitFor("the warning") { $0.last?.contains("bad.case.md:12") == true }
    #expect(s.last?.contains("不是 UTF-8") == true)
    #expect(s.contains { $0.contains("坏\u{FFFD}(字在这里。") })
    // The warning goes with the next key, and the reader works as ever.
    try t.keys("[")
    try t.waitFor("the first section") { $0.joined().contains("第一段。") && $0.last?.contains("bad.case.md") == false }
  }
}
