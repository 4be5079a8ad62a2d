import CaseroomEngine
import CaseroomSession
import CaseroomTestSupport
import Foundation
import Testing

/// The instructor's review in a real terminal.
@Suite("Review in a real terminal (tmux)", .serialized)
struct ReviewTerminalTests {
  /// Three groups' sessions in the tmux instance's sessions directory.
  func makeClass(_ t: Tmux) throws {
    let c = try CaseFormat.load(BuiltBinary.repository.appendingPathComponent("Cases/twelve-golden-projects.case.md"))
    let store = SessionStore(directory: t.state.appendingPathComponent("sessions"))
    for (i, name) in ["第一组", "第二组", "第三组"].enumerated() {
      var s = Session(case: c, group: .init(name: name, members: ["组员\(i + 1)"]))
      s.answers[1].text = "\(name)认为十二金工程与电子政务的发展趋势相吻合。"
      try store.save(s, to: store.url(caseId: c.id, group: name))
    }
  }

  @Test("the grid, stepping through groups, a Chinese comment kept across restarts, the presenter at 80×24")
  func review() throws {
    let t = try Tmux()
    try makeClass(t)
    try t.shell("clear; \(Tmux.binary.path) review")
    try t.waitFor("the grid") { s in ["第一组", "第二组", "第三组"].allSatisfy { n in s.contains { $0.contains(n) } } }
    try t.keys("l", "Enter")
    try t.waitFor("第一组's answer") { $0.joined().contains("第一组认为十二金工程") }
    try t.keys("Right")
    try t.waitFor("第二组's answer") { $0.joined().contains("第二组认为十二金工程") }
    try t.keys("5", "c")
    try t.type("很好，引用充分")
    try t.keys("C-s")
    try t.waitFor("saved") { $0.joined().contains("点评：很好，引用充分") && $0.joined().contains("评分 5/5") }
    try t.keys("Escape", "q")
    try t.waitForShell()
    try t.expectSaneTerminal()

    try t.shell("clear; \(Tmux.binary.path) review")
    try t.waitFor("the grid with the score") { $0.joined().contains("★5") }
    try t.keys("l", "j", "Enter")
    try t.waitFor("the comment again") { $0.joined().contains("点评：很好，引用充分") }
    try t.keys("P")
    let s = try t.waitFor("the presenter") { $0.joined().contains("(2/3)") && !$0.joined().contains("评阅") }
    #expect(s[1].contains("思考题 2"))
    #expect(s.contains { $0.contains("第二组认为十二金工程") })
    try t.keys("Space")
    try t.waitFor("the next group") { $0.joined().contains("(3/3)") }
    // Esc pops one level: the presenter goes back to the answer it was opened from, on the group presented.
    try t.keys("Escape")
    try t.waitFor("the answer again") { $0.joined().contains("思考题 2 · 3/3") && $0.joined().contains("第三组认为十二金工程") }
    try t.keys("Escape", "q")
    try t.waitForShell()
  }
}
