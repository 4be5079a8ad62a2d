import CaseroomEngine
import CaseroomSession
import CaseroomTestSupport
import Foundation
import Testing

@testable import CaseroomClass

/// Sync under trouble (issue 23): a damaged session, controls in a group's
/// name, a clone on another branch, a rebase under way.
@Suite("Sync under trouble: damaged sessions withheld, clean commit messages, other branch and rebase refused")
struct SyncAttackTests {
  let base = SyncTests()

  @Test("a truncated session is never committed or pushed: the last good one stays, and sync says so")
  func damaged() throws {
    let (bare, _, clones) = try base.classroom(clones: 2)
    let (a, b) = (clones[0], clones[1])
    try base.save(ClassFixtures.session("第一组", ["好的答案。"]), in: a)
    #expect(try ClassFixtures.caseroom(["sync", "--class", a.path]).status == 0)
    let file = base.sessionURL(a)
    let good = try Data(contentsOf: file)
    try good.prefix(good.count / 2).write(to: file)
    let r = try ClassFixtures.caseroom(["sync", "--class", a.path])
    #expect(r.status == 0, "\(r.err)")
    #expect(!r.out.contains("session removed"), "\(r.out)")
    #expect(r.err.contains("not committed: it is damaged") && r.err.contains("last good version"), "\(r.err)")
    #expect(try Data(contentsOf: file) == good.prefix(good.count / 2), "the damaged file is left as it is")
    // The class repository and the other clone have the good one.
    #expect(try ClassFixtures.caseroom(["sync", "--class", b.path]).status == 0)
    #expect(try base.load(b).answers[0].text == "好的答案。")
    let log = try ClassFixtures.git(["log", "--format=%s", "--all"], in: bare).out
    #expect(!log.contains("removed"), "\(log)")
    // A session file deleted by hand is not committed as a removal either.
    try FileManager.default.removeItem(at: file)
    let gone = try ClassFixtures.caseroom(["sync", "--class", a.path])
    #expect(gone.err.contains("it is gone"), "\(gone.err)")
    #expect(try ClassFixtures.caseroom(["sync", "--class", b.path]).status == 0)
    #expect(FileManager.default.fileExists(atPath: base.sessionURL(b).path))
  }

  @Test("controls in a group's name (ESC, OSC 52, BEL, C1, bidi) never reach the commit message raw")
  func controlsInMessages() throws {
    let (_, _, clones) = try base.classroom(clones: 1)
    let a = clones[0]
    let name = "第\u{1B}[31m一\u{1B}]52;c;ZXZpbA==\u{07}组\u{9B}2J\u{202E}"
    try base.save(ClassFixtures.session(name, ["答案。"], members: ["\u{1B}[2J张三"]), in: a)
    let r = try ClassFixtures.caseroom(["sync", "--class", a.path])
    #expect(r.status == 0, "\(r.err)")
    let log = try ClassFixtures.git(["log", "-1", "--format=%B"], in: a).out
    for bad in ["\u{1B}", "\u{07}", "\u{9B}", "\u{202E}"] { #expect(!log.contains(bad), "\(log.debugDescription)") }
    #expect(log.contains("第␛[31m一␛]52;c;ZXZpbA==␇组<U+009B>2J<U+202E>"), "\(log)")
    for bad in ["\u{1B}", "\u{07}", "\u{9B}", "\u{202E}"] { #expect(!r.out.contains(bad)) }
  }

  @Test("on a branch other than the class's, sync refuses and pushes nothing; naming the way back")
  func otherBranch() throws {
    let (bare, _, clones) = try base.classroom(clones: 1)
    let a = clones[0]
    let main = try ClassFixtures.git(["symbolic-ref", "--short", "HEAD"], in: a).out
      .trimmingCharacters(in: .whitespacesAndNewlines)
    try ClassFixtures.git(["switch", "--quiet", "-c", "my-work"], in: a)
    try base.save(ClassFixtures.session("第一组", ["答案。"]), in: a)
    let r = try ClassFixtures.caseroom(["sync", "--class", a.path])
    #expect(r.status == 1)
    #expect(r.err.contains("'my-work'") && r.err.contains("git switch \(main)"), "\(r.err)")
    let branches = try ClassFixtures.git(["branch", "--list"], in: bare).out
    #expect(!branches.contains("my-work"), "\(branches)")
    // Back on the class's branch, it goes.
    try ClassFixtures.git(["switch", "--quiet", main], in: a)
    #expect(try ClassFixtures.caseroom(["sync", "--class", a.path]).status == 0)
  }

  @Test("during a rebase the advice is to finish or abandon it, not to switch branches")
  func rebase() throws {
    let (_, _, clones) = try base.classroom(clones: 1)
    let a = clones[0]
    try Data("一\n".utf8).write(to: a.appendingPathComponent("notes.txt"))
    try ClassFixtures.git(["add", "notes.txt"], in: a)
    try ClassFixtures.git(["commit", "--quiet", "-m", "one"], in: a)
    try ClassFixtures.git(["switch", "--quiet", "-c", "side", "HEAD~1"], in: a)
    try Data("二\n".utf8).write(to: a.appendingPathComponent("notes.txt"))
    try ClassFixtures.git(["add", "notes.txt"], in: a)
    try ClassFixtures.git(["commit", "--quiet", "-m", "two"], in: a)
    let rebase = try ClassFixtures.git(["rebase", "@{-1}"], in: a)
    #expect(rebase.status != 0, "the rebase stops on its conflict")
    let r = try ClassFixtures.caseroom(["sync", "--class", a.path])
    #expect(r.status == 1)
    #expect(r.err.contains("a rebase is unfinished"), "\(r.err)")
    #expect(r.err.contains("git rebase --continue") && r.err.contains("git rebase --abort"), "\(r.err)")
    #expect(!r.err.contains("git switch"), "\(r.err)")
  }
}
