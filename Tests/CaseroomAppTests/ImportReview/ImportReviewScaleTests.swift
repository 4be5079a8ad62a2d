import CaseroomEngine
import Foundation
import Testing

@testable import CaseroomApp

/// The import review of a long hand-out: opening it and each key cost work in proportion to its lines at most,
/// never to their square (a re-tag lays the whole hand-out out again, so that must be linear and quick). The
/// paragraphs are in one section, as a long hand-out's text often is: work in proportion to a section's size
/// at each of its paragraphs is quadratic there.
@Suite("Import review at scale")
struct ImportReviewScaleTests {
  /// A hand-out of `body` short paragraphs in `parts` sections, then `questions` questions (at most 99: the importer
  /// reads numbers of one or two digits as an item's) in one part.
  static func handout(body: Int, parts: Int, questions: Int) -> String {
    var lines = ["县域医共体改革", "一、教学目的", "1．了解医共体。", "二、案例正文"]
    for n in 0..<body {
      if n % max(1, body / parts) == 0 {
        lines.append("（\(HeadingNumber.chinese(n / max(1, body / parts) + 1))）第\(n)段")
      }
      lines.append("第\(n)段：乡镇卫生院的门诊量在一年内增长了三成。")
    }
    // Paragraphs apart by blank lines (lines of text under one another would be one paragraph broken); the
    // questions a list, one a line.
    let asked = (1...questions).map { "\($0)．医共体为什么有效（\($0)）？" }
    return lines.joined(separator: "\n\n") + "\n\n三、思考题\n" + asked.joined(separator: "\n") + "\n"
  }

  /// Seconds `body` takes.
  static func seconds(_ body: () -> Void) -> Double {
    let t = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - t) / 1e9
  }

  @Test("20,000 lines: the review opens, and x, q and u on a line each take well under a second")
  func keysOnTwentyThousandLines() {
    let result = CaseImporter.run(Self.handout(body: 20_000, parts: 1, questions: 90), id: "t")
    var s = ImportReview(result, output: nil)
    let opened = Self.seconds {
      s = ImportReview(result, output: nil)
      _ = s.update(.resize(rows: 24, cols: 100), now: Date())
    }
    #expect(s.handout.lines.count > 20_000)
    // Debug build on a loaded machine: quadratic work took minutes here (a copy of a section's paragraphs at
    // each one added); linear work takes a fraction of a second.
    #expect(opened < 5, "opening took \(opened) s")
    let body = s.handout.lines.firstIndex { $0.tag == .body && $0.text.hasPrefix("第10000段") }!
    _ = s.update(.key(.char("G")), now: Date())
    for (key, line) in [
      (Key.char("x"), body), (.char("q"), body), (.char("u"), body), (.char("x"), s.handout.lines.count - 2),
    ] {
      s.cursor = line
      let before = s.handout
      let took = Self.seconds { _ = s.update(.key(key), now: Date()) }
      #expect(s.handout != before || key == .char("u"))
      #expect(took < 2, "\(key) took \(took) s")
    }
    #expect(s.built.questions.count == 90 - 1)
  }

  @Test("a key's work grows with the lines, not with their square")
  func keyCostIsLinear() {
    func keyTime(_ body: Int) -> Double {
      var s = ImportReview(
        CaseImporter.run(Self.handout(body: body, parts: 1, questions: 90), id: "t"), output: nil)
      _ = s.update(.resize(rows: 24, cols: 100), now: Date())
      s.cursor = s.handout.lines.firstIndex { $0.tag == .body && $0.text.hasPrefix("第\(body / 2)段") }!
      // The least of a few, so that a pause of the machine's is not taken for the work.
      return (0..<3).map { _ in
        Self.seconds {
          _ = s.update(.key(.char("x")), now: Date())
          _ = s.update(.key(.char("u")), now: Date())
        }
      }.min()!
    }
    let small = keyTime(2_000)
    let large = keyTime(16_000)
    // Eight times the lines: about eight times the work when linear, sixty-four when quadratic.
    #expect(large < max(small, 0.002) * 24, "2,000 lines: \(small) s, 16,000 lines: \(large) s")
  }

  @Test("2,000 sibling headings, then 20,000 items in one part, are laid out in well under a second")
  func layoutOfManyItems() {
    var lines = [TaggedLine(.title, "县域医共体改革"), TaggedLine(.heading, "案例正文", level: 1)]
    for part in 0..<2_000 {
      lines.append(TaggedLine(.heading, "第\(part)节", level: 2))
      lines.append(TaggedLine(.body, "乡镇卫生院的门诊量在一年内增长了三成。"))
    }
    lines.append(TaggedLine(.heading, "思考题", level: 1))
    for n in 0..<20_000 {
      lines.append(TaggedLine(.question, "为什么\(n)？", number: n % 3 == 0 ? "" : "\(n + 1)．"))
    }
    let h = TaggedHandout(id: "t", lines: lines)
    var built: Case?
    let took = Self.seconds { built = h.layout().case }
    #expect(built!.questions.count == 20_000)
    #expect(built!.sections.count == 2_002)
    #expect(took < 3, "layout took \(took) s")
  }
}
