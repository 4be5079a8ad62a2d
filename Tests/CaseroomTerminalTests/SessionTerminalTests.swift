import CaseroomEngine
import CaseroomSession
import Foundation
import Testing

/// Group sessions in a real terminal: what a group does in class, and the
/// accidents that must not lose its notes.
@Suite("Group sessions in a real terminal (tmux)", .serialized)
struct SessionTerminalTests {
  func sessionFile(_ t: Tmux, _ group: String) -> URL {
    SessionStore(directory: t.state.appendingPathComponent("sessions")).url(
      caseId: "twelve-golden-projects", group: group)
  }

  func session(_ t: Tmux, _ group: String) throws -> Session {
    try SessionStore(directory: t.state.appendingPathComponent("sessions")).load(sessionFile(t, group))
  }

  @Test("a new group with a Chinese name answers question 2 citing 金税工程; both are there after a restart")
  func answerAndCite() throws {
    let t = try Tmux()
    try t.shell("clear; \(Tmux.binary.path)")
    try t.waitFor("the group picker") { $0.joined().contains("新建小组") }
    try t.keys("Enter")
    try t.type("第三组")
    try t.keys("Enter")
    try t.type("王五，赵六")
    try t.keys("Enter")
    // Who is at this terminal: asked once, one key (the login is remembered as that member).
    try t.waitFor("who is reading") { $0.joined().contains("谁在读“第三组”？") && $0.joined().contains("2  赵六") }
    try t.keys("1")
    try t.waitFor("the reader, as 王五") { $0[0].contains("一、教学目的") && $0[0].contains("第三组 · 王五") }
    try t.keys("]", "]")
    try t.waitFor("金税工程") { $0[0].contains("（二）金税工程") }
    try t.keys(")", "c")
    try t.waitFor("the question prompt") { $0.contains(" 引用到哪一题？") && $0.last?.contains("1–3 选择题目") == true }
    try t.keys("2")
    try t.waitFor("cited") { $0.last?.contains("已引用到第 2 题") == true }
    try t.keys("a")
    try t.waitFor("the answers") { $0.joined().contains("本组答案") && $0.joined().contains("1 引用") }
    try t.keys("2")
    try t.waitFor("the editor") { $0.joined().contains("字数 0") }
    try t.type("金税工程是我国电子政务的核心。")
    try t.waitFor("the typed answer") { $0.joined().contains("金税工程是我国电子政务的核心。") && $0.joined().contains("字数 15") }
    try t.keys("Escape")
    try t.waitFor("the answers again") { $0.joined().contains("15 字 · 1 引用") }
    try t.keys("Escape", "q")
    try t.waitForShell()
    try t.expectSaneTerminal()
    #expect(try session(t, "第三组").answers[1].text == "金税工程是我国电子政务的核心。")

    try t.shell("clear; \(Tmux.binary.path)")
    try t.waitFor("the picker lists the group") { $0.joined().contains("第三组（王五、赵六）") }
    try t.keys("Enter")
    try t.waitFor("back at 金税工程, as 王五 without asking") {
      $0[0].contains("（二）金税工程") && $0[0].contains("第三组 · 王五")
    }
    try t.keys("a")
    let s = try t.waitFor("the answer and its citation") {
      $0.joined().contains("15 字 · 1 引用") && $0.joined().contains("↳ （二）金税工程")
    }
    #expect(!s.joined().contains("已失效"))
    // Enter on the citation jumps to it in the reader.
    try t.keys("j", "j", "Enter")
    try t.waitFor("the cited passage in the reader") { $0[0].contains("（二）金税工程") && !$0.joined().contains("本组答案") }
  }

  @Test(
    "kill -9 while typing: the file is never broken, and what the save had not taken yet comes back from the crash journal"
  )
  func killNine() throws {
    let t = try Tmux()
    try t.start("--group 第四组")
    try t.keys("a", "1")
    try t.waitFor("the editor") { $0.joined().contains("字数 0") }
    try t.type("第一句已经写好。")
    Thread.sleep(forTimeInterval: 2.5)
    try t.type("第二句正在写")
    // On the screen (the program has every key), no pause: killed before the save.
    try t.waitFor("typed") { $0.joined().contains("第二句正在写") }
    guard let pid = try t.programPID() else {
      Issue.record("no program")
      return
    }
    kill(pid, SIGKILL)
    let deadline = Date().addingTimeInterval(5)
    while try t.programPID() != nil && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
    let saved = try session(t, "第四组")
    #expect(saved.answers[0].text.hasPrefix("第一句已经写好。"))
    try t.shell("reset; clear")
    // What was typed after the last save is in the crash journal: offered, and restored whole.
    try t.shell("clear; \(Tmux.binary.path) --group 第四组")
    try t.waitFor("the offer") { $0.joined().contains("上次程序没有正常结束") }
    try t.keys("r")
    try t.waitFor("restored") { $0.joined().contains("草稿已恢复并保存") }
    try t.keys("a")
    try t.waitFor("the answer survived, all of it") { $0.contains("    14 字") }
  }

