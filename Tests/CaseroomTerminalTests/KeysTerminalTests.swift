import CaseroomSession
import Foundation
import Testing

/// Keys as other terminals send them: raw bytes (`send-keys -H`) into the
/// program running under several TERM values, checked in what is saved.
@Suite("Keys from real terminals (tmux, raw bytes)", .serialized)
struct KeysTerminalTests {
  func session(_ t: Tmux, _ group: String) throws -> Session {
    let store = SessionStore(directory: t.state.appendingPathComponent("sessions"))
    return try store.load(store.url(caseId: "twelve-golden-projects", group: group))
  }

  /// A terminal as it announces itself and what it sends for Home and End.
  struct Sender: CustomStringConvertible, Sendable {
    var name: String
    var term: String
    var home: String
    var end: String
    var description: String { "\(name) (TERM=\(term))" }
  }

  static let senders: [Sender] = [
    Sender(name: "PuTTY, Xshell, MobaXterm", term: "xterm", home: "\u{1B}[1~", end: "\u{1B}[4~"),
    Sender(name: "VTE, Windows Terminal (normal mode)", term: "xterm-256color", home: "\u{1B}[H", end: "\u{1B}[F"),
    Sender(name: "xterm (application mode)", term: "xterm-256color", home: "\u{1B}OH", end: "\u{1B}OF"),
    Sender(name: "tmux, screen", term: "screen-256color", home: "\u{1B}[1~", end: "\u{1B}[4~"),
    Sender(name: "rxvt", term: "rxvt", home: "\u{1B}[7~", end: "\u{1B}[8~"),
    Sender(name: "Linux console", term: "linux", home: "\u{1B}[1~", end: "\u{1B}[4~"),
    Sender(name: "kitty (no terminfo entry here)", term: "xterm-kitty", home: "\u{1B}[H", end: "\u{1B}[F"),
  ]

  @Test(
    "Home, End, Alt-b and an unknown sequence in the answer editor: only the typed text is saved", arguments: senders)
  func editorKeys(_ s: Sender) throws {
    let t = try Tmux()
    try t.start("--group 第一组", environment: "TERM=\(s.term)")
    try t.keys("a")
    try t.waitFor("the answers") { $0.joined().contains("本组答案") }
    try t.keys("2")
    try t.waitFor("the editor") { $0.joined().contains("字数 0") }
    try t.type("abc")
    try t.bytes(s.home)
    try t.type("XYZ")
    try t.bytes(s.end)
    try t.type("!")
    try t.bytes("\u{1B}b")  // Alt-b: a word back, never leaves the editor
    try t.bytes("\u{1B}[99~")  // a key nobody knows: ignored whole
    try t.bytes(s.end)
    try t.type("。")
    try t.waitFor("the typed text") { $0.joined().contains("XYZabc!。") }
    try t.keys("Escape")
    try t.waitFor("the answers again") { $0.joined().contains("本组答案") }
    try t.keys("Escape", "q")
    try t.waitForShell()
    try t.expectSaneTerminal()
    let saved = try session(t, "第一组")
    #expect(saved.answers.map(\.text) == ["", "XYZabc!。", ""])
  }

  @Test("Esc then Q typed without a pause in the contents: the contents close and the questions open")
  func escThenKey() throws {
    let t = try Tmux()
    try t.start()
    try t.keys("t")
    try t.waitFor("the contents") { $0.joined().contains("目录 · 已读") }
    try t.bytes("\u{1B}Q")  // one write: the program reads Esc and Q together
    let s = try t.waitFor("the questions") { $0.count > 1 && $0[1] == " 思考题" && $0.joined().contains("Enter 编辑答案") }
    #expect(!s.joined().contains("目录 · 已读"), "the contents closed: \(s.joined(separator: "\n"))")
    try t.keys("Escape")
    try t.waitFor("reading") { !$0.joined().contains("Enter 编辑答案") }
    try t.keys("q")
    try t.waitForShell()
    try t.expectSaneTerminal()
  }

  @Test("a terminal type with no terminfo entry here is drawn as xterm-256color, and says so")
  func fallback() throws {
    let t = try Tmux()
    try t.start("", environment: "TERM=xterm-kitty")
    let s = try t.waitFor("the notice") { $0.last?.contains("xterm-256color") == true }
    #expect(s.last?.contains("xterm-kitty") == true)
    try t.keys("q")
    try t.waitForShell()
    try t.expectSaneTerminal()
  }

