import CaseroomEngine
import CaseroomSession
import CaseroomTestSupport
import Foundation
import Testing

/// The instructor's review while the class writes: two programs in two
/// terminals, a group typing in one, the review open in the other.
@Suite("Live review: a group writes while the review is open (tmux, two processes)", .serialized)
struct LiveReviewTerminalTests {
  /// 第一组 and 第二组 in the review terminal's sessions folder.
  func makeClass(_ t: Tmux) throws -> URL {
    let c = try CaseFormat.load(BuiltBinary.repository.appendingPathComponent("Cases/twelve-golden-projects.case.md"))
    let dir = t.state.appendingPathComponent("sessions")
    let store = SessionStore(directory: dir)
    for name in ["第一组", "第二组"] {
      var s = Session(case: c, group: .init(name: name, members: ["组员"]))
      s.answers[1].text = "\(name)的第二题答案。"
      try store.save(s, to: store.url(caseId: c.id, group: name))
    }
    return dir
  }

  func row(_ screen: [String], _ name: String) -> String { screen.first { $0.hasPrefix(" " + name) } ?? "" }

  @Test("the grid follows a group's typing without a key: 字数, writing now, and the open answer")
  func followsTyping() throws {
    let review = try Tmux(cols: 100, rows: 24)
    let dir = try makeClass(review)
    try review.shell("clear; \(Tmux.binary.path) review")
    try review.waitFor("the grid") { row($0, "第一组").contains("—") && row($0, "第二组").contains("—") }

    let group = try Tmux(cols: 80, rows: 24)
    try group.start("--group 第一组 --member 组员 --sessions \(dir.path)")
    try group.keys("a", "1")
    try group.waitFor("the editor") { $0.joined().contains("字数 0") }
    // Opened in caseroom: writing now, with no key pressed in the review.
    try review.waitFor("✎ beside 第一组", timeout: 5) { row($0, "第一组").contains("✎") }
    try group.type("金税工程是我国电子政务的核心系统之一。")
    let started = Date()
    let grid = try review.waitFor("第一组's 19 characters in the grid", timeout: 6) { row($0, "第一组").contains("19字") }
    let seen = Date().timeIntervalSince(started)
    #expect(seen < 5, "the save (≤ 2 s) and the look (every second) took \(seen) s")
    #expect(row(grid, "第二组").contains("—"), "the other group is as it was")
    #expect(grid[0].contains("✎ 1 组在写"))
    // The open answer follows too: 第一组's first question, opened in the review.
    try review.keys("Enter")
    try review.waitFor("第一组's answer") { $0.joined().contains("金税工程是我国电子政务的核心系统之一。") }
    try group.type("还要统一标准。")
    try review.waitFor("the answer as it grows", timeout: 6) { $0.joined().contains("核心系统之一。还要统一标准。") }
    // The group leaves (the editor, the reader): no longer writing.
    try group.keys("Escape", "Escape", "q")
    try group.waitForShell()
    try review.keys("Escape")
    try review.waitFor("no ✎ once the group has quit", timeout: 5) { s in
      row(s, "第一组").contains("26字") && !row(s, "第一组").contains("✎")
    }
    try review.keys("q")
    try review.waitForShell()
  }

  @Test("scores go to the instructor's own file (0600), nothing into the groups' folder; a scale of 100")
  func instructorsFile() throws {
    let t = try Tmux(cols: 100, rows: 24)
    let dir = try makeClass(t)
    let before = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    try t.shell("clear; \(Tmux.binary.path) review --scale 100")
    try t.waitFor("the grid") { row($0, "第一组").contains("字") }
    try t.keys("l", "8", "5")
    try t.waitFor("the score being typed") { $0.last?.contains("评分：85") == true }
    try t.keys("Enter")
    try t.waitFor("the score") { row($0, "第一组").contains("★85") }
    try t.keys("q")
    try t.waitForShell()
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == before,
      "the groups' folder is untouched")
    let reviews = t.state.appendingPathComponent(".local/share/caseroom/reviews")
    let files = try FileManager.default.contentsOfDirectory(atPath: reviews.path).filter {
      $0.hasSuffix(".review.json")
    }
    #expect(files.count == 1 && files[0].hasPrefix("twelve-golden-projects--sessions-"), "\(files)")
    var info = stat()
    stat(reviews.appendingPathComponent(files[0]).path, &info)
    #expect(info.st_mode & 0o777 == 0o600)
    let text = try String(contentsOf: reviews.appendingPathComponent(files[0]), encoding: .utf8)
    #expect(text.contains("\"score\" : 85") && text.contains("\"scaleMax\" : 100"))
  }
}
