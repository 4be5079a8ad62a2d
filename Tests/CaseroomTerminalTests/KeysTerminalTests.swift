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
    try t.shell("clear; TERM=dumb \(Tmux.binary.path) --no-group; echo \"EXIT=$?\"")
    var s = try t.waitFor("the refusal") { $0.contains { $0.hasPrefix("EXIT=") } }
    #expect(s.contains("EXIT=1"))
    #expect(s.joined().contains("TERM is 'dumb'"))
    try t.shell("clear; env -u TERM \(Tmux.binary.path) --no-group; echo \"EXIT2=$?\"")
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
