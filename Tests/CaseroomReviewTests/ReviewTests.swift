import CaseroomEngine
import CaseroomSession
import CaseroomTestSupport
import Foundation
import Testing

@testable import CaseroomReview

enum ReviewFixtures {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let bundled: Case = try! CaseFormat.load(
    repository.appendingPathComponent("Cases/twelve-golden-projects.case.md"))
  static let t0 = Date(timeIntervalSince1970: 1_800_000_000)

  static func session(_ name: String, _ answers: [String], members: [String] = ["张三"], updated: Date = t0) -> Session {
    var s = Session(case: bundled, group: .init(name: name, members: members), now: t0)
    for (i, a) in answers.enumerated() { s.answers[i].text = a }
    s.updatedAt = updated
    return s
  }

  static func directory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-review-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }
}

@Suite("Review: collecting sessions, feedback, summary")
struct ReviewTests {
  @Test("sessions from several directories; broken, foreign, duplicate and future files listed with the reason")
  func collect() throws {
    let a = try ReviewFixtures.directory()
    let b = try ReviewFixtures.directory()
    let store = SessionStore(directory: a)
    try store.save(ReviewFixtures.session("第一组", ["甲"]), to: store.url(caseId: "twelve-golden-projects", group: "第一组"))
    let storeB = SessionStore(directory: b)
    try storeB.save(
      ReviewFixtures.session("第二组", ["乙"]), to: storeB.url(caseId: "twelve-golden-projects", group: "第二组"))
    // The same group copied from another machine, older.
    try storeB.save(
      ReviewFixtures.session("第一组", ["旧"], updated: ReviewFixtures.t0.addingTimeInterval(-60)),
      to: b.appendingPathComponent("copy-of-first.session.json"))
    try Data("{\"schema\": \"caseroom.session/1\", \"answers\": [".utf8).write(
      to: b.appendingPathComponent("broken.session.json"))
    try Data("{\"name\": \"x\"}".utf8).write(to: b.appendingPathComponent("foreign.session.json"))
    try Data("{\"schema\": \"caseroom.session/9\"}".utf8).write(to: b.appendingPathComponent("future.session.json"))
    var other = ReviewFixtures.session("第三组", [])
    other.caseId = "another-case"
    try storeB.save(other, to: b.appendingPathComponent("other.session.json"))
    let before = try FileManager.default.contentsOfDirectory(atPath: b.path).sorted()

    let all = ClassSessions.load(case: ReviewFixtures.bundled, from: [a, b])
    #expect(all.sessions.map(\.group.name) == ["第一组", "第二组"])
    #expect(all.session(named: "第一组")?.answers[0].text == "甲", "the newest copy is reviewed")
    let reasons = all.problems.map(\.reason.description)
    #expect(reasons.contains { $0.hasPrefix("damaged") })
    #expect(reasons.contains { $0.hasPrefix("not a session") })
    #expect(reasons.contains { $0.hasPrefix("future schema") })
    #expect(reasons.contains { $0.hasPrefix("duplicate of 第一组") })
    #expect(reasons.contains { $0.hasPrefix("another case") })
    #expect(try FileManager.default.contentsOfDirectory(atPath: b.path).sorted() == before, "group files are only read")
  }

  @Test("feedback and the presentation order are saved in the instructor's file and restored")
  func feedback() throws {
    let dir = try ReviewFixtures.directory()
    let url = Review.url(in: dir, caseId: "twelve-golden-projects")
    var r = try Review.load(url, caseId: "twelve-golden-projects")
    r.setFeedback(.init(score: 4, comment: "论证清楚，引用恰当。", updatedAt: ReviewFixtures.t0), group: "第一组", question: 1)
    r.shuffle(["甲", "乙", "丙", "丁"], seed: 7)
    try r.save(url)
    let again = try Review.load(url, caseId: "twelve-golden-projects")
    #expect(again == r)
    #expect(again.feedback(group: "第一组", question: 1)?.comment == "论证清楚，引用恰当。")
    #expect(Set(again.order) == ["甲", "乙", "丙", "丁"])
    #expect(again.presentationOrder(["戊", "甲", "乙", "丙", "丁"]).last == "戊")
    var r2 = r
    r2.shuffle(["甲", "乙", "丙", "丁"], seed: 7)
    #expect(r2.order == r.order, "a shuffle is reproducible for a seed")
  }

