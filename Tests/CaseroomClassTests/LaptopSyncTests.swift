import CaseroomEngine
import CaseroomSession
import CaseroomTestSupport
import Foundation
import Testing

@testable import CaseroomClass

/// Laptops that sync through a class repository: no git set-up on any of
/// them (a HOME without git configuration), several writers of one group,
/// conflicts named by who wrote them, and a quiet sync when nothing changed.
@Suite("Laptops syncing a class: no git identity, conflicts named by their writers, nothing changed")
struct LaptopSyncTests {
  let c = ClassFixtures.bundled

  /// A laptop: a clone, a HOME with no git configuration, and who is at it.
  struct Laptop {
    var clone: URL
    var home: URL
    var member: String
    var environment: [String: String] {
      [
        "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent(".config").path,
        "GIT_CONFIG_NOSYSTEM": "1", "CASEROOM_MEMBER": member,
      ]
    }
  }

  /// The instructor's class repository (`class init --git-server`) and laptops cloned from it.
  func classroom(_ members: [String], server: Bool = true) throws -> (
    dir: URL, bare: URL, instructor: Laptop, laptops: [Laptop]
  ) {
    let dir = try ClassFixtures.directory("laptops")
    let bare = dir.appendingPathComponent("class.git")
    func home(_ name: String) throws -> URL {
      let h = dir.appendingPathComponent("home-\(name)")
      try FileManager.default.createDirectory(at: h, withIntermediateDirectories: true)
      return h
    }
    let instructor = Laptop(clone: dir.appendingPathComponent("instructor"), home: try home("instructor"), member: "老师")
    if server {
      let r = try ClassFixtures.caseroom(
        ["class", "init", instructor.clone.path, "--git-server", bare.path], environment: instructor.environment)
      #expect(r.status == 0, "\(r.err)")
    } else {
      try ClassFixtures.git(["init", "--quiet", "--bare", "--initial-branch=main", bare.path], in: dir)
      try ClassFixtures.git(["clone", "--quiet", bare.path, instructor.clone.path], in: dir)
      var r = try ClassFixtures.caseroom(["class", "init", instructor.clone.path], environment: instructor.environment)
      #expect(r.status == 0, "\(r.err)")
      r = try ClassFixtures.caseroom(["sync", "--class", instructor.clone.path], environment: instructor.environment)
      #expect(r.status == 0, "\(r.err)")
    }
    var laptops: [Laptop] = []
    for (i, m) in members.enumerated() {
      let l = Laptop(clone: dir.appendingPathComponent("laptop\(i + 1)"), home: try home("laptop\(i + 1)"), member: m)
      try ClassFixtures.git(["clone", "--quiet", bare.path, l.clone.path], in: dir)
      laptops.append(l)
    }
    return (dir, bare, instructor, laptops)
  }

  func sessionURL(_ clone: URL, _ group: String = "第一组") -> URL {
    SessionStore(directory: clone.appendingPathComponent("sessions")).url(caseId: c.id, group: group)
  }

  func load(_ clone: URL, _ group: String = "第一组") throws -> Session {
    try SessionStore(directory: clone.appendingPathComponent("sessions")).load(sessionURL(clone, group))
  }

  func save(_ s: Session, in clone: URL) throws {
    try SessionStore(directory: clone.appendingPathComponent("sessions")).save(s, to: sessionURL(clone, s.group.name))
  }

  func load(_ l: Laptop, _ group: String = "第一组") throws -> Session { try load(l.clone, group) }
  func save(_ s: Session, in l: Laptop) throws { try save(s, in: l.clone) }

  @discardableResult
  func sync(_ l: Laptop) throws -> ClassFixtures.Output {
    let r = try ClassFixtures.caseroom(["sync", "--class", l.clone.path], environment: l.environment)
    #expect(r.status == 0, "\(l.member): \(r.err)")
    return r
  }

