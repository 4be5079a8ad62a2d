import CaseroomEngine
import CaseroomTestSupport
import Foundation
import Testing

/// A real terminal for end-to-end tests: a private tmux server running a shell,
/// in which `caseroom` is started; keys are sent with `send-keys` and the
/// screen is read with `capture-pane`.
final class Tmux {
  let socket = "caseroom-test-\(UUID().uuidString.prefix(8))"
  let state: URL
  private(set) var cols: Int
  private(set) var rows: Int
  /// Set by tests of damaged files, where U+FFFD on the screen is what should be there.
  var allowsReplacementCharacter = false

  static let binary = BuiltBinary.url

  init(cols: Int = 80, rows: Int = 24) throws {
    self.cols = cols
    self.rows = rows
    state = FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-tmux-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
    try tmux([
      "-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", "\(cols)", "-y", "\(rows)",
      "env -i HOME=\(state.path) PATH=/usr/bin:/bin TERM=screen-256color LANG=C.UTF-8 XDG_STATE_HOME=\(state.path) CASEROOM_SESSIONS=\(state.path)/sessions PS1='$ ' bash --norc --noprofile",
    ])
    try tmux(["set-option", "-t", "main", "status", "off"])
    try waitFor("shell prompt") { $0.joined().contains("$") }
  }

  deinit {
    _ = try? tmux(["kill-server"])
    try? FileManager.default.removeItem(at: state)
  }

