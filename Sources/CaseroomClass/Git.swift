import CaseroomEngine
import FoundationEssentials
import Glibc

/// What git said when a command failed, as a value: its own words (its last
/// line of complaint, kept as they are), or, when it wrote nothing, only its
/// exit status, which the app words (`Say.gitSaid`). `description` is the
/// English, for logs and tests.
public struct GitSaid: Equatable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
  /// git's words; empty when it wrote nothing.
  public var words: String
  public var status: Int32

  public init(_ words: String, status: Int32 = 1) {
    self.words = words
    self.status = status
  }

  public init(stringLiteral words: String) { self.init(words) }

  public var description: String { words.isEmpty ? "git exited with \(status)" : words }
}

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
    /// git's last line of complaint (`fatal: …`), for one-line messages, or
    /// only its exit status when it wrote nothing.
    var reason: GitSaid {
      let lines: [String] = (err + "\n" + out).split(separator: "\n").map {
        $0.trimmingSpaces()
      }
      let fatal: String? =
        lines.first { $0.hasPrefix("fatal:") || $0.hasPrefix("error:") } ?? lines.last { !$0.isEmpty }
      return GitSaid(fatal ?? "", status: status)
    }
  }

  let directory: URL
  /// The git program (`git` on PATH unless given).
  var program: String = "git"
  /// Given to every command: caseroom's identity (`GitIdentity`), and what the merge driver needs.
  var environment: [String: String] = [:]

  /// Runs `git args…` in the clone; never throws for git's own failures
  /// (see `status`), only when git cannot be started. Spawned directly and
  /// waited for with `waitpid` (Foundation's `Process` polls for the end,
  /// which costs tens of milliseconds a command: a sync runs twenty).
  @discardableResult
  func run(_ args: [String], environment extra: [String: String] = [:]) throws(ClassError) -> Output {
    var env = ProcessEnvironment.variables
    env["GIT_TERMINAL_PROMPT"] = "0"
    env["GIT_MERGE_AUTOEDIT"] = "no"
    env["LC_ALL"] = "C"
    env["LANGUAGE"] = "C"
    if env["GIT_SSH_COMMAND"] == nil { env["GIT_SSH_COMMAND"] = Self.sshCommand(home: env["HOME"]) }
    for (k, v) in environment { env[k] = v }
    for (k, v) in extra { env[k] = v }
    // env finds git on PATH and starts it in the clone (-C).
    // Paths as they are (not quoted with octal escapes): group names are Chinese.
    let result: ChildProcess.Result
    do {
      result = try ChildProcess.run(
        "/usr/bin/env", ["env", "-C", directory.path, program, "-c", "core.quotePath=false"] + args, environment: env)
    } catch {
      throw ClassError(file: directory.path, .cannotRunGit("\(error)"))
    }
    let o = String(decoding: result.out, as: UTF8.self)
    let e = String(decoding: result.err, as: UTF8.self)
    // env's own failures: 127 the program was not found, 125 the folder cannot be entered.
    if result.status == 127 {
      throw ClassError(file: directory.path, .gitMissing)
    }
    if result.status == 125, e.hasPrefix("env:") {
      throw ClassError(file: directory.path, .cannotRunGit(e.trimmingSpacesAndLineBreaks()))
    }
    return Output(status: result.status, out: o, err: e)
  }

  /// How git reaches an SSH remote unless the user says otherwise
  /// (`GIT_SSH_COMMAND`): never asking, giving up after 15 s, and keeping
  /// one connection open for ten minutes (`ControlMaster`, its socket in the
  /// user's `~/.ssh`), so that a sync's fetch and push, and the reader's
  /// next sync, do not each pay for a new SSH handshake. Without a usable
  /// `~/.ssh` (or where the socket's path would be too long), no sharing.
  static func sshCommand(home: String?) -> String {
    let plain = "ssh -o BatchMode=yes -o ConnectTimeout=15"
    guard let home, !home.isEmpty, !home.contains(" "), !home.contains("'") else { return plain }
    let dir = home + "/.ssh"
    var info = stat()
    if lstat(dir, &info) != 0 {
      guard mkdir(dir, 0o700) == 0 else { return plain }
    } else if (info.st_mode & S_IFMT) != S_IFDIR || info.st_uid != geteuid() || info.st_mode & 0o022 != 0 {
      return plain
    }
    let socket = dir + "/cr-%C"
    // A Unix socket's path holds 107 bytes; %C is 40 hex digits (and ssh adds a few while it binds).
    guard socket.utf8.count - 2 + 40 + 20 <= 107 else { return plain }
    return plain + " -o ControlMaster=auto -o ControlPath=\(socket) -o ControlPersist=600"
  }

  /// `git args…` that must succeed; its standard output, trimmed.
  func value(_ args: [String]) throws(ClassError) -> String {
    let r = try run(args)
    guard r.ok else {
      throw ClassError(file: directory.path, .git(command: args.joined(separator: " "), detail: r.reason))
    }
    return r.out.trimmingSpacesAndLineBreaks()
  }
}
