import CaseroomEngine
import CaseroomSession
import CaseroomTestSupport
import Foundation
import Testing

/// Three laptops of one group, each a clone of the class repository in a
/// terminal of its own whose HOME has no git configuration, each with a
/// reader open under `--sync`. Two members write different questions, and
/// two the same one; after three rounds of `S` every laptop holds every
/// word, in its reader and on disk, and the conflict names its writers the
/// same way on every laptop.
@Suite("Three laptops with readers open under --sync (tmux, a class repository, no git set-up)", .serialized)
struct ThreeLaptopsTerminalTests: RunsPrograms {
  let c = try! CaseFormat.load(BuiltBinary.repository.appendingPathComponent("Cases/twelve-golden-projects.case.md"))

  struct Laptop {
    let member: String
    let clone: URL
    let terminal: Tmux
    var fetchHead: URL { clone.appendingPathComponent(".git/FETCH_HEAD") }
  }

  /// The modification time of a file (nil: none there).
  func mtime(_ url: URL) -> Date? {
    (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
  }

  /// `S` on a laptop, waiting until the sync is over: git has fetched (FETCH_HEAD is new) and the status bar no longer says 同步中.
  func sync(_ l: Laptop, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
    let before = mtime(l.fetchHead)
    try l.terminal.keys("S")
    let deadline = Date().addingTimeInterval(30)
    var screen: [String] = []
    while Date() < deadline {
      screen = try l.terminal.screen()
      let text = screen.joined()
      if mtime(l.fetchHead) != before, !text.contains("同步中"), text.contains("已同步") || text.contains("同步失败") {
        #expect(
          !text.contains("同步失败"), "\(l.member): \(screen.joined(separator: "\n"))", sourceLocation: sourceLocation)
        return screen
      }
      Thread.sleep(forTimeInterval: 0.05)
    }
    Issue.record("\(l.member)'s sync did not end:\n\(screen.joined(separator: "\n"))", sourceLocation: sourceLocation)
    return screen
  }

  /// Writes an answer in a laptop's reader: the answers, question `q`, the text, back to the text.
  func write(_ l: Laptop, question q: Int, _ text: String) throws {
    try l.terminal.keys("a", "\(q)")
    try l.terminal.waitFor("\(l.member)'s editor on question \(q)") { $0.joined().contains("字数 0") }
    try l.terminal.type(text)
    try l.terminal.waitFor("\(l.member)'s text") { $0.joined().contains(text) }
    try l.terminal.keys("Escape")
    try l.terminal.waitFor("\(l.member)'s answers") { $0.joined().contains("\(text.count) 字") }
    try l.terminal.keys("Escape")
    try l.terminal.waitFor("\(l.member)'s reader") { !$0.joined().contains("\(text.count) 字") }
  }

  @Test(
    "different questions and the same one, three rounds of S: every laptop holds every word, the conflict named alike on each"
  )
  func threeLaptops() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-3laps-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    let bare = root.appendingPathComponent("class.git").path
    let teacher = ["HOME": root.path, "GIT_CONFIG_NOSYSTEM": "1"]
    var r = try run(
      [Tmux.binary.path, "class", "init", root.appendingPathComponent("teacher").path, "--git-server", bare],
      env: teacher)
    #expect(r.0 == 0, "\(r.1)")
    let members = ["王小明", "李华", "张伟"]
    var laptops: [Laptop] = []
    for (i, m) in members.enumerated() {
      let clone = root.appendingPathComponent("lap\(i + 1)")
      r = try run(["git", "clone", "-q", bare, clone.path], env: teacher)
      #expect(r.0 == 0, "\(r.1)")
      laptops.append(Laptop(member: m, clone: clone, terminal: try Tmux(cols: 100, rows: 30)))
    }
    // 第一组 is in the class repository, with its three members.
    let s = Session(case: c, group: .init(name: "第一组", members: members))
    try store(laptops[0].clone).save(s, to: store(laptops[0].clone).url(caseId: c.id, group: "第一组"))
    r = try run([Tmux.binary.path, "sync", "--class", laptops[0].clone.path], env: teacher)
    #expect(r.0 == 0, "\(r.1)")
    // Each terminal's HOME is empty: no ~/.gitconfig, no identity.
    for l in laptops {
      #expect(!FileManager.default.fileExists(atPath: l.terminal.state.appendingPathComponent(".gitconfig").path))
      try l.terminal.start("--class \(l.clone.path) --group 第一组 --member \(l.member) --sync")
    }
    // --sync syncs at once when a reader opens (an S pressed meanwhile would find it syncing).
    for l in laptops {
      try l.terminal.waitFor("\(l.member)'s first sync, at opening") {
        $0.joined().contains("已同步") && !$0.joined().contains("同步中")
      }
    }

