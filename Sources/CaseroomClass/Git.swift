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
  /// (see `status`), only when git cannot be started. Spawned directly and
  /// waited for with `waitpid` (Foundation's `Process` polls for the end,
  /// which costs tens of milliseconds a command: a sync runs twenty).
  @discardableResult
  func run(_ args: [String], environment extra: [String: String] = [:]) throws(ClassError) -> Output {
    var env = ProcessInfo.processInfo.environment
    env["GIT_TERMINAL_PROMPT"] = "0"
    env["GIT_MERGE_AUTOEDIT"] = "no"
    env["LC_ALL"] = "C"
    env["LANGUAGE"] = "C"
    if env["GIT_SSH_COMMAND"] == nil { env["GIT_SSH_COMMAND"] = Self.sshCommand(home: env["HOME"]) }
    for (k, v) in environment { env[k] = v }
    for (k, v) in extra { env[k] = v }
    // env -C: in the clone. Paths as they are (not quoted with octal escapes): group names are Chinese.
    let argv = ["/usr/bin/env", "-C", directory.path, program, "-c", "core.quotePath=false"] + args
    let files = FileManager.default.temporaryDirectory
    let outPath = files.appendingPathComponent("caseroom-git-\(UUID().uuidString).out").path
    let errPath = files.appendingPathComponent("caseroom-git-\(UUID().uuidString).err").path
    defer {
      unlink(outPath)
      unlink(errPath)
    }
    guard let status = Self.spawnAndWait(argv, environment: env, output: outPath, errors: errPath) else {
      throw ClassError(file: directory.path, Self.missing)
    }
    if status == 127 || status == 125 {
      let e = (try? Data(contentsOf: URL(fileURLWithPath: errPath))).map { String(decoding: $0, as: UTF8.self) } ?? ""
      if status == 127 || e.contains("cannot change directory") {
        throw ClassError(
          file: directory.path, status == 127 ? Self.missing : e.trimmingCharacters(in: .whitespacesAndNewlines))
      }
    }
    let o = (try? Data(contentsOf: URL(fileURLWithPath: outPath))).map { String(decoding: $0, as: UTF8.self) } ?? ""
    let e = (try? Data(contentsOf: URL(fileURLWithPath: errPath))).map { String(decoding: $0, as: UTF8.self) } ?? ""
    return Output(status: status, out: o, err: e)
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

  /// Runs a program with its output and errors to files and waits for it;
  /// its exit status (nil: it could not be started). Children start with no
  /// signal blocked (a test runner's blocked mask would be inherited).
  static func spawnAndWait(_ argv: [String], environment: [String: String], output: String, errors: String) -> Int32? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attributes, &empty)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for s in [SIGHUP, SIGINT, SIGTERM, SIGPIPE, SIGCHLD] { sigaddset(&defaults, s) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let cArgs = argv.map { strdup($0) } + [nil]
    let cEnv = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for a in cArgs { free(a) }
      for e in cEnv { free(e) }
    }
    var pid: pid_t = 0
    guard posix_spawn(&pid, argv[0], &actions, &attributes, cArgs, cEnv) == 0 else { return nil }
    var result: Int32 = 0
    while waitpid(pid, &result, 0) == -1 && errno == EINTR {}
    // Exited: its status; killed by a signal: 128 + the signal, as a shell says.
    let signal = result & 0x7f
    return signal == 0 ? (result >> 8) & 0xff : 128 + signal
  }

  /// `git args…` that must succeed; its standard output, trimmed.
  func value(_ args: [String]) throws(ClassError) -> String {
    let r = try run(args)
    guard r.ok else { throw ClassError(file: directory.path, "git \(args.joined(separator: " ")): \(r.reason)") }
    return r.out.trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
