import CaseroomEngine
import CaseroomSession
import CaseroomTestSupport
import Foundation
import Testing

@testable import CaseroomReview

@Suite("Exports: feedback kept private, the gradebook, decks fit to project")
struct ExportDeckTests {
  let c = ReviewFixtures.bundled

  var review: Review {
    var r = Review(caseId: c.id)
    r.setFeedback(.init(score: 4, comment: "私下的点评", updatedAt: ReviewFixtures.t0), group: "第一组", question: 0)
    r.setFeedback(.init(score: 3, comment: "", updatedAt: ReviewFixtures.t0), group: "第一组", question: 1)
    r.setFeedback(.init(score: 5, comment: "第二组的点评", updatedAt: ReviewFixtures.t0), group: "第二组", question: 0)
    return r
  }

  var groups: [Session] {
    [
      ReviewFixtures.session("第一组", ["一组答一", "一组答二", "一组答三"], members: ["张三", "李四"]),
      ReviewFixtures.session("第二组", ["二组答一"], members: []),
    ]
  }

  func render(_ f: ExportFormat, feedback: FeedbackShown, all: Bool = true, perMember: Bool = false) -> String {
    let sessions = all ? groups : [groups[0]]
    return f.render(
      ExportDocument(c, sessions: sessions, review: review, feedback: feedback, order: f.order), all: all,
      perMember: perMember)
  }

  @Test("a comment of several lines keeps them: Markdown hard breaks, pre-line in HTML")
  func commentLines() {
    #expect(MarkdownSlides.lines("第一行\n第二行 *强调*\n\n第三行") == "第一行\\\n第二行 \\*强调\\*\\\n第三行")
    #expect(HTMLDeck.css.contains(".cr-comment { white-space: pre-line; }"))
  }

  @Test("--feedback: none shows no score or comment, scores no comment, all both; class decks default to none")
  func feedbackLevels() {
    #expect(FeedbackShown.byDefault(format: .html, allGroups: true) == .none)
    #expect(FeedbackShown.byDefault(format: .md, allGroups: true) == .none)
    #expect(FeedbackShown.byDefault(format: .html, allGroups: false) == .all)
    #expect(FeedbackShown.byDefault(format: .csv, allGroups: true) == .all)
    for format in [ExportFormat.md, .html, .json, .csv] {
      let none = render(format, feedback: .none)
      #expect(!none.contains("私下的点评") && !none.contains("评分 Score") && !none.contains("\"score\""), "\(format)")
      let scores = render(format, feedback: .scores)
      #expect(!scores.contains("私下的点评"), "\(format)")
      let all = render(format, feedback: .all)
      #expect(all.contains("私下的点评"), "\(format)")
    }
    #expect(render(.html, feedback: .scores).contains("评分 Score：4/5"))
    #expect(render(.md, feedback: .scores).contains("**评分 Score：4/5**"))
    let mine = render(.html, feedback: .all, all: false)
    #expect(mine.contains("总分 Total：7/15"), "a group's own deck ends with its scores")
  }

