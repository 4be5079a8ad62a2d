import CaseroomEngine
import CaseroomSession
import CaseroomTestSupport
import Foundation
import Testing

/// `S` in a reader that is open, on a laptop with no git set-up (the tmux
/// shell's HOME has no git configuration), while another laptop pushes:
/// the sync takes in the other's words, a conflict is named and flagged,
/// and Ctrl-T in the editor keeps one side.
@Suite("The reader's S while others push (tmux, a class repository, two laptops)", .serialized)
struct ReaderSyncTerminalTests: RunsPrograms {
  let c = try! CaseFormat.load(BuiltBinary.repository.appendingPathComponent("Cases/twelve-golden-projects.case.md"))

  @Test(
    "S takes in what another laptop pushed, never 'is open'; a conflict is named and flagged ⚠; Ctrl-T keeps one side; quitting under --sync syncs"
  )
  func syncWhileOthersPush() throws {
    let t = try Tmux(cols: 100, rows: 30)
    let dir = t.state.appendingPathComponent("class")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let other = [
      "HOME": dir.appendingPathComponent("home-lap2").path, "GIT_CONFIG_NOSYSTEM": "1", "CASEROOM_MEMBER": "李华",
    ]
    try FileManager.default.createDirectory(atPath: other["HOME"]!, withIntermediateDirectories: true)
    let bare = dir.appendingPathComponent("class.git").path
    let lap1 = dir.appendingPathComponent("lap1")
    let lap2 = dir.appendingPathComponent("lap2")
    var r = try run(
      [Tmux.binary.path, "class", "init", dir.appendingPathComponent("teacher").path, "--git-server", bare],
      env: ["HOME": dir.path, "GIT_CONFIG_NOSYSTEM": "1"])
    #expect(r.0 == 0, "\(r.1)")
    try run(["git", "clone", "-q", bare, lap1.path])
    try run(["git", "clone", "-q", bare, lap2.path])
    // 第一组 starts on lap2 and is in the class repository.
    var s = Session(case: c, group: .init(name: "第一组", members: ["王小明", "李华"]))
    s.answers[0].text = "第一题的开头。"
    try store(lap2).save(s, to: store(lap2).url(caseId: c.id, group: "第一组"))
    r = try run([Tmux.binary.path, "sync", "--class", lap2.path], env: other)
    #expect(r.0 == 0, "\(r.1)")

    // 王小明 opens the group on lap1 (the tmux shell: no git configuration) and syncs.
    try t.start("--class \(lap1.path) --group 第一组 --sync", environment: "CASEROOM_MEMBER=王小明")
    try t.keys("S")
    try t.waitFor("the first sync") { $0.joined().contains("已同步") }
    // 李华 writes question 2 and question 3 on lap2 and pushes.
    let lap2File = store(lap2).url(caseId: c.id, group: "第一组")
    r = try run([Tmux.binary.path, "sync", "--class", lap2.path], env: other)
    var l = try store(lap2).load(lap2File)
    l.answers[1].text = "李华写的第二题。"
    l.answers[2].text = "李华认为选丙。"
    l.revision += 1
    try store(lap2).save(l, to: lap2File)
    r = try run([Tmux.binary.path, "sync", "--class", lap2.path], env: other)
    #expect(r.0 == 0, "\(r.1)")
    // 王小明 writes question 3 too, then S.
    try t.keys("a", "3")
    try t.waitFor("the editor") { $0.joined().contains("字数 0") }
    try t.type("王小明认为选甲。")
    try t.keys("Escape")
    try t.waitFor("the answers") { $0.joined().contains("8 字") }
    try t.keys("Escape", "S")
    let synced = try t.waitFor("the sync's result") { $0.joined().contains("已同步") || $0.joined().contains("同步失败") }
    #expect(!synced.joined().contains("同步失败"), "\(synced.joined(separator: "\n"))")
    #expect(synced.joined().contains("1 处冲突已标出"), "\(synced.joined(separator: "\n"))")
    // The answers view: question 2 as 李华 wrote it counted, question 3 flagged.
    try t.keys("a")
    let answers = try t.waitFor("the flag") { $0.joined().contains("⚠ 合并冲突") }
    #expect(answers.joined().contains("8 字"))
    // The editor shows both versions, named; Ctrl-T on 王小明's keeps it.
    try t.keys("3")
    let host = LocalProcess.hostName
    let editor = try t.waitFor("both versions") { $0.joined().contains("【合并冲突：李华 · \(host)】") }
    #expect(editor.joined().contains("【合并冲突：王小明 · \(host)】"))
    try t.keys("C-Home", "Down")
    try t.keys("C-t")
    let kept = try t.waitFor("one side kept") { $0.joined().contains("已保留 王小明 · \(host) 的版本") }
    #expect(kept.joined().contains("王小明认为选甲。"))
    #expect(!kept.joined().contains("李华认为选丙。"))
    #expect(!kept.joined().contains("合并冲突："))
    try t.keys("Escape")
    try t.waitFor("the answers again") { !$0.joined().contains("⚠") && $0.joined().contains("8 字") }
    // Quitting a reader under --sync syncs once more: the choice reaches the other laptop.
    try t.keys("Escape", "q")
    try t.waitForShell()
    r = try run([Tmux.binary.path, "sync", "--class", lap2.path], env: other)
    #expect(r.0 == 0, "\(r.1)")
    let back = try store(lap2).load(lap2File)
    #expect(back.answers[2].text == "王小明认为选甲。")
    #expect(back.answers[1].text == "李华写的第二题。")
  }
}
