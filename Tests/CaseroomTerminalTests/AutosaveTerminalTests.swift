import CaseroomEngine
import CaseroomSession
import Foundation
import Testing

/// Autosave under continuous typing: kill -9 at random moments while a key
/// arrives every 100 ms. Every trial must leave a valid file holding all but
/// at most the last 2 seconds of what was typed.
@Suite("Autosave under continuous typing (tmux, kill -9)", .serialized)
struct AutosaveTerminalTests {
  static let trials = 20

  @Test("kill -9 at random moments during continuous typing: no damaged file, at most 2 s lost")
  func continuousTyping() throws {
    var random = SplitMix64(seed: 20_261_129)
    var worst = 0.0
    var lostTrials = 0
    for trial in 0..<Self.trials {
      let t = try Tmux()
      try t.start("--group 连续组")
      try t.keys("a", "1")
      try t.waitFor("the editor") { $0.joined().contains("字数 0") }
      let pid = try #require(try t.programPID())
      // Type one key every 100 ms for 1.5 to 4.5 s, then kill -9.
      let duration = 1.5 + Double(random.next() % 3000) / 1000
      let letters = Array("abcdefghijklmnopqrstuvwxyz")
      var typed: [(Character, Date)] = []
      let start = Date()
      while Date().timeIntervalSince(start) < duration {
        let c = letters[typed.count % letters.count]
        try t.type(String(c))
        typed.append((c, Date()))
        Thread.sleep(forTimeInterval: 0.1)
      }
      let killedAt = Date()
      kill(pid, SIGKILL)
      let deadline = Date().addingTimeInterval(5)
      while try t.programPID() != nil && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }

      let store = SessionStore(directory: t.state.appendingPathComponent("sessions"))
      let url = store.url(caseId: "twelve-golden-projects", group: "连续组")
      let saved = try store.load(url)  // throws if the file is damaged
      let text = saved.answers[0].text
      let all = String(typed.map(\.0))
      #expect(all.hasPrefix(text), "trial \(trial): the saved text is what was typed, in order")
      if text.count < typed.count {
        let lost = killedAt.timeIntervalSince(typed[text.count].1)
        worst = max(worst, lost)
        lostTrials += 1
        #expect(lost <= 2.0, "trial \(trial): lost \(typed.count - text.count) keys, typed over the last \(lost) s")
      }
    }
    print(
      "autosave: \(Self.trials) kill -9 trials, \(lostTrials) lost something, worst loss \(String(format: "%.2f", worst)) s"
    )
  }

  @Test(
    "text typed without a pause and kill -9 at once: offered at the next start, restored into the answer and a note")
  func crashJournal() throws {
    let t = try Tmux()
    try t.start("--group 日志组")
    try t.keys("a", "1")
    try t.waitFor("the editor") { $0.joined().contains("字数 0") }
    let pid = try #require(try t.programPID())
    // One burst, no pause: the save waits for a pause (1 s) and never comes.
    try t.type("急速输入的答案")
    try t.waitFor("the typed text") { $0.joined().contains("急速输入的答案") }
    kill(pid, SIGKILL)
    let deadline = Date().addingTimeInterval(5)
    while try t.programPID() != nil && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
    let store = SessionStore(directory: t.state.appendingPathComponent("sessions"))
    let url = store.url(caseId: "twelve-golden-projects", group: "日志组")
    #expect(try store.load(url).answers[0].text != "急速输入的答案", "not saved: only the journal has it")
    try t.keys("q")
    try t.waitForShell()
    // The next start offers it, as a failed save's draft.
    try t.start("--group 日志组")
    let offer = try t.waitFor("the offer") { $0.joined().contains("上次程序没有正常结束") }
    #expect(offer.joined().contains("恢复草稿"), "\(offer.joined(separator: "\n"))")
    try t.keys("r")
    try t.waitFor("the reader") { $0.joined().contains("日志组") && $0.joined().contains("已读") }
    try t.keys("a", "1")
    try t.waitFor("the answer, restored") { $0.joined().contains("急速输入的答案") }
    // A note the same way.
    try t.keys("Escape", "Escape")
    try t.waitFor("reading") { !$0.joined().contains("本组答案") && !$0.joined().contains("字数") }
    try t.keys("]", "A")
    try t.waitFor("the note panel") { $0.joined().contains("批注这段") || $0.joined().contains("Esc 完成") }
    let pid2 = try #require(try t.programPID())
    try t.type("急速的批注")
    try t.waitFor("the note typed") { $0.joined().contains("急速的批注") }
    kill(pid2, SIGKILL)
    while try t.programPID() != nil && Date() < deadline.addingTimeInterval(10) { Thread.sleep(forTimeInterval: 0.02) }
    try t.keys("q")
    try t.waitForShell()
    try t.start("--group 日志组")
    try t.waitFor("the offer") { $0.joined().contains("上次程序没有正常结束") }
    try t.keys("r")
    try t.waitFor("the note, open again with its text") { $0.joined().contains("急速的批注") }
    try t.keys("Escape")
    try t.waitFor("the note kept") { !$0.joined().contains("Esc 完成") }
    try t.keys("q")
    try t.waitForShell()
    try t.expectSaneTerminal()
    let saved = try store.load(url)
    #expect(saved.answers[0].text == "急速输入的答案")
    #expect(saved.annotations.map(\.note) == ["急速的批注"])
    let left = try FileManager.default.contentsOfDirectory(
      atPath: t.state.appendingPathComponent("caseroom/drafts").path)
    #expect(!left.contains { $0.hasSuffix(".journal") || $0.hasSuffix(".draft.json") }, "nothing left over: \(left)")
  }
}
