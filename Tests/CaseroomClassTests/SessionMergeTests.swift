import CaseroomEngine
import Foundation
import Testing

@testable import CaseroomClass
@testable import CaseroomSession

@Suite("Three-way merge of a session, field by field (git's merge driver)")
struct SessionMergeTests {
  let t0 = ClassFixtures.t0
  func at(_ s: Double) -> Date { t0.addingTimeInterval(s) }
  func anchor(_ section: String, _ quote: String) -> Session.Anchor {
    Session.Anchor(section: section, paragraph: 0, quote: quote)
  }

  @Test("answers, citations, notes, reading, position, revision: nothing either side did is lost")
  func fields() throws {
    var base = ClassFixtures.session("第一组", ["我们认为金税工程最重要。其次是金盾。", "", "第三题。"])
    base.answers[0].citations = [Session.Citation(anchor: anchor("golden-tax", "甲"), createdAt: at(1))]
    base.annotations = [
      Session.Annotation(anchor: anchor("golden-tax", "注一"), note: "原来的批注", createdAt: at(2)),
      Session.Annotation(anchor: anchor("golden-shield", "注二"), note: "要删的批注", createdAt: at(3)),
    ]
    base.reading = ["golden-tax": .init(seconds: 30, finished: false)]
    base.revision = 7

    var ours = base
    ours.answers[0].text = "我们认为金税工程最为重要。其次是金盾。"
    ours.answers[0].citations.append(Session.Citation(anchor: anchor("golden-card", "乙"), createdAt: at(10)))
    ours.annotations.removeLast()
    ours.reading["golden-tax"] = .init(seconds: 90, finished: false)
    ours.reading["golden-card"] = .init(seconds: 10, finished: true)
    ours.position = anchor("golden-card", "")
    ours.group.members = ["张三", "王五"]
    ours.revision = 9
    ours.updatedAt = at(100)

    var theirs = base
    theirs.answers[0].text = "我们认为金税工程最重要。其次是金盾和金卡。"
    theirs.answers[1].text = "第二题的回答。"
    theirs.answers[0].citations.append(Session.Citation(anchor: anchor("golden-shield", "丙"), createdAt: at(11)))
    theirs.annotations[0].note = "改过的批注"
    theirs.annotations.append(Session.Annotation(anchor: anchor("golden-macro", "注三"), note: "新批注", createdAt: at(12)))
    theirs.reading["golden-tax"] = .init(seconds: 60, finished: true)
    theirs.position = anchor("golden-shield", "")
    theirs.revision = 8
    theirs.updatedAt = at(200)

    let r = try SessionMerge.merge(base: base, ours: ours, theirs: theirs)
    let m = r.session
    #expect(r.conflictedAnswers.isEmpty && r.conflictedNotes == 0)
    #expect(m.answers.map(\.text) == ["我们认为金税工程最为重要。其次是金盾和金卡。", "第二题的回答。", "第三题。"])
    #expect(m.answers[0].citations.map(\.anchor.quote) == ["甲", "乙", "丙"])
    #expect(m.annotations.map(\.note) == ["改过的批注", "新批注"], "the note removed here stays removed")
    #expect(m.reading["golden-tax"] == .init(seconds: 90, finished: true))
    #expect(m.reading["golden-card"] == .init(seconds: 10, finished: true))
    #expect(m.position == anchor("golden-shield", ""), "the later side's position")
    #expect(m.group.members == ["张三", "王五"])
    #expect(m.revision == 10)
    #expect(m.updatedAt == at(200))
    // The result is a valid session file.
    #expect(try Session.decode(m.json(), file: "m") == m)
  }

  @Test("overlapping edits of one answer keep both versions, marked; the question is reported")
  func conflict() throws {
    let base = ClassFixtures.session("第一组", ["原来的句子。"])
    let ours = ClassFixtures.session("第一组", ["我们的句子。"], updated: at(5))
    let theirs = ClassFixtures.session("第一组", ["他们的句子。"], updated: at(6))
    let r = try SessionMerge.merge(base: base, ours: ours, theirs: theirs)
    #expect(r.conflictedAnswers == [0])
    #expect(r.session.answers[0].text.contains("我们的句子。") && r.session.answers[0].text.contains("他们的句子。"))
  }