  @Test("TERM=dumb and no TERM are refused with a clear message and exit 1")
  func dumb() throws {
    let t = try Tmux()
    try t.shell("clear; TERM=dumb \(Tmux.binary.path) --no-group --lang en; echo \"EXIT=$?\"")
    var s = try t.waitFor("the refusal") { $0.contains { $0.hasPrefix("EXIT=") } }
    #expect(s.contains("EXIT=1"))
    #expect(s.joined().contains("TERM is 'dumb'"))
    try t.shell("clear; env -u TERM \(Tmux.binary.path) --no-group --lang en; echo \"EXIT2=$?\"")
    s = try t.waitFor("the refusal") { $0.contains { $0.hasPrefix("EXIT2=") } }
    #expect(s.contains("EXIT2=1"))
    #expect(s.joined().contains("TERM is not set"))
  }

  @Test("in the reader, End and Home as PuTTY sends them move within the section, nothing else")
  func readerKeys() throws {
    let t = try Tmux()
    try t.start("--section 7", environment: "TERM=xterm")
    try t.waitFor("金盾") { $0[0].contains("（七）金盾工程") }
    try t.bytes("\u{1B}[4~")
    let end = try t.waitFor("the end of the section") { $0.last?.contains("100%") == true }
    #expect(end[0].contains("（七）金盾工程"))
    #expect(!end.joined().contains("不是命令"))
    try t.bytes("\u{1B}[1~")
    let home = try t.waitFor("the start") { $0.joined().contains("（七）金盾工程") && $0.last?.contains("100%") == false }
    #expect(home[0].contains("（七）金盾工程"))
    try t.keys("q")
    try t.waitForShell()
  }

  @Test(
    "signals that end the program save first and give the terminal back", arguments: ["QUIT", "USR1", "ALRM", "TERM"])
  func endingSignals(_ signal: String) throws {
    let t = try Tmux()
    try t.start("--group 第二组")
    try t.keys("a")
    try t.waitFor("the answers") { $0.joined().contains("本组答案") }
    try t.keys("1")
    try t.waitFor("the editor") { $0.joined().contains("字数 0") }
    try t.type("信号之前")
    try t.waitFor("the text") { $0.joined().contains("信号之前") }
    let pid = try #require(try t.programPID())
    kill(pid, Int32(["QUIT": SIGQUIT, "USR1": SIGUSR1, "ALRM": SIGALRM, "TERM": SIGTERM][signal]!))
    try t.waitForShell()
    try t.expectSaneTerminal()
    #expect(try session(t, "第二组").answers[0].text == "信号之前")
    // The lock was given back: the group opens writable again.
    try t.start("--group 第二组")
    let s = try t.waitFor("the reader") { $0.first?.contains("中国十二金工程") == true }
    #expect(!s.joined().contains("只读"))
    try t.keys("q")
  }

  @Test("a note being typed when SIGHUP arrives is there again on the next start")
  func noteDraftAcrossHangUp() throws {
    let t = try Tmux()
    try t.start("--group 第三组")
    try t.keys("]", ")", "A")
    try t.waitFor("the note editor") { $0.contains(" 批注这一段：") }
    try t.type("断线前写的批注")
    try t.waitFor("the note") { $0.joined().contains("断线前写的批注") }
    let pid = try #require(try t.programPID())
    kill(pid, SIGHUP)
    try t.waitForShell()
    try t.expectSaneTerminal()
    try t.start("--group 第三组")
    let s = try t.waitFor("the note back") { $0.joined().contains("断线前写的批注") }
    #expect(s.last?.contains("上次未写完的批注已恢复") == true)
    try t.keys("Escape")
    try t.waitFor("the note kept") { $0.last?.contains("已加批注") == true }
    try t.keys("q")
    try t.waitForShell()
    #expect(try session(t, "第三组").annotations.map(\.note) == ["断线前写的批注"])
  }

