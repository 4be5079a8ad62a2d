import CaseroomEngine
import CaseroomSession
import CaseroomTestSupport
import Foundation
import Testing

@testable import CaseroomClass

/// The class repository over SSH, as laptops reach a server: a real `sshd`
/// on localhost (started by the test on a port of its own), three Unix
/// users — three students, each with an SSH key and a HOME with no git
/// configuration — cloning `ssh://…@127.0.0.1:PORT/…/class.git`, made by
/// `caseroom class init --git-server` with its guard. Root is needed to
/// create the users and run sshd (as CI does); otherwise the test is
/// skipped, saying why.
@Suite("The class repository over SSH: a real sshd, three Unix users", .serialized)
struct SSHTransportTests {
  static let students = ["crssh1", "crssh2", "crssh3"]
  static let members = ["王小明", "李华", "张伟"]
  static let unixGroup = "crsshclass"
  static let tools = [
    "/usr/sbin/sshd", "/usr/bin/ssh", "/usr/bin/ssh-keygen", "/usr/sbin/useradd", "/usr/sbin/groupadd",
    "/usr/sbin/usermod", "/usr/sbin/runuser",
  ]
  static let canRun = getuid() == 0 && tools.allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }

  /// Creates the students (with a shell: git runs `git-receive-pack` through it) and their group.
  static func makeUsers() throws {
    if getgrnam(unixGroup) == nil { try ClassFixtures.run("/usr/sbin/groupadd", [unixGroup]) }
    for user in students where getpwnam(user) == nil {
      let r = try ClassFixtures.run("/usr/sbin/useradd", ["-M", "-N", "-s", "/bin/sh", user])
      #expect(r.status == 0, "useradd \(user): \(r.err)")
    }
    // Not locked ('*': no password, yet sshd lets the key in).
    for user in students { try ClassFixtures.run("/usr/sbin/usermod", ["-p", "*", "-a", "-G", unixGroup, user]) }
  }

  /// A real sshd on 127.0.0.1 (a daemon of its own, stopped by its pid), for as long as the test holds it.
  final class SSHServer {
    let port: Int
    let log: URL
    let pidFile: URL

    init(in dir: URL, users: [String], keys: [String: String]) throws {
      let hostKey = dir.appendingPathComponent("ssh_host_ed25519_key")
      try ClassFixtures.run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", hostKey.path])
      let keyDir = dir.appendingPathComponent("authorized")
      try FileManager.default.createDirectory(at: keyDir, withIntermediateDirectories: true)
      // sshd reads them as the user: readable by all (whatever umask another test set meanwhile).
      chmod(keyDir.path, 0o755)
      for (user, key) in keys {
        try Data(key.utf8).write(to: keyDir.appendingPathComponent(user))
        chmod(keyDir.appendingPathComponent(user).path, 0o644)
      }
      // Privilege separation wants this folder.
      try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
      port = 20000 + Int(getpid() % 10000)
      log = dir.appendingPathComponent("sshd.log")
      pidFile = dir.appendingPathComponent("sshd.pid")
      let config = dir.appendingPathComponent("sshd_config")
      try """
      Port \(port)
      ListenAddress 127.0.0.1
      HostKey \(hostKey.path)
      PidFile \(pidFile.path)
      AuthorizedKeysFile \(keyDir.path)/%u
      StrictModes no
      UsePAM no
      PasswordAuthentication no
      KbdInteractiveAuthentication no
      PubkeyAuthentication yes
      AllowUsers \(users.joined(separator: " "))
      LogLevel VERBOSE
      # A repository shared by a Unix group belongs to one of them: git on the server must be told
      # it is safe (a real server puts safe.directory in /etc/gitconfig; this test leaves it alone).
      SetEnv GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=safe.directory GIT_CONFIG_VALUE_0=*

      """.write(to: config, atomically: true, encoding: .utf8)
      let started = try ClassFixtures.run("/usr/sbin/sshd", ["-f", config.path, "-E", log.path])
      // Listening within a few seconds.
      for _ in 0..<100 where started.status == 0 {
        if let text = try? String(contentsOf: log, encoding: .utf8), text.contains("Server listening") { return }
        usleep(50_000)
      }
      throw SSHError(message: "sshd did not start: \((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
    }

    func stop() {
      guard let text = try? String(contentsOf: pidFile, encoding: .utf8),
        let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
      else { return }
      kill(pid, SIGTERM)
    }
  }

  struct SSHError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }

  /// A student's laptop: a HOME of their own (no git configuration), an SSH key, a clone.
  struct Laptop {
    var user: String
    var member: String
    var home: URL
    var key: URL
    var clone: URL { home.appendingPathComponent("class") }

    func run(_ program: String, _ args: [String], port: Int) throws -> ClassFixtures.Output {
      let ssh =
        "ssh -p \(port) -i \(key.path) -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR"
      return try ClassFixtures.run(
        "/usr/sbin/runuser",
        [
          "-u", user, "--", "/usr/bin/env", "-i", "HOME=\(home.path)", "PATH=/usr/local/bin:/usr/bin:/bin",
          "LC_ALL=C.UTF-8", "CASEROOM_LANG=en", "GIT_SSH_COMMAND=\(ssh)", "CASEROOM_MEMBER=\(member)", program,
        ] + args, in: home)
    }
  }

  func sessionURL(_ clone: URL, _ group: String) -> URL {
    SessionStore(directory: clone.appendingPathComponent("sessions")).url(
      caseId: ClassFixtures.bundled.id, group: group)
  }

  @Test(
    "three students clone ssh://127.0.0.1/…, write, sync three rounds: every laptop holds every word, the conflict named; a forged feedback push is refused by the hook",
    .enabled(
      if: canRun,
      "skipped: needs root (to create three Unix users and run sshd) and openssh-server, openssh-client (Scripts/test.sh installs them)"
    ),
    .timeLimit(.minutes(20))
  )
  func threeStudentsOverSSH() throws {
    try Self.makeUsers()
    let dir = try ClassFixtures.directory("ssh")
    // The instructor (root here) makes the class repository, guarded, shared with the students' group.
    let teacherHome = dir.appendingPathComponent("home-teacher")
    try FileManager.default.createDirectory(at: teacherHome, withIntermediateDirectories: true)
    let teacherEnv = ["HOME": teacherHome.path, "GIT_CONFIG_NOSYSTEM": "1", "CASEROOM_MEMBER": "老师"]
    let bare = dir.appendingPathComponent("class.git")
    let instructor = dir.appendingPathComponent("instructor")
    var r = try ClassFixtures.caseroom(
      ["class", "init", instructor.path, "--git-server", bare.path, "--unix-group", Self.unixGroup],
      environment: teacherEnv)
    #expect(r.status == 0, "\(r.err)")

    var laptops: [Laptop] = []
    var keys: [String: String] = [:]
    for (user, member) in zip(Self.students, Self.members) {
      let home = dir.appendingPathComponent("home-\(user)")
      try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
      let key = home.appendingPathComponent("id_ed25519")
      try ClassFixtures.run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", key.path])
      keys[user] = try String(contentsOf: URL(fileURLWithPath: key.path + ".pub"), encoding: .utf8)
      try ClassFixtures.run("/bin/chown", ["-R", "\(user):\(Self.unixGroup)", home.path])
      chmod(home.path, 0o700)
      laptops.append(Laptop(user: user, member: member, home: home, key: key))
    }
    let server = try SSHServer(in: dir, users: Self.students, keys: keys)
    defer { server.stop() }
    let url = { (user: String) in "ssh://\(user)@127.0.0.1:\(server.port)\(bare.path)" }
    for l in laptops {
      r = try l.run("git", ["clone", "--quiet", url(l.user), l.clone.path], port: server.port)
      #expect(
        r.status == 0, "\(l.user) clone: \(r.err)\n\((try? String(contentsOf: server.log, encoding: .utf8)) ?? "")")
    }
    func sync(_ l: Laptop) throws -> ClassFixtures.Output {
      let r = try l.run(BuiltBinary.url.path, ["sync", "--class", l.clone.path], port: server.port)
      #expect(r.status == 0, "\(l.user) sync: \(r.err)")
      return r
    }
    func write(_ l: Laptop, _ change: (inout Session) -> Void, group: String = "第一组") throws {
      let store = SessionStore(directory: l.clone.appendingPathComponent("sessions"))
      let url = sessionURL(l.clone, group)
      var s =
        (try? store.load(url)) ?? ClassFixtures.session(group, ["", "", ""], members: Self.members)
      change(&s)
      s.revision += 1
      try store.save(s, to: url)
      try ClassFixtures.run("/bin/chown", ["-R", "\(l.user):\(Self.unixGroup)", l.clone.path])
    }
    // The group starts on the first laptop and reaches the others.
    try write(laptops[0]) { _ in }
    for l in laptops { _ = try sync(l) }
    try write(laptops[0]) {
      $0.answers[0].text = "王小明写第一题。"; $0.answers[2].text = "王小明：第三题选甲。"
    }
    try write(laptops[1]) { $0.answers[1].text = "李华写第二题。" }
    try write(laptops[2]) { $0.answers[2].text = "张伟：第三题选乙。" }
    try write(laptops[2], { $0.answers[0].text = "第二组的回答。" }, group: "第二组")
    for _ in 1...3 { for l in laptops { _ = try sync(l) } }
    let host = LocalProcess.hostName
    var seen: [Session] = []
    for l in laptops {
      let s = try SessionStore(directory: l.clone.appendingPathComponent("sessions")).load(sessionURL(l.clone, "第一组"))
      seen.append(s)
      #expect(s.answers[0].text == "王小明写第一题。")
      #expect(s.answers[1].text == "李华写第二题。")
      let labels = Set((ConflictMarkers.blocks(s.answers[2].text).first?.versions ?? []).map(\.label))
      #expect(labels == ["王小明 · \(host)", "张伟 · \(host)"], "\(s.answers[2].text)")
      let other = try SessionStore(directory: l.clone.appendingPathComponent("sessions")).load(
        sessionURL(l.clone, "第二组"))
      #expect(other.answers[0].text == "第二组的回答。")
    }
    #expect(seen.allSatisfy { $0 == seen[0] })

    // A forged score pushed by hand over SSH: the class repository's hook refuses it.
    let forger = laptops[0]
    let forged = forger.clone.appendingPathComponent("feedback/第一组.json")
    try Data(#"{"forged": 99}"#.utf8).write(to: forged)
    try ClassFixtures.run("/bin/chown", ["\(forger.user):\(Self.unixGroup)", forged.path])
    r = try forger.run(
      "git", ["-C", forger.clone.path, "-c", "user.name=x", "-c", "user.email=x@y", "add", "-f", "feedback"],
      port: server.port)
    r = try forger.run(
      "git", ["-C", forger.clone.path, "-c", "user.name=x", "-c", "user.email=x@y", "commit", "-q", "-m", "forged"],
      port: server.port)
    #expect(r.status == 0, "\(r.err)")
    r = try forger.run("git", ["-C", forger.clone.path, "push", "origin", "HEAD"], port: server.port)
    #expect(r.status != 0)
    #expect(r.err.contains("caseroom: refused: commit"), "\(r.err)")
    #expect(r.err.contains("is not signed by the instructor's key"))
    // caseroom's own sync from that clone is refused as well, and says so; nobody else gets it.
    r = try forger.run(BuiltBinary.url.path, ["sync", "--class", forger.clone.path], port: server.port)
    #expect(r.status == 1)
    #expect(r.err.contains("refused the push"), "\(r.err)")
    _ = try sync(laptops[1])
    #expect(!FileManager.default.fileExists(atPath: laptops[1].clone.appendingPathComponent("feedback/第一组.json").path))
  }
}
