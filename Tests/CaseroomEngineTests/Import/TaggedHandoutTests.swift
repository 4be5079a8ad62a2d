import Foundation
import Testing

@testable import CaseroomEngine

/// The tags the import review shows, and the case they make.
@Suite("Importer: tagged lines")
struct TaggedHandoutTests {
  func outline(_ c: Case) -> [String] {
    let o = Outline(c)
    return [o.title, c.subtitle ?? "-"] + o.objectives + o.questions + o.arrangement
      + o.sections.map { "\($0.title)@\($0.level)×\($0.paragraphs)" }
  }

  @Test("the tags of every hand-out of the corpus make the case the importer made", arguments: HandoutCorpusTests.names)
  func roundTrip(_ name: String) throws {
    let r = try HandoutCorpusTests.imported(name)
    let built = TaggedHandout(r).build()
    #expect(outline(built) == outline(r.result), "\(name)")
    #expect(throws: Never.self) { try CaseFormat.parse(CaseFormat.write(built)) }
  }

  let raw = "案例\n一、教学目的\n1．了解甲。\n二、案例正文\n正文的第一段。\n正文的第二段。\n三、思考题\n1．为什么？（2）怎么办？\n页脚"

  @Test("lines tagged objective or plan step without numbers are written as items: outline and show agree")
  func unnumberedItemsAreItems() throws {
    let raw = "县域医共体改革\n一、教学目的\n了解医共体。\n二、案例正文\n医共体成立后，县医院每周派出专家。\n三、思考题\n医共体为什么有效？\n四、课堂安排\n阅读案例\n分组讨论\n总结\n"
    var h = TaggedHandout(CaseImporter.run(raw, id: "t"))
    let i = h.lines.firstIndex { $0.text == "阅读案例" }!
    for k in i..<(i + 3) { h.retag(k, as: .step) }
    h.retag(h.lines.firstIndex { $0.text == "了解医共体。" }!, as: .objective)
    let written = CaseFormat.write(h.build())
    let c = try CaseFormat.parse(written)
    let arrangement = try #require(c.sections.first { $0.role == .arrangement })
    #expect(arrangement.paragraphs.allSatisfy { $0.isItem }, "\(written)")
    #expect(Outline(c).arrangement == ["阅读案例", "分组讨论", "总结"])
    let objectives = try #require(c.sections.first { $0.role == .objectives })
    #expect(objectives.paragraphs.allSatisfy { $0.isItem })
  }

  @Test("q on one bulleted question: the part's items are numbered all alike, never 1． then •")
  func oneListAlike() throws {
    let raw =
      "县域医共体改革\n一、教学目的\n1．了解医共体。\n二、案例正文\n医共体成立后。\n• 县医院为什么愿意派专家？\n三、思考题\n• 医共体为什么有效？\n• 县医院有什么动力？\n四、课堂安排\n1．阅读\n2．讨论\n"
    var h = TaggedHandout(CaseImporter.run(raw, id: "t"))
    for i in h.lines.indices where h.lines[i].text.contains("县医院为什么") || h.lines[i].shown.contains("县医院为什么") {
      h.retag(i, as: .question)
    }
    let written = CaseFormat.write(h.build())
    let c = try CaseFormat.parse(written)
    let q = try #require(c.sections.first { $0.role == .questions })
    let labels = q.paragraphs.compactMap(\.label)
    #expect(labels.count == 3, "\(written)")
    #expect(labels == ["1．", "2．", "3．"] || labels == ["•", "•", "•"], "\(written)")
    // A numbered part and a bulleted line tagged into it: numbered alike.
    let mixed = "案例\n一、案例正文\n正文。\n• 还有什么？\n二、思考题\n1．为什么？\n2．怎么办？\n"
    var m = TaggedHandout(CaseImporter.run(mixed, id: "t"))
    let b = m.lines.firstIndex { $0.shown.contains("还有什么") }!
    m.retag(b, as: .question)
    let mc = try CaseFormat.parse(CaseFormat.write(m.build()))
    #expect(try #require(mc.sections.first { $0.role == .questions }).paragraphs.map(\.label) == ["1．", "2．", "3．"])
    #expect(mc.questions == ["还有什么？", "为什么？", "怎么办？"])
  }

