import Foundation

/// Running the `git` program in a clone: git is the distributed engine;
/// caseroom only calls it. Never asks for anything on a terminal
/// (`GIT_TERMINAL_PROMPT=0`, ssh in batch mode): a remote that wants a
/// password it does not have fails at once, with git's reason.
struct Git: Sendable {
  struct Output: Sendable {
    var status: Int32
    var out: String
    var err: String
    var ok: Bool { status == 0 }
    /// git's last line of complaint (`fatal: …`), for one-line messages.
    var reason: String {
      let lines: [String] = (err + "\n" + out).split(separator: "\n").map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      let fatal: String? =
        lines.first { $0.hasPrefix("fatal:") || $0.hasPrefix("error:") } ?? lines.last { !$0.isEmpty }
      return fatal ?? "git exited with \(status)"
    }
  }

  let directory: URL
  /// The git program (`git` on PATH unless given).
  var program: String = "git"
  /// Given to every command: caseroom's identity (`GitIdentity`), and what the merge driver needs.
  var environment: [String: String] = [:]

  /// The message of a `run` that could not start git at all.
  static let missing = "cannot run git: not found (install git: apt-get install git)"

  /// Runs `git args…` in the clone; never throws for git's own failures
  /// (see `status`), only when git cannot be started.
  @discardableResult
  func run(_ args: [String], environment extra: [String: String] = [:]) throws(ClassError) -> Output {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    // Paths as they are (not quoted with octal escapes): group names are Chinese.
    p.arguments = [program, "-c", "core.quotePath=false"] + args
    p.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    env["GIT_TERMINAL_PROMPT"] = "0"
    env["GIT_MERGE_AUTOEDIT"] = "no"
    env["LC_ALL"] = "C"
    env["LANGUAGE"] = "C"
    if env["GIT_SSH_COMMAND"] == nil { env["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes -o ConnectTimeout=15" }
    for (k, v) in environment { env[k] = v }
    for (k, v) in extra { env[k] = v }
    p.environment = env
    let files = FileManager.default.temporaryDirectory
    let outURL = files.appendingPathComponent("caseroom-git-\(UUID().uuidString).out")
    let errURL = files.appendingPathComponent("caseroom-git-\(UUID().uuidString).err")
    defer {
      unlink(outURL.path)
      unlink(errURL.path)
    }
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    do {
      let out = try FileHandle(forWritingTo: outURL)
      let err = try FileHandle(forWritingTo: errURL)
      defer {
        try? out.close()
        try? err.close()
      }
      p.standardOutput = out
      p.standardError = err
      p.standardInput = FileHandle.nullDevice
      try p.run()
      p.waitUntilExit()
    } catch {
      throw ClassError(file: directory.path, Self.missing)
    }
    if p.terminationReason == .exit && p.terminationStatus == 127 {
      throw ClassError(file: directory.path, Self.missing)
    }
    let o = (try? Data(contentsOf: outURL)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    let e = (try? Data(contentsOf: errURL)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    return Output(status: p.terminationStatus, out: o, err: e)
  }

  /// `git args…` that must succeed; its standard output, trimmed.
  func value(_ args: [String]) throws(ClassError) -> String {
    let r = try run(args)
    guard r.ok else { throw ClassError(file: directory.path, "git \(args.joined(separator: " ")): \(r.reason)") }
    return r.out.trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