  @discardableResult
  func tmux(_ args: [String]) throws -> String {
    let file = state.appendingPathComponent("tmux-out-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: file) }
    try Tmux.spawnAndWait(["tmux", "-L", socket] + args, output: file.path)
    return (try? String(contentsOf: file, encoding: .utf8)) ?? ""
  }

  /// Runs a program and waits for it, with stdout to a file. Foundation's
  /// `Process` cannot be used for tmux: the server it starts keeps Process's
  /// exit-watching pipe open, so `waitUntilExit` never returns.
  static func spawnAndWait(_ argv: [String], output: String) throws {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    // The test runner blocks some signals, and a blocked mask is inherited: the
    // tmux server would then never act on SIGTERM (so kill-server would not
    // work) nor pass SIGHUP on. Children start with no signal blocked.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attributes, &empty)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for s in [SIGHUP, SIGINT, SIGTERM, SIGPIPE, SIGWINCH, SIGCHLD] { sigaddset(&defaults, s) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    let cArgs = argv.map { strdup($0) } + [nil]
    defer { for a in cArgs { free(a) } }
    let status = posix_spawnp(&pid, argv[0], &actions, &attributes, cArgs, environ)
    guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EINVAL) }
    var result: Int32 = 0
    while waitpid(pid, &result, 0) == -1 && errno == EINTR {}
  }

  /// Types a shell command line and presses Enter.
  func shell(_ command: String) throws {
    try tmux(["send-keys", "-t", "main", "-l", command])
    try tmux(["send-keys", "-t", "main", "Enter"])
  }

  /// Starts caseroom with arguments; without a group unless `--group` is among them.
  func start(_ args: String = "", environment: String = "") throws {
    let extra = args.contains("--group") ? "" : " --no-group"
    try shell("clear; \(environment) \(Tmux.binary.path) \(args)\(extra)")
    // (After a kill -9 the first screen may be the offer of the unsaved draft, drawn before the reader's.)
    try waitFor("caseroom's first screen") {
      $0.first?.contains("中国十二金工程") == true || $0.joined().contains("终端太小") || $0.joined().contains("上次程序没有正常结束")
    }
  }

  /// Sends tmux key names (`j`, `Space`, `Enter`, `Escape`, `C-l`…). After
  /// Escape it pauses as a person does: Esc and a key within the escape delay
  /// (50 ms) are Alt with that key where the screen binds it (an editor's Alt-b).
  func keys(_ names: String...) throws {
    for (i, n) in names.enumerated() {
      try tmux(["send-keys", "-t", "main", n])
      if n == "Escape" && i + 1 < names.count { usleep(150_000) }
    }
  }

  /// Sends raw bytes, as another terminal would send them (`send-keys -H`).
  func bytes(_ s: String) throws {
    try tmux(["send-keys", "-t", "main", "-H"] + s.utf8.map { String(format: "%02x", $0) })
  }

  /// Sends text literally (Chinese included).
  func type(_ text: String) throws {
    try tmux(["send-keys", "-t", "main", "-l", text])
  }

  func resize(cols: Int, rows: Int) throws {
    self.cols = cols
    self.rows = rows
    try tmux(["resize-window", "-t", "main", "-x", "\(cols)", "-y", "\(rows)"])
  }

  /// The screen, one string per row.
  func screen() throws -> [String] {
    let text = try tmux(["capture-pane", "-p", "-t", "main"])
    var lines = text.components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  /// Polls the screen until `condition` holds (15 s at most: CI machines are busy); records a failure otherwise.
  @discardableResult
  func waitFor(
    _ what: String, timeout: TimeInterval = 15, sourceLocation: SourceLocation = #_sourceLocation,
    _ condition: ([String]) -> Bool
  ) throws -> [String] {
    let deadline = Date().addingTimeInterval(timeout)
    var last: [String] = []
    while Date() < deadline {
      last = try screen()
      if condition(last) {
        Tmux.checkScreen(
          last, cols: cols, allowingReplacement: allowsReplacementCharacter, sourceLocation: sourceLocation)
        return last
      }
      Thread.sleep(forTimeInterval: 0.05)
    }
    Issue.record(
      "timed out waiting for \(what); screen:\n\(last.joined(separator: "\n"))", sourceLocation: sourceLocation)
    return last
  }

  /// Waits until the program has ended and the shell has the terminal again
  /// (15 s at most); records a failure otherwise.
  func waitForShell(sourceLocation: SourceLocation = #_sourceLocation) throws {
    let deadline = Date().addingTimeInterval(15)
    while try programPID() != nil {
      guard Date() < deadline else {
        Issue.record(
          "the program did not end; screen:\n\(try screen().joined(separator: "\n"))", sourceLocation: sourceLocation)
        return
      }
      Thread.sleep(forTimeInterval: 0.05)
    }
  }

  /// The pid of the program running in the shell (the shell's child).
  func programPID() throws -> Int32? {
    let shellPID = try tmux(["display-message", "-p", "-t", "main", "#{pane_pid}"]).trimmingCharacters(
      in: .whitespacesAndNewlines)
    let children = try String(contentsOfFile: "/proc/\(shellPID)/task/\(shellPID)/children", encoding: .utf8)
    return children.split(separator: " ").first.flatMap { Int32($0) }
  }

  static let closing: Set<Character> = ["，", "。", "、", "；", "：", "！", "？", "”", "）", "》", "」", "』", "】", "．"]
  static let opening: Set<Character> = ["“", "（", "《", "「", "『", "【"]

  /// Checks what every captured reader screen must satisfy: nothing wider
  /// than the terminal, no Hanzi cut in half, and in the text no line that
  /// starts with closing or ends with opening punctuation.
  static func checkScreen(
    _ lines: [String], cols: Int, allowingReplacement: Bool = false, sourceLocation: SourceLocation
  ) {
    let isReader = lines.first?.contains("中国十二金工程") == true
    for (i, line) in lines.enumerated() {
      #expect(
        TerminalWidth.columns(line) <= cols, "row \(i) wider than \(cols): \(line)", sourceLocation: sourceLocation)
      #expect(
        allowingReplacement || !line.contains("\u{FFFD}"), "row \(i) has a broken character: \(line)",
        sourceLocation: sourceLocation)
      guard isReader, i > 0, i < lines.count - 1 else { continue }
      // The text is right of the side contents' separator, if there is one.
      let text = (line.split(separator: "│", omittingEmptySubsequences: false).last.map(String.init) ?? line)
        .trimmingCharacters(in: CharacterSet(charactersIn: " \u{3000}"))
      if let f = text.first {
        #expect(!closing.contains(f), "row \(i) starts with \(f): \(line)", sourceLocation: sourceLocation)
      }
      if let l = text.last {
        #expect(!opening.contains(l), "row \(i) ends with \(l): \(line)", sourceLocation: sourceLocation)
      }
    }
  }

  /// `stty -a` in the shell after the program ended: echo and icanon must be on.
  /// (The output line is found by a marker the typed command does not contain.)
  func expectSaneTerminal(sourceLocation: SourceLocation = #_sourceLocation) throws {
    try shell(
      "clear; printf 'ST''TY: %s\\n' \"$(stty -a | tr ' ' '\\n' | grep -x -e echo -e -echo -e icanon -e -icanon | tr '\\n' ' ')\""
    )
    let screen = try waitFor("stty output", sourceLocation: sourceLocation) { $0.contains { $0.hasPrefix("STTY: ") } }
    let line = screen.first { $0.hasPrefix("STTY: ") } ?? ""
    let flags = Set(line.dropFirst(6).split(separator: " ").map(String.init))
    #expect(flags == ["echo", "icanon"], "\(line)", sourceLocation: sourceLocation)
  }

}
