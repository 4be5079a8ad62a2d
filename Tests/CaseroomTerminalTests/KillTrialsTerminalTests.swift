import CaseroomEngine
import CaseroomSession
import CaseroomTestSupport
import Foundation
import Testing

/// The attack's kill -9 trials (issue 23), for what can be typed and lost:
/// an answer, a note (kept as the session's draft) and the instructor's
/// comment (kept beside the review file), each on a first run (nothing on
/// disk yet: no session, no reviews folder) and on later runs (the work
/// reopened, typing going on). Each trial types a key every 100 ms for a
/// random 0.6–2 s, then kill -9: the file must be valid and hold everything
/// typed up to at most 2 s before the kill.
@Suite("kill -9 under continuous typing: answers, notes, comments; first and later runs", .serialized)
struct KillTrialsTerminalTests {
  static let trials = 20

  enum Kind: String, CaseIterable { case answer, note, comment }

  /// What is on disk of the text being typed.
  static func saved(_ kind: Kind, _ t: Tmux, group: String) throws -> String {
    let store = SessionStore(directory: t.state.appendingPathComponent("sessions"))
    let url = store.url(caseId: "twelve-golden-projects", group: group)
    switch kind {
    case .answer:
      guard FileManager.default.fileExists(atPath: url.path) else { return "" }
      return try store.load(url).answers[0].text
    case .note:
      guard FileManager.default.fileExists(atPath: url.path) else { return "" }
      let s = try store.load(url)
      return s.noteDraft(of: "")?.text ?? s.annotations.last?.note ?? ""
    case .comment:
      let reviews = t.state.appendingPathComponent(".local/share/caseroom/reviews")
      // One draft per review process (`<review>.draft.<pid>`).
      let drafts = ((try? FileManager.default.contentsOfDirectory(atPath: reviews.path)) ?? []).filter {
        $0.contains(".review.json.draft")
      }
      guard let name = drafts.first else { return "" }
      let data = try Data(contentsOf: reviews.appendingPathComponent(name))
      let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      return try #require(json["text"] as? String)
    }
  }

  /// Opens the editor of `kind`; on a later run the work comes back by itself (notes, comments) or on its key.
  static func open(_ kind: Kind, _ t: Tmux, group: String, later: Bool) throws {
    // The last program's screen must be gone before this one's is looked for.
    try t.shell("clear")
    try t.waitFor("a clear screen") { $0.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty } == ["$"] }
    // What the killed run typed after its last save (its crash journal) is offered first, and restored.
    var later = later
    if kind != .comment {
      try t.shell("clear; \(Tmux.binary.path) read --group \(group)")
      let s = try t.waitFor("the reader or the offer") {
        $0.first?.contains("中国十二金工程") == true || $0.joined().contains("上次程序没有正常结束")
      }
      if s.joined().contains("上次程序没有正常结束") {
        try t.keys("r")
        try t.waitFor("restored") { $0.joined().contains("草稿已恢复并保存") || $0.joined().contains("上次未写完的批注已恢复") }
        later = true
      }
    }
    switch kind {
    case .answer:
      try t.waitFor("the reader") { $0.first?.contains("中国十二金工程") == true }
      try t.keys("a", "1")
      try t.waitFor("the editor") { $0.joined().contains("字数") }
    case .note:
      try t.waitFor("the reader") { $0.first?.contains("中国十二金工程") == true }
      if later {
        try t.waitFor("the note back") {
          $0.joined().contains("上次未写完的批注已恢复") || $0.joined().contains("草稿已恢复并保存")
        }
      } else {
        try t.keys(")", "A")
        try t.waitFor("the note editor") { $0.joined().contains("批注这一段") }
      }
    case .comment:
      try t.shell("clear; \(Tmux.binary.path) review")
      try t.waitFor("the grid") { $0.joined().contains("评阅") || $0.joined().contains("第一组") }
      if later {
        try t.waitFor("the comment back") { $0.joined().contains("上次未写完的点评已恢复") }
      } else {
        try t.keys("l", "Enter")
        try t.waitFor("the answer") { $0.joined().contains("第一组认为") }
        try t.keys("c")
        try t.waitFor("the comment box") { $0.joined().contains("点评 第一组") }
      }
    }
  }

  /// `CASEROOM_KILL_KINDS=note,comment` runs only those.
  static let kinds =
    ProcessInfo.processInfo.environment["CASEROOM_KILL_KINDS"].map {
      $0.split(separator: ",").compactMap { Kind(rawValue: String($0)) }
    } ?? Kind.allCases

  @Test("20 kill -9 trials each, half of them first runs", arguments: kinds)
  func trials(_ kind: Kind) throws {
    var random = SplitMix64(seed: 23 + UInt64(kind.rawValue.count))
    let t = try Tmux(cols: 100, rows: 30)
    var worst = 0.0
    var group = ""
    var before = ""
    for trial in 0..<Self.trials {
      let later = trial % 2 == 1
      if !later {
        group = "\(kind.rawValue)组\(trial)"
        before = ""
        if kind == .comment {
          // A first review: no reviews folder yet, a group to comment on.
          try? FileManager.default.removeItem(at: t.state.appendingPathComponent(".local/share/caseroom"))
          try Self.makeGroup(t)
        }
      }
      // Nothing saved yet (killed before the first save): nothing comes back, the editor is opened again.
      try Self.open(kind, t, group: group, later: later && !before.isEmpty)
      // What the last run typed after its last save came back from its crash journal: on disk now.
      if kind != .comment { before = try Self.saved(kind, t, group: group) }
      let shown = try t.screen().joined(separator: "\n")
      let pid = try #require(try t.programPID(), "\(kind) trial \(trial): \(shown)")
      let duration = 0.6 + Double(random.next() % 1400) / 1000
      let letters = Array("abcdefghijklmnopqrstuvwxyz")
      var typed: [(Character, Date)] = []
      let start = Date()
      while Date().timeIntervalSince(start) < duration {
        let c = letters[(typed.count + trial) % letters.count]
        try t.type(String(c))
        typed.append((c, Date()))
        Thread.sleep(forTimeInterval: 0.1)
      }
      let killedAt = Date()
      kill(pid, SIGKILL)
      let deadline = Date().addingTimeInterval(5)
      while try t.programPID() != nil && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
      let text = try Self.saved(kind, t, group: group)  // throws if the file is damaged
      let all = before + String(typed.map(\.0))
      #expect(all.hasPrefix(text) && text.hasPrefix(before), "\(kind) trial \(trial): saved \(text), typed \(all)")
      let kept = text.count - before.count
      if kept < typed.count {
        let lost = killedAt.timeIntervalSince(typed[max(0, kept)].1)
        worst = max(worst, lost)
        #expect(lost <= 2.0, "\(kind) trial \(trial) (\(later ? "later" : "first") run): lost the last \(lost) s")
      }
      before = text
    }
    print("kill -9: \(Self.trials) trials on \(kind.rawValue)s, worst loss \(String(format: "%.2f", worst)) s")
  }

  /// 第一组 with an answer to question 2, for the instructor to comment on.
  static func makeGroup(_ t: Tmux) throws {
    let dir = t.state.appendingPathComponent("sessions")
    let store = SessionStore(directory: dir)
    let c = try CaseFormat.load(
      BuiltBinary.repository.appendingPathComponent("Cases/twelve-golden-projects.case.md"))
    var s = Session(case: c, group: .init(name: "第一组", members: ["甲"]))
    s.answers[1].text = "第一组认为十二金工程与电子政务的发展趋势相吻合。"
    try store.save(s, to: store.url(caseId: c.id, group: "第一组"))
  }
}
