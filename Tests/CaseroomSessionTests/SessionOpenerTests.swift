import CaseroomEngine
import Foundation
import Testing

@testable import CaseroomSession

@Suite("Opening a group's session: recovery in place, one group and one case per file, read-only when it must be")
struct SessionOpenerTests {
  let c = SessionFixtures.bundled

  func opener(_ dir: URL, _ recovery: SessionOpener.Recovery = .refuse, _ options: SessionOpener.Options = [])
    -> SessionOpener
  {
    SessionOpener(store: SessionStore(directory: dir), recovery: recovery, options: options)
  }

  /// A group's file saved twice (so that it has a `.bak`), then truncated.
  func damagedGroup(_ dir: URL, _ name: String = "第一组") throws -> (url: URL, damaged: Data) {
    let o = try opener(dir).open(group: name, members: ["甲"], of: c)
    var s = o.session
    s.answers[0].text = "备份里的答案"
    try o.save(s)
    s.answers[0].text = "最新的答案"
    try o.save(s)
    o.close()
    let full = try Data(contentsOf: o.url)
    let damaged = full.prefix(full.count / 2)
    try damaged.write(to: o.url)
    return (o.url, damaged)
  }

  func names(_ dir: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
  }

  @Test("a damaged file is refused with its backup offered, and left byte for byte as it is")
  func refused() throws {
    let dir = try SessionFixtures.directory()
    let (url, damaged) = try damagedGroup(dir)
    do {
      _ = try opener(dir).open(group: "第一组", members: [], of: c)
      Issue.record("a damaged file was opened")
    } catch SessionOpener.Failure.damaged(let e, let backup) {
      #expect(e.file == url.path && e.kind == .corrupt)
      #expect(backup?.answers[0].text == "备份里的答案")
    }
    #expect(try Data(contentsOf: url) == damaged)
    #expect(!FileManager.default.fileExists(atPath: url.path + ".lock"))
  }