  @Test("a review file that cannot be used is refused with its file and line, and left as it is")
  func badReviewFile() throws {
    let dir = try ReviewFixtures.directory()
    let url = Review.url(in: dir, caseId: "twelve-golden-projects")
    for (text, message) in [
      (
        #"{"schema": "caseroom.review/9", "caseId": "x", "scaleMax": 5, "feedback": {}, "order": [], "updatedAt": "2027-01-15T08:00:00Z"}"#,
        "schema \"caseroom.review/9\" is not caseroom.review/1"
      ),
      ("{\"schema\": ", "not valid JSON: the file ends at line 1"),
    ] {
      try Data(text.utf8).write(to: url)
      do {
        _ = try Review.load(url, caseId: "twelve-golden-projects")
        Issue.record("accepted \(text)")
      } catch {
        #expect(error.file == url.path && error.line == 1)
        // The loader's refusal, as a value the app words.
        #expect(error.unreadable?.description.hasPrefix("\(url.path):1: \(message)") == true, "\(error)")
      }
      #expect(try Data(contentsOf: url) == Data(text.utf8))
    }
    let nowhere = URL(fileURLWithPath: "/proc/caseroom-cannot-exist/x.review.json")
    #expect(throws: ReviewFileError.self) {
      var r = Review(caseId: "x")
      try r.save(nowhere)
    }
  }

  @Test("the summary grid: characters, citations, reading progress, scores")
  func summary() {
    var s = ReviewFixtures.session("第一组", ["金税工程 是核心。", "", "答三"])
    s.answers[0].citations = [
      .init(anchor: .init(section: "golden-tax", paragraph: 0, quote: "不存在的句子"), createdAt: ReviewFixtures.t0)
    ]
    s.reading = ["golden-macro": .init(seconds: 30, finished: true), "objectives": .init(seconds: 5, finished: true)]
    var r = Review(caseId: "twelve-golden-projects")
    r.setFeedback(.init(score: 3, comment: "", updatedAt: ReviewFixtures.t0), group: "第一组", question: 0)
    let sum = Summary(ClassSessions(document: ReviewFixtures.bundled, sessions: [s]), review: r)
    #expect(sum.rows[0].answers.map(\.characters) == [8, 0, 2])
    #expect(sum.rows[0].answers[0].citations == 1)
    #expect(sum.rows[0].answers[0].orphaned == 1)
    #expect(sum.rows[0].answers[0].score == 3)
    #expect(sum.rows[0].sectionsRead == 1 && sum.rows[0].sections == 17)
    #expect(sum.table().contains("8/1"))
  }
}

@Suite("Exports")
struct ExportTests {
  let c = ReviewFixtures.bundled

  func doc(_ sessions: [Session], review: Review? = nil) -> ExportDocument {
    ExportDocument(c, sessions: sessions, review: review)
  }

  var evil: Session {
    var s = ReviewFixtures.session(
      "<b>坏</b>组", ["<script>document.title='PWNED'</script>正文\u{1B}[31m红", "", "=HYPERLINK(\"http://x\")"],
      members: ["@张三", "-李四"])
    s.answers[0].citations = [
      .init(anchor: .init(section: "golden-tax", paragraph: 0, quote: "是我国电子政务的核心系统之一"), createdAt: ReviewFixtures.t0),
      .init(anchor: .init(section: "golden-tax", paragraph: 0, quote: "已经删掉的句子"), createdAt: ReviewFixtures.t0),
    ]
    return s
  }