  @Test("SIGPIPE does not end the program")
  func sigpipe() throws {
    let t = try Tmux()
    try t.start("--section 1")
    let first = try t.waitFor("the first section") { $0[0].contains("（一）") }
    let pid = try #require(try t.programPID())
    kill(pid, SIGPIPE)
    usleep(300_000)
    try t.keys("]")
    try t.waitFor("the next section") { $0[0].contains("（二）") && $0[0] != first[0] }
    try t.keys("q")
    try t.waitForShell()
  }
}

/// The editor and the lists in a real terminal: what lands in the saved session.
@Suite("The text editor and undo in a real terminal (tmux)", .serialized)
struct EditorTerminalTests {
  func session(_ t: Tmux, _ group: String) throws -> Session {
    let store = SessionStore(directory: t.state.appendingPathComponent("sessions"))
    return try store.load(store.url(caseId: "twelve-golden-projects", group: group))
  }

  func openEditor(_ t: Tmux, group: String, question: String = "1") throws {
    try t.start("--group \(group)")
    try t.keys("a", question)
    try t.waitFor("the editor") { $0.joined().contains("字数 0") }
  }

  @Test("a CRLF paste with ESC, BEL and tabs is cleaned: one line break each, the controls gone and counted")
  func cleanedPaste() throws {
    let t = try Tmux()
    try openEditor(t, group: "粘贴组")
    // A bracketed paste, as the terminal sends it, with Windows line ends and stray controls.
    try t.bytes("\u{1B}[200~第一行\u{1B}\u{07}\r\n\t第二行\r\n第三行\u{1B}[201~")
    try t.waitFor("the notice") { $0.last?.contains("已移除") == true }
    try t.keys("Escape")
    try t.waitFor("the answers") { $0.joined().contains("本组答案") }
    try t.keys("Escape", "q")
    try t.waitForShell()
    #expect(try session(t, "粘贴组").answers[0].text == "第一行\n\u{3000}\u{3000}第二行\n第三行")
  }

  @Test(
    "characters whose bytes come in separate reads (a slow SSH link, a paste split between packets) are all kept, in a paste too"
  )
  func splitCharacters() throws {
    let t = try Tmux()
    try openEditor(t, group: "分包组")
    // 你 = e4 bd a0, 好 = e5 a5 bd: cut inside each character, a pause between the pieces.
    for piece in ["e4 bd", "a0 e5", "a5 bd"] {
      try t.tmux(["send-keys", "-t", "main", "-H"] + piece.split(separator: " ").map(String.init))
      usleep(300_000)
    }
    try t.waitFor("你好") { $0.joined().contains("你好") }
    // A bracketed paste whose characters are split the same way.
    let paste = Array("\u{1B}[200~中文粘贴\u{1B}[201~".utf8)
    for chunk in stride(from: 0, to: paste.count, by: 4) {
      try t.tmux(
        ["send-keys", "-t", "main", "-H"]
          + paste[chunk..<min(chunk + 4, paste.count)].map { String(format: "%02x", $0) })
      usleep(100_000)
    }
    try t.waitFor("the paste") { $0.joined().contains("你好中文粘贴") }
    try t.keys("Escape")
    try t.waitFor("the answers") { $0.joined().contains("本组答案") }
    try t.keys("Escape", "q")
    try t.waitForShell()
    #expect(try session(t, "分包组").answers[0].text == "你好中文粘贴")
  }

  @Test("Ctrl-E on a wrapped line goes after its last character; typing pauses make undo steps")
  func endAndUndo() throws {
    let t = try Tmux(cols: 40, rows: 12)
    try openEditor(t, group: "撤销组")
    // A line of 40 Hanzi wraps at 36 columns: 18, 18, then 4.
    try t.type(String(repeating: "字", count: 40))
    // Up to the second screen line; Ctrl-E goes after its last character (the 36th), not before it.
    try t.keys("C-a", "Up", "C-e")
    try t.type("末")
    Thread.sleep(forTimeInterval: 1.3)
    try t.keys("C-e")
    try t.type("一句。")
    Thread.sleep(forTimeInterval: 1.3)
    try t.type("甲")
    try t.waitFor("typed") { $0.joined().contains("甲") }
    // Typed after a pause: one Ctrl-Z takes back just that.
    try t.keys("C-z")
    try t.waitFor("one step undone") { !$0.joined().contains("甲") && $0.joined().contains("一句。") }
    try t.keys("Escape")
    try t.waitFor("the answers") { $0.joined().contains("本组答案") }
    try t.keys("Escape", "q")
    try t.waitForShell()
    let text = try session(t, "撤销组").answers[0].text
    #expect(text == String(repeating: "字", count: 36) + "末" + String(repeating: "字", count: 4) + "一句。")
  }

