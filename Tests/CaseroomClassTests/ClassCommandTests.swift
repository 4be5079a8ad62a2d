import CaseroomEngine
import CaseroomReview
import CaseroomSession
import Foundation
import Testing

@testable import CaseroomClass

/// The class commands end to end, with the built program, as one user (the
/// shared-server test with several users is `ClassUsersTests`).
@Suite("caseroom class init / phase / status / release, and --class for review and export")
struct ClassCommandTests {
  let c = ClassFixtures.bundled

  func initialised() throws -> URL {
    let dir = try ClassFixtures.directory().appendingPathComponent("班级")
    let r = try ClassFixtures.caseroom(["class", "init", dir.path, "--case", ClassFixtures.caseURL.path])
    #expect(r.status == 0, "\(r.err)")
    return dir
  }

  @Test("init makes class.json with the plan's phases, the folders with their modes, the case copied in")
  func initFolder() throws {
    let dir = try initialised()
    let f = try ClassFolder(root: dir).load()
    #expect(f.caseId == c.id && f.caseTitle == "中国十二金工程")
    #expect(f.phases.map(\.title) == ["个人阅读、分组讨论", "小组发言", "讲述要点、点评发言"])
    #expect(f.current == nil)
    #expect(try CaseFormat.load(dir.appendingPathComponent(f.caseFile)) == c)
    #expect(ClassFixtures.stat(dir.path).mode == 0o2750)
    #expect(ClassFixtures.stat(dir.appendingPathComponent("sessions").path).mode == 0o2770)
    #expect(ClassFixtures.stat(dir.appendingPathComponent("feedback").path).mode == 0o2750)
    #expect(ClassFixtures.stat(dir.appendingPathComponent("instructor").path).mode == 0o700)
    #expect(ClassFixtures.stat(dir.appendingPathComponent("class.json").path).mode == 0o640)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("feedback").path) == [".gitkeep"])
    // Again: refused, nothing changed.
    let again = try ClassFixtures.caseroom(["class", "init", dir.path])
    #expect(again.status == 1)
    #expect(again.err == "caseroom: \(dir.path): already a class folder (class.json exists): not changed\n")
    let unknown = try ClassFixtures.caseroom(["class", "init", dir.path + "2", "--unix-group", "no-such-group-x"])
    #expect(unknown.status == 1)
    #expect(unknown.err.contains("no Unix group 'no-such-group-x'"))
  }

  @Test(
    "phase starts, advances, extends and stops; class.json holds it; status prints it; CASEROOM_CLASS names the class")
  func phases() throws {
    let dir = try initialised()
    let env = ["CASEROOM_CLASS": dir.path]
    var r = try ClassFixtures.caseroom(["class", "phase", "--minutes", "20"], environment: env)
    #expect(r.status == 0, "\(r.err)")
    #expect(r.out.contains("▶ 1. 个人阅读、分组讨论"))
    #expect(r.out.contains("now: 个人阅读、分组讨论 · 20 min left (phase 1/3"), "\(r.out)")
    var f = try ClassFolder(root: dir).load()
    let end = try #require(f.current?.endsAt)
    r = try ClassFixtures.caseroom(["class", "phase", "--minutes", "5", "--class", dir.path])
    #expect(r.status == 0, "\(r.err)")
    f = try ClassFolder(root: dir).load()
    #expect(f.current?.number == 1 && f.current?.endsAt == end.addingTimeInterval(300))
    r = try ClassFixtures.caseroom(["class", "phase"], environment: env)
    #expect(r.out.contains("now: 小组发言 (phase 2/3"))
    r = try ClassFixtures.caseroom(["class", "phase", "3", "--minutes", "10"], environment: env)
    #expect(try ClassFolder(root: dir).load().current?.number == 3)
    r = try ClassFixtures.caseroom(["class", "phase"], environment: env)
    #expect(r.status == 1)
    #expect(r.err.contains("phase 3 is the last: 'caseroom class phase --stop' ends the class"))
    r = try ClassFixtures.caseroom(["class", "phase", "7"], environment: env)
    #expect(r.err.contains("no phase 7: the plan has 3 (1–3)"))
    r = try ClassFixtures.caseroom(["class", "phase", "--stop"], environment: env)
    #expect(r.status == 0)
    #expect(try ClassFolder(root: dir).load().current == nil)
    r = try ClassFixtures.caseroom(["class", "status"], environment: env)
    #expect(r.out.hasSuffix("now: no phase is running ('caseroom class phase' starts the first)\n"))
    r = try ClassFixtures.caseroom(["class", "status"], environment: ["CASEROOM_CLASS": ""])
    #expect(r.status == 1)
    #expect(r.err == "caseroom: which class? give --class DIR or set CASEROOM_CLASS\n")
    r = try ClassFixtures.caseroom(["class", "status", "--class", dir.deletingLastPathComponent().path])
    #expect(r.err.contains("not a class folder (no class.json)"))
  }