  @Test(
    "--from-backup carries on in the group's own file; the damaged one is kept aside; the next start opens the work")
  func fromBackup() throws {
    let dir = try SessionFixtures.directory()
    let (url, damaged) = try damagedGroup(dir)
    let o = try opener(dir, .fromBackup).open(group: "第一组", members: [], of: c)
    #expect(o.url == url, "not a -2 file: the group's own name")
    #expect(!o.isReadOnly)
    guard case .openedBackup(let aside) = o.notice else {
      Issue.record("notice: \(String(describing: o.notice))")
      return
    }
    #expect(aside.lastPathComponent.hasPrefix(url.lastPathComponent + ".damaged-20"))
    #expect(aside.lastPathComponent.hasSuffix("Z"))
    #expect(try Data(contentsOf: aside) == damaged, "the damaged file is kept, byte for byte")
    #expect(o.session.answers[0].text == "备份里的答案")
    var s = o.session
    s.answers[0].text = "恢复以后写的"
    try o.save(s)
    o.close()
    // The next plain start opens the recovered work.
    let again = try opener(dir).open(group: "第一组", members: [], of: c)
    #expect(again.url == url && again.notice == nil && !again.isReadOnly)
    #expect(again.session.answers[0].text == "恢复以后写的")
    again.close()
    #expect(
      try names(dir) == [url.lastPathComponent, url.lastPathComponent + ".bak", aside.lastPathComponent].sorted())
    // Damaged again, recovered again: the earlier damaged copy is never overwritten.
    try Data("{".utf8).write(to: url)
    let third = try opener(dir, .fromBackup).open(group: "第一组", members: [], of: c)
    guard case .openedBackup(let aside2) = third.notice else {
      Issue.record("notice: \(String(describing: third.notice))")
      return
    }
    #expect(aside2 != aside)
    #expect(try Data(contentsOf: aside) == damaged && (try Data(contentsOf: aside2)) == Data("{".utf8))
    #expect(third.url == url)
    third.close()
  }

  @Test("--fresh starts afresh in the group's own file; the damaged one is kept aside")
  func fresh() throws {
    let dir = try SessionFixtures.directory()
    let (url, damaged) = try damagedGroup(dir)
    let o = try opener(dir, .fresh).open(group: "第一组", members: ["乙"], of: c)
    #expect(o.url == url)
    guard case .startedAfresh(let aside) = o.notice else {
      Issue.record("notice: \(String(describing: o.notice))")
      return
    }
    #expect(try Data(contentsOf: aside) == damaged)
    #expect(o.session.answers.allSatisfy(\.text.isEmpty) && o.session.group.members == ["乙"])
    o.close()
    let again = try opener(dir).open(group: "第一组", members: [], of: c)
    #expect(again.url == url && again.session.group.members == ["乙"])
    again.close()
  }

  @Test("the app's way in: recovering after the user chose, from the failure's backup")
  func appRecovery() throws {
    let dir = try SessionFixtures.directory()
    let (url, _) = try damagedGroup(dir)
    let entry = try #require(SessionStore(directory: dir).list(caseId: c.id).first)
    #expect(entry.error != nil && entry.backup?.answers[0].text == "备份里的答案")
    let o = try opener(dir).recover(.fromBackup, file: entry.url, group: entry.backup!.group, of: c)
    #expect(o.url == url && o.session.answers[0].text == "备份里的答案")
    o.close()
    let viaOpener = try opener(dir).recovering(.fromBackup).open(group: "第一组", members: [], of: c)
    #expect(viaOpener.notice == nil, "nothing left to recover: the file opens as it is")
    viaOpener.close()
  }

  @Test("no usable backup: the failure says so; --from-backup refuses and touches nothing")
  func noBackup() throws {
    let dir = try SessionFixtures.directory()
    let store = SessionStore(directory: dir)
    let url = store.url(caseId: c.id, group: "第二组")
    try Data("not json".utf8).write(to: url)
    do {
      _ = try opener(dir).open(group: "第二组", members: [], of: c)
      Issue.record("opened")
    } catch SessionOpener.Failure.damaged(_, let backup) {
      #expect(backup == nil)
    }
    #expect(throws: SessionOpener.Failure.self) { try opener(dir, .fromBackup).open(group: "第二组", members: [], of: c) }
    #expect(try names(dir) == [url.lastPathComponent])
    #expect(try Data(contentsOf: url) == Data("not json".utf8))
  }

  @Test("sessions saved under the old 32-bit names are found, opened and saved in place")
  func legacyNames() throws {
    let dir = try SessionFixtures.directory()
    let store = SessionStore(directory: dir)
    var s = SessionFixtures.session("第三组")
    s.answers[0].text = "旧版本写的"
    let legacy = store.legacyURL(caseId: c.id, group: "第三组")
    try store.save(s, to: legacy)
    let o = try opener(dir).open(group: "第三组", members: [], of: c)
    #expect(o.url == legacy && o.session.answers[0].text == "旧版本写的")
    try o.save(o.session)
    o.close()
    #expect(try names(dir) == [legacy.lastPathComponent, legacy.lastPathComponent + ".bak"])
  }

  @Test("two names that shared an old 32-bit file name never share a file (the issue's pair)")
  func legacyCollision() throws {
    let dir = try SessionFixtures.directory()
    let store = SessionStore(directory: dir)
    let a = "第一组*+.^$^! "
    let b = "第一组*%!++&^^"
    var first = SessionFixtures.session(a)
    first.answers[0].text = "第一组的答案"
    let legacy = store.legacyURL(caseId: c.id, group: a)
    #expect(legacy == store.legacyURL(caseId: c.id, group: b))
    try store.save(first, to: legacy)
    let before = try Data(contentsOf: legacy)
    let o = try opener(dir).open(group: b, members: [], of: c)
    #expect(o.url != legacy && o.session.group.name == b && o.session.answers[0].text.isEmpty)
    var s = o.session
    s.answers[0].text = "第二组的答案"
    try o.save(s)
    o.close()
    #expect(try Data(contentsOf: legacy) == before, "the first group's file is untouched")
    let reopened = try opener(dir).open(group: a, members: [], of: c)
    #expect(reopened.url == legacy && reopened.session.answers[0].text == "第一组的答案")
    reopened.close()
  }

  @Test(
    "another group's file at the group's name (a collision, a copy by hand) is never merged into: the next name is used"
  )
  func otherGroupAtTheName() throws {
    let dir = try SessionFixtures.directory()
    let store = SessionStore(directory: dir)
    let url = store.url(caseId: c.id, group: "第四组")
    var intruder = SessionFixtures.session("别的组")
    intruder.answers[0].text = "别的组的答案"
    try store.save(intruder, to: url)
    let before = try Data(contentsOf: url)
    let o = try opener(dir).open(group: "第四组", members: [], of: c)
    #expect(o.url == store.url(caseId: c.id, group: "第四组", variant: 2))
    #expect(o.session.group.name == "第四组" && o.session.answers[0].text.isEmpty)
    var s = o.session
    s.answers[0].text = "第四组的答案"
    try o.save(s)
    o.close()
    #expect(try Data(contentsOf: url) == before)
    let again = try opener(dir).open(group: "第四组", members: [], of: c)
    #expect(again.url == o.url && again.session.answers[0].text == "第四组的答案")
    again.close()
  }

  @Test("a session of another case at the group's name opens read-only, says so, and is never written")
  func otherCase() throws {
    let dir = try SessionFixtures.directory()
    let store = SessionStore(directory: dir)
    let url = store.url(caseId: c.id, group: "第五组")
    var foreign = SessionFixtures.session("第五组")
    foreign.caseId = "another-case"
    try store.save(foreign, to: url)
    let before = try Data(contentsOf: url)
    let o = try opener(dir).open(group: "第五组", members: [], of: c)
    #expect(o.readOnly == .otherCase("another-case") && o.notice == .otherCase("another-case"))
    #expect(throws: OpenedSession.SaveRefusal.self) { try o.save(o.session) }
    o.close()
    #expect(try Data(contentsOf: url) == before)
    #expect(!FileManager.default.fileExists(atPath: url.path + ".lock"))
  }

  @Test("a session file that is a symbolic link opens read-only and is never written through")
  func symbolicLink() throws {
    let dir = try SessionFixtures.directory()
    let elsewhere = try SessionFixtures.directory().appendingPathComponent("real.json")
    let store = SessionStore(directory: dir)
    try store.save(SessionFixtures.session("第六组"), to: elsewhere)
    let before = try Data(contentsOf: elsewhere)
    let url = store.url(caseId: c.id, group: "第六组")
    symlink(elsewhere.path, url.path)
    let o = try opener(dir).open(group: "第六组", members: [], of: c)
    #expect(o.readOnly == .symbolicLink && o.notice == .symbolicLink(url))
    #expect(throws: OpenedSession.SaveRefusal.self) { try o.save(o.session) }
    #expect(throws: SessionError.self) { try store.save(o.session, to: url) }
    #expect(try Data(contentsOf: elsewhere) == before)
    #expect(RegularFile.isSymbolicLink(url))
  }

  @Test("a lock held by a live process elsewhere: read-only naming it; --take-over writes and says whose lock it was")
  func takeOver() throws {
    let dir = try SessionFixtures.directory()
    let first = try opener(dir).open(group: "第七组", members: [], of: c)
    first.close()
    let other = SessionLock.Holder(
      pid: 4242, host: "lab-07.example", since: Date(timeIntervalSince1970: 1_800_000_000), user: "alice", token: "x")
    try JSONCoding.encoder(.compact).encode(other).write(to: SessionLock.url(for: first.url))
    let held = try opener(dir).open(group: "第七组", members: [], of: c)
    #expect(held.readOnly == .heldBy(other) && held.notice == .heldBy(other) && held.holder == other)
    let taken = try opener(dir, .refuse, .takeOver).open(group: "第七组", members: [], of: c)
    #expect(!taken.isReadOnly && taken.notice == .tookOver(other))
    try taken.save(taken.session)
    // The process that held it before: its next save is refused, not written over ours.
    let displaced = try opener(dir, .refuse, .takeOver).open(group: "第七组", members: [], of: c)
    #expect(throws: OpenedSession.SaveRefusal.self) { try taken.save(taken.session) }
    displaced.close()
    taken.close()
  }

  @Test("blank group names are refused")
  func blankNames() throws {
    let dir = try SessionFixtures.directory()
    for name in ["", "  ", "\t\n", "\u{3000}"] {
      #expect(throws: SessionOpener.Failure.self) { try opener(dir).open(group: name, members: [], of: c) }
    }
    #expect(try names(dir).isEmpty)
  }

  @Test("a lock that cannot be written (a full disk): read-only with the reason, no 0-byte lock left")
  func fullDisk() throws {
    let dir = try SessionFixtures.directory()
    guard Mounts.tmpfs(at: dir, size: "256k") else { return }  // needs root; the lock's own test covers the rest
    defer { Mounts.unmount(dir) }
    let o = try opener(dir).open(group: "第八组", members: [], of: c)
    o.close()
    let before = try Data(contentsOf: o.url)
    Mounts.fill(dir)
    let full = try opener(dir).open(group: "第八组", members: [], of: c)
    guard case .noLock(let why) = full.readOnly else {
      Issue.record("opened writable on a full disk: \(String(describing: full.readOnly))")
      return
    }
    #expect(
      why == .cannotCreate(reason: SystemError(ENOSPC)) || why == .cannotWrite(reason: SystemError(ENOSPC)))
    #expect(full.notice == .lockFailed(why))
    #expect(!FileManager.default.fileExists(atPath: o.url.path + ".lock"))
    #expect(try names(dir).allSatisfy { !$0.contains(".lock") })
    #expect(try Data(contentsOf: o.url) == before)
  }

  @Test("an existing group in a read-only folder opens read-only; a new one is refused in one line")
  func readOnlyFolder() throws {
    let dir = try SessionFixtures.directory()
    let mounted = Mounts.tmpfs(at: dir, size: "1m")
    defer { if mounted { Mounts.unmount(dir) } }
    let o = try opener(dir).open(group: "第九组", members: [], of: c)
    o.close()
    if mounted {
      #expect(Mounts.remountReadOnly(dir))
    } else {
      guard getuid() != 0 else { return }  // root without mount: a folder cannot be made read-only
      chmod(dir.path, 0o555)
    }
    defer { if !mounted { chmod(dir.path, 0o755) } }
    let ro = try opener(dir).open(group: "第九组", members: [], of: c)
    guard case .noLock = ro.readOnly else {
      Issue.record("read-only folder: \(String(describing: ro.readOnly))")
      return
    }
    #expect(ro.session.group.name == "第九组")
    do {
      _ = try opener(dir).open(group: "第十组", members: [], of: c)
      Issue.record("a new group was created in a read-only folder")
    } catch let e as SessionError {
      #expect(e.what == .cannotCreate(.cannotCreate(reason: SystemError(EROFS))), "\(e)")
    }
  }
}