  @Test("a citation removed with d comes back with u, saved")
  func removeAndUndo() throws {
    let t = try Tmux()
    try t.start("--group 引用组")
    try t.keys("]", "]", ")", "c")
    try t.waitFor("the prompt") { $0.contains(" 引用到哪一题？") }
    try t.keys("2")
    try t.keys("a", "j", "j")
    try t.keys("d")
    try t.waitFor("removed") { $0.last?.contains("已删除引用 · u 撤销") == true }
    // Saved at once, by a worker: the file follows within moments of the screen.
    let deadline = Date().addingTimeInterval(2)
    while (try? session(t, "引用组").answers[1].citations.isEmpty) != true && Date() < deadline { usleep(20_000) }
    #expect(try session(t, "引用组").answers[1].citations.isEmpty)
    try t.keys("u")
    try t.waitFor("restored") { $0.last?.contains("已恢复引用") == true }
    try t.keys("Escape", "q")
    try t.waitForShell()
    #expect(try session(t, "引用组").answers[1].citations.count == 1)
  }

  @Test("a note is multi-line, opened again from the notes list and edited")
  func notes() throws {
    let t = try Tmux()
    try t.start("--group 批注组")
    try t.keys("]", ")", "A")
    try t.waitFor("the note editor") { $0.contains(" 批注这一段：") }
    try t.type("第一行")
    try t.keys("Enter")
    try t.type("第二行")
    try t.keys("Escape")
    try t.waitFor("added") { $0.last?.contains("已加批注") == true }
    try t.keys("i")
    try t.waitFor("the notes list") { $0.contains(" ✎ 第一行") && $0.contains("   第二行") }
    try t.keys("e")
    try t.waitFor("the note again") { $0.contains(" 修改批注：") }
    try t.type("，改过")
    try t.keys("Escape")
    // Esc goes back one level: to the notes list the note was opened from.
    try t.waitFor("updated, back in the notes list") {
      $0.last?.contains("批注已更新") == true && $0.contains(" ✎ 第一行")
    }
    try t.keys("Escape", "q")
    try t.waitForShell()
    #expect(try session(t, "批注组").annotations.map(\.note) == ["第一行\n第二行，改过"])
  }

  @Test("a paste while reading says where pasting works")
  func pasteWhileReading() throws {
    let t = try Tmux()
    try t.start("--group 阅读组")
    try t.bytes("\u{1B}[200~一段文字\u{1B}[201~")
    try t.waitFor("the notice") { $0.last?.contains("要粘贴到答案里") == true }
    try t.keys("q")
    try t.waitForShell()
  }
}

@Suite("Keys in the review (tmux, raw bytes)", .serialized)
struct ReviewKeysTerminalTests {
  @Test("End and Home as PuTTY sends them neither quit the review nor change a score")
  func homeEnd() throws {
    let t = try Tmux()
    // One group with an answer.
    try t.start("--group 评阅组")
    try t.keys("a", "1")
    try t.waitFor("the editor") { $0.joined().contains("字数 0") }
    try t.type("一个答案")
    try t.keys("Escape")
    try t.waitFor("the answers") { $0.joined().contains("本组答案") }
    try t.keys("Escape", "q")
    try t.waitForShell()
    try t.shell("clear; TERM=xterm \(Tmux.binary.path) review")
    try t.waitFor("the grid") { $0.joined().contains("评阅组") }
    try t.bytes("\u{1B}[4~")
    try t.bytes("\u{1B}[1~")
    try t.keys("Enter")
    let s = try t.waitFor("the answer") { $0.joined().contains("一个答案") }
    #expect(!s.joined().contains("★"))
    try t.bytes("\u{1B}[1~")
    try t.bytes("\u{1B}[4~")
    Thread.sleep(forTimeInterval: 0.3)
    let after = try t.screen()
    #expect(after.joined().contains("一个答案"), "still in the review")
    #expect(!after.joined().contains("评分 Score"), "no score given")
    try t.keys("Escape", "q")
    try t.waitForShell()
  }
}