  @Test(
    "release: nothing before it; each group's scores and comments after it (0640); again updates; export --group shows them"
  )
  func release() throws {
    let dir = try initialised()
    let folder = ClassFolder(root: dir)
    let store = SessionStore(directory: folder.sessions)
    for (name, answer) in [("第一组", "甲的回答。"), ("第二组", "乙的回答。")] {
      let s = ClassFixtures.session(name, [answer])
      try store.save(s, to: store.url(caseId: c.id, group: name))
    }
    var review = Review(caseId: c.id, now: ClassFixtures.t0)
    review.setFeedback(.init(score: 4, comment: "论据充分", updatedAt: ClassFixtures.t0), group: "第一组", question: 0)
    review.setFeedback(.init(score: 2, comment: "", updatedAt: ClassFixtures.t0), group: "第二组", question: 0)
    // A comment written and not confirmed: a draft, never released.
    review.setFeedback(.init(draft: "写了一半的点评", updatedAt: ClassFixtures.t0), group: "第二组", question: 1)
    try review.save(folder.reviewURL(caseId: c.id))
    #expect(ClassFixtures.stat(folder.reviewURL(caseId: c.id).path).mode == 0o600)

    // Before release: the group's export shows no score, and no feedback file exists.
    func export(_ group: String) throws -> [String: Any] {
      let r = try ClassFixtures.caseroom(["export", "--class", dir.path, "--group", group, "--format", "json"])
      #expect(r.status == 0, "\(r.err)")
      let json = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as! [String: Any]
      return ((json["groups"] as! [[String: Any]])[0]["answers"] as! [[String: Any]])[0]
    }
    #expect(try export("第一组")["score"] == nil)
    #expect(try ReleasedFeedback.load(group: "第一组", caseId: c.id, in: folder.feedback) == nil)
    // The instructor's --all export does show them (the review file is theirs).
    let all = try ClassFixtures.caseroom(["export", "--class", dir.path, "--all", "--format", "csv"])
    #expect(all.out.contains("论据充分"))

    var r = try ClassFixtures.caseroom(["class", "release", "--class", dir.path])
    #expect(r.status == 0, "\(r.err)")
    #expect(
      r.out
        == "released feedback to 2 group(s): 2 answer(s) scored or commented\n  written to \(folder.feedback.path)\n"
        + "left out: 1 comment(s) not confirmed (drafts)\n"
        + "  confirm each in the review: c on the answer, then Enter (Ctrl-S if multi-line)\n")
    let first = try #require(try ReleasedFeedback.load(group: "第一组", caseId: c.id, in: folder.feedback))
    #expect(first.answers == [.init(question: 1, score: 4, scale: 5, comment: "论据充分", updatedAt: ClassFixtures.t0)])
    let second = try String(
      contentsOf: ReleasedFeedback.url(forSession: store.url(caseId: c.id, group: "第二组"), in: folder.feedback),
      encoding: .utf8)
    #expect(!second.contains("写了一半"), "the draft is not released")
    #expect(first.item(question: 0)?.score == 4 && first.scaleMax == 5)
    let file = ReleasedFeedback.url(forSession: store.url(caseId: c.id, group: "第一组"), in: folder.feedback)
    #expect(file.lastPathComponent == StoreName.feedback(c.id, "第一组"))
    #expect(ClassFixtures.stat(file.path).mode == 0o640)
    var one = try export("第一组")
    #expect(one["score"] as? Int == 4 && one["comment"] as? String == "论据充分")

