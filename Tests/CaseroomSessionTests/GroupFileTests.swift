import CaseroomEngine
import Foundation
import Testing

@testable import CaseroomSession

/// One group's file written by several readers at once: every save a merge.
@Suite("A group writes together: merge on save, following, drafts")
struct GroupFileTests {
  let c = SessionFixtures.bundled

  /// A group's session on disk and `n` readers opened on it.
  func group(_ n: Int) throws -> (URL, SessionStore, [GroupFile]) {
    let dir = try SessionFixtures.directory()
    let store = SessionStore(directory: dir)
    let url = store.url(caseId: c.id, group: "第一组")
    try store.save(Session(case: c, group: .init(name: "第一组", members: ["李华", "王芳"])), to: url)
    let files = try (0..<n).map { _ in GroupFile(url: url, store: store, read: try store.load(url)) }
    return (url, store, files)
  }

  @Test("two members write two answers and save in turn: both answers are in the file, no marker")
  func differentFields() throws {
    let (url, store, f) = try group(2)
    var a = f[0].base
    var b = f[1].base
    a.answers[0].text = "李华的答案。"
    b.answers[1].text = "王芳的答案。"
    _ = try f[0].save(a, as: "李华")
    let merged = try f[1].save(b, as: "王芳")
    #expect(merged.readOthers)
    #expect(merged.conflictedAnswers.isEmpty)
    let disk = try store.load(url)
    #expect(disk.answers[0].text == "李华的答案。")
    #expect(disk.answers[1].text == "王芳的答案。")
    // The first reader follows and sees the second's answer; its own stays.
    let followed = try #require(try f[0].follow(a, as: "李华"))
    #expect(followed.session.answers[1].text == "王芳的答案。")
    #expect(followed.session.answers[0].text == "李华的答案。")
    // Nothing changed since: one stat, nothing read.
    #expect(try f[0].follow(followed.session, as: "李华") == nil)
  }

  @Test("two writers of one answer (a stale lock): both texts kept, the markers name the members")
  func sameField() throws {
    let (url, store, f) = try group(2)
    var a = f[0].base
    var b = f[1].base
    a.answers[0].text = "甲说的。"
    a.answers[0].writer = "李华"
    b.answers[0].text = "乙说的。"
    b.answers[0].writer = "王芳"
    _ = try f[0].save(a, as: "李华")
    let r = try f[1].save(b, as: "王芳")
    #expect(r.conflictedAnswers == [0])
    let text = try store.load(url).answers[0].text
    // This member on this machine, and the member who wrote the text on disk.
    #expect(text.contains("【合并冲突：王芳 · \(LocalProcess.hostName)】\n乙说的。"))
    #expect(text.contains("【合并冲突：李华】\n甲说的。"))
    #expect(text.hasSuffix(TextMerge.endMarker))
    #expect(TextMerge.hasConflict(text))
  }

  @Test(
    "a save made before a follow was taken in (a signal while the follow ran) is merged with it: nothing the follow read is written over"
  )
  func saveAfterUntakenFollow() throws {
    let (url, store, f) = try group(2)
    var theirs = f[1].base
    theirs.answers[1].text = "乙写的。"
    _ = try f[1].save(theirs, as: "王芳")
    // This reader's session as it was before its follow ran.
    let generation = f[0].generation
    var mine = f[0].base
    mine.answers[0].text = "甲写的。"
    // The follow reads 乙's work, but its result never reaches the reader: it ends.
    #expect(try f[0].follow(mine, as: "李华") != nil)
    _ = try f[0].save(mine, as: "李华", from: generation)
    let disk = try store.load(url)
    #expect(disk.answers[0].text == "甲写的。")
    #expect(disk.answers[1].text == "乙写的。")
  }

  @Test("a file replaced under a reader (copied back by hand) is merged, never written over")
  func replaced() throws {
    let (url, store, f) = try group(1)
    var other = f[0].base
    other.answers[2].text = "别处写的。"
    // Replaced: a new inode at the name.
    let tmp = url.deletingLastPathComponent().appendingPathComponent("copy.json")
    try other.json().write(to: tmp)
    #expect(rename(tmp.path, url.path) == 0)
    var mine = f[0].base
    mine.answers[0].text = "我的。"
    _ = try f[0].save(mine, as: "李华")
    let disk = try store.load(url)
    #expect(disk.answers[2].text == "别处写的。")
    #expect(disk.answers[0].text == "我的。")
  }

