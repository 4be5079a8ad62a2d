import CaseroomEngine
import CaseroomSession
import CaseroomTestSupport
import Foundation

/// What the class tests share: the bundled case, sessions, temporary
/// folders, and running programs (the built caseroom, git, as other users).
enum ClassFixtures {
  static let repository = BuiltBinary.repository
  static let caseURL = repository.appendingPathComponent("Cases/twelve-golden-projects.case.md")
  static let bundled: Case = try! CaseFormat.load(caseURL)
  static let t0 = Date(timeIntervalSince1970: 1_800_000_000)

  static func session(_ name: String, _ answers: [String] = [], members: [String] = ["张三"], updated: Date = t0)
    -> Session
  {
    var s = Session(case: bundled, group: .init(name: name, members: members), now: t0)
    for (i, a) in answers.enumerated() { s.answers[i].text = a }
    s.updatedAt = updated
    return s
  }

  /// A new empty folder (`0755`, so other users can reach what is made in it).
  static func directory(_ label: String = "class") throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    chmod(dir.path, 0o755)
    return dir
  }

  struct Output {
    var status: Int32
    var out: String
    var err: String
  }

  /// Runs a program and waits for it.
  @discardableResult
  static func run(
    _ program: String, _ args: [String], in directory: URL? = nil, environment: [String: String] = [:]
  ) throws -> Output {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: program.hasPrefix("/") ? program : "/usr/bin/env")
    p.arguments = program.hasPrefix("/") ? args : [program] + args
    p.currentDirectoryURL = directory ?? FileManager.default.temporaryDirectory
    var env = ProcessInfo.processInfo.environment
    for (k, v) in environment { env[k] = v }
    p.environment = env
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = FileHandle.nullDevice
    try p.run()
    let group = DispatchGroup()
    nonisolated(unsafe) var e = Data()
    DispatchQueue.global().async(group: group) { e = err.fileHandleForReading.readDataToEndOfFile() }
    let o = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    p.waitUntilExit()
    return Output(
      status: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
  }

  /// Runs the built `caseroom`, in English unless `environment` says otherwise: these
  /// tests read its English words (the class's case is Chinese, which it would speak
  /// by default; `CLILanguageTests` checks that).
  @discardableResult
  static func caseroom(_ args: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws
    -> Output
  {
    try run(BuiltBinary.url.path, args, in: directory, environment: ["CASEROOM_LANG": "en"].merging(environment) { $1 })
  }

  /// Runs git in a folder; fails the test's expectations through the status.
  @discardableResult
  static func git(_ args: [String], in directory: URL) throws -> Output {
    try run(
      "git", ["-c", "user.name=test", "-c", "user.email=test@example.invalid"] + args, in: directory,
      environment: ["GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"])
  }

  /// `stat` of a path: its mode (permission and setgid bits), owner and group names.
  static func stat(_ path: String) -> (mode: Int, owner: String, group: String) {
    var info = Glibc.stat()
    guard lstat(path, &info) == 0 else { return (-1, "", "") }
    let owner = getpwuid(info.st_uid).map { String(cString: $0.pointee.pw_name) } ?? "\(info.st_uid)"
    let group = getgrgid(info.st_gid).map { String(cString: $0.pointee.gr_name) } ?? "\(info.st_gid)"
    return (Int(info.st_mode & 0o7777), owner, group)
  }
}