    // 王小明 and 张伟 write question 1, 李华 question 2.
    let words = [
      (laptops[0], 1, "王小明认为金税工程最关键。"), (laptops[1], 2, "李华补充了第二题的论据。"), (laptops[2], 1, "张伟觉得金卡工程更重要。"),
    ]
    for (l, q, text) in words { try write(l, question: q, text) }
    for round in 1...3 {
      for l in laptops {
        let screen = try sync(l)
        #expect(!screen.joined().contains("is open"), "round \(round), \(l.member)")
      }
    }

    // 张伟 writes question 3 and syncs; on 王小明's laptop `caseroom sync` runs from another terminal while
    // the reader is open: the merge goes into the open session, and the reader shows it without a key.
    try write(laptops[2], question: 3, "张伟写第三题。")
    _ = try sync(laptops[2])
    let otherTerminal = root.appendingPathComponent("home-other")
    try FileManager.default.createDirectory(at: otherTerminal, withIntermediateDirectories: true)
    r = try run(
      [Tmux.binary.path, "sync", "--class", laptops[0].clone.path],
      env: ["HOME": otherTerminal.path, "GIT_CONFIG_NOSYSTEM": "1", "CASEROOM_MEMBER": "王小明", "CASEROOM_LANG": "en"])
    #expect(r.0 == 0, "\(r.1)")
    #expect(r.1.contains("received: sessions/"), "\(r.1)")
    try laptops[0].terminal.keys("a")
    try laptops[0].terminal.waitFor("王小明's reader showing question 3 live") { $0.joined().contains("7 字") }
    try laptops[0].terminal.keys("Escape")
    try laptops[0].terminal.waitFor("王小明's reader") { !$0.joined().contains("7 字") }

    // On disk, in every clone: every word; question 1 holds both versions, named by their writers.
    let host = LocalProcess.hostName
    let wang = "【合并冲突：王小明 · \(host)】"
    let zhang = "【合并冲突：张伟 · \(host)】"
    var first: String?
    for l in laptops {
      let file = store(l.clone).url(caseId: c.id, group: "第一组")
      let on = try store(l.clone).load(file)
      #expect(on.answers[0].text.contains("王小明认为金税工程最关键。"), "\(l.member): \(on.answers[0].text)")
      #expect(on.answers[0].text.contains("张伟觉得金卡工程更重要。"), "\(l.member): \(on.answers[0].text)")
      #expect(on.answers[0].text.contains(wang) && on.answers[0].text.contains(zhang), "\(on.answers[0].text)")
      #expect(on.answers[1].text == "李华补充了第二题的论据。", "\(l.member)")
      if let first { #expect(on.answers[0].text == first, "\(l.member)'s question 1 differs") }
      first = first ?? on.answers[0].text
    }
    // In every reader: question 1 flagged, its 字数 both texts without the markers (13 + 12), question 2
    // as 李华 wrote it; question 1's editor shows both versions, named by their writers.
    for l in laptops {
      try l.terminal.keys("a")
      let answers = try l.terminal.waitFor("\(l.member)'s answers, flagged") {
        $0.joined().contains("25 字 · ⚠ 合并冲突") && $0.joined().contains("12 字")
      }
      #expect(answers.joined().contains("⚠"), "\(l.member)")
      try l.terminal.keys("2")
      try l.terminal.waitFor("\(l.member)'s editor on question 2") { $0.joined().contains("李华补充了第二题的论据。") }
      try l.terminal.keys("Escape")
      try l.terminal.waitFor("\(l.member)'s answers") { $0.joined().contains("⚠ 合并冲突") }
      try l.terminal.keys("1")
      let editor = try l.terminal.waitFor("\(l.member)'s editor on question 1") {
        $0.joined().contains(wang) && $0.joined().contains(zhang)
      }
      #expect(editor.joined().contains("王小明认为金税工程最关键。"), "\(l.member)")
      #expect(editor.joined().contains("张伟觉得金卡工程更重要。"), "\(l.member)")
      try l.terminal.keys("Escape")
      try l.terminal.waitFor("\(l.member)'s answers again") { $0.joined().contains("⚠") }
      try l.terminal.keys("Escape", "q")
      try l.terminal.waitForShell()
    }
    // No laptop was given a git identity: none has a ~/.gitconfig now either.
    for l in laptops {
      #expect(!FileManager.default.fileExists(atPath: l.terminal.state.appendingPathComponent(".gitconfig").path))
    }
  }
}
