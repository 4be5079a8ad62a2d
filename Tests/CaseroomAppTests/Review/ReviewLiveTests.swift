import CaseroomEngine
import CaseroomReview
import CaseroomSession
import Foundation
import Testing

@testable import CaseroomApp

/// The review follows the class: the session folders are looked at once a
/// second, so a group's save shows without a key.
@Suite("Review follows the groups as they write")
struct ReviewLiveTests {
  let t0 = ReviewFixtures.t0
  let c = ReaderFixtures.bundled

  /// 第一组 and 第二组 in a folder, and the review over it at t0 + 120 s.
  func live(_ rows: Int = 24, _ cols: Int = 100) throws -> (ReviewState, URL) {
    let dir = try ReviewFixtures.directory()
    try ReviewFixtures.save("第一组", in: dir, answer: "第一组的答案。", updated: t0)
    try ReviewFixtures.save("第二组", in: dir, answer: "第二组的答案，比较长一些。", updated: t0)
    let all = ClassSessions.load(case: c, from: [dir])
    var s = ReviewState(all: all, review: Review(caseId: c.id), rows: rows, cols: cols, now: t0)
    _ = s.drive(.resize(rows: rows, cols: cols), now: t0.addingTimeInterval(120))
    return (s, dir)
  }

  @Test("a group's save shows in the grid and in the open answer within a second, with no key; the selection stays")
  func followsSaves() throws {
    var (s, dir) = try live()
    s.handle(.char("l"))
    s.handle(.char("j"))
    s.handle(.enter)
    #expect(s.render().lines.contains { $0.contains("第二组的答案") })
    let now = t0.addingTimeInterval(120)
    try ReviewFixtures.save("第二组", in: dir, answer: "第二组改写了答案：电子政务要统一规划。", updated: now)
    try ReviewFixtures.save("第一组", in: dir, answer: String(repeating: "长", count: 200), updated: now)
    // Within the same second nothing is looked at; a tick a second later shows both.
    _ = s.drive(.tick, now: now.addingTimeInterval(0.25))
    #expect(s.render().lines.contains { $0.contains("第二组的答案，比较长一些") })
    _ = s.drive(.tick, now: now.addingTimeInterval(1.0))
    let f = s.render()
    #expect(f.lines.contains { $0.contains("第二组改写了答案：电子政务要统一规划。") }, "\(f.text)")
    #expect(s.selected == "第二组" && s.screen == .answer && s.question == 1)
    _ = s.drive(.key(.escape), now: now.addingTimeInterval(1.1))
    let grid = s.render()
    #expect(grid.line(3).contains("200字"), "\(grid.line(3))")
    #expect(grid.line(4).contains("19字"), "\(grid.line(4))")
    #expect(grid.line(4).hasSuffix("刚刚"), "\(grid.line(4))")
    #expect(s.row == 1)
  }

  @Test("sorted by 字数, a save that reorders the groups keeps the selection on its group")
  func sortedSelectionFollows() throws {
    var (s, dir) = try live()
    s.handle(.char("l"))
    s.handle(.char("s"))
    #expect(s.order == ["第二组", "第一组"])
    s.handle(.char("j"))
    #expect(s.selected == "第一组" && s.row == 1)
    try ReviewFixtures.save("第一组", in: dir, answer: String(repeating: "长", count: 200))
    _ = s.drive(.tick, now: t0.addingTimeInterval(122))
    #expect(s.order == ["第一组", "第二组"])
    #expect(s.selected == "第一组" && s.row == 0)
  }

  @Test("a comment being typed is not disturbed by a save of its group, and goes to that group")
  func commentUndisturbed() throws {
    var (s, dir) = try live()
    s.handle(.char("l"))
    s.handle(.enter)
    s.handle(.char("c"))
    for ch in "论证" { _ = s.drive(.key(.char(ch)), now: t0.addingTimeInterval(121)) }
    try ReviewFixtures.save("第一组", in: dir, answer: "第一组又写了很多。")
    try ReviewFixtures.save("第三组", in: dir, answer: "新来的一组。")
    _ = s.drive(.tick, now: t0.addingTimeInterval(123))
    #expect(s.commentBox?.editor.text == "论证")
    #expect(s.all.sessions.map(\.group.name) == ["第一组", "第二组", "第三组"])
    #expect(s.selected == "第一组")
    for ch in "清楚" { _ = s.drive(.key(.char(ch)), now: t0.addingTimeInterval(123.1)) }
    _ = s.drive(.key(.ctrl("s")), now: t0.addingTimeInterval(123.2))
    #expect(s.review.feedback(group: "第一组", question: 1)?.comment == "论证清楚")
    #expect(s.render().lines.contains { $0.contains("第一组又写了很多。") })
  }

