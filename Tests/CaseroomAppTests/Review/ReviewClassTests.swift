import CaseroomClass
import CaseroomEngine
import CaseroomReview
import CaseroomSession
import Foundation
import Testing

@testable import CaseroomApp

/// The review in a class (`review --class`): the phase in the header, `R`
/// releases the feedback and `>` starts the next phase (both ask first), `+`
/// gives five more minutes, and during 小组发言 the presenter times each turn.
@Suite("Review in a class: release feedback, phases, turn timing")
struct ReviewClassTests {
  /// The three groups of `ReviewFixtures` in a new class folder of the bundled case.
  func classState(_ rows: Int = 24, _ cols: Int = 100) throws -> (ReviewState, ClassFolder) {
    let root = try ReviewFixtures.directory().appendingPathComponent("class")
    let folder = try ClassFolder.create(
      at: root, case: ReaderFixtures.bundled, caseSource: try BundledCase.url(), now: ReviewFixtures.t0)
    var state = ReviewFixtures.state(rows, cols)
    state.classroom = ReviewClass(folder: folder)
    _ = state.drive(.tick, now: ReviewFixtures.now)
    return (state, folder)
  }

  func key(_ s: inout ReviewState, _ k: Key, at t: Date = ReviewFixtures.now) { _ = s.drive(.key(k), now: t) }

  @Test("R asks; any key but y leaves feedback/ empty; y writes each group's scores and comments")
  func release() throws {
    var (s, folder) = try classState()
    key(&s, .char("j"))
    key(&s, .char("l"))
    key(&s, .char("4"))
    key(&s, .char("R"))
    #expect(s.render().line(23).contains("y 发布分数和点评给 3 个小组"), "\(s.render().line(23))")
    key(&s, .char("n"))
    #expect(s.render().line(23).contains("没有执行"))
    let files = {
      try FileManager.default.contentsOfDirectory(atPath: folder.feedback.path).filter { $0.hasSuffix(".json") }
    }
    #expect(try files().isEmpty)
    key(&s, .char("R"))
    key(&s, .char("y"))
    #expect(s.render().line(23).contains("已发布：3 个小组"), "\(s.render().line(23))")
    #expect(try files().count == 3)
    let name = s.selected!
    let f = try ReleasedFeedback.load(group: name, caseId: ReaderFixtures.bundled.id, in: folder.feedback)
    #expect(f?.answers.contains { $0.score == 4 } == true, "\(String(describing: f))")
  }

  @Test("> asks, then starts phase 1 in class.json; + gives five more minutes; the header shows the phase")
  func phases() throws {
    var (s, folder) = try classState()
    #expect(!s.render().line(0).contains("还剩"))
    key(&s, .char(">"))
    #expect(s.render().line(23).contains("个人阅读、分组讨论"), "\(s.render().line(23))")
    key(&s, .char("y"))
    var file = try folder.load()
    #expect(file.current?.number == 1)
    #expect(s.render().line(0).contains("个人阅读、分组讨论"), "\(s.render().line(0))")
    let end = file.current?.endsAt
    key(&s, .char("+"))
    file = try folder.load()
    #expect(file.current?.endsAt == end.map { $0.addingTimeInterval(300) } ?? file.current?.endsAt)
    #expect(file.current?.endsAt != nil)
    // Advanced from elsewhere (caseroom class phase): the header follows on the next tick.
    try file.advance(minutes: 30, now: ReviewFixtures.now)
    try folder.save(file)
    _ = s.drive(.tick, now: ReviewFixtures.now.addingTimeInterval(1))
    #expect(s.render().line(0).contains("小组发言 · 还剩 30 分钟"), "\(s.render().line(0))")
  }

  @Test("during 小组发言 the presenter shows each group's time, kept when it comes back")
  func turnTiming() throws {
    var (s, folder) = try classState()
    key(&s, .char("P"))
    #expect(!s.render().lines.contains { $0.contains("发言 00:") }, "no timing before 小组发言")
    var file = try folder.load()
    try file.start(phase: 2, now: ReviewFixtures.now)
    try folder.save(file)
    let t = ReviewFixtures.now
    _ = s.drive(.tick, now: t)
    _ = s.drive(.tick, now: t.addingTimeInterval(95))
    #expect(s.render().lines.contains { $0.contains("发言 01:35") }, "\(s.render().lines)")
    key(&s, .char("n"), at: t.addingTimeInterval(95))  // on to the next group (or page)
    key(&s, .char("p"), at: t.addingTimeInterval(100))
    _ = s.drive(.tick, now: t.addingTimeInterval(110))
    #expect(s.render().lines.contains { $0.contains("发言 01:45") }, "\(s.render().lines)")
  }

  @Test("the class keys work in an answer as in the grid")
  func inAnAnswer() throws {
    var (s, _) = try classState()
    key(&s, .enter)
    #expect(s.screen == .answer)
    key(&s, .char(">"))
    #expect(s.render().line(23).contains("y 进入下一阶段“个人阅读、分组讨论”"), "\(s.render().line(23))")
    key(&s, .char("y"))
    #expect(s.classroom?.phase?.number == 1)
  }

  @Test("outside a class the class keys say so and change nothing")
  func outsideAClass() {
    var s = ReviewFixtures.state()
    key(&s, .char("R"))
    #expect(s.render().line(23).contains("只有评阅班级时"))
    key(&s, .char("y"))
    #expect(s.asking == nil)
  }
}
