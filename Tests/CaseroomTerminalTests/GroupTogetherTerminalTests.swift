import CaseroomEngine
import CaseroomSession
import Foundation
import Testing

/// Two members of one group, each at their own terminal (two tmux servers
/// on one sessions folder): what each sees of the other.
@Suite("A group writes together in two terminals", .serialized)
struct GroupTogetherTerminalTests {
  /// A second terminal on the first one's sessions folder and state.
  func pair() throws -> (Tmux, Tmux, String) {
    let a = try Tmux()
    let b = try Tmux()
    let env = "CASEROOM_SESSIONS=\(a.state.path)/sessions XDG_STATE_HOME=\(a.state.path)"
    return (a, b, env)
  }

  @Test(
    "two readers open the same answer: the second sees the first's text live, told who writes it; when the first leaves, the second writes"
  )
  func sameAnswer() throws {
    let (a, b, env) = try pair()
    try a.start("--group 第一组 --members 李华,王芳 --member 李华", environment: env)
    try a.waitFor("the header names the member") { $0[0].contains("第一组 · 李华") }
    try a.keys("a")
    try a.keys("1")
    try a.waitFor("the editor") { $0.joined().contains("字数 0") }
    try a.type("李华写的第一句。")
    try b.start("--group 第一组 --member 王芳", environment: env)
    try b.waitFor("the header names the member") { $0[0].contains("第一组 · 王芳") }
    try b.keys("a")
    _ = try b.waitFor("who writes question 1, in the answers view") { $0.joined().contains("李华正在写") }
    try b.keys("1")
    try b.waitFor("the first's text, read-only, with who writes it", timeout: 4) {
      $0.joined().contains("李华写的第一句。") && $0.joined().contains("李华正在写（只读")
    }
    try a.type("第二句。")
    try b.waitFor("the first's typing, live", timeout: 4) { $0.joined().contains("李华写的第一句。第二句。") }
    try b.type("x")
    #expect(!(try b.screen().joined().contains("x第二句")))
    try a.keys("Escape")
    try b.waitFor("free now", timeout: 4) { $0.joined().contains("现在可以写了") }
    try b.type("王芳接着写。")
    Thread.sleep(forTimeInterval: 2.5)  // saved within 2 s of the last key
    try b.keys("Escape")
    try b.waitFor("the answers view") { $0.joined().contains("本组答案") }
    try b.keys("q")
    try b.keys("q")
    try a.keys("q")
    try a.keys("q")
    try a.waitForShell()
    try b.waitForShell()
    let store = SessionStore(directory: a.state.appendingPathComponent("sessions"))
    let s = try #require(store.list(caseId: "twelve-golden-projects").first?.session)
    #expect(s.answers[0].text == "李华写的第一句。第二句。王芳接着写。")
    #expect(s.participation?["李华"]?.characters.first == CharacterCount.of("李华写的第一句。第二句。"))
    #expect(s.participation?["王芳"]?.characters.first == CharacterCount.of("王芳接着写。"))
  }