    // Changed and taken back since: releasing again updates.
    review = try Review.load(folder.reviewURL(caseId: c.id), caseId: c.id)
    review.setFeedback(.init(score: 5, comment: "很好", updatedAt: ClassFixtures.t0), group: "第一组", question: 0)
    review.removeFeedback(group: "第二组", question: 0, now: ClassFixtures.t0)
    try review.save(folder.reviewURL(caseId: c.id))
    r = try ClassFixtures.caseroom(["class", "release", "--class", dir.path])
    #expect(r.status == 0, "\(r.err)")
    one = try export("第一组")
    #expect(one["score"] as? Int == 5 && one["comment"] as? String == "很好")
    #expect(try ReleasedFeedback.load(group: "第二组", caseId: c.id, in: folder.feedback)?.answers == [])
    #expect(try export("第二组")["score"] == nil)
  }

  @Test("--class for review: the class's sessions and case; the review file in instructor/, never in sessions/")
  func reviewInClass() throws {
    let dir = try initialised()
    let folder = ClassFolder(root: dir)
    let store = SessionStore(directory: folder.sessions)
    try store.save(ClassFixtures.session("第一组", ["回答。"]), to: store.url(caseId: c.id, group: "第一组"))
    var r = try ClassFixtures.caseroom(["review", "--class", dir.path, "--summary", "--scale", "7"])
    #expect(r.status == 0, "\(r.err)")
    #expect(r.out.contains("第一组"))
    // --sessions pointing at a class's sessions/ is the class too.
    r = try ClassFixtures.caseroom(["review", "--sessions", folder.sessions.path, "--summary", "--json"])
    #expect(r.out.contains("\"group\" : \"第一组\""))
    r = try ClassFixtures.caseroom(["review", "--class", dir.path, "--sessions", folder.sessions.path, "--summary"])
    #expect(r.status == 1)
    #expect(r.err == "caseroom: --class and --sessions cannot be used together\n")
    #expect(!FileManager.default.fileExists(atPath: Review.url(in: folder.sessions, caseId: c.id).path))
  }
}

/// File names the tests expect.
enum StoreName {
  static func feedback(_ caseId: String, _ group: String) -> String {
    var name = SessionStore.fileName(caseId: caseId, group: group)
    name.removeLast(".session.json".count)
    return name + ".json"
  }
}

@Suite("caseroom class rubric: criteria set, shown, scored and released")
struct ClassRubricTests {
  let c = ClassFixtures.bundled

  @Test("class rubric sets the criteria in the review file; released feedback shows each criterion")
  func rubric() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-rubric-\(UUID().uuidString)")
    var r = try ClassFixtures.caseroom(["class", "init", dir.path])
    #expect(r.status == 0, "\(r.err)")
    r = try ClassFixtures.caseroom(["class", "rubric", "--class", dir.path])
    #expect(r.out == "no rubric: scores run from 0 to 5\n")
    r = try ClassFixtures.caseroom(["class", "rubric", "--class", dir.path, "论据 4 · 结构 3 · 联系实际 3"])
    #expect(r.status == 0, "\(r.err)")
    #expect(r.out.hasPrefix("Q1: 论据 4 · 结构 3 · 联系实际 3 (10 points)\n"))
    r = try ClassFixtures.caseroom(["class", "rubric", "--class", dir.path, "论据 4 · 结构"])
    #expect(r.status == 1)
    #expect(r.err.contains("the criteria given:1: \"结构\" is not a criterion and its points"), "\(r.err)")
    let folder = ClassFolder(root: dir)
    var review = try Review.load(folder.reviewURL(caseId: c.id), caseId: c.id)
    #expect(review.rubric?.total(question: 2) == 10, "a bad rubric changed nothing")
    let store = SessionStore(directory: folder.sessions)
    try store.save(ClassFixtures.session("第一组", ["回答"]), to: store.url(caseId: c.id, group: "第一组"))
    review.setFeedback(
      .init(score: 7, criteria: [3, 2, 2], comment: "好", updatedAt: ClassFixtures.t0), group: "第一组", question: 0)
    try review.save(folder.reviewURL(caseId: c.id))
    r = try ClassFixtures.caseroom(["class", "release", "--class", dir.path])
    #expect(r.status == 0, "\(r.err)")
    let f = try #require(try ReleasedFeedback.load(group: "第一组", caseId: c.id, in: folder.feedback))
    #expect(f.item(question: 0)?.scale == 10)
    #expect(
      f.item(question: 0)?.criteria == [
        .init(name: "论据", score: 3, points: 4), .init(name: "结构", score: 2, points: 3),
        .init(name: "联系实际", score: 2, points: 3),
      ])
    r = try ClassFixtures.caseroom(["class", "rubric", "--class", dir.path, "--clear"])
    #expect(r.status == 1, "a score by the rubric: clearing it is refused")
    r = try ClassFixtures.caseroom(["class", "rubric", "--class", dir.path, "--clear", "--convert-scores"])
    #expect(r.err.contains("converted 第一组 Q1: 7/10 → 4/5"), "\(r.err)")
    #expect(r.out == "no rubric: scores run from 0 to 5\n")
  }
}
