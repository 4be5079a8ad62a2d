import CaseroomEngine
import CaseroomSession
import Foundation
import Testing

@testable import CaseroomReview

/// Decks for the 点评: an insight slide per question, unanswered questions
/// on one slide per group, printed on A4 landscape.
@Suite("Decks: insight slides, unanswered questions, A4")
struct DeckInsightTests {
  let c = ReviewFixtures.bundled
  static let tax = Session.Anchor(section: "golden-tax", paragraph: 0, quote: "是我国电子政务的核心系统之一")
  static let macro = Session.Anchor(section: "golden-macro", paragraph: 0, quote: "是一个综合性的大型电子政务应用系统")

  var sessions: [Session] {
    var a = ReviewFixtures.session("第一组", ["金税工程是核心。", "答二", "答三"])
    a.answers[0].citations = [.init(anchor: Self.tax, createdAt: ReviewFixtures.t0)]
    var b = ReviewFixtures.session("第二组", ["金税工程。", "", ""])
    b.answers[0].citations = [
      .init(anchor: Self.tax, createdAt: ReviewFixtures.t0), .init(anchor: Self.macro, createdAt: ReviewFixtures.t0),
    ]
    let d = ReviewFixtures.session("第三组", ["", "", ""])
    return [a, b, d]
  }

  func document(insight: Bool) -> ExportDocument {
    var d = ExportDocument(c, sessions: sessions, feedback: .none)
    if insight {
      var t = InsightTally(ClassSessions(document: c, sessions: sessions))
      d.insight = t.insight()
    }
    return d
  }

  @Test("unanswered questions: one slide per group listing them, not a （未作答） slide each")
  func unanswered() {
    let slides = SlidePlan.slides(document(insight: false), all: true)
    let missing = slides.compactMap { s -> (String, [Int])? in
      if case .unanswered(let g, let qs) = s { return (g.name, qs) }
      return nil
    }
    #expect(missing.map(\.0) == ["第二组", "第三组"])
    #expect(missing.map(\.1) == [[2, 3], [1, 2, 3]])
    let answers = slides.filter { if case .answer = $0 { return true } else { return false } }
    #expect(answers.count == 4, "第一组's three, 第二组's first")
    let html = ExportFormat.html.render(document(insight: false), all: true)
    #expect(!html.contains("（未作答 no answer）"))
    #expect(html.contains("第三组 · 未作答"))
    let md = ExportFormat.md.render(document(insight: false), all: true)
    #expect(md.contains("## 第二组 · 未作答 no answer\n\n- 思考题 2：") && md.contains("- 思考题 3："))
  }

  @Test("--insight: a slide per question after its answers, the top passages as bars with their counts")
  func insightSlide() throws {
    let d = document(insight: true)
    let slides = SlidePlan.slides(d, all: true)
    let kinds = slides.map { s -> String in
      switch s {
      case .question(let n, _): return "Q\(n)"
      case .insight(let n): return "I\(n)"
      default: return ""
      }
    }.filter { !$0.isEmpty }
    #expect(kinds == ["Q1", "I1", "Q2", "I2", "Q3", "I3"])
    let html = ExportFormat.html.render(d, all: true)
    #expect(html.contains("思考题 1 · 全班洞察 Insight"))
    let bar = try #require(html.range(of: "<span class=\"cr-bar\" style=\"width: 66.7%\"></span>"))
    let row = html[bar.lowerBound...].prefix(400)
    #expect(row.contains("2 组") && row.contains("“金税工程”总称为中国税收管理信息系统（CTAIS）"), "\(row)")
    #expect(html.contains("style=\"width: 33.3%\""))
    #expect(html.contains("没有引文 No citations：1 组 group：第三组"), "how many first, in the right number")
    let many = (1...57).map { "第\($0)组" }
    let line = ExportDocument.citingNothing(many)
    #expect(line.hasPrefix("没有引文 No citations：57 组 groups：第1组、第2组") && line.hasSuffix("第20组 等 etc."), "\(line)")
    var some = d
    some.ofClass = 8
    #expect(
      some.insightCounted(1).contains("the 1 group chosen of 8") && some.insightCounted(2).contains("2 groups chosen"))
    let md = ExportFormat.md.render(d, all: true)
    #expect(md.contains("没有引文 No citations：1 组 group：第三组"))
    #expect(md.contains("## 思考题 1 · 全班洞察 Insight"))
    #expect(md.contains("| 小组 Groups | 引用最多的句子 Most cited | 节 Section |"))
    #expect(md.contains("| ███████ 2/3 | “金税工程”总称为中国税收管理信息系统（CTAIS）"), "\(md)")
    #expect(!ExportFormat.html.render(document(insight: false), all: true).contains("全班洞察"))
  }

  @Test("print: A4 landscape, one slide per page")
  func a4() {
    let html = ExportFormat.html.render(document(insight: false), all: true)
    #expect(html.contains("@page { size: A4 landscape; margin: 0; }"))
  }
}
