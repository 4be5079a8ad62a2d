import Foundation
import Testing

@testable import CaseroomEngine

@Suite("The bundled case 中国十二金工程")
struct BundledCaseTests {
  let c = Fixtures.bundledCase

  @Test("has its title, 4 objectives, 17 projects, 3 questions and 3 class-plan steps")
  func structure() {
    #expect(c.id == "twelve-golden-projects")
    #expect(c.title == "中国十二金工程")
    #expect(c.objectives.count == 4)
    #expect(c.objectives[0] == "了解中国电子政务的发展历程。")
    #expect(c.contentSections.map(\.title) == Fixtures.projectTitles)
    #expect(c.contentSections.allSatisfy { $0.level == 2 })
    #expect(c.questions.count == 3)
    #expect(c.questions[2].hasPrefix("你认为当前我国电子政务的发展哪些方面亟需加强"))
    #expect(c.arrangement == ["个人阅读、分组讨论案例正文，结合思考题进行", "小组发言", "讲述要点，点评发言，提问及回应"])
  }

  @Test("ids are stable names, unique")
  func ids() {
    #expect(c.contentSections[6].id == "golden-shield")
    #expect(Set(c.sections.map(\.id)).count == c.sections.count)
  }

  @Test("long sections are split into readable paragraphs")
  func paragraphs() {
    for s in c.contentSections {
      #expect(s.paragraphs.count >= 1)
      for p in s.paragraphs { #expect(p.text.count <= 700, "\(s.id): a paragraph of \(p.text.count) characters") }
    }
    #expect(c.contentSections.filter { $0.paragraphs.count >= 3 }.count >= 14)
  }

  @Test("wording is unchanged except for the listed errata")
  func wordingUnchanged() {
    // Rebuild the text from the case file: numbers, titles, item labels, paragraphs.
    var rebuilt = c.subtitle ?? ""
    for s in c.sections {
      rebuilt += s.heading
      for p in s.paragraphs { rebuilt += (p.label ?? "") + p.text }
    }
    var source = String(Fixtures.seed.split(separator: "\n", maxSplits: 1)[1])
    for e in c.errata {
      #expect(source.contains(e.was), "erratum '\(e.was)' is not in the source")
      source = source.replacingOccurrences(of: e.was, with: e.now)
    }
    func squeeze(_ s: String) -> String { s.filter { !$0.isWhitespace } }
    #expect(squeeze(rebuilt) == squeeze(source))
  }

  @Test("the known slips are fixed and listed", arguments: ["会融卡", "水半", "个足", "有卧。于", "易早县", "联台建设", "’’"])
  func slips(_ slip: String) {
    let all = c.sections.flatMap(\.paragraphs).map(\.text).joined()
    #expect(!all.contains(slip))
    #expect(c.errata.contains { $0.was.contains(slip) })
  }

  @Test("is found wherever the program runs from")
  func located() throws {
    let url = try BundledCase.url()
    #expect(url.lastPathComponent == BundledCase.fileName)
    let elsewhere = BundledCase.candidates(executable: URL(fileURLWithPath: "/nonexistent/bin/caseroom"))
    #expect(elsewhere.contains { FileManager.default.fileExists(atPath: $0.path) })
  }
}
