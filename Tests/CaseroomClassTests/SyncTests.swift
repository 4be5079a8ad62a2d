import CaseroomEngine
import CaseroomSession
import CaseroomTestSupport
import Foundation
import Testing

@testable import CaseroomClass

/// Sync over git with local bare repositories only (no network): a bare
/// repository stands for the class repository, clones for laptops.
@Suite("caseroom sync over git: commit, fetch, merge (sessions with the merge driver), push")
struct SyncTests {
  let c = ClassFixtures.bundled
  let t0 = ClassFixtures.t0

  /// A class repository with the instructor's class folder pushed to it, and `n` more clones.
  func classroom(clones n: Int) throws -> (bare: URL, instructor: URL, clones: [URL]) {
    let dir = try ClassFixtures.directory("sync")
    let bare = dir.appendingPathComponent("class.git")
    try ClassFixtures.git(["init", "--quiet", "--bare", bare.path], in: dir)
    let instructor = dir.appendingPathComponent("instructor-clone")
    try ClassFixtures.git(["clone", "--quiet", bare.path, instructor.path], in: dir)
    try ClassFolder.create(at: instructor, case: c, caseSource: ClassFixtures.caseURL)
    let r = try ClassFixtures.caseroom(["sync", "--class", instructor.path])
    #expect(r.status == 0, "\(r.err)")
    var clones: [URL] = []
    for i in 1...n {
      let clone = dir.appendingPathComponent("laptop\(i)")
      try ClassFixtures.git(["clone", "--quiet", bare.path, clone.path], in: dir)
      clones.append(clone)
    }
    return (bare, instructor, clones)
  }

  func sessionURL(_ clone: URL, _ group: String = "第一组") -> URL {
    SessionStore(directory: clone.appendingPathComponent("sessions")).url(caseId: c.id, group: group)
  }

  func save(_ s: Session, in clone: URL) throws {
    try SessionStore(directory: clone.appendingPathComponent("sessions")).save(s, to: sessionURL(clone, s.group.name))
  }

  func load(_ clone: URL, _ group: String = "第一组") throws -> Session {
    try SessionStore(directory: clone.appendingPathComponent("sessions")).load(sessionURL(clone, group))
  }

