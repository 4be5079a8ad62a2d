import CaseroomEngine
import CaseroomSession
import CaseroomTestSupport
import Foundation
import Testing

@testable import CaseroomReview

@Suite("Summaries that agree: text, JSON and CSV in one order with the same figures")
struct SummaryTests {
  let c = ReviewFixtures.bundled

  /// 第十组, 第二组 and a group with a long name, scored on a scale of 10; the presentation order differs from name order.
  func summary() -> Summary {
    let sessions = [
      ReviewFixtures.session("第十组", ["十组的答案", "第二题"]),
      ReviewFixtures.session("第二组", ["二组", "", "第三题的答案"]),
      ReviewFixtures.session("名字特别特别特别长的一个小组", ["长名组"]),
    ]
    var r = Review(caseId: c.id)
    r.scaleMax = 10
    r.order = ["名字特别特别特别长的一个小组", "第十组", "第二组"]
    r.setFeedback(.init(score: 8, comment: "好", updatedAt: ReviewFixtures.t0), group: "第十组", question: 0)
    r.setFeedback(.init(score: 6, updatedAt: ReviewFixtures.t0), group: "第十组", question: 1)
    r.setFeedback(.init(score: 9, comment: "很好，\n有依据", updatedAt: ReviewFixtures.t0), group: "第二组", question: 2)
    let names = sessions.map(\.group.name).sorted(by: NaturalOrder.less)
    let all = ClassSessions(
      document: c, sessions: names.map { n in sessions.first { $0.group.name == n }! })
    return Summary(all, review: r)
  }

  @Test("the same order (by name) and the same figures in text, JSON and CSV; the JSON has the scale")
  func agree() throws {
    let s = summary()
    // By name: code points first (名 before 第), numbers by value (二 before 十).
    let order = ["名字特别特别特别长的一个小组", "第二组", "第十组"]
    #expect(s.rows.map(\.group) == order)
    // JSON
    let json = try JSONSerialization.jsonObject(with: Data(s.json().utf8)) as! [String: Any]
    #expect(json["scale"] as? Int == 10)
    let rows = json["rows"] as! [[String: Any]]
    #expect(rows.map { $0["group"] as! String } == order)
    let tenth = rows[2]["answers"] as! [[String: Any]]
    #expect(
      tenth[0]["score"] as? Int == 8 && tenth[0]["comment"] as? String == "好" && tenth[0]["characters"] as? Int == 5)
    #expect(rows[2]["total"] as? Int == 14 && rows[2]["mean"] as? Double == 7)
    let perQuestion = json["questionTotals"] as! [[String: Any]]
    #expect(perQuestion.map { $0["total"] as! Int } == [8, 6, 9])
    #expect(perQuestion.map { $0["scored"] as! Int } == [1, 1, 1])
    // CSV
    let csv = try CSV.parse(s.csv())
    #expect(csv[0] == ["group", "members", "question", "characters", "citations", "score", "comment", "scale"])
    #expect(csv.dropFirst().map(\.[0]) == order.flatMap { Array(repeating: $0, count: 3) })
    #expect(csv[8][0] == "第十组" && csv[8][5] == "6" && csv[7][3] == "5" && csv[7][5] == "8" && csv[7][6] == "好")
    #expect(csv[6][6] == "很好，\n有依据")
    // Text: the same rows in the same order, with the scores.
    let lines = s.table().split(separator: "\n").map(String.init)
    #expect(lines[0].hasPrefix("group") && lines[0].contains("Q1 w/c ★/10"))
    #expect(lines[2].hasPrefix("第二组") && lines[2].contains("2/0") && lines[2].contains("6/0 ★9"), "\(lines[2])")
    #expect(lines[3].hasPrefix("第十组") && lines[3].contains("5/0 ★8") && lines[3].contains("3/0 ★6"))
    #expect(lines[3].contains(" 14 ") && lines[3].contains(" 7.0 "), "\(lines[3])")
    #expect(lines[4].hasPrefix("(total)") && lines[4].contains("★8 ×1") && lines[4].contains("★9 ×1"))
    #expect(lines[5].hasPrefix("(mean)") && lines[5].contains("★8.0"), "\(lines[5])")
  }

  @Test("the text's columns hold: a long name is cut with …, each row's cells start at the same column")
  func clippedNames() {
    let lines = summary().table().split(separator: "\n").map(String.init)
    #expect(lines[1].hasPrefix("名字特别特别特… "), "\(lines[1])")
    /// The character that starts at a display column, if one does.
    func at(_ line: String, _ column: Int) -> Character? {
      var col = 0
      for ch in line {
        if col == column { return ch }
        col += TerminalWidth.columns(ch)
        if col > column { return nil }
      }
      return nil
    }
    let first = Summary.nameWidth + 2
    for line in lines[0...5] {
      #expect(at(line, first).map { $0 != " " } == true, "\(line)")
      #expect(at(line, first - 1) == " ", "\(line)")
    }
  }
}