  @Test("SIGHUP while the editor is open saves what was typed and leaves the terminal sane")
  func hangUp() throws {
    let t = try Tmux()
    try t.start("--group 第五组")
    try t.keys("a", "3")
    try t.waitFor("the editor") { $0.joined().contains("字数 0") }
    try t.type("断线之前写的字")
    try t.waitFor("typed") { $0.joined().contains("断线之前写的字") }
    guard let pid = try t.programPID() else {
      Issue.record("no program")
      return
    }
    kill(pid, SIGHUP)
    try t.waitForShell()
    try t.expectSaneTerminal()
    #expect(try session(t, "第五组").answers[2].text == "断线之前写的字")
  }

  @Test(
    "a second reader on the same group is not locked out: the answer the first writes is read-only and live, told who writes it; another answer is the second's"
  )
  func secondProcess() throws {
    let me = NSUserName()
    let first = try Tmux()
    try first.start("--group 第六组")
    try first.keys("a", "1")
    try first.waitFor("the editor") { $0.joined().contains("字数 0") }
    try first.type("第一个进程写的")
    let second = try Tmux()
    try second.start("--group 第六组", environment: "CASEROOM_SESSIONS=\(first.state.path)/sessions")
    try second.waitFor("writable, the member named in the header") { $0[0].contains("第六组 · \(me)") }
    #expect(try second.screen().last?.contains("只读") == false, "nothing read-only about the session")
    try second.keys("a")
    // The same member at two terminals: told it is themself at the other one, not "\(me)正在写".
    try second.waitFor("who writes question 1") { $0.joined().contains("你在另一个终端写") }
    try second.keys("1")
    try second.waitFor("asked: take it over here or watch it", timeout: 4) { $0.joined().contains("接管") }
    try second.keys("r")
    try second.waitFor("the first's text, read-only and live, told who writes it", timeout: 4) {
      $0.joined().contains("第一个进程写的") && $0.joined().contains("你在另一个终端正在写这题（只读")
    }
    try second.type("不会写进去")
    try first.type("还在写")
    try second.waitFor("the first's typing, live", timeout: 4) { $0.joined().contains("第一个进程写的还在写") }
    #expect(!(try second.screen().joined().contains("不会写进去")))
    // Another answer is the second reader's to write.
    try second.keys("Escape")
    try second.waitFor("the answers view") { $0.joined().contains("本组答案") }
    try second.keys("2")
    try second.waitFor("the editor of question 2, writable") {
      $0.joined().contains("字数 0") && !$0.joined().contains("只读")
    }
    try second.type("第二个进程写第二题")
    try second.keys("Escape")
    try second.waitFor("its answer in the list") { $0.joined().contains("9 字") }
    try second.keys("Escape", "q")
    try second.waitForShell()
    try first.keys("Escape")
    try first.waitFor("the first's answer, and the second's read in") {
      $0.joined().contains("10 字") && $0.joined().contains("9 字")
    }
    try first.keys("Escape", "q")
    try first.waitForShell()
    let saved = try session(first, "第六组")
    #expect(saved.answers[0].text == "第一个进程写的还在写")
    #expect(saved.answers[1].text == "第二个进程写第二题")
  }

  /// Plants the lock of an answer written by member 甲 on another host.
  func plantRemoteLock(_ t: Tmux, _ group: String, question: Int) throws {
    let live = LiveFolder(session: sessionFile(t, group))
    try FileManager.default.createDirectory(at: live.url, withIntermediateDirectories: true)
    let holder = SessionLock.Holder(
      pid: 4242, host: "laptop-9", since: Date(), user: "jia", token: "planted\(question)", member: "甲")
    try JSONCoding.encoder(.compact).encode(holder).write(to: live.lockURL(.answer(question - 1)))
  }