  @Test(
    "one member at two terminals: the second is told it is themself, typing there is refused aloud and kept, taking over tells the first"
  )
  func sameMemberTwice() throws {
    let (a, b, env) = try pair()
    try a.start("--group 第一组 --members 李华,李四 --member 李四", environment: env)
    try a.waitFor("the header names the member") { $0[0].contains("第一组 · 李四") }
    try a.keys("a")
    try a.keys("2")
    try a.waitFor("the editor") { $0.joined().contains("字数 0") }
    try a.type("甲写的第一句。")
    try b.start("--group 第一组 --member 李四", environment: env)
    try b.waitFor("the header names the member") { $0[0].contains("第一组 · 李四") }
    try b.keys("a")
    try b.waitFor("question 2 is written at this member's other terminal") { $0.joined().contains("你在另一个终端写") }
    #expect(!(try b.screen().joined().contains("李四正在写")), "never named as another writer")
    try b.keys("2")
    try b.waitFor("asked: written at your other terminal; take over or watch", timeout: 4) {
      $0.joined().contains("你在另一个终端正在写这题") && $0.joined().contains("接管")
    }
    try b.keys("r")
    try b.waitFor("the other terminal's text, read-only, said to be yours", timeout: 4) {
      $0.joined().contains("甲写的第一句。") && $0.joined().contains("你在另一个终端正在写这题（只读")
    }
    try b.type("乙写的第二句。")
    try b.waitFor("the typing refused aloud: how much, kept on the clipboard, what to do", timeout: 4) {
      $0.joined().contains("7 字未写入（已复制") && $0.joined().contains("可接管")
    }
    #expect(!(try b.screen().joined().contains("乙写的")), "nothing written into the read-only view")
    // Esc and open it again: take over here.
    try b.keys("Escape")
    try b.waitFor("the answers view") { $0.joined().contains("本组答案") }
    try b.keys("2")
    try b.waitFor("asked again", timeout: 4) { $0.joined().contains("接管") }
    try b.keys("t")
    try b.waitFor("the editor, writable", timeout: 4) {
      $0.joined().contains("甲写的第一句。") && !$0.joined().contains("只读")
    }
    try b.keys("C-End")
    try b.type("乙又写。")
    try a.waitFor("the first terminal told that it was taken over here", timeout: 4) {
      $0.joined().contains("你在另一终端接管了这题")
    }
    try a.waitFor("the first terminal shows the second's text live", timeout: 4) {
      $0.joined().contains("甲写的第一句。乙又写。")
    }
    try a.type("x")
    try a.waitFor("the first terminal's typing refused aloud") { $0.joined().contains("1 字未写入") }
    Thread.sleep(forTimeInterval: 2.5)  // saved within 2 s of the last key
    for t in [b, a] {
      try t.keys("Escape")
      try t.waitFor("the answers view") { $0.joined().contains("本组答案") }
      try t.keys("q")
      try t.keys("q")
      try t.waitForShell()
    }
    let store = SessionStore(directory: a.state.appendingPathComponent("sessions"))
    let s = try #require(store.list(caseId: "twelve-golden-projects").first?.session)
    #expect(s.answers[1].text == "甲写的第一句。乙又写。")
  }

  @Test(
    "a member waiting at the group picker sees the group another terminal makes, the selection staying on its group",
    arguments: [false, true])
  func pickerSeesNewGroup(noInotify: Bool) throws {
    let (a, b, env) = try pair()
    let store = SessionStore(directory: a.state.appendingPathComponent("sessions"))
    try store.save(
      Session(case: try BundledCase.load(), group: .init(name: "第二组", members: ["李华"])),
      to: store.url(caseId: "twelve-golden-projects", group: "第二组"))
    let watch = noInotify ? " CASEROOM_NO_INOTIFY=1" : ""
    try a.shell("clear; \(env)\(watch) \(Tmux.binary.path)")
    try a.waitFor("the group picker, 第二组 on it") { $0.joined().contains("新建小组") && $0.joined().contains("第二组") }
    try b.start("--group 第一组 --members 王芳 --member 王芳", environment: env)
    try b.waitFor("the new group's reader") { $0[0].contains("第一组 · 王芳") }
    let shown = try a.waitFor("the new group at the first terminal's picker", timeout: 5) {
      $0.contains { $0.hasPrefix("  第一组（王芳）") }
    }
    _ = shown
    try a.waitFor("who reads it", timeout: 5) { $0.contains { $0.hasPrefix("  第一组（王芳）  在线：王芳") } }
    try a.keys("Enter")
    try a.waitFor("Enter opens the group that was selected: 第二组") { $0.joined().contains("谁在读“第二组”？") }
    try b.keys("q")
    try b.waitForShell()
  }

  /// The reader locks in the group's live folder (`sessions/.<file>.live/reader-*.lock`).
  func readerLocks(_ t: Tmux) throws -> [String] {
    let sessions = t.state.appendingPathComponent("sessions")
    let live = try FileManager.default.contentsOfDirectory(atPath: sessions.path).filter { $0.hasSuffix(".live") }
    return try live.flatMap { folder in
      try FileManager.default.contentsOfDirectory(atPath: sessions.appendingPathComponent(folder).path)
        .filter { $0.hasPrefix("reader-") && $0.hasSuffix(".lock") }
    }
  }