  @Test("the gradebook: one row per group with each answer, score and comment, and the total; --per-member")
  func gradebook() throws {
    let rows = try CSV.parse(render(.csv, feedback: .all))
    #expect(
      rows[0] == [
        "group", "members", "Q1 answer", "Q1 score", "Q1 scale", "Q1 comment", "Q2 answer", "Q2 score", "Q2 scale",
        "Q2 comment", "Q3 answer", "Q3 score", "Q3 scale", "Q3 comment", "total",
      ])
    #expect(
      rows[1] == ["第一组", "张三、李四", "一组答一", "4", "5", "私下的点评", "一组答二", "3", "5", "", "一组答三", "", "", "", "7"])
    #expect(rows[2] == ["第二组", "", "二组答一", "5", "5", "第二组的点评", "", "", "", "", "", "", "", "", "5"])
    let members = try CSV.parse(render(.csv, feedback: .all, perMember: true))
    #expect(members[0].prefix(2) == ["member", "group"])
    #expect(members.dropFirst().map { Array($0.prefix(2)) } == [["张三", "第一组"], ["李四", "第一组"], ["", "第二组"]])
    let total = try #require(members[0].firstIndex(of: "total"))
    #expect(members[1][total] == "7" && members[2][total] == "7")
  }

  @Test("csv --per-member: each member's characters added per answer, notes, citations and sections read")
  func perMemberWork() throws {
    var s = ReviewFixtures.session("第一组", ["一组答一"], members: ["张三", "李四"])
    s.participation = [
      "张三": .init(characters: [120, 0, 7], notes: 2, citations: 3, sectionsRead: ["a", "b"]),
      "王五": .init(characters: [5], notes: 0, citations: 0, sectionsRead: []),
    ]
    let csv = ExportFormat.csv.render(ExportDocument(c, sessions: [s]), all: true, perMember: true)
    let rows = try CSV.parse(csv)
    let h = rows[0]
    func col(_ name: String) -> Int { h.firstIndex(of: name) ?? 0 }
    #expect(h.contains("sections read"))
    let byMember = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[0], $0) })
    let zhang = try #require(byMember["张三"])
    #expect(zhang[col("Q1 characters added")] == "120")
    #expect(zhang[col("Q3 characters added")] == "7")
    #expect(zhang[col("notes")] == "2" && zhang[col("citations")] == "3")
    #expect(zhang[col("sections read")] == "2")
    // A listed member who wrote nothing: zeros; one who wrote but is not listed: a row of their own.
    #expect(byMember["李四"]?[col("Q1 characters added")] == "0")
    #expect(byMember["王五"]?[col("Q1 characters added")] == "5")
  }

  /// A group's answer of about 5,000 characters, in paragraphs of several lengths, one of 2,000.
  var long: Session {
    let sentence = "电子政务的发展需要统一规划、统一标准，CTAIS 与 2.5Gbps 的网络也要跟上。"
    let paragraphs = [3, 70, 10, 35, 6].map { String(repeating: sentence, count: $0) }
    var s = ReviewFixtures.session("长答案组", [paragraphs.joined(separator: "\n")])
    s.answers[0].citations = (0..<3).map { _ in
      .init(anchor: .init(section: "golden-tax", paragraph: 0, quote: "是我国电子政务的核心系统之一"), createdAt: ReviewFixtures.t0)
    }
    return s
  }

  @Test("a long answer continues on slides marked （续）, none planned taller than a 16:9 slide; nothing is lost")
  func continuation() throws {
    let s = long
    #expect(CharacterCount.of(s.answers[0].text) > 4_900)
    let d = ExportDocument(c, sessions: [s, ReviewFixtures.session("短组", ["短"])], review: nil)
    let slides = SlidePlan.slides(d, all: true)
    let parts = slides.compactMap { slide -> ([SlidePlan.Paragraph], [ExportDocument.CitedPassage], Bool)? in
      guard case .answer(let g, let n, let ps, let cites, _, let more) = slide, g.name == "长答案组", n == 1 else {
        return nil
      }
      return (ps, cites, more)
    }
    #expect(parts.count >= 10, "\(parts.count) slides")
    #expect(parts.first?.2 == false && parts.dropFirst().allSatisfy(\.2))
    for (ps, cites, _) in parts {
      let height = ps.map(SlidePlan.height).reduce(0, +) + cites.map(SlidePlan.height).reduce(0, +)
      #expect(height <= SlidePlan.answerBudget(c.questions[0]), "\(height)")
      #expect(SlidePlan.answerBudget(c.questions[0]) > SlidePlan.answerBudget(String(repeating: "长", count: 200)))
    }
    // The text, joined back, is the answer; paragraphs begun on a slide before go on without an indent.
    var text = ""
    for (ps, _, _) in parts {
      for p in ps { text += (p.continued || text.isEmpty ? "" : "\n") + p.text }
    }
    #expect(text == s.answers[0].text)
    #expect(parts.flatMap(\.1).count == 3, "every cited passage, on the last slides")
    let html = HTMLDeck.render(d, all: true)
    #expect(html.contains("长答案组 · 思考题 1（续）"))
    #expect(html.contains("class=\"cr-para cr-cont\""))
    let md = MarkdownSlides.render(d, all: true)
    #expect(md.contains("## 长答案组 · 思考题 1（续）"))
    #expect(md.components(separatedBy: "\n---\n").count == slides.count + 1, "the front matter, then the same slides")
  }

  @Test("the deck's classes are its own (cr-), the slide's kind an attribute; only answer paragraphs are indented")
  func deckStyles() throws {
    let html = ExportFormat.html.render(ExportDocument(c, sessions: [long], review: review, feedback: .all), all: true)
    let classes = try NSRegularExpression(pattern: "class=\"([^\"]*)\"").matches(
      in: html, range: NSRange(html.startIndex..., in: html)
    ).flatMap { m in String(html[Range(m.range(at: 1), in: html)!]).split(separator: " ").map(String.init) }
    #expect(Set(classes).allSatisfy { $0.hasPrefix("cr-") }, "\(Set(classes))")
    let css = HTMLDeck.css
    let indented = css.split(separator: "\n").filter { $0.contains("text-indent: 2em") }
    #expect(indented == [".cr-body .cr-para { text-indent: 2em; }"])
    #expect(css.contains("@page { size: A4 landscape; margin: 0; }"))
    #expect(html.contains("data-kind=\"question\"") && html.contains("data-kind=\"answer\""))
    for key in ["'ArrowRight'", "'PageDown'", "' '", "'ArrowLeft'", "'PageUp'", "'Home'", "'End'", "/^[0-9]$/"] {
      #expect(HTMLDeck.script.contains(key), "\(key)")
    }
  }

  @Test("a long class is listed over several title slides")
  func longClass() {
    let many = (1...80).map { ReviewFixtures.session("第\($0)组", ["答"]) }
    let slides = SlidePlan.slides(ExportDocument(c, sessions: many), all: true)
    let titles = slides.filter { if case .title = $0 { return true } else { return false } }
    #expect(titles.count == 3)
  }

  @Test("--each names a file after each group, never two the same")
  func eachNames() {
    var taken: Set<String> = []
    #expect(EachGroupFile.name(for: "第一组", extension: "html", taken: &taken) == "第一组.html")
    #expect(EachGroupFile.name(for: "第一组?", extension: "html", taken: &taken) == "第一组_.html")
    #expect(EachGroupFile.name(for: "第一组/", extension: "html", taken: &taken) == "第一组_-2.html")
    #expect(EachGroupFile.name(for: "../..", extension: "md", taken: &taken) == "group.md")
  }
}
