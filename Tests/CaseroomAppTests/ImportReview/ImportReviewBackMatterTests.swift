import CaseroomEngine
import Foundation
import Testing

@testable import CaseroomApp

/// Back matter in the import review (`n`, `r n`): a section of its own at the top level, its lines text
/// and never items, written as the importer writes a back matter it recognises.
@Suite("Import review: back matter")
struct ImportReviewBackMatterTests: ImportReviewDriving {
  /// What `w` writes (to standard output: the review ends with it).
  func written(_ s: inout ImportReview) throws -> String {
    #expect(press(&s, [.char("w")]).ends)
    return try #require(s.outcome.caseText)
  }

  @Test("r n on notes under a name the importer does not know writes the file a right guess writes")
  func retaggedIsRightGuess() throws {
    try #require(!ImportReviewTests.notesRight.isEmpty)
    var right = screen(ImportReviewTests.notesRight)
    let expected = try written(&right)
    #expect(expected.contains("# 注释"))
    var s = screen(ImportReviewTests.notes, rows: 40, cols: 120)
    // The wrong guess: the notes are the case's text.
    let before = s.render()
    #expect(before.lines.filter { $0.hasPrefix("附注") || $0.hasPrefix("back") }.isEmpty)
    #expect(before.lines.filter { $0.contains("①数据来源") && ($0.hasPrefix("正文") || $0.hasPrefix("body")) }.count == 1)
    go(&s, to: "说明与出处")
    _ = press(&s, [.char("r"), .char("n")])
    // What the teacher sees: the three notes tagged back matter, the status saying so.
    let f = s.render()
    #expect(f.lines.filter { $0.hasPrefix("附注") || $0.hasPrefix("back") }.count == 3)
    #expect(f.line(39).contains("3"))
    // The checklist counts it among the case's text, as the reader will, and says it is back matter.
    #expect(f.text.contains("含附注 1 节：说明与出处") || f.text.contains("1 of them back matter: 说明与出处"))
    #expect(!before.text.contains("含附注") && !before.text.contains("back matter:"))
    let text = try written(&s)
    #expect(text.replacingOccurrences(of: "说明与出处", with: "注释") == expected)
  }

  @Test("r n on a heading inside the case's text: shown and written at the top level, its text never items")
  func nestedHeadingGoesToTheTop() throws {
    let raw = """
      县域医共体改革
      一、教学目的
      1．了解医共体。
      二、案例正文
      （一）改革
      医共体成立后，县医院每周派出专家到乡镇坐诊。
      （二）延伸材料
      1．县卫健委，2021年工作报告。
      2．省医改办，2020年通报。
      三、思考题
      1．医共体为什么有效？
      """
    var s = screen(raw)
    let h = s.handout.lines.firstIndex { $0.text == "延伸材料" }!
    #expect(s.handout.lines[h].level == 2)
    go(&s, to: "（二）延伸材料")
    _ = press(&s, [.char("r"), .char("n")])
    // The tag column shows the level written: 1.
    #expect(s.handout.lines[h].level == 1)
    // (The row of the list: left of the outline pane, which names the heading too.)
    let row = s.render().lines.map { $0.split(separator: "│").first.map(String.init) ?? "" }
      .first { $0.contains("（二）延伸材料") }
    #expect(row?.hasPrefix("标题1") == true || row?.hasPrefix("head1") == true)
    let c = try CaseFormat.parse(try written(&s))
    let k = try #require(c.sections.firstIndex { $0.title == "延伸材料" })
    #expect(c.sections[k].level == 1 && c.sections[k].role == .content)
    #expect(c.sections[k].paragraphs.map(\.text) == ["1．县卫健委，2021年工作报告。", "2．省医改办，2020年通报。"])
    #expect(c.sections[k].paragraphs.allSatisfy { $0.label == nil })
    #expect(c.questions == ["医共体为什么有效？"])
  }

  @Test("n on one line of the case's text: the line goes to a 注释 at the end; the text after it stays in place")
  func strayLineGoesToTheEnd() throws {
    var s = screen(ImportReviewTests.raw)
    go(&s, to: "医共体成立后")
    _ = press(&s, [.char("n")])
    let c = try CaseFormat.parse(try written(&s))
    #expect(c.sections.last?.title == "注释" && c.sections.last?.level == 1)
    #expect(c.sections.last?.paragraphs.map(\.text) == ["医共体成立后，县医院每周派出专家到乡镇坐诊。"])
    let body = try #require(c.sections.first { $0.title == "案例正文" })
    #expect(body.paragraphs.map(\.text).contains("乡镇卫生院的门诊量在一年内增长了三成。"))
    #expect(c.arrangement == ["阅读；", "讨论。"])
  }

  @Test("the outline pane shows the back matter where the file has it: last, at the top level")
  func outlineShowsIt() {
    var s = screen(ImportReviewTests.raw)
    go(&s, to: "医共体成立后")
    _ = press(&s, [.char("n")])
    let rows = ImportReview.outlineRows(s.built, width: 30)
    #expect(rows.last?.hasPrefix("注释") == true)
    #expect(s.render().text.contains("注释"))
  }

  @Test("n on a heading makes it open back matter, as r n: its lines follow; a count tags it back matter too")
  func nOnAHeading() throws {
    var s = screen(ImportReviewTests.notes, rows: 40, cols: 120)
    go(&s, to: "说明与出处")
    let i = s.cursor
    _ = press(&s, [.char("n")])
    #expect(s.handout.lines[i].tag == .heading && s.handout.lines[i].part == .backMatter)
    #expect(s.render().lines.filter { $0.hasPrefix("附注") || $0.hasPrefix("back") }.count == 3)
    // A count tags the lines it covers, whatever they were (round 8): the heading too.
    _ = press(&s, [.char("u"), .char("2"), .char("n")])
    #expect(s.handout.lines[i].tag == .backMatter && s.handout.lines[i].part == nil)
    #expect(s.handout.lines[i + 1].tag == .backMatter)
  }
}