@Suite("One language at a time (tmux)", .serialized)
struct LanguageTerminalTests {
  static func han(_ s: String) -> Bool { s.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }

  @Test("--lang en: the hint bar has no Chinese; by default it has no English")
  func languages() throws {
    let t = try Tmux()
    try t.start("--lang en")
    let en = try t.waitFor("the English bar") { $0.last?.contains("contents") == true }
    #expect(!Self.han(en.last ?? ""), "\(en.last ?? "")")
    try t.keys("q")
    try t.waitForShell()
    try t.start("")
    let zh = try t.waitFor("the Chinese bar") { $0.last?.contains("目录") == true }
    let words = (zh.last ?? "").split(separator: " ").filter {
      $0.count > 1 && $0.allSatisfy { $0.isASCII && $0.isLetter }
    }
    #expect(words.isEmpty, "\(zh.last ?? "")")
    try t.keys("q")
    try t.waitForShell()
    // CASEROOM_LANG chooses too.
    try t.start("", environment: "CASEROOM_LANG=en")
    try t.waitFor("English again") { $0.last?.contains("questions") == true }
    try t.keys("q")
    try t.waitForShell()
  }
}

@Suite("A group in a class (tmux)", .serialized)
struct ClassTerminalTests {
  @Test("from the review: > starts the next phase in every reader, R releases the scores (both ask first)")
  func reviewDrivesTheClass() throws {
    let group = try Tmux()
    let dir = group.state.appendingPathComponent("class").path
    let bin = Tmux.binary.path
    try group.shell("clear; \(bin) class init \(dir) && echo INIT-OK")
    try group.waitFor("the class") { $0.contains { $0.hasPrefix("INIT-OK") } }
    try group.shell("clear; \(bin) read --class \(dir) --group 第一组")
    try group.waitFor("the reader") { $0.first?.contains("第一组") == true }
    try group.keys("a", "1")
    try group.waitFor("the editor") { $0.joined().contains("字数 0") }
    try group.type("我们的答案")
    try group.keys("Escape", "Escape")
    try group.waitFor("reading again") { !$0.joined().contains("本组答案") }

    let review = try Tmux(cols: 100, rows: 24)
    try review.shell("clear; \(bin) review --class \(dir)")
    try review.waitFor("the grid with 第一组") { $0.contains { $0.hasPrefix(" 第一组") && $0.contains("5字") } }
    // > asks; n leaves the class as it was.
    try review.keys(">")
    try review.waitFor("the question") { $0.last?.contains("y 进入下一阶段“个人阅读、分组讨论”") == true }
    try review.keys("n")
    try review.waitFor("not done") { $0.last?.contains("没有执行") == true }
    Thread.sleep(forTimeInterval: 0.6)
    #expect(try group.screen().last?.contains("个人阅读") == false, "no phase before y")
    try review.keys(">", "y")
    try review.waitFor("the phase in the review's header") { $0[0].contains("个人阅读、分组讨论") }
    try group.waitFor("the phase in the group's status bar", timeout: 3) { $0.last?.contains("个人阅读、分组讨论") == true }
    // The group has its answers open; a score, then R, y: the score appears under the answer, no key pressed.
    try group.keys("a")
    try group.waitFor("the answers") { $0.joined().contains("本组答案") && !$0.joined().contains("老师评分") }
    try review.keys("4")
    try review.waitFor("the score") { $0.contains { $0.hasPrefix(" 第一组") && $0.contains("★4") } }
    try review.keys("R")
    try review.waitFor("the question") { $0.last?.contains("y 发布分数和点评给 1 个小组") == true }
    try review.keys("y")
    try review.waitFor("released") { $0.last?.contains("已发布：1 个小组") == true }
    try group.waitFor("the score under the open answers", timeout: 4) { $0.joined().contains("老师评分 4/5") }
    try group.keys("Escape", "q")
    try group.waitForShell()
    try review.keys("q")
    try review.waitForShell()
  }

