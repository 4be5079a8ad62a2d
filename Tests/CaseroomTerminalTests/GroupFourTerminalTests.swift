import CaseroomEngine
import CaseroomSession
import Foundation
import Testing

/// A group of four at four terminals, all typing at once without a pause,
/// one of them killed with kill -9 at a random moment.
@Suite("Four readers on one group, typing at once (tmux)", .serialized)
struct GroupFourTerminalTests {
  /// One member at a terminal, and what it typed so far, with when.
  final class Member {
    let name: String
    let t: Tmux
    /// The question it answers (0-based), or nil: it writes a note.
    let question: Int?
    let pool: [Character]
    var typed = ""
    var history: [(at: Date, text: String)] = []
    var killedAt: Date?

    init(_ name: String, _ t: Tmux, question: Int?, pool: String) {
      self.name = name
      self.t = t
      self.question = question
      self.pool = Array(pool)
    }

    func type(_ n: Int) throws {
      var chunk = ""
      for _ in 0..<n { chunk.append(pool[typed.count % pool.count]) }
      try t.type(chunk)
      typed += chunk
      history.append((Date(), typed))
    }

    /// What it had typed by a time.
    func typed(by time: Date) -> String { history.last { $0.at <= time }?.text ?? "" }

    /// What must be seen of it at a time: all it typed by then; killed, what it typed 2 s before.
    func due(at time: Date) -> Int {
      typed(by: killedAt.map { min(time, $0.addingTimeInterval(-2)) } ?? time).count
    }
  }

  /// The answers view's counts, question by question (未写 is 0).
  static func counts(_ screen: [String]) -> [Int] {
    screen.compactMap { line -> Int? in
      let t = line.trimmingCharacters(in: .whitespaces)
      if t.hasPrefix("未写") { return 0 }
      guard let r = t.range(of: " 字"), let n = Int(t[..<r.lowerBound]) else { return nil }
      return n
    }
  }

  /// Waits until an answers view shows at least what each other answer writer had typed by `time`.
  static func sees(_ viewer: Member, _ all: [Member], by time: Date, within: TimeInterval = 2) throws -> Bool {
    let deadline = Date().addingTimeInterval(within)
    var last: [Int] = []
    repeat {
      last = counts(try viewer.t.screen())
      if last.count == 3,
        all.allSatisfy({ m in
          guard let q = m.question, m !== viewer else { return true }
          return last[q] >= m.due(at: time)
        })
      {
        return true
      }
      usleep(100_000)
    } while Date() < deadline
    Issue.record(
      "\(viewer.name) did not see the others within \(within) s: \(last) vs \(all.map { $0.due(at: time) })")
    return false
  }

  @Test(
    "four members type at once for 60 s (three answers, one note), one killed with kill -9 at a random moment: every character of the living three is in the file, each sees the others within 2 s, the killed one loses at most 2 s"
  )
  func fourReaders() throws {
    var rng = SystemRandomNumberGenerator()
    let seconds: TimeInterval = 60
    let first = try Tmux()
    let env = "CASEROOM_SESSIONS=\(first.state.path)/sessions XDG_STATE_HOME=\(first.state.path)"
    let members = [
      Member("甲", first, question: 0, pool: "金木水火土"),
      Member("乙", try Tmux(), question: 1, pool: "春夏秋冬"),
      Member("丙", try Tmux(), question: 2, pool: "东南西北中"),
      Member("丁", try Tmux(), question: nil, pool: "梅兰竹菊"),
    ]
    for m in members {
      try m.t.start("--group 第一组 --members 甲,乙,丙,丁 --member \(m.name)", environment: env)
      try m.t.waitFor("\(m.name) in the header") { $0[0].contains("第一组 · \(m.name)") }
      if let q = m.question {
        try m.t.keys("a", "\(q + 1)")
        try m.t.waitFor("\(m.name)'s editor") { $0.joined().contains("字数 0") && !$0.joined().contains("只读") }
      } else {
        try m.t.keys("]", "A")
        try m.t.waitFor("\(m.name)'s note") { $0.joined().contains("批注这一段") && !$0.joined().contains("只读") }
      }
    }
    let start = Date()
    let killAt = start.addingTimeInterval(Double.random(in: 4...(seconds - 6), using: &rng))
    let victim = members[Int.random(in: 0..<4, using: &rng)]
    print("four readers: \(victim.name) is killed at \(killAt.timeIntervalSince(start)) s")
    var nextCheck = start.addingTimeInterval(6)
    var checker = 0
    while Date().timeIntervalSince(start) < seconds {
      for m in members where m.killedAt == nil { try m.type(Int.random(in: 1...2, using: &rng)) }
      if victim.killedAt == nil, Date() >= killAt, let pid = try victim.t.programPID() {
        kill(pid, SIGKILL)
        victim.killedAt = Date()
      }
      // Now and then one answer writer looks at the answers view (a second away from its typing).
      if Date() >= nextCheck {
        let writers = members.filter { $0.question != nil && $0.killedAt == nil }
        let viewer = writers[checker % writers.count]
        checker += 1
        let now = Date()
        try viewer.t.keys("Escape")
        _ = try Self.sees(viewer, members, by: now)
        try viewer.t.keys("\(viewer.question! + 1)")
        try viewer.t.waitFor("back in the editor") { $0.joined().contains("字数") }
        nextCheck = Date().addingTimeInterval(6)
      }
      usleep(300_000)
    }
    // The end of typing: each living member sees everything the others typed within 2 s.
    let end = Date()
    for m in members where m.killedAt == nil {
      if m.question == nil {
        try m.t.keys("Escape")
        try m.t.waitFor("the note kept") { !$0.joined().contains("批注这一段") }
        try m.t.keys("a")
      } else {
        try m.t.keys("Escape")
      }
    }
    for m in members where m.killedAt == nil { _ = try Self.sees(m, members, by: end, within: 2.5) }
    for m in members where m.killedAt == nil {
      try m.t.keys("q")
      try m.t.keys("q")
      try m.t.waitForShell()
    }
    let store = SessionStore(directory: first.state.appendingPathComponent("sessions"))
    let s = try store.load(store.url(caseId: "twelve-golden-projects", group: "第一组"))
    for m in members {
      let inFile: String
      if let q = m.question {
        inFile = s.answers[q].text
      } else {
        inFile =
          s.annotations.first { $0.note.hasPrefix(String(m.pool.first!)) }?.note ?? s.noteDraft(of: m.name)?.text ?? ""
      }
      if let killed = m.killedAt {
        let kept = m.typed(by: killed.addingTimeInterval(-2))
        #expect(inFile.hasPrefix(kept), "\(m.name) killed: lost more than 2 s (\(inFile.count) of \(kept.count))")
        #expect(m.typed.hasPrefix(inFile), "\(m.name) killed: the file holds what it typed, nothing else")
      } else {
        #expect(inFile == m.typed, "\(m.name): \(inFile.count) characters in the file of \(m.typed.count) typed")
      }
    }
    #expect(!s.answers.contains { TextMerge.hasConflict($0.text) }, "different fields never conflict")
    let counted = Set((s.participation ?? [:]).keys)
    #expect(counted.isSuperset(of: members.filter { $0.question != nil }.map(\.name)), "\(counted)")
  }
}