  @Test("a session of an older version gains the member fields on its first save")
  func olderVersion() throws {
    let (url, store, f) = try group(1)
    #expect(f[0].base.participation == nil)
    var mine = f[0].base
    let base = mine
    mine.answers[0].text = "一二三四五。"
    mine.recordParticipation(of: "李华", since: base, sectionsRead: ["golden-tax"])
    _ = try f[0].save(mine, as: "李华")
    let text = try String(contentsOf: url, encoding: .utf8)
    #expect(text.contains("\"participation\""))
    let p = try #require(try store.load(url).participation?["李华"])
    #expect(p.characters.first == CharacterCount.of("一二三四五。"))
    #expect(p.sectionsRead == ["golden-tax"])
  }

  @Test("a save that cannot be written throws and changes nothing; the draft brings the text back")
  func draft() throws {
    let (url, store, f) = try group(1)
    var mine = f[0].base
    mine.answers[0].text = "写到一半。"
    let dir = url.deletingLastPathComponent()
    // The folder replaced by a file.
    let aside = URL(fileURLWithPath: dir.path + ".aside")
    #expect(rename(dir.path, aside.path) == 0)
    try Data("x".utf8).write(to: dir)
    #expect(throws: SessionError.self) { try f[0].save(mine, as: "李华") }
    let drafts = try SessionFixtures.directory()
    let where_ = try SaveDraft(
      file: url, member: "李华", base: f[0].base, session: mine, savedAt: Date(), reason: "not a folder"
    ).write(in: drafts)
    #expect(FileManager.default.fileExists(atPath: where_.path))
    // The folder comes back, another member wrote meanwhile.
    try FileManager.default.removeItem(at: dir)
    #expect(rename(aside.path, dir.path) == 0)
    var other = try store.load(url)
    other.answers[1].text = "另一个人写的。"
    try store.save(other, to: url)
    // The next start: the draft is found and merged with the file as it is now.
    let (found, d) = try #require(SaveDraft.find(for: url, in: drafts))
    let next = GroupFile(url: url, store: store, read: try store.load(url))
    _ = try next.restore(d, from: found, as: "李华")
    let disk = try store.load(url)
    #expect(disk.answers[0].text == "写到一半。")
    #expect(disk.answers[1].text == "另一个人写的。")
    #expect(SaveDraft.find(for: url, in: drafts) == nil)
  }

  @Test("a draft brought back by another member at the same login keeps its writer's name in the markers")
  func draftOfAnotherMember() throws {
    let (url, store, f) = try group(1)
    var mine = f[0].base
    mine.answers[0].text = "李华写的草稿。"
    let drafts = try SessionFixtures.directory()
    let made = try SaveDraft(
      file: url, member: "李华", base: f[0].base, session: mine, savedAt: Date(), reason: "disk full"
    ).write(in: drafts)
    // Meanwhile another member wrote the same answer.
    var other = try store.load(url)
    other.answers[0].text = "王芳写的。"
    other.answers[0].writer = "王芳"
    try store.save(other, to: url)
    let next = GroupFile(url: url, store: store, read: try store.load(url))
    let (found, d) = try #require(SaveDraft.find(for: url, in: drafts))
    #expect(found == made)
    _ = try next.restore(d, from: found, as: "赵强")
    let text = try store.load(url).answers[0].text
    #expect(text.contains("李华写的草稿。") && text.contains("王芳写的。"))
    #expect(text.contains("李华"))
    #expect(!text.contains("赵强"))
  }

