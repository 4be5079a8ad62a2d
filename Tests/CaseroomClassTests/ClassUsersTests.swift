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

  /// Runs a program as `user`, with that user's groups.
  @discardableResult
  static func run(as user: String, home: URL, _ program: String, _ args: [String]) throws -> ClassFixtures.Output {
    try ClassFixtures.run(
      "/usr/sbin/runuser",
      ["-u", user, "--", "/usr/bin/env", "HOME=\(home.path)", "LC_ALL=C.UTF-8", program] + args, in: home)
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
    "class init as the instructor; two students share their group's session one at a time, the lock naming the holder; the instructor's files stay private until release",
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

    // The first student opens the group: the session and its lock are the class's (0660, the class's group).
    let first = try Reader(
      user: s1, home: homes[s1]!, args: ["read", "--class", dir.path, "--group", "第一组", "--members", "张三,李四"])
    let session = SessionStore(directory: folder.sessions).url(caseId: ClassFixtures.bundled.id, group: "第一组")
    let lock = SessionLock.url(for: session)
    // The lock is taken first, then the new session saved.
    let fm = FileManager.default
    #expect(
      Self.wait { fm.fileExists(atPath: lock.path) && fm.fileExists(atPath: session.path) },
      "the first student's reader: \(first.text)")
    #expect(ClassFixtures.stat(session.path) == (0o660, s1, g))
    #expect(ClassFixtures.stat(lock.path) == (0o660, s1, g))
    let holder = try JSONCoding.decoder().decode(SessionLock.Holder.self, from: Data(contentsOf: lock))
    #expect(holder.user == s1)

    // The second student, another Unix user, opens the same group: read-only, told who holds it.
    let second = try Reader(user: s2, home: homes[s2]!, args: ["read", "--class", dir.path, "--group", "第一组"])
    #expect(Self.wait { second.text.contains("：\(s1)") }, "the second student's screen: \(second.text)")
    #expect(second.text.contains("只读"))
    second.quit()
    #expect(try JSONCoding.decoder().decode(SessionLock.Holder.self, from: Data(contentsOf: lock)).user == s1)
    first.quit()
    #expect(Self.wait { !FileManager.default.fileExists(atPath: lock.path) })

    // Once the first has left, the second writes it.
    let again = try Reader(user: s2, home: homes[s2]!, args: ["read", "--class", dir.path, "--group", "第一组"])
    #expect(
      Self.wait {
        (try? JSONCoding.decoder().decode(SessionLock.Holder.self, from: Data(contentsOf: lock)))?.user == s2
      }, "\(again.text)")
    #expect(!again.text.contains("只读"))
    again.quit()

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
    #expect(r.out.contains("now: 个人阅读、分组讨论 · 还剩 10 分钟"))

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
