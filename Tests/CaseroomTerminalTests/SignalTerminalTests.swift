import CaseroomEngine
import CaseroomSession
import Foundation
import Testing

/// The attack's signals (issue 23), in a real terminal whose output is
/// recorded with `script`: every signal that ends the program, SIGTSTP with
/// `fg`, SIGSTOP with SIGCONT, and a terminal that goes away from a reader
/// with no controlling terminal. After each, what was typed is saved and the
/// terminal's modes (mouse reporting, bracketed paste, the hidden cursor) are
/// given back.
@Suite(
  "Signals: saved first, the terminal's modes given back (script capture), no spinning without a terminal", .serialized)
struct SignalTerminalTests {
  /// A tmux pane running an interactive shell inside `script`, which records every byte the program sends.
  final class Recorded {
    let t: Tmux
    let typescript: URL

    init() throws {
      t = try Tmux(cols: 100, rows: 30)
      typescript = t.state.appendingPathComponent("typescript")
      try t.shell("SHELL=/bin/bash script -qf \(typescript.path)")
      Thread.sleep(forTimeInterval: 0.5)
      // The shell's own line editor turns bracketed paste on at every prompt: not here, so the record is the program's.
      try t.shell("bind 'set enable-bracketed-paste off'; clear")
    }

    /// A test that failed half-way may leave the program stopped: it is ended with the pane.
    deinit {
      if let pid = pid() { kill(pid, SIGKILL) }
    }

    /// Everything recorded from `offset` on.
    func output(from offset: Int = 0) -> String {
      let data = (try? Data(contentsOf: typescript)) ?? Data()
      return String(decoding: data.dropFirst(offset), as: UTF8.self)
    }

    var length: Int { (try? Data(contentsOf: typescript))?.count ?? 0 }

    /// The caseroom process started in this pane (found by its HOME, the pane's state folder).
    func pid() -> Int32? {
      let me = "HOME=\(t.state.path)"
      for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
        guard let pid = Int32(entry),
          let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(entry)/exe"),
          exe.hasSuffix("/caseroom"),
          let env = try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(entry)/environ"))
        else { continue }
        if env.split(separator: 0).contains(where: { String(decoding: $0, as: UTF8.self) == me }) { return pid }
      }
      return nil
    }

    func state(_ pid: Int32) -> Character? {
      guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
        let close = stat.lastIndex(of: ")")
      else { return nil }
      return stat[stat.index(close, offsetBy: 2)...].first
    }

    func wait(_ what: String, timeout: TimeInterval = 15, _ condition: () -> Bool) {
      let deadline = Date().addingTimeInterval(timeout)
      while !condition() {
        guard Date() < deadline else {
          Issue.record("timed out waiting for \(what); screen:\n\((try? t.screen().joined(separator: "\n")) ?? "")")
          return
        }
        Thread.sleep(forTimeInterval: 0.05)
      }
    }

