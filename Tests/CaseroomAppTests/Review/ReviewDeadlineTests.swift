import CaseroomEngine
import CaseroomReview
import CaseroomSession
import Foundation
import Testing

@testable import CaseroomApp

/// The review sleeps until something changes: the run loop watches its
/// folders and files (`watched`) and it asks for a tick only for what the
/// clock alone changes on screen (`nextTick`).
@Suite("The review wakes only for changes and for its clocks")
struct ReviewDeadlineTests {
  let t0 = ReviewFixtures.t0
  let c = ReaderFixtures.bundled

  /// 第一组 and 第二组 saved at t0 in a folder; the review over it, its file in another, at `now`.
  func live(now: Date) throws -> (ReviewState, URL) {
    let dir = try ReviewFixtures.directory()
    try ReviewFixtures.save("第一组", in: dir, answer: "第一组的答案。", updated: t0)
    try ReviewFixtures.save("第二组", in: dir, answer: "第二组的答案，比较长一些。", updated: t0)
    let file = try ReviewFixtures.directory().appendingPathComponent("x.review.json")
    var s = ReviewState(
      all: ClassSessions.load(case: c, from: [dir]), review: Review(caseId: c.id), rows: 24, cols: 100, file: file,
      now: now)
    _ = s.drive(.resize(rows: 24, cols: 100), now: now)
    return (s, dir)
  }

  func row(_ s: ReviewState, _ name: String) -> String { s.render().lines.first { $0.hasPrefix(" " + name) } ?? "" }

  @Test("idle, with edits a week old, the review asks for no tick; it watches the sessions folder and its own file")
  func idleAsksNothing() throws {
    let now = t0.addingTimeInterval(8 * 86400)
    let (s, dir) = try live(now: now)
    #expect(s.nextTick(after: now) == nil)
    #expect(s.watched.contains(dir.path))
    #expect(s.watched.contains { $0.hasSuffix("x.review.json") })
  }

  @Test("a subfolder read (a laptop's copy) is watched too")
  func subfoldersWatched() throws {
    let dir = try ReviewFixtures.directory()
    let laptop = dir.appendingPathComponent("laptop1")
    try FileManager.default.createDirectory(at: laptop, withIntermediateDirectories: true)
    try ReviewFixtures.save("第三组", in: laptop, answer: "答案。")
    let s = ReviewState(
      all: ClassSessions.load(case: c, from: [dir]), review: Review(caseId: c.id), rows: 24, cols: 100)
    #expect(s.watched == [dir.path, laptop.path])
  }

  @Test("the grid's 'n 分钟前' wakes the review when it would read otherwise, not before")
  func agoLabels() throws {
    let now = t0.addingTimeInterval(150)
    var (s, _) = try live(now: now)
    #expect(row(s, "第一组").hasSuffix("2 分钟前"), "\(row(s, "第一组"))")
    let next = try #require(s.nextTick(after: now))
    #expect(abs(next.timeIntervalSince(t0) - 180) < 0.001, "\(next.timeIntervalSince(t0))")
    _ = s.drive(.tick, now: next)
    #expect(row(s, "第一组").hasSuffix("3 分钟前"), "\(row(s, "第一组"))")
    for age in [0.0, 59.5, 60, 61, 3599, 3600, 7000, 86399, 86400, 200_000] {
      let d = try #require(ReviewState.untilAgoChanges(age))
      #expect(d > 0 && d <= 86400)
      #expect(Say.ago(age + d - 0.001, now) == Say.ago(age, now), "\(age) + \(d)")
      #expect(Say.ago(age + d, now) != Say.ago(age, now), "\(age) + \(d)")
    }
    #expect(ReviewState.untilAgoChanges(8 * 86400) == nil)
  }

  @Test("the phase's time left wakes the review each minute, each second in its last minute")
  func timeLeft() throws {
    for remaining in [3600.0, 125, 120, 61, 60, 30.5, 1, 0, -30, -60, -125] {
      let d = ReviewState.untilTimeLeftChanges(remaining)
      #expect(d > 0 && d <= 60, "\(remaining)")
      #expect(Say.timeLeft(remaining - d + 0.001) == Say.timeLeft(remaining), "\(remaining) − \(d)")
      #expect(Say.timeLeft(remaining - d) != Say.timeLeft(remaining), "\(remaining) − \(d)")
    }
  }

  @Test("a change the loop tells of is looked at at once, even within a second of the last look")
  func changeLookedAtOnce() throws {
    let now = t0.addingTimeInterval(8 * 86400)
    var (s, dir) = try live(now: now)
    try ReviewFixtures.save("第一组", in: dir, answer: String(repeating: "长", count: 50), updated: now)
    // A tick so soon is no reason to look again…
    _ = s.drive(.tick, now: now.addingTimeInterval(0.2))
    #expect(!row(s, "第一组").contains("50字"), "\(row(s, "第一组"))")
    // …a change is.
    _ = s.drive(.changed, now: now.addingTimeInterval(0.3))
    #expect(row(s, "第一组").contains("50字"), "\(row(s, "第一组"))")
    // Nothing more until the new edit's 刚刚 becomes 1 分钟前.
    let next = try #require(s.nextTick(after: now.addingTimeInterval(0.3)))
    #expect(abs(next.timeIntervalSince(now) - 60) < 0.001, "\(next.timeIntervalSince(now))")
  }

  @Test("a change told while a look is in flight is looked at when that look is back")
  func changeDuringLook() throws {
    let now = t0.addingTimeInterval(8 * 86400)
    var (s, dir) = try live(now: now)
    let first = s.update(.key(.char("r")), now: now.addingTimeInterval(2))
    let look = try #require(first.effects.first { if case .look = $0 { true } else { false } })
    // Looked at before the save: the look finds nothing new.
    let result = try #require(look.perform())
    try ReviewFixtures.save("第二组", in: dir, answer: String(repeating: "长", count: 70), updated: now)
    let during = s.update(.changed, now: now.addingTimeInterval(2.1))
    #expect(!during.effects.contains { if case .look = $0 { true } else { false } }, "one look at a time")
    #expect(s.nextTick(after: now.addingTimeInterval(2.1)) == nil, "the look's result wakes the loop, not a timer")
    let back = s.update(.done(result), now: now.addingTimeInterval(2.2))
    let again = try #require(back.effects.first { if case .look = $0 { true } else { false } })
    _ = s.update(.done(try #require(again.perform())), now: now.addingTimeInterval(2.3))
    #expect(row(s, "第二组").contains("70字"), "\(row(s, "第二组"))")
  }

  @Test("a comment being typed asks for a tick when its draft is due to be kept")
  func draftDue() throws {
    let now = t0.addingTimeInterval(8 * 86400)
    var (s, _) = try live(now: now)
    _ = s.drive(.key(.char("c")), now: now)
    _ = s.drive(.key(.char("好")), now: now.addingTimeInterval(0.5))
    let next = try #require(s.nextTick(after: now.addingTimeInterval(0.5)))
    #expect(next > now.addingTimeInterval(0.5) && next <= now.addingTimeInterval(1.5), "\(next.timeIntervalSince(now))")
  }
}