  @Test("per group: writing now (a reader in the group's live folder), the last edit, reading progress")
  func writingNow() throws {
    var (s, dir) = try live(24, 100)
    try ReviewFixtures.save(
      "第二组", in: dir, answer: "读了两节。", updated: t0.addingTimeInterval(60), read: ["golden-macro", "golden-tax"])
    let url = SessionStore(directory: dir).url(caseId: c.id, group: "第一组")
    // A member's reader opens the group: it is present in the group's live folder.
    let reader = FieldLocks(folder: LiveFolder(session: url), member: "甲")
    #expect(reader.join() == nil)
    _ = s.drive(.tick, now: t0.addingTimeInterval(180))
    var f = s.render()
    #expect(f.line(0).hasSuffix("· ✎ 1 组在写"), "\(f.line(0))")
    #expect(f.line(3).hasSuffix("0/17   ✎ 3 分钟前"), "\(f.line(3))")
    #expect(f.line(4).hasSuffix("2/17   2 分钟前"), "\(f.line(4))")
    reader.quit()
    _ = s.drive(.tick, now: t0.addingTimeInterval(181))
    f = s.render()
    #expect(!f.line(3).contains("✎"), "\(f.line(3))")
    // A reader's lock left by a process that no longer runs (kill -9) is not writing.
    var name = [CChar](repeating: 0, count: 256)
    gethostname(&name, 255)
    let host = String(cString: name)
    let dead = SessionLock.Holder(pid: 2_147_483_000, host: host, since: t0, user: "x", token: "t", member: "乙")
    try JSONCoding.encoder(.compact).encode(dead).write(to: LiveFolder(session: url).readerURL(token: "t"))
    _ = s.drive(.tick, now: t0.addingTimeInterval(182))
    #expect(!s.render().line(3).contains("✎"))
    #expect(s.all.writing.isEmpty)
    // A session lock of an older caseroom still counts.
    guard case .acquired(let lock, _) = SessionLock.acquire(for: url) else {
      Issue.record("no lock")
      return
    }
    _ = s.drive(.tick, now: t0.addingTimeInterval(183))
    #expect(s.render().line(3).contains("✎"))
    lock.release()
  }

  @Test("r reads the folders again at once and says what it found")
  func reloadNow() throws {
    var (s, dir) = try live()
    try ReviewFixtures.save("第一组", in: dir, answer: "改了。")
    _ = s.drive(.key(.char("r")), now: t0.addingTimeInterval(120.1))
    #expect(s.figures["第一组"]?.characters[1] == 3)
    #expect(s.render().line(23) == " 已重新读取：2 组，1 组有更新")
  }

  @Test("scores another review saved in the same file show, and ours are kept")
  func otherReviewer() throws {
    var (s0, dir) = try live()
    let file = dir.appendingPathComponent("x.review.json")
    var s = ReviewState(all: s0.all, review: Review(caseId: c.id), rows: 24, cols: 100, file: file, now: t0)
    s0 = s
    _ = s.drive(.key(.char("l")), now: t0)
    _ = s.drive(.key(.char("3")), now: t0)
    var other = try Review.load(file, caseId: c.id)
    other.setFeedback(.init(score: 5, updatedAt: t0), group: "第二组", question: 1)
    try other.save(file)
    _ = s.drive(.tick, now: t0.addingTimeInterval(2))
    #expect(s.review.feedback(group: "第二组", question: 1)?.score == 5)
    #expect(s.review.feedback(group: "第一组", question: 1)?.score == 3)
    #expect(s.render().line(4).contains("★5"))
    _ = s0
  }

  @Test("F lists the folders read, each group's file, and the files skipped, whole")
  func files() throws {
    var (s, dir) = try live(24, 60)
    let sub = dir.appendingPathComponent("laptop2")
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
    try ReviewFixtures.save("第三组", in: sub, answer: "从另一台电脑拷来。")
    try Data("{".utf8).write(to: sub.appendingPathComponent("坏了.session.json"))
    _ = s.drive(.key(.char("r")), now: t0.addingTimeInterval(121))
    _ = s.drive(.key(.char("F")), now: t0.addingTimeInterval(121))
    let lines = s.filesLines.map(\.0)
    let text = lines.joined(separator: "\n")
    #expect(lines.first == "读取的文件夹")
    #expect(text.contains("laptop2：1 个小组记录，跳过 1 个"), "\(text)")
    #expect(text.contains("跳过的文件"))
    #expect(lines.contains("  第三组 ← " + String((sub.path + "/").prefix(40))) || text.contains("第三组 ←"))
    #expect(lines.filter { TerminalWidth.columns($0) > 58 } == [], "wrapped, never cut")
    #expect(s.render().line(0).hasSuffix("文件"))
  }
}