  @Test(
    "three laptops with no git identity write different questions and the same one; after three rounds of sync every laptop holds every word, the conflict named by its writers"
  )
  func threeLaptops() throws {
    let (_, _, _, laptops) = try classroom(["王小明", "李华", "张伟"])
    let (l1, l2, l3) = (laptops[0], laptops[1], laptops[2])
    // No git identity on these laptops: git itself refuses to commit there.
    let bare = try ClassFixtures.run(
      "git", ["-C", l1.clone.path, "commit", "--allow-empty", "-m", "x"], environment: l1.environment)
    #expect(bare.status != 0)
    #expect(bare.err.contains("Please tell me who you are") || bare.err.contains("unable to auto-detect"))

    try save(ClassFixtures.session("第一组", ["", "", ""], members: ["王小明", "李华", "张伟"]), in: l1)
    for l in laptops { try sync(l) }
    let host = LocalProcess.hostName
    var s1 = try load(l1)
    s1.answers[0].text = "王小明写第一题。"
    s1.answers[2].text = "王小明认为第三题的答案是甲。"
    try save(s1, in: l1)
    var s2 = try load(l2)
    s2.answers[1].text = "李华写第二题。"
    try save(s2, in: l2)
    var s3 = try load(l3)
    s3.answers[2].text = "张伟认为第三题的答案是乙。"
    try save(s3, in: l3)
    for _ in 1...3 {
      for l in laptops { try sync(l) }
    }
    let all = try laptops.map { try load($0.clone) }
    #expect(all[0] == all[1] && all[1] == all[2])
    for s in all {
      #expect(s.answers[0].text == "王小明写第一题。")
      #expect(s.answers[1].text == "李华写第二题。")
      let blocks = ConflictMarkers.blocks(s.answers[2].text)
      #expect(blocks.count == 1)
      let versions = Dictionary(uniqueKeysWithValues: (blocks.first?.versions ?? []).map { ($0.label, $0.text) })
      #expect(versions["王小明 · \(host)"] == "王小明认为第三题的答案是甲。", "\(s.answers[2].text)")
      #expect(versions["张伟 · \(host)"] == "张伟认为第三题的答案是乙。", "\(s.answers[2].text)")
      #expect(WordCount.of(s.answers[2].text) == WordCount.of("王小明认为第三题的答案是甲。张伟认为第三题的答案是乙。"))
    }
    // Each commit names its writer (the member and login@host), with no git set-up on the laptop.
    let authors = try ClassFixtures.git(["log", "--format=%an <%ae>"], in: l1.clone).out
    for m in ["王小明", "李华", "张伟"] { #expect(authors.contains("\(m) <\(LocalHost.userName())@\(host)>")) }
  }

  @Test(
    "a student's clone never commits class.json or feedback: local edits are put aside, the class's version restored")
  func localEditsPutAside() throws {
    let (_, _, instructor, laptops) = try classroom(["王小明", "李华"])
    let (l1, l2) = (laptops[0], laptops[1])
    let classFile = l1.clone.appendingPathComponent("class.json")
    let original = try Data(contentsOf: classFile)
    var text = String(decoding: original, as: UTF8.self)
    text = text.replacingOccurrences(of: "小组发言", with: "伪造的阶段")
    try Data(text.utf8).write(to: classFile)
    let forged = l1.clone.appendingPathComponent("feedback/第一组.json")
    try Data(#"{"forged": 99}"#.utf8).write(to: forged)
    let r = try sync(l1)
    #expect(r.out.contains("instructor's files restored to the class's signed version: class.json, feedback/第一组.json"))
    #expect(r.out.contains("your edits put aside in .caseroom-aside/"))
    #expect(try Data(contentsOf: classFile) == original)
    #expect(!FileManager.default.fileExists(atPath: forged.path))
    let aside = try FileManager.default.contentsOfDirectory(
      atPath: l1.clone.appendingPathComponent(".caseroom-aside").path)
    #expect(aside.count == 1)
    let kept = l1.clone.appendingPathComponent(".caseroom-aside/\(aside[0])/class.json")
    #expect(try String(contentsOf: kept, encoding: .utf8).contains("伪造的阶段"))
    try sync(l2)
    #expect(
      try String(contentsOf: l2.clone.appendingPathComponent("class.json"), encoding: .utf8)
        == String(decoding: original, as: UTF8.self))
    // The instructor's own sync does commit class.json, signed.
    let phase = try ClassFixtures.caseroom(
      ["class", "phase", "--class", instructor.clone.path], environment: instructor.environment)
    #expect(phase.status == 0, "\(phase.err)")
    let ri = try sync(instructor)
    #expect(ri.out.contains("committed: class files: class.json"))
    try sync(l2)
    #expect(try ClassFolder(root: l2.clone).load().current?.number == 1)
  }

  /// The processes `body` starts (git), counted in this test's task alone.
  static func spawned(_ body: () throws -> Void) rethrows -> Int {
    let count = ChildProcess.Count()
    try ChildProcess.$started.withValue(count) { try body() }
    return count.value
  }

  @Test("ClassFolder.load runs git once per change of the clone: again and again with nothing changed, no process")
  func loadKeepsWhatGitSaid() throws {
    let (_, _, instructor, laptops) = try classroom(["李华"])
    let l1 = laptops[0]
    try sync(l1)  // pins the instructor's key
    let folder = ClassFolder(root: l1.clone)
    let first = try Self.spawned { _ = try folder.load() }
    let again = try Self.spawned { for _ in 0..<5 { _ = try folder.load() } }
    #expect(again == 0, "five loads with nothing changed: \(again) processes (the first: \(first))")
    // A planted class.json is a change: judged again, and not believed.
    let classJSON = l1.clone.appendingPathComponent("class.json")
    let signed = try RegularFile.read(classJSON)
    var planted = try folder.load()
    planted.phases[0].title = "伪造"
    try folder.save(planted)
    #expect(try folder.load().phases[0].title != "伪造")
    try signed.write(to: classJSON)
    // The instructor moves the phase on; the sync brings the signed commit: the load sees it.
    let before = try folder.load().current?.number
    let phase = try ClassFixtures.caseroom(
      ["class", "phase", "--class", instructor.clone.path], environment: instructor.environment)
    #expect(phase.status == 0, "\(phase.err)")
    try sync(instructor)
    try sync(l1)
    var after: Int?
    let afterSync = try Self.spawned { after = try folder.load().current?.number }
    #expect(after != before && after == 1, "the new phase after the sync: \(String(describing: after))")
    #expect(afterSync > 0, "a new commit: git asked again")
  }

  @Test("a class folder that is no clone: loading it runs no git at all")
  func loadWithoutGit() throws {
    let dir = try ClassFixtures.directory("nogit").appendingPathComponent("class")
    let r = try ClassFixtures.caseroom(["class", "init", dir.path])
    #expect(r.status == 0, "\(r.err)")
    let n = try Self.spawned { for _ in 0..<5 { _ = try ClassFolder(root: dir).load() } }
    #expect(n == 0, "\(n) processes")
  }

  @Test("forged by hand and pushed past caseroom (a repository without the guard): no other clone trusts it")
  func forgedCommits() throws {
    let (_, bare, instructor, laptops) = try classroom(["王小明", "李华"], server: false)
    let (l1, l2) = (laptops[0], laptops[1])
    try sync(l2)  // pins the instructor's key
    // The feedback file is named after the group's session file.
    let fb = "feedback/" + ReleasedFeedback.url(forSession: sessionURL(l2.clone), in: l2.clone).lastPathComponent
    try save(ClassFixtures.session("第一组", ["第一组的回答。"]), in: l2)
    // The instructor releases real feedback, signed.
    let feedback = instructor.clone.appendingPathComponent(fb)
    let real = ReleasedFeedback(
      caseId: c.id, group: "第一组", scaleMax: 5, releasedAt: ClassFixtures.t0,
      answers: [.init(question: 1, score: 3, comment: "论据不足", updatedAt: ClassFixtures.t0)])
    try JSONCoding.encoder().encode(real).write(to: feedback)
    try sync(instructor)
    try sync(l1)
    try sync(l2)
    #expect(try ReleasedFeedback.load(l2.clone.appendingPathComponent(fb))?.answers.first?.score == 3)
    // A student forges full marks and a phase, commits by hand and pushes with git.
    try sync(l1)
    var forged = real
    forged.answers[0].score = 5
    forged.answers[0].comment = "满分"
    try JSONCoding.encoder().encode(forged).write(to: l1.clone.appendingPathComponent(fb))
    var cf = try ClassFolder(root: l1.clone).load()
    cf.phases[0].title = "伪造"
    try ClassFolder(root: l1.clone).save(cf)
    try ClassFixtures.git(["-C", l1.clone.path, "add", "-f", "class.json", "feedback"], in: l1.clone)
    try ClassFixtures.git(["-C", l1.clone.path, "commit", "-q", "-m", "forged"], in: l1.clone)
    let pushed = try ClassFixtures.git(["-C", l1.clone.path, "push", "-q", "origin", "HEAD"], in: l1.clone)
    #expect(pushed.status == 0, "\(pushed.err)")
    _ = bare
    // The other laptop syncs: it takes in the commit but keeps the signed versions.
    let r = try sync(l2)
    #expect(r.out.contains("instructor's files restored to the class's signed version"), "\(r.out)")
    let seen = try ReleasedFeedback.load(l2.clone.appendingPathComponent(fb))
    #expect(seen?.answers.first?.score == 3)
    #expect(try ClassFolder(root: l2.clone).load().phases[0].title != "伪造")
    // Readers check the signature too: a forged file planted by hand is not trusted.
    try JSONCoding.encoder().encode(forged).write(to: l2.clone.appendingPathComponent(fb))
    let trust = try #require(try InstructorTrust(directory: l2.clone))
    #expect(!trust.isTrusted(l2.clone.appendingPathComponent(fb)))
    #expect(trust.isTrusted(l2.clone.appendingPathComponent("class.json")))
    var shown = TrustedFeedback(folder: l2.clone.appendingPathComponent("feedback"))
    #expect(
      try shown.load(forSession: nil, group: "第一组", caseId: c.id, in: l2.clone.appendingPathComponent("feedback"))
        == nil)
    let export = try ClassFixtures.caseroom(
      ["export", "--class", l2.clone.path, "--group", "第一组", "--format", "md"], environment: l2.environment)
    #expect(export.status == 0, "\(export.err)")
    #expect(!export.out.contains("满分"))
    // A reader's look at class.json (the phase on its status bar) believes only the signed version:
    // a forged phase planted by hand is not shown; the instructor's is, read from git.
    let classJSON = l2.clone.appendingPathComponent("class.json")
    let signed = try RegularFile.read(classJSON)
    var planted = try ClassFolder(root: l2.clone).load()
    planted.phases[0].title = "伪造"
    try ClassFolder(root: l2.clone).save(planted)
    #expect(
      try ClassFolder(root: l2.clone).load().phases[0].title != "伪造",
      "a reader starting here takes the class (its case, sessions, phases) from the signed version")
    var watch = ClassFileWatch(url: classJSON)
    let polled = watch.poll()
    let believed = try #require(polled)
    #expect(believed.phases[0].title != "伪造")
    #expect(believed == (try ClassFile.decode(signed, file: "class.json")))
    #expect(watch.distrusted)
    try signed.write(to: classJSON)
    var again = ClassFileWatch(url: classJSON)
    let polledAgain = again.poll()
    #expect(polledAgain?.phases[0].title == believed.phases[0].title)
    #expect(!again.distrusted)
    // The instructor's own clone believes its own edit (signed at its next sync).
    let teacherFile = try RegularFile.read(instructor.clone.appendingPathComponent("class.json"))
    var mine = try ClassFolder(root: instructor.clone).load()
    mine.phases[0].title = "老师改的阶段"
    try ClassFolder(root: instructor.clone).save(mine)
    var teacherWatch = ClassFileWatch(url: instructor.clone.appendingPathComponent("class.json"))
    let teachers = teacherWatch.poll()
    #expect(teachers?.phases[0].title == "老师改的阶段")
    try teacherFile.write(to: instructor.clone.appendingPathComponent("class.json"))
    // The signed version is believed again once it is back.
    try JSONCoding.encoder().encode(real).write(to: l2.clone.appendingPathComponent(fb))
    #expect(
      try shown.load(forSession: nil, group: "第一组", caseId: c.id, in: l2.clone.appendingPathComponent("feedback"))?
        .answers.first?.score == 3)
    // The instructor's clone carries on: its next signed release is trusted everywhere.
    try sync(instructor)
    try sync(l2)
  }

  @Test("with 50 groups and nothing changed, a sync makes no commit (and one group changed makes one)")
  func quietSync() throws {
    let (_, _, _, laptops) = try classroom(["王小明"])
    let l = laptops[0]
    for i in 1...50 { try save(ClassFixtures.session("第\(i)组", ["第\(i)组的回答。"]), in: l.clone) }
    try sync(l)
    let head = try ClassFixtures.git(["rev-parse", "HEAD"], in: l.clone).out
    let count = try ClassFixtures.git(["rev-list", "--count", "HEAD"], in: l.clone).out
    let r = try sync(l)
    #expect(r.out.contains("committed: nothing had changed here"))
    #expect(try ClassFixtures.git(["rev-parse", "HEAD"], in: l.clone).out == head)
    #expect(try ClassFixtures.git(["rev-list", "--count", "HEAD"], in: l.clone).out == count)
    var s = try load(l.clone, "第7组")
    s.answers[0].text = "改过了。"
    try save(s, in: l.clone)
    let one = try sync(l)
    #expect(one.out.contains("committed: 第7组: answer 1 edited"))
  }

  @Test("a session open in another reader here, changed only on this laptop, does not stop the sync")
  func openButOnlyHere() throws {
    let (_, _, _, laptops) = try classroom(["王小明", "李华"])
    let (l1, l2) = (laptops[0], laptops[1])
    try save(ClassFixtures.session("第一组", ["一。"]), in: l1)
    try save(ClassFixtures.session("第二组", ["二。"]), in: l2)
    try sync(l1)
    try sync(l2)
    try sync(l1)
    var s = try load(l1)
    s.answers[0].text = "一。改。"
    try save(s, in: l1)
    var t = try load(l2, "第二组")
    t.answers[0].text = "二。改。"
    try save(t, in: l2)
    try sync(l2)
    guard case .acquired(let lock, _) = SessionLock.acquire(for: sessionURL(l1.clone)) else {
      Issue.record("no lock")
      return
    }
    defer { lock.release() }
    let r = try sync(l1)
    #expect(r.out.contains("received: sessions/"))
    #expect(try load(l1, "第二组").answers[0].text == "二。改。")
  }

  @Test("no git on PATH: a clear message, exit 1")
  func noGit() throws {
    let (_, _, _, laptops) = try classroom(["王小明"])
    var env = laptops[0].environment
    env["PATH"] = "/nonexistent"
    let r = try ClassFixtures.caseroom(["sync", "--class", laptops[0].clone.path], environment: env)
    #expect(r.status == 1)
    #expect(r.err.contains("git is not installed"), "\(r.err)")
  }
}