  @Test(
    "an answer written on another host: taking it over is asked on screen, naming who and where; --take-over takes it without asking"
  )
  func takeOver() throws {
    let t = try Tmux()
    try plantRemoteLock(t, "第八组", question: 1)
    try t.start("--group 第八组 --members 甲,乙 --member 乙")
    try t.keys("a", "1")
    let ask = try t.waitFor("the question, on a page of its own") { $0.joined().contains("甲正在写这一题") }
    #expect(ask.joined().contains("laptop-9"), "where the writer is")
    #expect(ask.joined().contains("t  接管，在这里写"))
    try t.keys("t")
    try t.waitFor("the editor, writable") { $0.joined().contains("字数 0") && !$0.joined().contains("只读") }
    try t.type("接管后写的")
    try t.keys("Escape")
    try t.waitFor("the answer in the list") { $0.joined().contains("5 字") }
    try t.keys("Escape")
    try t.waitFor("the reader") { !$0.joined().contains("本组答案") }
    try t.keys("q")
    try t.waitForShell()
    #expect(try session(t, "第八组").answers[0].text == "接管后写的")

    try plantRemoteLock(t, "第八组", question: 2)
    try t.shell("clear; \(Tmux.binary.path) --group 第八组 --member 乙 --take-over")
    try t.keys("a", "2")
    try t.waitFor("the editor, writable without asking") {
      $0.joined().contains("字数 0") && !$0.joined().contains("只读") && !$0.joined().contains("正在写这一题")
    }
    try t.type("不问就接管")
    try t.keys("Escape")
    try t.waitFor("the answer in the list") { $0.joined().contains("5 字") }
    try t.keys("Escape")
    try t.waitFor("the reader") { !$0.joined().contains("本组答案") }
    try t.keys("q")
    try t.waitForShell()
    #expect(try session(t, "第八组").answers[1].text == "不问就接管")
  }

  @Test("a damaged session file is reported with its place and never overwritten; --fresh starts a new file")
  func damaged() throws {
    let t = try Tmux()
    let file = sessionFile(t, "坏组")
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    let garbage = Data("{\"schema\": \"caseroom.session/1\", \"answers\": [\n  {\"text\": \"半截".utf8)
    try garbage.write(to: file)
    try t.shell("clear; \(Tmux.binary.path) --group 坏组 --lang en; echo R''C=$?")
    let s = try t.waitFor("the error") { $0.joined().contains("RC=") }
    let text = s.joined()
    #expect(text.contains(file.lastPathComponent))
    #expect(text.contains("not valid JSON"))
    #expect(text.contains("--from-backup") && text.contains("--fresh"))
    #expect(text.contains("RC=1"))
    #expect(try Data(contentsOf: file) == garbage)
    try t.start("--group 坏组 --fresh")
    try t.waitFor("a fresh start") { $0.last?.contains("重新开始") == true }
    try t.keys("q")
    try t.waitForShell()
    // Recovery in place: the damaged file is set aside under a name of its own, byte for byte, and the
    // group's own file holds the fresh session.
    let aside = try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path)
      .filter { $0.hasPrefix(file.lastPathComponent + ".damaged-") }
    #expect(aside.count == 1)
    if let name = aside.first {
      #expect(try Data(contentsOf: file.deletingLastPathComponent().appendingPathComponent(name)) == garbage)
    }
    #expect(try session(t, "坏组").group.name == "坏组")
  }

  @Test("a pasted page arrives as one edit (bracketed paste), with its line breaks")
  func paste() throws {
    let t = try Tmux()
    try t.start("--group 第七组")
    try t.keys("a", "1")
    try t.waitFor("the editor") { $0.joined().contains("字数 0") }
    let page = (1...30).map { "第\($0)行：电子政务" }.joined(separator: "\n")
    try t.tmux(["set-buffer", "-b", "page", page])
    try t.tmux(["paste-buffer", "-p", "-b", "page", "-t", "main"])
    try t.waitFor("the pasted text") { $0.joined().contains("第30行：电子政务") }
    // One edit: a single undo removes the whole page.
    try t.keys("C-z")
    try t.waitFor("undone") { $0.joined().contains("字数 0") }
    try t.keys("C-y", "Escape")
    try t.waitFor("saved") { $0.joined().contains("本组答案") && $0.last?.contains("已保存") == true }
    let text = try session(t, "第七组").answers[0].text
    #expect(text == page)
  }
}