  /// A small deterministic generator (the same interleavings on every run).
  struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
  }

  @Test("merge on save over random interleavings of edits, saves and follows: nothing lost", arguments: 0..<40)
  func interleavings(_ seed: UInt64) throws {
    var rng = SplitMix(state: seed)
    let questions = c.questions.count
    // Different fields: one answer per reader (as field locks make it).
    let readers = 2 + rng.below(max(1, min(3, questions - 1)))
    let (url, store, f) = try group(readers)
    // Each reader owns some fields: its own answer (as field locks make it), its notes, its citations.
    var mine = f.map(\.base)
    var typed = Array(repeating: "", count: readers)
    var notes = Array(repeating: 0, count: readers)
    var cites = Array(repeating: 0, count: readers)
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)
    for step in 0..<120 {
      let r = rng.below(readers)
      let q = r % questions
      switch rng.below(6) {
      case 0, 1:
        let piece = ["甲", "乙。", "丙丁", "\n", "戊己庚。"][rng.below(5)] + "\(r)"
        typed[r] += piece
        mine[r].answers[q].text += piece
      case 2:
        notes[r] += 1
        mine[r].annotations.append(
          .init(
            anchor: .init(section: "golden-tax", paragraph: r, quote: "注\(r)-\(notes[r])"), note: "笔记\(r)-\(notes[r])",
            createdAt: t0.addingTimeInterval(Double(step))))
      case 3:
        cites[r] += 1
        mine[r].answers[q].citations.append(
          .init(
            anchor: .init(section: "golden-shield", paragraph: r, quote: "引\(r)-\(cites[r])"),
            createdAt: t0.addingTimeInterval(Double(step))))
      case 4:
        if let m = try f[r].follow(mine[r], as: "成员\(r)") { mine[r] = m.session }
      default:
        mine[r] = try f[r].save(mine[r], as: "成员\(r)").session
      }
    }
    for r in 0..<readers { _ = try f[r].save(mine[r], as: "成员\(r)") }
    let disk = try store.load(url)
    for r in 0..<readers {
      let q = r % questions
      #expect(disk.answers[q].text == typed[r], "reader \(r), seed \(seed)")
      #expect(!TextMerge.hasConflict(disk.answers[q].text))
      #expect(disk.annotations.filter { $0.note.hasPrefix("笔记\(r)-") }.count == notes[r])
      #expect(disk.answers.flatMap(\.citations).filter { $0.anchor.quote.hasPrefix("引\(r)-") }.count == cites[r])
    }
  }

  @Test("participation: characters added per answer, notes, citations; two readers as one member add up")
  func participation() throws {
    #expect(Session.Participation.inserted(from: "abc", to: "abXYc") == 2)
    #expect(Session.Participation.inserted(from: "金税工程", to: "金税三期工程") == 2)
    #expect(Session.Participation.inserted(from: "一二三", to: "一三") == 0)
    let (url, store, f) = try group(2)
    for (i, text) in ["李华写了五个字。", "也是李华。"].enumerated() {
      var s = f[i].base
      let base = s
      s.answers[i].text = text
      s.annotations.append(
        .init(
          anchor: .init(section: "golden-tax", paragraph: i, quote: "q\(i)"), note: "n",
          createdAt: Date(timeIntervalSince1970: Double(i))))
      s.recordParticipation(of: "李华", since: base, sectionsRead: ["s\(i)"])
      _ = try f[i].save(s, as: "李华")
    }
    let p = try #require(try store.load(url).participation?["李华"])
    #expect(p.characters[0] == CharacterCount.of("李华写了五个字。"))
    #expect(p.characters[1] == CharacterCount.of("也是李华。"))
    #expect(p.notes == 2)
    #expect(Set(p.sectionsRead) == ["s0", "s1"])
  }
}

@Suite("Field locks: one writer per answer, note, group name")
struct FieldLockTests {
  func folder() throws -> (URL, LiveFolder) {
    let dir = try SessionFixtures.directory()
    let url = dir.appendingPathComponent("c--g-0.session.json")
    return (url, LiveFolder(session: url))
  }

  @Test("a second reader finds the answer held and named; another answer is free; leaving frees it")
  func oneWriter() throws {
    let (_, folder) = try folder()
    let a = FieldLocks(folder: folder, member: "李华")
    let b = FieldLocks(folder: folder, member: "王芳")
    #expect(a.join() == nil)
    #expect(b.join() == nil)
    #expect(a.claim(.answer(0)) == .mine)
    guard case .heldBy(let h, let checkable) = b.claim(.answer(0)) else {
      Issue.record("not held")
      return
    }
    #expect(h.member == "李华")
    #expect(checkable)
    #expect(b.claim(.answer(1)) == .mine)
    let snap = folder.look()
    #expect(Set(snap.members) == ["李华", "王芳"])
    #expect(snap.writers[.answer(0)]?.member == "李华")
    #expect(snap.writers[.answer(1)]?.member == "王芳")
    a.leave()
    #expect(b.claim(.answer(0)) == .mine)
    // Claiming one field leaves the other.
    #expect(folder.look().writers[.answer(1)] == nil)
    a.quit()
    #expect(folder.look().members == ["王芳"])
  }

  @Test("a minute idle frees a field; its writer's next save finds it taken")
  func idle() throws {
    let (_, folder) = try folder()
    let a = FieldLocks(folder: folder, member: "李华")
    let b = FieldLocks(folder: folder, member: "王芳")
    #expect(a.claim(.answer(0)) == .mine)
    // A minute and a bit without a key.
    var old = [
      timespec(tv_sec: time(nil) - 61, tv_nsec: 0), timespec(tv_sec: time(nil) - 61, tv_nsec: 0),
    ]
    #expect(utimensat(AT_FDCWD, folder.lockURL(.answer(0)).path, &old, 0) == 0)
    #expect(folder.look().writers[.answer(0)] == nil)
    #expect(b.claim(.answer(0)) == .mine)
    #expect(a.confirm()?.member == "王芳")
    #expect(a.field == nil)
  }