  @Test("the phase and its time left reach a reader within 2 s; released feedback shows under the answer")
  func phaseAndFeedback() throws {
    let t = try Tmux()
    let dir = t.state.appendingPathComponent("class").path
    let bin = Tmux.binary.path
    try t.shell("clear; \(bin) class init \(dir) && echo INIT-OK")
    try t.waitFor("the class") { $0.contains { $0.hasPrefix("INIT-OK") } }
    try t.shell("clear; \(bin) read --class \(dir) --group 第一组")
    try t.waitFor("the reader") { $0.first?.contains("第一组") == true }
    try t.keys("a", "1")
    try t.waitFor("the editor") { $0.joined().contains("字数 0") }
    try t.type("我们的答案")
    try t.keys("Escape")
    try t.waitFor("the answers") { $0.joined().contains("本组答案") }
    try t.keys("Escape")
    // The instructor starts phase 1 for 12 minutes, from another shell.
    try Tmux.spawnAndWait(
      [bin, "class", "phase", "1", "--minutes", "12", "--class", dir],
      output: t.state.appendingPathComponent("phase.out").path)
    let start = Date()
    try t.waitFor("the phase on the status bar", timeout: 5) { $0.last?.contains("还剩 12 分钟") == true }
    #expect(Date().timeIntervalSince(start) < 2.5)
    // Feedback: nothing before release.
    try t.keys("a")
    var s = try t.waitFor("the answers") { $0.joined().contains("本组答案") }
    #expect(!s.joined().contains("老师评分"))
    try t.keys("Escape")
    try t.waitFor("reading again") { !$0.joined().contains("本组答案") }
    // The instructor scores and releases (the review file, then release).
    let review = """
      {"caseId":"twelve-golden-projects","feedback":{"第一组":{"1":{"comment":"论证清楚","score":4,"updatedAt":"2026-11-29T08:00:00Z"}}},"order":[],"scaleMax":5,"schema":"caseroom.review/1","updatedAt":"2026-11-29T08:00:00Z"}
      """
    let reviewURL = URL(fileURLWithPath: dir).appendingPathComponent("instructor/twelve-golden-projects.review.json")
    try Data(review.utf8).write(to: reviewURL)
    let released = t.state.appendingPathComponent("release.out")
    try Tmux.spawnAndWait([bin, "class", "release", "--class", dir, "--lang", "en"], output: released.path)
    #expect(try String(contentsOf: released, encoding: .utf8).contains("released feedback to 1 group"))
    try t.keys("a")
    s = try t.waitFor("the feedback") { $0.joined().contains("老师评分 4/5") }
    #expect(s.contains { $0.contains("点评：论证清楚") }, "\(s.joined(separator: "\n"))")
    try t.keys("Escape", "q")
    try t.waitForShell()
  }

  @Test("S syncs with the class repository: another clone sees the answer")
  func syncKey() throws {
    let t = try Tmux()
    let root = t.state
    let bin = Tmux.binary.path
    let bare = root.appendingPathComponent("class.git").path
    let a = root.appendingPathComponent("a").path
    let b = root.appendingPathComponent("b").path
    let log = root.appendingPathComponent("git.out").path
    try Tmux.spawnAndWait(["git", "init", "-q", "--bare", bare], output: log)
    for clone in [a, b] { try Tmux.spawnAndWait(["git", "clone", "-q", bare, clone], output: log) }
    for clone in [a, b] {
      for (k, v) in [("user.name", "测试"), ("user.email", "t@example.org")] {
        try Tmux.spawnAndWait(["git", "-C", clone, "config", k, v], output: log)
      }
    }
    try t.shell("clear; \(bin) read --sessions \(a) --group 第二组")
    try t.waitFor("the reader") { $0.first?.contains("第二组") == true }
    try t.keys("a", "1")
    try t.waitFor("the editor") { $0.joined().contains("字数 0") }
    try t.type("从甲机同步的答案")
    try t.keys("Escape")
    try t.waitFor("the answers") { $0.joined().contains("本组答案") }
    try t.keys("Escape", "S")
    try t.waitFor("synced") { $0.last?.contains("已同步") == true }
    try t.keys("q")
    try t.waitForShell()
    try Tmux.spawnAndWait([bin, "sync", "--sessions", b], output: root.appendingPathComponent("sync.out").path)
    let files = try FileManager.default.contentsOfDirectory(atPath: b).filter { $0.hasSuffix(".session.json") }
    #expect(files.count == 1)
    let text = try String(contentsOfFile: b + "/" + (files.first ?? ""), encoding: .utf8)
    #expect(text.contains("从甲机同步的答案"))
  }
}