  @Test("what a sync committed, in the class's language when nothing asks otherwise; git's history keeps the English")
  func commitWords() throws {
    let (_, _, clones) = try classroom(clones: 1)
    let s = ClassFixtures.session("第一组", ["金税工程是核心。", "", ""], members: ["张三", "李四"])
    try save(s, in: clones[0])
    let zh = try ClassFixtures.caseroom(
      ["sync", "--class", clones[0].path],
      environment: ["CASEROOM_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "C.UTF-8"])
    #expect(zh.out.contains("已提交：第一组：新的小组记录（张三、李四），答了第 1 题"), "\(zh.out)\n\(zh.err)")
    #expect(ImportPhraseCheck.english(zh.out) == nil, "\(zh.out)")
    let log = try ClassFixtures.git(["log", "-1", "--format=%s"], in: clones[0]).out
    #expect(log.contains("第一组: new session (张三、李四), answers 1"), "\(log)")
  }

  @Test(
    "two laptops edit the same group, both sync, a third sees everything; the merge driver is installed on first sync"
  )
  func twoMembers() throws {
    let (_, instructor, clones) = try classroom(clones: 3)
    let (a, b, third) = (clones[0], clones[1], clones[2])
    // The group starts on laptop A and goes to the repository.
    var s = ClassFixtures.session("第一组", ["金税工程是核心。它覆盖全国。", "", ""], members: ["张三", "李四"])
    s.revision = 1
    try save(s, in: a)
    var r = try ClassFixtures.caseroom(["sync", "--class", a.path])
    #expect(r.status == 0, "\(r.err)")
    #expect(r.out.contains("merge driver installed"))
    #expect(r.out.contains("committed: 第一组: new session (张三、李四), answers 1"))
    let driver = try ClassFixtures.git(["config", "--get", "merge.caseroom.driver"], in: a).out
    #expect(driver == "'\(BuiltBinary.url.resolvingSymlinksInPath().path)' merge-session %O %A %B %P\n")
    #expect(
      try String(contentsOf: a.appendingPathComponent(".gitattributes"), encoding: .utf8).contains(
        "*.session.json merge=caseroom"))
    r = try ClassFixtures.caseroom(["sync", "--class", b.path])
    #expect(r.status == 0, "\(r.err)")

    // Both members edit it: different sentences of answer 1, answer 2, citations, notes, reading.
    var onA = try load(a)
    onA.answers[0].text = "金税工程是最核心的工程。它覆盖全国。"
    onA.answers[0].citations.append(
      Session.Citation(
        anchor: .init(section: "golden-tax", paragraph: 0, quote: "甲"), createdAt: t0.addingTimeInterval(10)))
    onA.reading["golden-tax"] = .init(seconds: 120, finished: true)
    onA.updatedAt = t0.addingTimeInterval(100)
    onA.revision += 1
    try save(onA, in: a)
    var onB = try load(b)
    onB.answers[0].text = "金税工程是核心。它覆盖全国三十多个省份。"
    onB.answers[1].text = "第二题：基本吻合。"
    onB.annotations.append(
      Session.Annotation(
        anchor: .init(section: "golden-shield", paragraph: 0, quote: "乙"), note: "李四的批注",
        createdAt: t0.addingTimeInterval(20)))
    onB.reading["golden-tax"] = .init(seconds: 60, finished: false)
    onB.updatedAt = t0.addingTimeInterval(200)
    onB.revision += 3
    try save(onB, in: b)

    // Something else the member staged by hand is neither committed nor unstaged.
    try Data("私人笔记".utf8).write(to: a.appendingPathComponent("私人.txt"))
    try ClassFixtures.git(["add", "私人.txt"], in: a)
    r = try ClassFixtures.caseroom(["sync", "--class", a.path])
    #expect(r.status == 0, "\(r.err)")
    #expect(r.out.contains("committed: 第一组: answer 1 edited, +1 citation(s), reading progress"))
    #expect(try ClassFixtures.git(["-c", "core.quotePath=false", "status", "--porcelain"], in: a).out == "A  私人.txt\n")
    r = try ClassFixtures.caseroom(["sync", "--class", b.path])
    #expect(r.status == 0, "\(r.err)")
    #expect(r.out.contains("received: sessions/"))
    #expect(r.out.contains("pushed to"))
    r = try ClassFixtures.caseroom(["sync", "--class", third.path])
    #expect(r.status == 0, "\(r.err)")

    for clone in [b, third] {
      let m = try load(clone)
      #expect(m.answers[0].text == "金税工程是最核心的工程。它覆盖全国三十多个省份。")
      #expect(m.answers[1].text == "第二题：基本吻合。")
      #expect(m.answers[0].citations.map(\.anchor.quote) == ["甲"])
      #expect(m.annotations.map(\.note) == ["李四的批注"])
      #expect(m.reading["golden-tax"] == .init(seconds: 120, finished: true))
      #expect(m.revision == max(onA.revision, onB.revision) + 1)
      let check = try ClassFixtures.caseroom(["check", sessionURL(clone).path])
      #expect(check.status == 0, "\(check.err)")
    }
    // The instructor collects: review reads the clone.
    r = try ClassFixtures.caseroom(["sync", "--class", instructor.path])
    #expect(r.status == 0, "\(r.err)")
    let summary = try ClassFixtures.caseroom(["review", "--class", instructor.path, "--summary", "--json"])
    #expect(summary.status == 0, "\(summary.err)")
    #expect(summary.out.contains("\"group\" : \"第一组\""))
    // Nothing private or temporary went into the repository.
    let files = try ClassFixtures.git(["ls-files"], in: third).out.split(separator: "\n")
    #expect(!files.contains { $0.hasSuffix(".bak") || $0.hasSuffix(".lock") || $0.hasPrefix("instructor/") })
  }

  @Test("overlapping edits of one sentence: both versions kept, marked with who wrote each, and the sync says where")
  func overlapping() throws {
    let (_, _, clones) = try classroom(clones: 2)
    let (a, b) = (clones[0], clones[1])
    let zhang = ["CASEROOM_MEMBER": "张三"]
    let li = ["CASEROOM_MEMBER": "李四"]
    try save(ClassFixtures.session("第一组", ["原来的句子。"]), in: a)
    #expect(try ClassFixtures.caseroom(["sync", "--class", a.path]).status == 0)
    #expect(try ClassFixtures.caseroom(["sync", "--class", b.path]).status == 0)
    var onA = try load(a)
    onA.answers[0].text = "张三改的句子。"
    try save(onA, in: a)
    var onB = try load(b)
    onB.answers[0].text = "李四改的句子。"
    try save(onB, in: b)
    #expect(try ClassFixtures.caseroom(["sync", "--class", a.path], environment: zhang).status == 0)
    let r = try ClassFixtures.caseroom(["sync", "--class", b.path], environment: li)
    #expect(r.status == 0, "\(r.err)")
    #expect(r.out.contains("both versions kept in sessions/"))
    let text = try load(b).answers[0].text
    let host = LocalProcess.hostName
    #expect(text == "【合并冲突：李四 · \(host)】\n李四改的句子。\n【合并冲突：张三 · \(host)】\n张三改的句子。\n【合并冲突结束】")
    // The same words on the laptop that did not merge: the markers travelled, still true.
    #expect(try ClassFixtures.caseroom(["sync", "--class", a.path], environment: zhang).status == 0)
    #expect(try load(a).answers[0].text == text)
  }

  @Test("a push race: another laptop pushes between this one's fetch and push; it fetches, merges and pushes again")
  func pushRace() throws {
    let (_, _, clones) = try classroom(clones: 3)
    let (a, b, third) = (clones[0], clones[1], clones[2])
    try save(ClassFixtures.session("第一组", ["第一组的回答。"]), in: a)
    try save(ClassFixtures.session("第二组", ["第二组的回答。"]), in: b)
    var options = ClassSync.Options(driver: ClassSync.Options.driverCommand(executable: BuiltBinary.url.path))
    let other = b.path
    options.beforePush = { attempt in
      if attempt == 1 { _ = try? ClassFixtures.caseroom(["sync", "--class", other]) }
    }
    let report = try ClassSync(directory: a, options: options).run()
    #expect(report.raced == 1)
    #expect(report.pushed)
    #expect(report.received.contains { $0.hasPrefix("sessions/") })
    #expect(try ClassFixtures.caseroom(["sync", "--class", third.path]).status == 0)
    #expect(try load(third, "第一组").answers[0].text == "第一组的回答。")
    #expect(try load(third, "第二组").answers[0].text == "第二组的回答。")
  }

  @Test(
    "offline (the class repository is missing): one clear message, exit 1, the work committed here and pushed later")
  func offline() throws {
    let (bare, _, clones) = try classroom(clones: 2)
    let a = clones[0]
    try save(ClassFixtures.session("第一组", ["离线写的。"]), in: a)
    let moved = bare.deletingLastPathComponent().appendingPathComponent("moved.git")
    try FileManager.default.moveItem(at: bare, to: moved)
    let r = try ClassFixtures.caseroom(["sync", "--class", a.path])
    #expect(r.status == 1)
    #expect(r.out.isEmpty)
    let lines = r.err.split(separator: "\n")
    #expect(lines.count == 2, "\(r.err)")
    #expect(lines[0].hasPrefix("caseroom: sync: cannot reach the class repository \(bare.path): "))
    #expect(lines[1].hasPrefix("caseroom: your work is kept: committed in this clone (第一组: new session"))
    #expect(try load(a).answers[0].text == "离线写的。")
    #expect(try ClassFixtures.git(["log", "--oneline", "-1"], in: a).out.contains("第一组: new session"))
    // Back online: the next sync carries it.
    try FileManager.default.moveItem(at: moved, to: bare)
    let again = try ClassFixtures.caseroom(["sync", "--class", a.path])
    #expect(again.status == 0, "\(again.err)")
    #expect(again.out.contains("pushed to"))
    #expect(try ClassFixtures.caseroom(["sync", "--class", clones[1].path]).status == 0)
    #expect(try load(clones[1]).answers[0].text == "离线写的。")
  }

  @Test("a folder outside any clone, or a clone without a remote: one line, exit 1")
  func notAClone() throws {
    let dir = try ClassFixtures.directory("sync-none")
    var r = try ClassFixtures.caseroom(["sync", "--sessions", dir.path])
    #expect(r.status == 1)
    #expect(r.err.hasPrefix("caseroom: sync: \(dir.path) is not in a git clone of a class repository"))
    try ClassFixtures.git(["init", "--quiet", dir.path], in: dir)
    r = try ClassFixtures.caseroom(["sync", "--sessions", dir.path])
    #expect(r.status == 1)
    #expect(r.err.contains("this clone has no class repository to sync with"))
  }

  @Test(
    "a session open in a reader here is merged into, never refused: the reader's follow takes the merge in with what it typed meanwhile"
  )
  func openSession() throws {
    let (_, _, clones) = try classroom(clones: 2)
    let (a, b) = (clones[0], clones[1])
    try save(ClassFixtures.session("第一组", ["一。", ""]), in: a)
    #expect(try ClassFixtures.caseroom(["sync", "--class", a.path]).status == 0)
    #expect(try ClassFixtures.caseroom(["sync", "--class", b.path]).status == 0)
    // A reader on laptop B, writing together with its group, types answer 2 (not yet saved).
    let storeB = SessionStore(directory: b.appendingPathComponent("sessions"))
    let reader = GroupFile(url: sessionURL(b), store: storeB, read: try load(b))
    var mine = reader.base
    mine.answers[1].text = "李四在 B 上写的第二题。"
    // Laptop A changes answer 1 and pushes; `caseroom sync` from another terminal on B merges it.
    var onA = try load(a)
    onA.answers[0].text = "一。二。"
    try save(onA, in: a)
    #expect(try ClassFixtures.caseroom(["sync", "--class", a.path]).status == 0)
    let r = try ClassFixtures.caseroom(["sync", "--class", b.path])
    #expect(r.status == 0, "\(r.err)")
    #expect(r.out.contains("received: sessions/"), "\(r.out)")
    #expect(try load(b).answers[0].text == "一。二。")
    // The reader's follow takes the merge in; its typing stays; its next save keeps both.
    let followed = try #require(try reader.follow(mine, as: "李四"))
    #expect(followed.session.answers[0].text == "一。二。")
    #expect(followed.session.answers[1].text == "李四在 B 上写的第二题。")
    _ = try reader.save(followed.session, as: "李四")
    #expect(try load(b).answers.prefix(2).map(\.text) == ["一。二。", "李四在 B 上写的第二题。"])
  }

  @Test(
    "a reader saving all the time while the sync merges: git writes the session under the group's write lock, so no save reads it half-written or writes over the merge, and every word stays"
  )
  func savingWhileMerging() throws {
    let (_, _, clones) = try classroom(clones: 2)
    let (a, b) = (clones[0], clones[1])
    try save(ClassFixtures.session("第一组", ["", ""]), in: a)
    #expect(try ClassFixtures.caseroom(["sync", "--class", a.path]).status == 0)
    #expect(try ClassFixtures.caseroom(["sync", "--class", b.path]).status == 0)
    let storeB = SessionStore(directory: b.appendingPathComponent("sessions"))
    let reader = GroupFile(url: sessionURL(b), store: storeB, read: try load(b))
    let options = ClassSync.Options(driver: ClassSync.Options.driverCommand(executable: BuiltBinary.url.path))
    let stop = ThreadLock()
    nonisolated(unsafe) var done = false
    nonisolated(unsafe) var failures: [String] = []
    nonisolated(unsafe) var typed = ""
    let saver = Thread {
      var mine = reader.base
      while !stop.withLock({ done }) {
        typed += "字"
        mine.answers[1].text = typed
        do { mine = try reader.save(mine, as: "李四").session } catch { failures.append("\(error)") }
        usleep(3_000)
      }
    }
    saver.start()
    var expected = ""
    for round in 1...4 {
      var onA = try load(a)
      expected += "第\(round)句。"
      onA.answers[0].text = expected
      try save(onA, in: a)
      #expect(try ClassFixtures.caseroom(["sync", "--class", a.path]).status == 0)
      let report = try ClassSync(directory: b, options: options).run()
      #expect(report.received.contains { $0.hasSuffix(".session.json") }, "round \(round): \(report)")
    }
    stop.withLock { done = true }
    while !saver.isFinished { usleep(1_000) }
    #expect(failures.isEmpty, "\(failures)")
    let last = try load(b)
    #expect(last.answers[0].text == expected)
    #expect(last.answers[1].text == typed)
    // What B holds goes to A whole.
    #expect(try ClassFixtures.caseroom(["sync", "--class", b.path]).status == 0)
    #expect(try ClassFixtures.caseroom(["sync", "--class", a.path]).status == 0)
    #expect(try load(a).answers.prefix(2).map(\.text) == [expected, typed])
  }
}

/// Three English words in a row, if the text has them.
enum ImportPhraseCheck {
  static func english(_ s: String) -> String? {
    s.firstMatch(of: /[A-Za-z]+ [A-Za-z]+ [A-Za-z]+/).map { String($0.output) }
  }
}
