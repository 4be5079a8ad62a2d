import Foundation
import Testing

@testable import CaseroomEngine

/// Hand-outs in the shapes teachers really bring (`Tests/Fixtures/handouts`: a Word export, a
/// flattened one-line text, PDF copy-paste with page furniture, decimal, unnumbered, bracket,
/// chapter and `Part 1` headings, an MBA case with Latin terms and tables…), each with the outline
/// a person reads in it (`name.expected.json`).
@Suite("Importer: the hand-out corpus")
struct HandoutCorpusTests {
  struct Expected: Decodable {
    struct Entry: Decodable, Equatable, CustomStringConvertible {
      var title: String
      var level: Int
      var paragraphs: Int?
      var description: String { "\(title)@\(level)" + (paragraphs.map { "×\($0)" } ?? "") }
    }
    var title: String
    var subtitle: String?
    var objectives: [String]
    var sections: [Entry]
    var questions: [String]
    var arrangement: [String]
    /// How many lines are left out as page furniture (or as the label of the title).
    var dropped: Int
  }

  static let folder = Fixtures.repository.appendingPathComponent("Tests/Fixtures/handouts")
  static let names: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".txt") }
    .map { String($0.dropLast(4)) }.sorted()

  static func raw(_ name: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(name + ".txt"), encoding: .utf8)
  }

  static func expected(_ name: String) throws -> Expected {
    try JSONDecoder().decode(
      Expected.self, from: Data(contentsOf: folder.appendingPathComponent(name + ".expected.json")))
  }

  @Test("at least 12 hand-outs of 1,500–4,000 characters, each with its expected outline")
  func corpus() throws {
    #expect(Self.names.count >= 12)
    for name in Self.names {
      let count = try Self.raw(name).count
      #expect(count >= 1500 && count <= 4000, "\(name): \(count) characters")
      #expect(FileManager.default.fileExists(atPath: Self.folder.appendingPathComponent(name + ".expected.json").path))
    }
  }

  func check(_ c: Case, _ dropped: Int, against e: Expected, _ name: String) {
    let o = Outline(c)
    #expect(o.title == e.title, "\(name)")
    #expect(c.subtitle == e.subtitle, "\(name)")
    #expect(o.objectives == e.objectives, "\(name)")
    #expect(o.questions == e.questions, "\(name)")
    #expect(o.arrangement == e.arrangement, "\(name)")
    let sections = zip(o.sections, e.sections).map { got, want in
      Expected.Entry(title: got.title, level: got.level, paragraphs: want.paragraphs == nil ? nil : got.paragraphs)
    }
    #expect(o.sections.count == e.sections.count && sections == e.sections, "\(name): \(o.sections.map(\.title))")
    #expect(dropped == e.dropped, "\(name)")
  }

  @Test("imports to its expected outline", arguments: names)
  func imports(_ name: String) throws {
    let r = CaseImporter.run(try Self.raw(name), id: "t")
    check(r.result, r.dropped.count, against: try Self.expected(name), name)
  }

  @Test("the case file it writes reads back to the same outline", arguments: names)
  func roundTrip(_ name: String) throws {
    let r = CaseImporter.run(try Self.raw(name), id: "t")
    let again = try CaseFormat.parse(CaseFormat.write(r.result), file: name)
    check(again, r.dropped.count, against: try Self.expected(name), name)
    for (a, b) in zip(r.result.sections, again.sections) { #expect(a.sameContent(as: b), "\(name): \(a.id)") }
  }

  @Test("no Hanzi of the body is lost, except in the lines listed as left out", arguments: names)
  func keepsText(_ name: String) throws {
    let raw = try Self.raw(name)
    let r = CaseImporter.run(raw, id: "t")
    #expect(HanziCount.lost(raw, r).isEmpty, "\(name): \(HanziCount.lost(raw, r))")
    // What is left out is only ever page furniture or a label: never more than a line in ten.
    #expect(r.dropped.count * 10 <= raw.split(separator: "\n").count, "\(name)")
  }

  @Test("the report is a checklist: each guess with its reason, page furniture with its line", arguments: names)
  func report(_ name: String) throws {
    let r = CaseImporter.run(try Self.raw(name), id: "t")
    #expect(r.report.contains { $0.text.hasPrefix("title ") }, "\(name)")
    #expect(r.report.contains { $0.text.hasPrefix("headings") || $0.text.contains("unnumbered headings") }, "\(name)")
    for d in r.dropped { #expect(r.checklist.contains("line \(d.line): \(d.text)"), "\(name)") }
    #expect(!r.report.contains { $0.kind == .missing }, "\(name): \(r.report.filter { $0.kind == .missing })")
  }
}