  @Test("a field held by a dead process is free; one on another host is held and may be taken over")
  func deadAndRemote() throws {
    let (_, folder) = try folder()
    try folder.ensure()
    let enc = JSONCoding.encoder(.compact)
    let dead = SessionLock.Holder(
      pid: SessionLockTests.deadPid(), host: LocalProcess.hostName, since: Date(), member: "甲")
    try enc.encode(dead).write(to: folder.lockURL(.answer(0)))
    let remote = SessionLock.Holder(pid: 1, host: "elsewhere", since: Date(), member: "乙")
    try enc.encode(remote).write(to: folder.lockURL(.answer(1)))
    let me = FieldLocks(folder: folder, member: "丙")
    #expect(me.claim(.answer(0)) == .mine)
    guard case .heldBy(let h, checkable: false) = me.claim(.answer(1)) else {
      Issue.record("a lock on another host is not held")
      return
    }
    #expect(h.member == "乙" && h.host == "elsewhere")
    #expect(me.claim(.answer(1), takeOver: true) == .mine)
    #expect(folder.look().writers[.answer(1)]?.member == "丙")
  }

  @Test(
    "a look clears the locks of readers that died (their presence, their field); a live idle one's and another host's stay"
  )
  func deadReadersCleared() throws {
    let (_, folder) = try folder()
    try folder.ensure()
    let enc = JSONCoding.encoder(.compact)
    let gone = SessionLockTests.deadPid()
    let dead = SessionLock.Holder(pid: gone, host: LocalProcess.hostName, since: Date(), token: "t1", member: "甲")
    try enc.encode(dead).write(to: folder.readerURL(token: "dead"))
    try enc.encode(dead).write(to: folder.lockURL(.answer(0)))
    let remote = SessionLock.Holder(pid: gone, host: "elsewhere", since: Date(), member: "乙")
    try enc.encode(remote).write(to: folder.readerURL(token: "remote"))
    let before = Set(try FileManager.default.contentsOfDirectory(atPath: folder.url.path))
    let idle = FieldLocks(folder: folder, member: "丙")
    #expect(idle.join() == nil)
    let idleName = try #require(
      Set(try FileManager.default.contentsOfDirectory(atPath: folder.url.path)).subtracting(before).first)
    var old = [timespec(tv_sec: time(nil) - 200, tv_nsec: 0), timespec(tv_sec: time(nil) - 200, tv_nsec: 0)]
    #expect(utimensat(AT_FDCWD, folder.url.appendingPathComponent(idleName).path, &old, 0) == 0)
    let snap = folder.look()
    #expect(snap.members == ["乙"], "the dead and the idle are not shown: \(snap.members)")
    #expect(snap.writers.isEmpty)
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
    #expect(left == [idleName, "reader-remote.lock"].sorted(), "\(left)")
  }

  @Test("a reader killed and not yet reaped (a zombie) is dead: its lock is cleared, it is not shown")
  func zombieReader() throws {
    let (_, folder) = try folder()
    try folder.ensure()
    var pid: pid_t = 0
    let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/true"), nil]
    defer { free(argv[0]) }
    #expect(posix_spawn(&pid, "/bin/true", nil, nil, argv, environ) == 0)
    var info = siginfo_t()
    // Ended, left unreaped: a zombie whose pid still answers kill(pid, 0).
    #expect(waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) == 0)
    #expect(kill(pid, 0) == 0)
    let holder = SessionLock.Holder(pid: pid, host: LocalProcess.hostName, since: Date(), member: "甲")
    try JSONCoding.encoder(.compact).encode(holder).write(to: folder.readerURL(token: "zombie"))
    #expect(folder.look().members.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: folder.readerURL(token: "zombie").path))
    var status: Int32 = 0
    waitpid(pid, &status, 0)
  }

  @Test("lock file names round-trip")
  func names() {
    let note = Field.note(String(repeating: "a", count: 16))
    for f in [Field.answer(0), .answer(11), .group, note] { #expect(Field(fileName: f.fileName) == f) }
    #expect(Field(fileName: "write.lock") == nil)
    #expect(Field(fileName: "answer-0.lock") == nil)
  }
}
