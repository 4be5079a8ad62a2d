import Foundation
import Testing

@testable import CaseroomEngine

@Suite("Importer")
struct ImporterTests {
  func imported(_ raw: String) -> Case { CaseImporter.run(raw, id: "t").result }

  /// Checks the structure every shape of the 十二金 seed must give.
  func expectGoldenStructure(_ c: Case, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(c.title == "中国十二金工程", sourceLocation: sourceLocation)
    #expect(c.objectives.count == 4, "\(c.objectives)", sourceLocation: sourceLocation)
    #expect(c.contentSections.map(\.title) == Fixtures.projectTitles, sourceLocation: sourceLocation)
    #expect(c.questions.count == 3, "\(c.questions)", sourceLocation: sourceLocation)
    #expect(c.arrangement == ["个人阅读、分组讨论案例正文，结合思考题进行", "小组发言", "讲述要点，点评发言，提问及回应"], sourceLocation: sourceLocation)
  }

  @Test("the seed exactly as given: title line, then everything on one line")
  func seed() {
    let c = imported(Fixtures.seed)
    expectGoldenStructure(c)
    #expect(c.subtitle == "我国十二金工程")
    #expect(c.objectives[3] == "思考中国电子政务发展的策略及模式")
    #expect(c.sections.first { $0.title == "案例内容" }?.role == .content)
    // 金贸's （1）…（5） list is found as items, with the numbers kept as written.
    let trade = c.contentSections[15]
    #expect(trade.paragraphs.compactMap(\.label) == ["（1）", "（2）", "（3）", "（4）", "（5）"])
    // Long flattened sections are split into paragraphs.
    #expect(c.contentSections.filter { $0.paragraphs.count >= 3 }.count >= 12)
  }

  @Test("the seed with every heading and paragraph on its own line")
  func lineBroken() {
    var raw = "中国十二金工程\n我国十二金工程\n"
    for s in Fixtures.bundledCase.sections {
      raw += s.heading + "\n"
      for p in s.paragraphs { raw += "\u{3000}\u{3000}" + (p.label ?? "") + p.text + "\n" }
    }
    let c = imported(raw)
    expectGoldenStructure(c)
    #expect(c.contentSections[1].paragraphs.count == Fixtures.bundledCase.contentSections[1].paragraphs.count)
  }

  @Test("the seed with CRLF line ends and a BOM")
  func crlf() {
    let raw = "\u{FEFF}" + Fixtures.seed.replacingOccurrences(of: "\n", with: "\r\n")
    expectGoldenStructure(imported(raw))
  }

  @Test("hard-wrapped lines are joined back into paragraphs")
  func wrapped() {
    let raw = "标题\n一、案例正文\n这是一个很长的段落，它在原来的文本里被硬换行了，所以这一行没有句号结尾而\n下一行继续同一个句子。\n第二段。\n二、思考题\n1．问题？"
    let c = imported(raw)
    let body = c.sections[0].paragraphs.map(\.text)
    #expect(body == ["这是一个很长的段落，它在原来的文本里被硬换行了，所以这一行没有句号结尾而下一行继续同一个句子。", "第二段。"])
  }

  @Test("a heading followed by its body after a space or a colon")
  func spaceOrColon() {
    let c = imported("案例\n一、教学目的：1．了解甲。2．了解乙。二、案例正文 （一）背景 本节讲背景。（二）做法：本节讲做法。三、思考题 1．为什么？2．怎么办？")
    #expect(c.objectives == ["了解甲。", "了解乙。"])
    #expect(c.contentSections.map(\.title) == ["背景", "做法"])
    #expect(c.contentSections.map { $0.paragraphs.map(\.text) } == [["本节讲背景。"], ["本节讲做法。"]])
    #expect(c.questions == ["为什么？", "怎么办？"])
  }

