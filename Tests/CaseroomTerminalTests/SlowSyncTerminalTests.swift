import CaseroomEngine
import Foundation
import Testing

/// Git runs on a worker, not in the screen's update: while a sync takes its
/// time (a slow network, a big repository), the reader answers every key.
@Suite("Keys are answered while git runs")
struct SlowSyncTerminalTests {
  /// A git that takes 6 s to fetch (a PATH shim in front of the real one).
  func slowGit(in root: URL) throws -> URL {
    let shim = root.appendingPathComponent("shim")
    try FileManager.default.createDirectory(at: shim, withIntermediateDirectories: true)
    let git = shim.appendingPathComponent("git")
    let script = """
      #!/bin/sh
      case " $* " in *" fetch "*) sleep 6 ;; esac
      exec /usr/bin/git "$@"

      """
    try Data(script.utf8).write(to: git)
    chmod(git.path, 0o755)
    return shim
  }

  /// Sends a key and measures how long until the screen shows its effect.
  func answered(_ t: Tmux, _ key: String, _ changed: ([String]) -> Bool) throws -> TimeInterval {
    let start = Date()
    try t.keys(key)
    let deadline = start.addingTimeInterval(5)
    while Date() < deadline {
      if changed(try t.screen()) { return Date().timeIntervalSince(start) }
    }
    return .infinity
  }

  @Test("S with a git that takes 6 s: 同步中… on the status bar, ] and j answered within 100 ms, then the result")
  func keysWhileSyncing() throws {
    // 12 rows: the sections are longer than the screen, so j has lines to scroll.
    let t = try Tmux(cols: 80, rows: 12)
    let root = t.state
    let bin = Tmux.binary.path
    let bare = root.appendingPathComponent("class.git").path
    let clone = root.appendingPathComponent("a").path
    let log = root.appendingPathComponent("git.out").path
    try Tmux.spawnAndWait(["git", "init", "-q", "--bare", bare], output: log)
    try Tmux.spawnAndWait(["git", "clone", "-q", bare, clone], output: log)
    for (k, v) in [("user.name", "测试"), ("user.email", "t@example.org")] {
      try Tmux.spawnAndWait(["git", "-C", clone, "config", k, v], output: log)
    }
    let shim = try slowGit(in: root)
    try t.shell("clear; PATH=\(shim.path):/usr/bin:/bin \(bin) read --sessions \(clone) --group 第二组")
    try t.waitFor("the reader") { $0.first?.contains("第二组") == true }
    let syncStarted = Date()
    try t.keys("S")
    try t.waitFor("the sync on the status bar", timeout: 2) { $0.last?.contains("同步中") == true }
    let header = try t.screen()[0]
    let next = try answered(t, "]") { $0[0] != header && $0[0].contains("（一）金宏工程") }
    #expect(next < 0.1, "] answered after \(next) s while git ran")
    let body = try t.screen()
    let down = try answered(t, "j") { Array($0[1..<($0.count - 1)]) != Array(body[1..<(body.count - 1)]) }
    #expect(down < 0.1, "j answered after \(down) s while git ran")
    print("while git ran: ] answered in \(Int(next * 1000)) ms, j in \(Int(down * 1000)) ms")
    let during = try t.screen()
    #expect(Date().timeIntervalSince(syncStarted) < 6, "the keys were answered before git was done")
    #expect(during.last?.contains("同步中") == true, "still syncing: \(during.last ?? "")")
    let after = try t.waitFor("the sync's result", timeout: 30) {
      $0.last?.contains("同步") == true && $0.last?.contains("同步中") == false
    }
    #expect(after.last?.contains("同步于") == true || after.last?.contains("已同步") == true, "\(after.last ?? "")")
    #expect(Date().timeIntervalSince(syncStarted) >= 6, "the result came once git was done")
    try t.keys("q")
    try t.waitForShell()
  }
}