    /// The session's first answer as saved.
    func saved(_ group: String) -> String? {
      let store = SessionStore(directory: t.state.appendingPathComponent("sessions"))
      return try? store.load(store.url(caseId: "twelve-golden-projects", group: group)).answers[0].text
    }
  }

  /// Whether each mode the program set in `output` is unset after its last setting.
  static func modesGivenBack(_ output: String) -> [String] {
    var wrong: [String] = []
    for (on, off, name) in [
      ("\u{1B}[?2004h", "\u{1B}[?2004l", "bracketed paste"), ("\u{1B}[?1000h", "\u{1B}[?1000l", "mouse reporting"),
      ("\u{1B}[?1006h", "\u{1B}[?1006l", "SGR mouse"), ("\u{1B}[?25l", "\u{1B}[?25h", "the hidden cursor"),
    ] {
      guard let set = output.range(of: on, options: .backwards) else { continue }
      guard let unset = output.range(of: off, options: .backwards), unset.lowerBound > set.lowerBound else {
        wrong.append(name)
        continue
      }
    }
    return wrong
  }

  static let ending: [(Int32, String)] = [
    (SIGINT, "INT"), (SIGTERM, "TERM"), (SIGHUP, "HUP"), (SIGQUIT, "QUIT"), (SIGUSR1, "USR1"), (SIGUSR2, "USR2"),
    (SIGALRM, "ALRM"), (SIGXCPU, "XCPU"), (SIGXFSZ, "XFSZ"), (SIGVTALRM, "VTALRM"), (SIGPROF, "PROF"),
  ]

  @Test("every signal that ends the program: what was typed is saved, mouse, paste and cursor modes given back")
  func endingSignals() throws {
    let r = try Recorded()
    var expected = ""
    for (signal, name) in Self.ending {
      let start = r.length
      try r.t.shell("\(Tmux.binary.path) read --group 信号组")
      try r.t.keys("a", "1")
      r.wait("the editor (\(name))") { r.output(from: start).contains("字数") }
      let word = name.lowercased()
      try r.t.type(word)
      expected += word
      r.wait("the typing on screen (\(name))") { (try? r.t.screen().joined().contains(word)) == true }
      guard let pid = r.pid() else {
        Issue.record("no caseroom process for \(name)")
        continue
      }
      // Sent before the autosave (1 s after the last key): the signal itself must save.
      kill(pid, signal)
      r.wait("the program to end on SIG\(name)") { r.pid() == nil }
      #expect(r.saved("信号组") == expected, "SIG\(name): saved \(r.saved("信号组") ?? "nothing")")
      let wrong = Self.modesGivenBack(r.output(from: start))
      #expect(wrong.isEmpty, "SIG\(name) left on: \(wrong)")
    }
  }

  @Test("SIGTSTP saves and gives the terminal back; fg takes it again; SIGSTOP then fg (SIGCONT) sets the modes again")
  func stopAndContinue() throws {
    let r = try Recorded()
    let start = r.length
    try r.t.shell("\(Tmux.binary.path) read --group 暂停组")
    try r.t.keys("a", "1")
    r.wait("the editor") { r.output(from: start).contains("字数") }
    try r.t.type("before")
    r.wait("the typing on screen") { (try? r.t.screen().joined().contains("before")) == true }
    let pid = try #require(r.pid())
    kill(pid, SIGTSTP)
    r.wait("the program to stop") { r.state(pid) == "T" }
    #expect(r.saved("暂停组") == "before", "saved before stopping: \(r.saved("暂停组") ?? "nothing")")
    r.wait("the shell's prompt") { (try? r.t.screen().joined().contains("Stopped")) == true }
    let stopped = r.output(from: start)
    #expect(Self.modesGivenBack(stopped).isEmpty, "left on at the shell prompt: \(Self.modesGivenBack(stopped))")

    // fg: the program takes the terminal again, with its modes, and goes on.
    let beforeFg = r.length
    try r.t.shell("fg")
    r.wait("the modes set again after fg") {
      let o = r.output(from: beforeFg)
      return o.contains("\u{1B}[?2004h") && o.contains("\u{1B}[?1000h")
    }
    r.wait("the editor again") { (try? r.t.screen().joined().contains("字数")) == true }
    try r.t.type("after")
    r.wait("the typing on screen") { (try? r.t.screen().joined().contains("beforeafter")) == true }

    // SIGSTOP cannot be caught; when continued (fg sends SIGCONT) the modes are set again.
    kill(pid, SIGSTOP)
    r.wait("the program to stop") { r.state(pid) == "T" }
    r.wait("the shell's prompt") { (try? r.t.screen().joined().contains("Stopped")) == true }
    let beforeCont = r.length
    try r.t.shell("fg")
    r.wait("the modes set again after SIGCONT") {
      let o = r.output(from: beforeCont)
      return o.contains("\u{1B}[?2004h") && o.contains("\u{1B}[?1000h")
    }
    kill(pid, SIGTERM)
    r.wait("the program to end") { r.pid() == nil }
    #expect(r.saved("暂停组") == "beforeafter")
    #expect(Self.modesGivenBack(r.output(from: start)).isEmpty)
  }

  @Test("a reader with no controlling terminal (setsid) whose terminal goes away saves and exits, never spins")
  func terminalGone() throws {
    let t = try Tmux(cols: 100, rows: 30)
    try t.shell("setsid -w \(Tmux.binary.path) read --group 断线组")
    try t.waitFor("the reader") { $0.first?.contains("中国十二金工程") == true }
    try t.keys("a", "1")
    try t.waitFor("the editor") { $0.joined().contains("字数") }
    try t.type("gone")
    try t.waitFor("the typing") { $0.joined().contains("gone") }
    // Find it by its HOME, as above.
    var pid: Int32?
    for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
      guard let p = Int32(entry),
        let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(entry)/exe"),
        exe.hasSuffix("/caseroom"),
        let env = try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(entry)/environ")),
        env.split(separator: 0).contains(where: { String(decoding: $0, as: UTF8.self) == "HOME=\(t.state.path)" })
      else { continue }
      pid = p
    }
    let reader = try #require(pid)
    // The terminal goes away: no SIGHUP reaches a process with no controlling terminal.
    try t.tmux(["kill-server"])
    let deadline = Date().addingTimeInterval(10)
    while kill(reader, 0) == 0 && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
    let alive = kill(reader, 0) == 0
    #expect(!alive, "the reader is still running without its terminal")
    if alive { kill(reader, SIGKILL) }
    let store = SessionStore(directory: t.state.appendingPathComponent("sessions"))
    let saved = try store.load(store.url(caseId: "twelve-golden-projects", group: "断线组"))
    #expect(saved.answers[0].text == "gone")
    #expect(
      !FileManager.default.fileExists(atPath: store.url(caseId: "twelve-golden-projects", group: "断线组").path + ".lock"))
  }
}