  @Test("re-tagging a body line as a question moves it to the questions; the outline follows")
  func retag() {
    var h = TaggedHandout(CaseImporter.run(raw, id: "t"))
    let i = h.lines.firstIndex { $0.text == "正文的第二段。" }!
    h.retag(i, as: .question)
    let c = h.build()
    #expect(c.questions.contains("正文的第二段。"))
    #expect(Outline(c).sections.map(\.paragraphs) == [1])
  }

  @Test("a body line tagged as a heading opens a section; < > shift its level within 1…6")
  func heading() {
    var h = TaggedHandout(CaseImporter.run(raw, id: "t"))
    let i = h.lines.firstIndex { $0.text == "正文的第二段。" }!
    h.retag(i, as: .heading)
    #expect(h.lines[i].level == 1)
    let shifted = h.shiftLevel(i, by: 1)
    #expect(shifted)
    #expect(h.build().sections.map(\.title).contains("正文的第二段。"))
    #expect(h.build().sections.first { $0.title == "正文的第二段。" }?.level == 2)
    let body = h.lines.firstIndex { $0.tag == .body }!
    let shiftedBody = h.shiftLevel(body, by: 1)
    #expect(!shiftedBody)
  }

  @Test("split cuts before the second number (an inline list), else after the first sentence; join undoes it")
  func splitAndJoin() {
    var h = TaggedHandout(CaseImporter.run(raw, id: "t"))
    let q = h.lines.firstIndex { $0.text.hasPrefix("为什么") }!
    let split = h.split(q)
    #expect(split)
    #expect(h.lines[q].text == "为什么？")
    #expect(h.lines[q + 1].number == "（2）" && h.lines[q + 1].text == "怎么办？")
    #expect(h.build().questions == ["为什么？", "怎么办？"])
    let joined = h.join(q)
    #expect(joined)
    #expect(h.lines[q].text == "为什么？（2）怎么办？")
    let b = h.lines.firstIndex { $0.text == "正文的第一段。" }!
    let splitBody = h.split(b)
    #expect(!splitBody)
  }

  @Test("furniture is left out; back matter goes under a heading of its own")
  func furnitureAndBackMatter() {
    var h = TaggedHandout(CaseImporter.run(raw, id: "t"))
    let last = h.lines.count - 1
    h.retag(last, as: .furniture)
    #expect(!HanziCount.text(of: h.build()).contains("页脚"))
    h.retag(last, as: .backMatter)
    #expect(h.build().sections.last?.title == "注释")
    #expect(h.build().sections.last?.paragraphs.map(\.text) == ["页脚"])
  }

  @Test(
    "a line of text made an item takes its numbering as the item's label; a heading's 二、 made a title then an item stays text"
  )
  func retagNumbering() {
    var h = TaggedHandout(CaseImporter.run(raw, id: "t"))
    let i = h.lines.firstIndex { $0.text == "正文的第二段。" }!
    h.lines[i].text = "3．正文的第二段？"
    h.retag(i, as: .question)
    #expect(h.lines[i].number == "3．" && h.lines[i].text == "正文的第二段？")
    #expect(h.build().questions.contains("正文的第二段？"))
    let k = h.lines.firstIndex { $0.text == "案例正文" }!
    h.retag(k, as: .title)
    h.retag(k, as: .objective)
    #expect(h.lines[k].number.isEmpty && h.lines[k].text == "二、案例正文")
    #expect(h.build().objectives.contains("二、案例正文"))
  }

  @Test("back matter: a heading named so stands at the top whatever its level; a stray line goes to a 注释 at the end")
  func backMatterAtTheTop() throws {
    var h = TaggedHandout(CaseImporter.run(raw, id: "t"))
    let i = h.lines.firstIndex { $0.text == "正文的第一段。" }!
    h.retag(i, as: .heading)
    _ = h.shiftLevel(i, by: 1)
    h.lines[i].text = "附录"
    h.settleLevels()
    #expect(h.lines[i].level == 1)
    let layout = h.layout()
    let k = try #require(layout.headings[i])
    #expect(layout.backMatter.contains(k) && layout.case.sections[k].level == 1)
    #expect(layout.case.sections[k].role == .content)
  }
}