  @Test("the gradebook CSV: a BOM, one row per group, formula injection neutralised, quoting")
  func csv() throws {
    let out = ExportFormat.csv.render(doc([evil, ReviewFixtures.session("第二组", ["好"])]), all: true)
    #expect(out.hasPrefix("\u{FEFF}group,members,Q1 answer,Q1 score,Q1 scale,Q1 comment,Q2 answer,"))
    let rows = try CSV.parse(out)
    #expect(rows.count == 1 + 2)
    #expect(!out.contains(",=HYPERLINK"))
    #expect(out.contains("'@张三、-李四"))
    #expect(!out.contains("\u{1B}"))
    #expect(rows[1][10] == "'=HYPERLINK(\"http://x\")")
  }

  @Test("HTML: self-contained, every piece of user text escaped, empty answers and orphans shown")
  func html() {
    let out = ExportFormat.html.render(doc([evil, ReviewFixtures.session("第二组", ["第二组的答案"])]), all: true)
    #expect(out.hasPrefix("<!DOCTYPE html>"))
    #expect(!out.contains("<script>document.title"))
    #expect(out.contains("&lt;script&gt;document.title=&#39;PWNED&#39;&lt;/script&gt;正文"))
    #expect(out.contains("&lt;b&gt;坏&lt;/b&gt;组"))
    #expect(!out.contains("\u{1B}"))
    #expect(out.contains("<h2 class=\"cr-heading\">第二组 · 未作答"), "unanswered questions on one slide per group")
    #expect(out.contains("（引文已失效 orphaned）"))
    #expect(out.contains("（二）金税工程"))
    #expect(out.contains("第二组的答案"))
    // No network: no URLs, no external resources.
    for bad in ["http://", "https://", "src=", "href=", "@import", "url("] {
      #expect(
        !out.lowercased().contains(bad) || bad == "http://" && out.contains("=HYPERLINK(&quot;http://x&quot;)"),
        "\(bad)")
    }
    #expect(out.contains("@media print"))
    #expect(out.contains("sans-serif"))
  }

  @Test("Markdown slides: title slide, slides per question, quotes with section names, markup escaped")
  func markdown() {
    let one = ExportFormat.md.render(doc([evil]), all: false)
    #expect(one.hasPrefix("---\nmarp: true\n"))
    #expect(one.contains("## \\<b\\>坏\\</b\\>组") || one.contains("&lt;b&gt;坏&lt;/b&gt;组"))
    #expect(!one.contains("<script>"))
    #expect(one.contains("> — （二）金税工程"))
    #expect(one.contains("（引文已失效 orphaned）"))
    #expect(one.contains("## 未作答 no answer\n\n- 思考题 2："))
    let slides = one.components(separatedBy: "\n---\n")
    #expect(slides.count >= 5)
    let all = ExportFormat.md.render(doc([evil, ReviewFixtures.session("第二组", ["乙"])]), all: true)
    #expect(all.contains("# 思考题 1"))
    #expect(all.contains("## 第二组 · 思考题 1"))
  }

  @Test("JSON: everything, in a documented shape, with scores and comments")
  func json() throws {
    var r = Review(caseId: c.id)
    r.setFeedback(.init(score: 5, comment: "好", updatedAt: ReviewFixtures.t0), group: "第二组", question: 0)
    let out = ExportFormat.json.render(doc([ReviewFixtures.session("第二组", ["乙"])], review: r), all: true)
    let obj = try JSONSerialization.jsonObject(with: Data(out.utf8)) as! [String: Any]
    #expect(obj["schema"] as? String == "caseroom.export/1")
    let groups = obj["groups"] as! [[String: Any]]
    let answers = groups[0]["answers"] as! [[String: Any]]
    #expect(answers[0]["score"] as? Int == 5)
    #expect(answers[0]["comment"] as? String == "好")
    #expect((obj["case"] as! [String: Any])["title"] as? String == "中国十二金工程")
  }
}