  @Test("a reader killed with kill -9 leaves its lock; the next reader clears it and never shows the dead member here")
  func killedReaderCleared() throws {
    let (a, b, env) = try pair()
    try a.start("--group 第一组 --members 李华,王芳 --member 李华", environment: env)
    try a.waitFor("the header names the member") { $0[0].contains("第一组 · 李华") }
    let pid = try #require(try a.programPID())
    #expect(kill(pid, SIGKILL) == 0)
    try a.waitForShell()
    #expect(try readerLocks(a).count == 1, "the dead reader's lock is left behind")
    try b.start("--group 第一组 --member 王芳", environment: env)
    try b.waitFor("the header names the member") { $0[0].contains("第一组 · 王芳") }
    try b.keys("a")
    let screen = try b.waitFor("the answers view, who is here") { $0.joined().contains("在线：") }
    let here = screen.joined().components(separatedBy: "在线：").last ?? ""
    #expect(here.hasPrefix("王芳") && !here.contains("李华"), "only the live reader is here: \(screen.joined())")
    let deadline = Date().addingTimeInterval(5)
    while try readerLocks(a).count != 1 && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
    #expect(try readerLocks(a).count == 1, "the dead reader's lock removed, the live one's kept")
    try b.keys("q")
    try b.keys("q")
    try b.waitForShell()
    #expect(try readerLocks(a).isEmpty, "the last reader gone: the folder holds no reader")
  }

  @Test(
    "a save that fails: the sessions folder replaced by a file while a member types; quitting works, the draft comes back",
    arguments: [40, 80, 120])
  func failedSave(_ cols: Int) throws {
    let t = try Tmux(cols: cols, rows: cols == 40 ? 12 : 24)
    try t.start("--group 第一组 --member 李华")
    try t.keys("a")
    try t.keys("1")
    try t.waitFor("the editor") { $0.joined().contains("字数") }
    try t.type("保存之前的字。")
    try t.waitFor("saved") { $0.last?.contains("已保存") == true }
    let sessions = t.state.appendingPathComponent("sessions")
    let aside = t.state.appendingPathComponent("sessions-aside")
    #expect(rename(sessions.path, aside.path) == 0)
    try Data("not a folder".utf8).write(to: sessions)
    try t.type("之后的字。")
    try t.waitFor("the failure in the badge", timeout: 5) { $0.last?.contains("保存失败") == true }
    try t.keys("Escape")
    try t.waitFor("the answers view") { $0.joined().contains("本组答案") }
    try t.keys("q")
    try t.keys("q")
    // The whole question is read, at 40×12 too: the draft's path (whole on lines of its own), what happens next, both keys.
    let drafts = t.state.appendingPathComponent("caseroom/drafts")
    try t.waitFor("the quit question names the draft", timeout: 5) { screen in
      // (The reader's crash journal is there too, `….journal`.)
      guard
        let draft = try? FileManager.default.contentsOfDirectory(atPath: drafts.path).first(where: {
          $0.hasSuffix(".draft.json")
        }),
        let from = screen.firstIndex(where: { $0.contains("文字已存入草稿") }),
        let to = screen.firstIndex(where: { $0.contains("下次打开") }), from < to
      else { return false }
      let shown = screen[(from + 1)..<to].map { $0.trimmingCharacters(in: .whitespaces) }.joined()
      return shown == drafts.appendingPathComponent(draft).path && screen.last?.contains("y 退出") == true
        && screen.last?.contains("n 留下") == true
    }
    try t.keys("y")
    try t.waitForShell()
    try FileManager.default.removeItem(at: sessions)
    #expect(rename(aside.path, sessions.path) == 0)
    try t.shell("clear; \(Tmux.binary.path) --group 第一组 --member 李华")
    try t.waitFor("the draft offered") { $0.joined().contains("未保存的草稿") }
    try t.keys("r")
    try t.waitFor("restored") { $0.joined().contains("草稿已恢复") }
    try t.keys("q")
    try t.waitForShell()
    let s = try #require(SessionStore(directory: sessions).list(caseId: "twelve-golden-projects").first?.session)
    #expect(s.answers[0].text == "保存之前的字。之后的字。")
  }
}
