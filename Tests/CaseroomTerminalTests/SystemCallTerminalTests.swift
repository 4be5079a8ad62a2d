import CaseroomEngine
import CaseroomSession
import CaseroomTestSupport
import Foundation
import Testing

/// What the reader asks of the system, counted with strace in a real terminal:
/// start-up reads each file once, and a frame goes to the terminal in one
/// write (a first frame larger than ncurses' buffer in a few).
@Suite("System calls of the reader (strace)", .serialized)
struct SystemCallTerminalTests {
  /// The reader run under strace; returns the trace's lines once it has quit after `keys`.
  func trace(_ keys: [String], section: Int = 1, cols: Int = 80, rows: Int = 24) throws -> [String] {
    let t = try Tmux(cols: cols, rows: rows)
    let file = t.state.appendingPathComponent("trace")
    try t.start(
      "read --section \(section)", environment: "strace -f -o \(file.path) -e trace=openat,getdents64,write,poll")
    try t.waitFor("the section") { $0.first?.contains("\(section)/17") == true || section == 1 }
    for k in keys {
      let before = try t.screen()
      try t.keys(k)
      try t.waitFor("the screen after \(k)") { $0 != before }
    }
    try t.keys("q")
    try t.waitForShell()
    return try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
  }

  /// Writes to the terminal after start-up (the last of which turns the mouse
  /// on), grouped by frame: a wait for input (a poll that is not a mere
  /// check for typeahead) ends a frame. Each group lists its writes' sizes.
  func frames(_ lines: [String]) -> [[Int]] {
    guard let setup = lines.lastIndex(where: { $0.contains("write(1, ") && $0.contains("?1006h") }) else { return [] }
    var groups: [[Int]] = [[]]
    for line in lines[(setup + 1)...] {
      if line.contains("poll([") && !line.contains("], 1, 0)") {
        if !groups[groups.count - 1].isEmpty { groups.append([]) }
      } else if line.contains("write(1, "),
        let n = Int(line.split(separator: "=").last?.trimmingCharacters(in: .whitespaces) ?? "")
      {
        groups[groups.count - 1].append(n)
      }
    }
    return groups.filter { !$0.isEmpty }
  }

  @Test("start-up lists the cases folder once and reads the bundled case once")
  func startupReadsOnce() throws {
    let lines = try trace([])
    let caseOpens = lines.filter { $0.contains("openat(") && $0.contains("twelve-golden-projects.case.md") }
    #expect(caseOpens.count == 1, "\(caseOpens.joined(separator: "\n"))")
    let folderOpens = lines.filter {
      $0.contains("openat(") && $0.contains("/Cases\"") && $0.contains("O_DIRECTORY") && !$0.contains("ENOENT")
    }
    #expect(folderOpens.count == 1, "\(folderOpens.joined(separator: "\n"))")
  }

  @Test("the first frame in at most 5 writes (3 at 80×24), a j in one write using a scrolling region")
  func writesPerFrame() throws {
    let lines = try trace(["j", "j"], section: 7)
    let groups = frames(lines)
    #expect(groups.count >= 3, "\(groups)")
    guard groups.count >= 3 else { return }
    #expect(groups[0].count <= 5, "first frame: \(groups[0])")
    #expect(groups[0].reduce(0, +) > 1000, "a whole screen of text: \(groups[0])")
    #expect(groups[1].count == 1, "j: \(groups[1])")
    #expect(groups[1].reduce(0, +) < 600, "j sends the new line, not the screen: \(groups[1])")
    #expect(lines.contains { $0.contains("write(1, ") && $0.contains("\\33[2;23r") }, "a scrolling region is set")
  }

  /// Polls that ended by their timeout (wake-ups with nothing to do) while the reader sat idle for `seconds`.
  func idleWakeUps(_ args: String, seconds: Double, environment: String = "") throws -> Int {
    let t = try Tmux()
    let file = t.state.appendingPathComponent("trace")
    try t.start(args, environment: environment + " strace -f -o \(file.path) -e trace=poll")
    try t.waitFor("the reader") { $0.first?.contains("中国十二金工程") == true }
    Thread.sleep(forTimeInterval: 1)  // past the work after the first frame
    let before = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n").count
    Thread.sleep(forTimeInterval: seconds)
    let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n").dropFirst(before - 1)
    try t.keys("q")
    try t.waitForShell()
    return lines.filter { $0.contains("poll([") && !$0.contains("], 1, 0)") && $0.contains("Timeout") }.count
  }

  @Test("an idle reader on its own sleeps: no wake-up in 3 s while it counts reading time (its next tick is 30 s away)")
  func idleAlone() throws {
    #expect(try idleWakeUps("read --section 7", seconds: 3) == 0)
  }

  @Test(
    "an idle reader with a group hears of changes from inotify: it wakes only for its look every 5 s (with the stat fallback, once a second)"
  )
  func idleWithGroup() throws {
    let woke = try idleWakeUps("read --section 7 --group 第一组", seconds: 6)
    #expect(woke <= 2, "\(woke) wake-ups in 6 s")
    let stat = try idleWakeUps("read --section 7 --group 第一组", seconds: 6, environment: "CASEROOM_NO_INOTIFY=1")
    #expect(stat >= 4 && stat <= 8, "\(stat) wake-ups in 6 s without inotify")
  }

  /// Timeouts of `poll` (wake-ups with nothing to do) while `caseroom review` sat idle for `seconds` over two groups.
  func idleReviewWakeUps(seconds: Double, environment: String = "") throws -> Int {
    let t = try Tmux(cols: 100, rows: 24)
    let c = try CaseFormat.load(BuiltBinary.repository.appendingPathComponent("Cases/twelve-golden-projects.case.md"))
    let store = SessionStore(directory: t.state.appendingPathComponent("sessions"))
    for name in ["第一组", "第二组"] {
      try store.save(
        Session(case: c, group: .init(name: name, members: ["组员"])), to: store.url(caseId: c.id, group: name))
    }
    let file = t.state.appendingPathComponent("trace")
    try t.shell("clear; \(environment) strace -f -o \(file.path) -e trace=poll \(Tmux.binary.path) review")
    try t.waitFor("the grid") { $0.contains { $0.hasPrefix(" 第二组") } }
    Thread.sleep(forTimeInterval: 1)
    let before = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n").count
    Thread.sleep(forTimeInterval: seconds)
    let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n").dropFirst(before - 1)
    // Still following: a group's save shows without a key.
    var s = try store.load(store.url(caseId: c.id, group: "第一组"))
    s.answers[0].text = "十二个字的答案写在这里了。"
    try store.save(s, to: store.url(caseId: c.id, group: "第一组"))
    try t.waitFor("第一组's answer counted", timeout: 5) { $0.contains { $0.hasPrefix(" 第一组") && $0.contains("13字") } }
    try t.keys("q")
    try t.waitForShell()
    return lines.filter { $0.contains("poll([") && !$0.contains("], 1, 0)") && $0.contains("Timeout") }.count
  }

  @Test(
    "an idle review sleeps: no wake-up in 3 s with inotify, once a second with the stat fallback; saves show either way"
  )
  func idleReview() throws {
    #expect(try idleReviewWakeUps(seconds: 3) == 0)
    let stat = try idleReviewWakeUps(seconds: 4, environment: "CASEROOM_NO_INOTIFY=1")
    #expect(stat >= 2 && stat <= 6, "\(stat) wake-ups in 4 s without inotify")
  }
}
