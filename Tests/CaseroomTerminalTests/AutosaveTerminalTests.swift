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
}