  @Test("two sessions of one group made apart (no base) are merged as unions; two groups or cases are refused")
  func madeApart() throws {
    var a = ClassFixtures.session("第一组", ["", "乙写的。"], members: ["张三"])
    a.answers[0].citations = [Session.Citation(anchor: anchor("golden-tax", "甲"), createdAt: at(1))]
    let b = ClassFixtures.session("第一组", ["甲写的。"], members: ["李四"])
    let m = try SessionMerge.merge(base: nil, ours: a, theirs: b).session
    #expect(m.answers.map(\.text) == ["甲写的。", "乙写的。", ""])
    #expect(m.answers[0].citations.count == 1)
    #expect(m.group.members == ["张三", "李四"])
    #expect(throws: SessionMerge.Failure.self) {
      try SessionMerge.merge(base: nil, ours: a, theirs: ClassFixtures.session("第二组"))
    }
    var other = b
    other.caseId = "another-case"
    #expect(throws: SessionMerge.Failure.self) { try SessionMerge.merge(base: nil, ours: a, theirs: other) }
  }

  @Test("caseroom merge-session writes the merge over OURS, and caseroom check passes it; a bad file is refused")
  func driver() throws {
    let dir = try ClassFixtures.directory("merge")
    let base = ClassFixtures.session("第一组", ["一。二。三。"])
    let ours = ClassFixtures.session("第一组", ["一改。二。三。"], updated: at(1))
    let theirs = ClassFixtures.session("第一组", ["一。二。三改。"], updated: at(2))
    let (o, a, b) = (dir.appendingPathComponent("o"), dir.appendingPathComponent("a"), dir.appendingPathComponent("b"))
    try base.json().write(to: o)
    try ours.json().write(to: a)
    try theirs.json().write(to: b)
    let r = try ClassFixtures.caseroom(["merge-session", o.path, a.path, b.path])
    #expect(r.status == 0, "\(r.err)")
    let merged = try Session.decode(Data(contentsOf: a), file: "a")
    #expect(merged.answers[0].text == "一改。二。三改。")
    let check = dir.appendingPathComponent("merged.session.json")
    try FileManager.default.copyItem(at: a, to: check)
    let c = try ClassFixtures.caseroom(["check", check.path])
    #expect(c.status == 0, "\(c.err)")
    #expect(c.out.contains("ok — session of 第一组"))

    try Data("not json".utf8).write(to: b)
    let before = try Data(contentsOf: a)
    let bad = try ClassFixtures.caseroom(["merge-session", o.path, a.path, b.path])
    #expect(bad.status == 1)
    #expect(bad.err.hasPrefix("caseroom: \(b.path)"))
    #expect(try Data(contentsOf: a) == before, "OURS is left as it was")
  }

  @Test("merge-session of two groups or an empty file: the reason in the interface's language (zh and en)")
  func refusedInBothLanguages() throws {
    let dir = try ClassFixtures.directory("merge-words")
    let (o, a, b) = (dir.appendingPathComponent("o"), dir.appendingPathComponent("a"), dir.appendingPathComponent("b"))
    try ClassFixtures.session("第一组", ["一。"]).json().write(to: o)
    try ClassFixtures.session("第一组", ["一改。"]).json().write(to: a)
    try ClassFixtures.session("第二组", ["一。"]).json().write(to: b)
    let before = try Data(contentsOf: a)
    let zh = try ClassFixtures.caseroom(
      ["merge-session", o.path, a.path, b.path], environment: ["CASEROOM_LANG": "zh"])
    #expect(zh.status == 1)
    #expect(zh.err.contains("\(a.path): 两个小组（第一组、第二组）的小组记录不能合并"), "\(zh.err)")
    let en = try ClassFixtures.caseroom(
      ["merge-session", o.path, a.path, b.path], environment: ["CASEROOM_LANG": "en"])
    #expect(en.err.contains("\(a.path): sessions of two groups (第一组, 第二组) cannot be merged"), "\(en.err)")
    #expect(try Data(contentsOf: a) == before, "OURS is left as it was")

    try Data("\n".utf8).write(to: b)
    let empty = try ClassFixtures.caseroom(
      ["merge-session", o.path, a.path, b.path], environment: ["CASEROOM_LANG": "zh"])
    #expect(empty.err.contains("\(b.path): 是空的：不是小组记录"), "\(empty.err)")
    try Data("{\"schema\": \"caseroom.session/1\"".utf8).write(to: b)
    let torn = try ClassFixtures.caseroom(
      ["merge-session", o.path, a.path, b.path], environment: ["CASEROOM_LANG": "zh"])
    #expect(torn.err.contains("\(b.path)"), "\(torn.err)")
    #expect(torn.err.contains("不是小组记录"), "\(torn.err)")
  }
}
