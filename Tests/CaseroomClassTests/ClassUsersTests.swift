import CaseroomEngine
import CaseroomReview
import CaseroomSession
import CaseroomTestSupport
import Foundation
import Testing

@testable import CaseroomClass

/// A class folder on a shared server, with real distinct Unix users: an
/// instructor, two students of one group (members of the class's Unix
/// group) and someone outside the class. The users are created when the
/// tests run as root (as CI does); otherwise the test is skipped, saying why.
@Suite("A class folder shared by real Unix users", .serialized)
struct ClassUsersTests {
  static let teacher = "crteach"
  static let students = ["crstu1", "crstu2"]
  static let outsider = "crother"
  static let unixGroup = "crclass"

  static let tools = [
    "/usr/sbin/useradd", "/usr/sbin/groupadd", "/usr/sbin/usermod", "/usr/sbin/runuser", "/usr/bin/script",
  ]
  static let canRun = getuid() == 0 && tools.allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }

  /// Creates the users and the group when missing.
  static func makeUsers() throws {
    if getgrnam(unixGroup) == nil { try ClassFixtures.run("/usr/sbin/groupadd", [unixGroup]) }
    for user in [teacher] + students + [outsider] where getpwnam(user) == nil {
      let r = try ClassFixtures.run("/usr/sbin/useradd", ["-M", "-N", "-s", "/usr/sbin/nologin", user])
      #expect(r.status == 0, "useradd \(user): \(r.err)")
    }
    for user in [teacher] + students {
      try ClassFixtures.run("/usr/sbin/usermod", ["-a", "-G", unixGroup, user])
    }
  }

  /// A home for a user (positions and indexes go there), theirs alone.
  static func home(_ user: String, in dir: URL) throws -> URL {
    let h = dir.appendingPathComponent("home-\(user)")
    try FileManager.default.createDirectory(at: h, withIntermediateDirectories: true)
    let pw = getpwnam(user)!.pointee
    chown(h.path, pw.pw_uid, pw.pw_gid)
    chmod(h.path, 0o700)
    return h
  }

  /// Runs a program as `user`, with that user's groups (caseroom in English: its words are read here).
  @discardableResult
  static func run(as user: String, home: URL, _ program: String, _ args: [String]) throws -> ClassFixtures.Output {
    try ClassFixtures.run(
      "/usr/sbin/runuser",
      ["-u", user, "--", "/usr/bin/env", "HOME=\(home.path)", "LC_ALL=C.UTF-8", "CASEROOM_LANG=en", program] + args,
      in: home)
  }

  /// The reader as `user`, in a pseudo-terminal (`script`); its keys come from `keys`.
  final class Reader: @unchecked Sendable {
    let process = Process()
    let keys = Pipe()
    let screen = Pipe()
    private let lock = NSLock()
    private var output = Data()

    init(user: String, home: URL, args: [String]) throws {
      let command = ([BuiltBinary.url.path] + args).map { "'\($0)'" }.joined(separator: " ")
      process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
      process.arguments = [
        "-u", user, "--", "/usr/bin/env", "HOME=\(home.path)", "TERM=xterm-256color", "LINES=24", "COLUMNS=80",
        "LC_ALL=C.UTF-8", "/usr/bin/script", "-qfec", command, "/dev/null",
      ]
      process.currentDirectoryURL = home
      process.standardInput = keys
      process.standardOutput = screen
      process.standardError = screen
      screen.fileHandleForReading.readabilityHandler = { [weak self] h in
        let d = h.availableData
        guard let self else { return }
        self.lock.lock()
        self.output.append(d)
        self.lock.unlock()
      }
      try process.run()
    }

    var text: String {
      lock.lock()
      defer { lock.unlock() }
      return String(decoding: output, as: UTF8.self)
    }

    /// Keys, as typed (Esc is "\u{1b}"), each a moment apart.
    func type(_ text: String) {
      for key in [text] {
        keys.fileHandleForWriting.write(Data(key.utf8))
        usleep(300_000)
      }
    }

    func quit() {
      keys.fileHandleForWriting.write(Data("q".utf8))
      let deadline = Date().addingTimeInterval(10)
      while process.isRunning && Date() < deadline { usleep(50_000) }
      if process.isRunning { process.terminate() }
      screen.fileHandleForReading.readabilityHandler = nil
    }
  }

  static func wait(_ what: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(15)
    while Date() < deadline {
      if what() { return true }
      usleep(50_000)
    }
    return what()
  }

  @Test(
    "class init as the instructor; two students of one group write it at once as its members, each their own answer, the class's file modes kept; the instructor's files stay private until release",
    .enabled(if: canRun, "skipped: needs root (to create Unix users) and useradd, runuser and script")
  )
  func sharedServer() throws {
    try Self.makeUsers()
    let (t, s1, s2, other) = (Self.teacher, Self.students[0], Self.students[1], Self.outsider)
    let base = try ClassFixtures.directory("users")
    let pw = getpwnam(t)!.pointee
    chown(base.path, pw.pw_uid, pw.pw_gid)
    let homes = try Dictionary(uniqueKeysWithValues: [t, s1, s2, other].map { ($0, try Self.home($0, in: base)) })
    let dir = base.appendingPathComponent("class")
    let folder = ClassFolder(root: dir)
    let exe = BuiltBinary.url.path

    // The instructor makes the class folder for the class's Unix group.
    var r = try Self.run(as: t, home: homes[t]!, exe, ["class", "init", dir.path, "--unix-group", Self.unixGroup])
    #expect(r.status == 0, "\(r.err)")
    let g = Self.unixGroup
    #expect(ClassFixtures.stat(dir.path) == (0o2750, t, g))
    #expect(ClassFixtures.stat(folder.sessions.path) == (0o2770, t, g))
    #expect(ClassFixtures.stat(folder.feedback.path) == (0o2750, t, g))
    #expect(ClassFixtures.stat(folder.instructor.path).mode == 0o700)
    #expect(ClassFixtures.stat(folder.instructor.path).owner == t)
    #expect(ClassFixtures.stat(folder.classFile.path) == (0o640, t, g))

    // The first student opens the group as 张三: the session and the group's live folder are the
    // class's (0660 and 02770, the class's group), the reader's presence names the student.
    let first = try Reader(
      user: s1, home: homes[s1]!,
      args: ["read", "--class", dir.path, "--group", "第一组", "--members", "张三,李四", "--member", "张三"])
    let session = SessionStore(directory: folder.sessions).url(caseId: ClassFixtures.bundled.id, group: "第一组")
    let live = LiveFolder(session: session)
    let fm = FileManager.default
    func readers() -> [SessionLock.Holder] {
      ((try? fm.contentsOfDirectory(atPath: live.url.path)) ?? []).filter { $0.hasPrefix("reader-") }.compactMap {
        try? JSONCoding.decoder().decode(
          SessionLock.Holder.self, from: Data(contentsOf: live.url.appendingPathComponent($0)))
      }
    }
    #expect(
      Self.wait { fm.fileExists(atPath: session.path) && readers().count == 1 },
      "the first student's reader: \(first.text)")
    #expect(ClassFixtures.stat(session.path) == (0o660, s1, g))
    #expect(ClassFixtures.stat(live.url.path) == (0o2770, s1, g))
    #expect(readers().first?.user == s1 && readers().first?.member == "张三")
    #expect(!fm.fileExists(atPath: SessionLock.url(for: session).path), "no lock on the whole session")
    first.type("a")
    first.type("1")
    first.type("张三写第一题。")

    // The second student, another Unix user, opens the same group as 李四: question 1 is the first's,
    // shown read-only and named; question 2 is the second's to write, at the same time.
    let second = try Reader(
      user: s2, home: homes[s2]!, args: ["read", "--class", dir.path, "--group", "第一组", "--member", "李四"])
    #expect(Self.wait { readers().count == 2 }, "the second student's screen: \(second.text)")
    second.type("a")
    second.type("1")
    #expect(Self.wait { second.text.contains("正在写") }, "told who writes question 1: \(second.text)")
    second.type("\u{1b}")
    second.type("2")
    second.type("李四写第二题。")
    first.type("还在写。")
    func saved() -> Session? { try? SessionStore(directory: folder.sessions).load(session) }
    #expect(
      Self.wait { saved()?.answers[0].text == "张三写第一题。还在写。" && saved()?.answers[1].text == "李四写第二题。" },
      "both answers in the file: \(String(describing: saved()?.answers.map(\.text)))")
    for r in [first, second] {
      r.type("\u{1b}")
      r.type("\u{1b}")
      r.quit()
    }
    #expect(Self.wait { readers().isEmpty }, "both readers gone from the live folder")
    let both = saved()
    #expect(both?.answers[0].text == "张三写第一题。还在写。")
    #expect(both?.answers[1].text == "李四写第二题。")
    #expect(both?.logins?[s1] == "张三" && both?.logins?[s2] == "李四")
    #expect((both?.participation?["张三"]?.characters.first ?? 0) > 0)
    #expect((both?.participation?["李四"]?.characters.dropFirst().first ?? 0) > 0)
    // Whoever saved last, the file is still the class's.
    #expect(ClassFixtures.stat(session.path).mode == 0o660)
    #expect(ClassFixtures.stat(session.path).group == g)

    // The instructor's scores (instructor/, 0600): no student can read them, or see them in an export.
    let reviewURL = folder.reviewURL(caseId: ClassFixtures.bundled.id)
    var review = Review(caseId: ClassFixtures.bundled.id)
    review.setFeedback(.init(score: 3, comment: "需要更多论据", updatedAt: Date()), group: "第一组", question: 0)
    try review.save(reviewURL)
    chown(reviewURL.path, pw.pw_uid, pw.pw_gid)
    #expect(ClassFixtures.stat(reviewURL.path).mode == 0o600)
    for user in [s1, other] {
      r = try Self.run(as: user, home: homes[user]!, "/bin/cat", [reviewURL.path])
      #expect(r.status != 0 && r.err.contains("Permission denied"), "\(user) read the review file")
      r = try Self.run(as: user, home: homes[user]!, "/bin/ls", [folder.instructor.path])
      #expect(r.status != 0)
    }
    func studentExport() throws -> String {
      let r = try Self.run(
        as: s1, home: homes[s1]!, exe, ["export", "--class", dir.path, "--group", "第一组", "--format", "json"])
      #expect(r.status == 0, "\(r.err)")
      return r.out
    }
    #expect(!(try studentExport()).contains("需要更多论据"))
    r = try Self.run(
      as: s1, home: homes[s1]!, exe, ["export", "--class", dir.path, "--all", "--format", "csv"])
    #expect(r.status == 0 && !r.out.contains("需要更多论据"))

    // Only the instructor runs the phases.
    r = try Self.run(as: s1, home: homes[s1]!, exe, ["class", "phase", "--class", dir.path])
    #expect(r.status == 1)
    #expect(r.err.hasPrefix("caseroom: \(folder.classFile.path): cannot create a temporary file"), "\(r.err)")
    r = try Self.run(as: t, home: homes[t]!, exe, ["class", "phase", "--class", dir.path, "--minutes", "10"])
    #expect(r.status == 0, "\(r.err)")
    #expect(ClassFixtures.stat(folder.classFile.path) == (0o640, t, g))
    r = try Self.run(as: s2, home: homes[s2]!, exe, ["class", "status", "--class", dir.path])
    #expect(r.out.contains("now: 个人阅读、分组讨论 · 10 min left"), "\(r.out)")

    // Release: the group sees its feedback, and cannot change it.
    r = try Self.run(as: t, home: homes[t]!, exe, ["class", "release", "--class", dir.path])
    #expect(r.status == 0, "\(r.err)")
    let released = ReleasedFeedback.url(forSession: session, in: folder.feedback)
    #expect(ClassFixtures.stat(released.path) == (0o640, t, g))
    #expect(try studentExport().contains("需要更多论据"))
    r = try Self.run(as: s1, home: homes[s1]!, "/bin/sh", ["-c", "echo x >> \"$0\"", released.path])
    #expect(r.status != 0)

    // Someone outside the class sees nothing of it.
    for path in [folder.classFile.path, session.path, released.path] {
      r = try Self.run(as: other, home: homes[other]!, "/bin/cat", [path])
      #expect(r.status != 0, "\(other) read \(path)")
    }
  }
}