  @Test("headings 【…】, 第一部分 and (一)")
  func headingStyles() {
    let c = imported(
      "案例\n【教学目标】\n1.了解甲。\n2.了解乙。\n【案例正文】\n第一部分 背景\n(一)起因\n起因的文字。\n(二)经过\n经过的文字。\n第二部分 结果\n结果的文字。\n【讨论题】\n(1)问题一？(2)问题二？"
    )
    #expect(c.objectives == ["了解甲。", "了解乙。"])
    #expect(c.contentSections.map(\.title) == ["起因", "经过", "结果"])
    #expect(c.contentSections.map(\.level) == [3, 3, 2])
    #expect(c.questions == ["问题一？", "问题二？"])
  }

  @Test("items 1、 and ① several on one line")
  func itemStyles() {
    let c = imported("案例\n一、思考题\n1、第一题？2、第二题？3、第三题？\n二、课堂安排\n①阅读②讨论③总结")
    #expect(c.questions == ["第一题？", "第二题？", "第三题？"])
    #expect(c.arrangement == ["阅读", "讨论", "总结"])
  }

  @Test(
    "numbers inside the text are not items",
    arguments: ["传输速率为2.5Gbps，", "投资3.2亿元，", "增长15.3%，", "共1,500余项，", "讨论（20分钟）后，", "每组3—5个人，", "于2003.7完成，"])
  func numberTraps(_ trap: String) {
    let c = imported("案例\n一、教学目的\n1．了解甲，\(trap)再了解乙。2．了解丙。\n二、案例正文\n正文\(trap)继续。")
    #expect(c.objectives == ["了解甲，\(trap)再了解乙。", "了解丙。"])
    #expect(c.contentSections.first?.paragraphs.map(\.text) == ["正文\(trap)继续。"])
  }

  @Test("numbering must run in sequence to count as structure")
  func sequence() {
    // 统一、 and a lone 三、 in the text are not headings.
    let c = imported("案例\n一、教学目的\n了解统一、规范的做法。\n二、案例正文\n正文里提到三、四个部门。\n三、思考题\n1．为什么？")
    #expect(c.sections.map(\.title) == ["教学目的", "案例正文", "思考题"])
    #expect(c.sections[1].paragraphs.map(\.text) == ["正文里提到三、四个部门。"])
  }

  @Test("item numbering that skips is not a list")
  func skippedItems() {
    let c = imported("案例\n一、案例正文\n见第3．节与第5．节的说明。")
    #expect(c.sections[0].paragraphs.map(\.text) == ["见第3．节与第5．节的说明。"])
  }

  @Test("text with no headings becomes one section, with a note")
  func noHeadings() {
    let r = CaseImporter.run("标题\n只有一段正文，没有任何标题。")
    #expect(r.result.sections.count == 1)
    #expect(r.result.sections[0].paragraphs.map(\.text) == ["只有一段正文，没有任何标题。"])
    #expect(r.report.contains { $0.kind == .missing && $0.what == .noHeadings })
    #expect(r.report.contains { $0.kind == .missing && $0.what == .noRole(.questions) })
  }

  @Test("the imported seed is a valid case file that reads back the same")
  func writesValidCase() throws {
    let c = imported(Fixtures.seed)
    let again = try CaseFormat.parse(CaseFormat.write(c))
    for (a, b) in zip(c.sections, again.sections) { #expect(a.sameContent(as: b), "\(a.id)") }
    #expect(again.sections.count == c.sections.count)
  }

  @Test("the seed imports byte for byte as it did before the hand-out work (golden file)")
  func seedUnchanged() throws {
    let golden = try String(
      contentsOf: Fixtures.repository.appendingPathComponent(
        "Tests/Fixtures/handouts/twelve-golden-projects.imported.case.md"), encoding: .utf8)
    #expect(CaseFormat.write(imported(Fixtures.seed, id: "twelve-golden-projects")) == golden)
  }

  func imported(_ raw: String, id: String) -> Case { CaseImporter.run(raw, id: id).result }
}
