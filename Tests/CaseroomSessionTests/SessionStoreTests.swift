import CaseroomEngine
import Foundation
import Testing

@testable import CaseroomSession

@Suite("Session store: atomic saves, backups, locks, safe names")
struct SessionStoreTests {
  @Test(
    "group names never escape the sessions directory",
    arguments: [
      "../x", "/etc/passwd", "a/b", "a\u{0}b", "\u{1B}[31m红", "..", ".", "", String(repeating: "🎓", count: 200), "第一组",
      "Group 1", "CON", "x\ny",
    ])
  func safeNames(_ name: String) throws {
    let dir = try SessionFixtures.directory()
    let store = SessionStore(directory: dir)
    let url = store.url(caseId: "twelve-golden-projects", group: name)
    #expect(
      url.deletingLastPathComponent().standardizedFileURL.path.trimmingCharacters(in: ["/"])
        == dir.standardizedFileURL.path.trimmingCharacters(in: ["/"]))
    let file = url.lastPathComponent
    #expect(!file.contains("/") && !file.contains("\u{0}") && !file.hasPrefix("."))
    #expect(file.utf8.count < 255)
    #expect(file.unicodeScalars.allSatisfy { $0.value >= 0x20 })
    // The real name is kept inside the file.
    var s = Session(case: SessionFixtures.bundled, group: .init(name: name))
    s.answers[0].text = "答"
    try store.save(s, to: url)
    #expect(try store.load(url).group.name == name)
  }

  @Test("different names never share a file")
  func distinctNames() {
    let names = ["第一组", "第一组 ", "第1组", "a/b", "a_b", "a?b", "A", "a"]
    let files = Set(names.map { SessionStore.fileName(caseId: "c", group: $0) })
    #expect(files.count == names.count)
  }

  @Test("save writes atomically, keeps the previous version as .bak, leaves no temporary files")
  func atomicSave() throws {
    let dir = try SessionFixtures.directory()
    let store = SessionStore(directory: dir)
    var s = SessionFixtures.session()
    let url = store.url(caseId: s.caseId, group: s.group.name)
    try store.save(s, to: url)
    s.answers[0].text = "第二版"
    s.revision += 1
    try store.save(s, to: url)
    #expect(try store.load(url).answers[0].text == "第二版")
    let backup = try Session.decode(Data(contentsOf: URL(fileURLWithPath: url.path + ".bak")), file: "bak")
    #expect(backup.answers[0].text == "")
    let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
    #expect(!files.contains { $0.contains(".tmp") }, "\(files)")
  }

  @Test("a save into a read-only directory fails loudly and leaves the old file untouched")
  func readOnly() throws {
    guard getuid() != 0 else { return }  // root writes anywhere; covered by the full-disk test below
    let dir = try SessionFixtures.directory()
    let store = SessionStore(directory: dir)
    let s = SessionFixtures.session()
    let url = store.url(caseId: s.caseId, group: s.group.name)
    try store.save(s, to: url)
    chmod(dir.path, 0o500)
    defer { chmod(dir.path, 0o700) }
    #expect(throws: SessionError.self) { try store.save(s, to: url) }
    #expect(try store.load(url) == s)
  }

  @Test("a save that cannot complete (no such directory, a full disk) throws and changes nothing")
  func failedSave() throws {
    let store = SessionStore(directory: URL(fileURLWithPath: "/proc/caseroom-cannot-exist"))
    let s = SessionFixtures.session()
    #expect(throws: (any Error).self) { try store.save(s, to: store.url(caseId: s.caseId, group: s.group.name)) }
    // /dev/full: every write fails with ENOSPC, as on a full disk.
    if FileManager.default.fileExists(atPath: "/dev/full") {
      let dir = try SessionFixtures.directory()
      let target = dir.appendingPathComponent("full.session.json")
      try SessionStore(directory: dir).save(s, to: target)
      let before = try Data(contentsOf: target)
      #expect(SessionStoreTests.writeFails(to: "/dev/full"))
      #expect(try Data(contentsOf: target) == before)
    }
  }

  static func writeFails(to path: String) -> Bool {
    let fd = open(path, O_WRONLY)
    defer { close(fd) }
    return write(fd, "x", 1) < 0 && errno == ENOSPC
  }

  @Test("listing finds every group's session for a case and reports bad files with their reason")
  func listing() throws {
    let dir = try SessionFixtures.directory()
    let store = SessionStore(directory: dir)
    for name in ["第二组", "第一组"] {
      let s = SessionFixtures.session(name)
      try store.save(s, to: store.url(caseId: s.caseId, group: name))
    }
    let bad = store.url(caseId: "twelve-golden-projects", group: "坏的")
    try Data("{\"schema\": \"caseroom.session/1\", \"caseId\": ".utf8).write(to: bad)
    let other = store.url(caseId: "another-case", group: "第一组")
    try store.save(SessionFixtures.session(), to: other)
    let entries = store.list(caseId: "twelve-golden-projects")
    #expect(entries.compactMap(\.session?.group.name) == ["第一组", "第二组"])
    #expect(entries.filter { $0.error != nil }.count == 1)
    #expect(
      try Data(contentsOf: bad) == Data("{\"schema\": \"caseroom.session/1\", \"caseId\": ".utf8),
      "bad files are never touched")
  }

  @Test("names carry a 64-bit hash; the 32-bit names of older versions are the same with 8 digits")
  func hashes() {
    let name = SessionStore.fileName(caseId: "c", group: "第一组")
    let legacy = SessionStore.legacyFileName(caseId: "c", group: "第一组")
    let full = FNV1a.hash("第一组")
    #expect(name == "c--第一组-\(String(full, radix: 16).leftPadded(16)).session.json")
    #expect(legacy == "c--第一组-\(String(full & 0xFFFF_FFFF, radix: 16).leftPadded(8)).session.json")
    #expect(SessionStore.fileName(caseId: "c", group: "第一组", variant: 2).hasSuffix("-2.session.json"))
    // The two names of the issue shared a 32-bit name; they no longer share a file.
    let a = "第一组*+.^$^! "
    let b = "第一组*%!++&^^"
    #expect(SessionStore.legacyFileName(caseId: "c", group: a) == SessionStore.legacyFileName(caseId: "c", group: b))
    #expect(SessionStore.fileName(caseId: "c", group: a) != SessionStore.fileName(caseId: "c", group: b))
  }

  @Test("a directory, a FIFO or an unreadable thing at a session's name is refused in one line")
  func notFiles() throws {
    let dir = try SessionFixtures.directory()
    let store = SessionStore(directory: dir)
    let d = dir.appendingPathComponent("d.session.json")
    try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
    #expect(throws: SessionError(file: d.path, kind: .io, .unreadable, reason: .directory)) {
      try store.load(d)
    }
    let f = dir.appendingPathComponent("f.session.json")
    mkfifo(f.path, 0o600)
    #expect(
      throws: SessionError(
        file: f.path, kind: .io, .unreadable, reason: .notRegular(.fifo))
    ) { try store.load(f) }
    let listed = store.list(caseId: "x")
    #expect(listed.isEmpty)
  }

  @Test("a damaged file is set aside under a new name, never overwriting an earlier one")
  func setAside() throws {
    let dir = try SessionFixtures.directory()
    let url = dir.appendingPathComponent("c--g-0.session.json")
    let now = Date(timeIntervalSince1970: 1_795_956_662)  // 2026-11-29 12:51:02 UTC
    var asides: [URL] = []
    for n in 1...3 {
      try Data("garbage \(n)".utf8).write(to: url)
      asides.append(try SessionStore.setAside(url, now: now))
      #expect(!FileManager.default.fileExists(atPath: url.path))
    }
    #expect(
      asides.map(\.lastPathComponent) == [
        "c--g-0.session.json.damaged-20261129T125102Z", "c--g-0.session.json.damaged-20261129T125102Z-2",
        "c--g-0.session.json.damaged-20261129T125102Z-3",
      ])
    for (n, aside) in asides.enumerated() { #expect(try Data(contentsOf: aside) == Data("garbage \(n + 1)".utf8)) }
  }
}

extension String {
  func leftPadded(_ n: Int) -> String { String(repeating: "0", count: max(0, n - count)) + self }
}
