import CaseroomEngine
import CaseroomSession
import CaseroomTestSupport
import Foundation
import Testing

/// Grading in a real terminal: Enter confirms a one-line comment, Alt-Enter
/// (ESC CR, as a terminal sends it) starts a second line and Ctrl-S confirms
/// it; two review windows on one review file keep their own drafts.
@Suite("Grading in a real terminal (tmux)", .serialized)
struct GradingTerminalTests {
  @Test("Enter confirms, Alt-Enter a new line then Ctrl-S; two review windows' drafts kept apart")
  func commentsAndTwoWindows() throws {
    let a = try Tmux()
    try ReviewTerminalTests().makeClass(a)
    let b = try Tmux(cols: 120, rows: 40)
    let review = a.state.appendingPathComponent("shared.review.json")
    let command = "\(Tmux.binary.path) review --sessions \(a.state.path)/sessions --review \(review.path)"
    try a.shell("clear; " + command)
    try b.shell("clear; " + command)
    for t in [a, b] { try t.waitFor("the grid") { $0.joined().contains("第三组") } }
    try a.keys("l", "Enter", "c")
    try a.waitFor("the comment box, Enter confirms") { $0.last?.contains("Enter 确认") == true }
    try a.type("一行点评")
    try a.keys("Enter")
    try a.waitFor("confirmed by Enter") { $0.joined().contains("点评：一行点评") && $0.joined().contains("点评已确认") }
    // A second group: Alt-Enter makes it two lines, then Ctrl-S confirms.
    try a.keys("Right", "c")
    try a.type("第一行")
    try a.bytes("\u{1b}\r")
    try a.type("第二行")
    try a.waitFor("two lines: Ctrl-S confirms") { $0.last?.contains("Ctrl-S 确认") == true && $0.contains("  第二行") }
    // The other window writes its own comment meanwhile.
    try b.keys("l", "j", "j", "Enter", "c")
    try b.type("另一个窗口的草稿")
    try b.waitFor("its comment box") { $0.joined().contains("另一个窗口的草稿") }
    // Both drafts reach the disk, each in its own file.
    var drafts: [String] = []
    for _ in 0..<60 {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: a.state.path)) ?? []
      drafts = names.filter { $0.hasPrefix("shared.review.json.draft.") }.compactMap {
        try? String(contentsOf: a.state.appendingPathComponent($0), encoding: .utf8)
      }
      if drafts.count == 2 && drafts.contains(where: { $0.contains("第二行") })
        && drafts.contains(where: { $0.contains("另一个窗口的草稿") })
      {
        break
      }
      usleep(100_000)
    }
    #expect(drafts.count == 2, "\(drafts)")
    #expect(drafts.contains { $0.contains("第一行\\n第二行") }, "\(drafts)")
    #expect(drafts.contains { $0.contains("另一个窗口的草稿") && !$0.contains("第二行") })
    try a.keys("C-s")
    // The second line under the first, after the label 点评： (six columns).
    try a.waitFor("the two lines confirmed") { $0.contains("  点评：第一行") && $0.contains("        第二行") }
    try b.waitFor("the other window's text untouched") { $0.joined().contains("另一个窗口的草稿") }
    try a.keys("Escape", "q")
    try a.waitForShell()
    try a.expectSaneTerminal()
    try b.keys("Escape", "Escape", "q")
    try b.waitForShell()
  }
}
