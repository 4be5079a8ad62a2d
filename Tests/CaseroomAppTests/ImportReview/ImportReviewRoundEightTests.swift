import CaseroomEngine
import Foundation
import Testing

@testable import CaseroomApp

/// What a tester using the import review on ten new hand-outs found wrong (round 8), each as a model test:
/// a run-in label split off, a question's label dropped, an item never numbered twice, a count over headings,
/// `r` and `v` over list items taken for headings, Esc after `Q`, `s` at a count in brackets, the pages that
/// close on any key, the header at 40 columns, English words.
@Suite("Import review: round 8's findings")
struct ImportReviewRoundEightTests: ImportReviewDriving {
  /// An invented hand-out with the shapes the tester met: run-in labels, labelled questions, list numbers
  /// glued to their text, a count in brackets.
  static let handout = """
    社区食堂的开张
    一、学习目标
    了解社区食堂的运营方式。
    二、案例正文
    案情：李某2020年承包了街道的食堂，起初每天只有三十人就餐。
    背景：街道补贴每餐两元，由民政科拨付。
    留言板上有评论（2）条：居民说价格公道（20分钟）。另一位说菜量太少。
    思考1：补贴应当持续多久？
    Q2: 食堂如何保本？
    任务3：访谈两位老人。
    1.小组阅读（10分钟）
    2)分组讨论（20分钟）
    （3）全班交流
    ④总结
    5、布置作业
    """

  func written(_ s: ImportReview) throws -> Case { try CaseFormat.parse(CaseFormat.write(s.built)) }

  @Test("A: s on 案情：… cuts the label off as a heading at the level of the heading before; its text stays body")
  func runInLabel() throws {
    var s = screen(Self.handout)
    go(&s, to: "案情：")
    let at = s.cursor
    press(&s, [.char("s")])
    #expect(s.handout.lines[at].tag == .heading && s.handout.lines[at].text == "案情")
    #expect(s.handout.lines[at].level == 1)
    #expect(s.handout.lines[at + 1].tag == .body && s.handout.lines[at + 1].text.hasPrefix("李某2020年"))
    #expect(s.render().line(23).contains("案情"))
    let c = try written(s)
    let section = try #require(c.sections.first { $0.title == "案情" })
    #expect(section.paragraphs.first?.text.hasPrefix("李某2020年") == true)
    // `>` then makes it a subsection of 案例正文.
    go(&s, to: "案情")
    press(&s, [.char(">")])
    #expect(try written(s).sections.first { $0.title == "案情" }?.level == 2)
    // A time is no label; the title's label is not cut so.
    #expect(TaggedHandout.runInLabel("14:00开始分组") == nil)
    #expect(TaggedHandout.runInLabel("https://example.org/a") == nil)
    #expect(TaggedHandout.runInLabel("案例6-1　物业费之争：某小区") == nil)
    #expect(TaggedHandout.runInLabel("背景：街道补贴")! == ("背景", "街道补贴"))
  }

  @Test("B: q drops a numbered label (思考1：, Q2:, 任务3：, 问题二：): the question is its text, numbered once")
  func questionLabels() throws {
    var s = screen(Self.handout)
    go(&s, to: "思考1：")
    press(&s, [.char("q"), .char("q"), .char("q")])
    let c = try written(s)
    #expect(c.questions == ["补贴应当持续多久？", "食堂如何保本？", "访谈两位老人。"])
    let text = CaseFormat.write(s.built)
    #expect(!text.contains("思考1") && !text.contains("Q2") && !text.contains("任务3"))
    // A question numbered by the importer with its label in its text (`1．思考4：…`): q drops both.
    var n = screen("社区食堂\n一、思考题\n1．思考4：谁来出钱？\n")
    go(&n, to: "1．思考4")
    press(&n, [.char("q")])
    #expect(try written(n).questions == ["谁来出钱？"])
    #expect(!CaseFormat.write(n.built).contains("思考4"))
  }

  @Test("C: p on items numbered in any form (1.x 2)x （3） ④ 5、) writes each numbered once, as the screen shows")
  func numberedOnce() throws {
    var s = screen(Self.handout)
    go(&s, to: "1.小组阅读")
    press(&s, [.char("5"), .char("p")])
    let c = try written(s)
    #expect(c.arrangement == ["小组阅读（10分钟）", "分组讨论（20分钟）", "全班交流", "总结", "布置作业"])
    let text = CaseFormat.write(s.built)
    #expect(!text.contains("）1.") && !text.contains("．1.") && !text.contains("1．1"))
    #expect(TaggedHandout.gluedNumber("1.5倍的补贴") == nil)  // a decimal is no number
    #expect(TaggedHandout.gluedNumber("2019年") == nil)
    #expect(TaggedHandout.gluedNumber("１．导入")! == ("1.", "导入"))
  }

  /// A screen whose lines are set by hand: a plan's heading with its steps taken for headings as high.
  func planScreen() -> ImportReview {
    var s = screen(Self.handout)
    s.handout.lines = [
      TaggedLine(.title, "社区食堂的开张"),
      TaggedLine(.heading, "案例正文", level: 1),
      TaggedLine(.body, "李某承包了街道的食堂。"),
      TaggedLine(.heading, "课时安排", level: 1),
      TaggedLine(.heading, "1.阅读（10分钟）", level: 1),
      TaggedLine(.heading, "2.讨论（20分钟）", level: 1),
      TaggedLine(.heading, "3.总结（10分钟）", level: 1),
      TaggedLine(.heading, "附录", level: 1),
      TaggedLine(.backMatter, "数据来源：街道办。"),
    ]
    s.rebuild()
    return s
  }

  @Test("D: 3p and V j p on heading lines tag every line they cover; the status counts them")
  func countOverHeadings() throws {
    var s = planScreen()
    go(&s, to: "1.阅读")
    press(&s, [.char("3"), .char("p")])
    #expect(try written(s).arrangement == ["阅读（10分钟）", "讨论（20分钟）", "总结（10分钟）"])
    #expect(s.render().line(23).contains("3"))
    #expect(s.handout.lines[s.cursor].text == "附录")  // on to the line after them
    var v = planScreen()
    go(&v, to: "1.阅读")
    press(&v, [.char("V"), .char("j"), .char("q")])
    #expect(try written(v).questions == ["阅读（10分钟）", "讨论（20分钟）"])
    // `3b` over headings makes them body text too.
    var b = planScreen()
    go(&b, to: "1.阅读")
    press(&b, [.char("3"), .char("b")])
    #expect(b.handout.lines[4...6].allSatisfy { $0.tag == .body })
  }

  @Test("E: r p and v p on 课时安排 reach the steps taken for headings as high; the heading stays a heading")
  func partOverListHeadings() throws {
    var s = planScreen()
    go(&s, to: "课时安排")
    press(&s, [.char("r"), .char("p")])
    #expect(try written(s).arrangement == ["阅读（10分钟）", "讨论（20分钟）", "总结（10分钟）"])
    #expect(s.handout.lines[3].tag == .heading)
    #expect(s.render().line(23).contains("3"))
    var v = planScreen()
    go(&v, to: "课时安排")
    press(&v, [.char("v")])
    #expect(v.selection == 3...6)
    press(&v, [.char("p")])
    #expect(v.handout.lines[3].tag == .heading)
    #expect(try written(v).arrangement.count == 3)
    // A numbered part's heading does not reach over the next numbered one (`1．` parts are parts).
    var h = TaggedHandout(
      id: "t", lines: [TaggedLine(.heading, "1．教学目的", level: 1), TaggedLine(.heading, "2．案例", level: 1)])
    h.settleLevels()
    #expect(h.reach(0) == 0...0)
    // Nothing to re-tag: the status says so, and how to tag the others.
    var n = planScreen()
    go(&n, to: "附录")
    press(&n, [.char("r"), .char("n")])
    #expect(n.render().line(23).contains("V"))
  }

  @Test(
    "G: the lines show in the file's order (a breadcrumb left out above the title stays above it); the status and 5G number lines as the file does"
  )
  func fileOrder() throws {
    let raw = """
      首页 > 课程中心 > 案例库

      社区食堂的开张
      一、案例正文
      李某承包了街道的食堂。

      二、思考题
      1．补贴应当持续多久？
      """
    let result = CaseImporter.run(raw, id: "t")
    try #require(result.dropped.contains { $0.line == 1 })
    var s = ImportReview(result, raw: raw, output: nil)
    _ = s.update(.resize(rows: 24, cols: 80), now: Date())
    #expect(s.handout.lines[0].tag == .furniture)
    #expect(s.handout.lines[1].tag == .title)
    press(&s, [.char("j")])
    #expect(s.render().text.contains(Language.current == .zh ? "第 3/8 行" : "line 3/8"), "\(s.render().text)")
    press(&s, [.char("5"), .char("G")])
    #expect(s.handout.lines[s.cursor].text.hasPrefix("李某"))
    press(&s, [.char("8"), .enter])
    #expect(s.handout.lines[s.cursor].tag == .question)
    // A greeting kept as text before the title, the title after its label on line 3: shown in that order.
    let greeting = """
      各位同学好，请在课前读完下面的案例，课上分组讨论。

      【案例】社区食堂的开张

      一、案例正文
      李某承包了街道的食堂。
      二、思考题
      1．补贴应当持续多久？
      """
    var g = ImportReview(CaseImporter.run(greeting, id: "t"), raw: greeting, output: nil)
    _ = g.update(.resize(rows: 24, cols: 80), now: Date())
    let title = try #require(g.handout.lines.firstIndex { $0.tag == .title })
    #expect(g.handout.lines[..<title].contains { $0.text.hasPrefix("各位同学好") }, "\(g.handout.lines.map(\.shown))")
    #expect(g.handout.lines[title].sourceLine == 3)
  }

  @Test("H: s on a line with a count in brackets (评论（2）条) splits after the sentence, not before （2）")
  func bracketedCount() {
    var s = screen(Self.handout)
    go(&s, to: "留言板")
    let at = s.cursor
    press(&s, [.char("s")])
    #expect(s.handout.lines[at].text == "留言板上有评论（2）条：居民说价格公道（20分钟）。")
    #expect(s.handout.lines[at + 1].text == "另一位说菜量太少。")
  }

  @Test("I: a line in full that fits closes on any key, j included, as its status says; a long one scrolls")
  func wholeClosesOnAnyKey() {
    var s = screen(Self.handout)
    press(&s, [.enter])
    #expect(s.render().line(23).contains(Say.importWholeBack))
    press(&s, [.char("j")])
    #expect(!s.wholeShown)
    #expect(s.render().line(0).contains(Say.importReviewTitle))
  }

  @Test("J: at 40 columns the unsaved * stays on the header (the title cut); at 40x12 the detail takes 2 rows")
  func narrowHeader() {
    var s = screen(Self.handout, rows: 12, cols: 40)
    go(&s, to: "留言板")
    press(&s, [.char("x")])
    let head = s.render().line(0).trimmingCharacters(in: .whitespaces)
    #expect(head.hasSuffix("*"), "\(head)")
    #expect(s.geometry.detail == 2)
    #expect(s.geometry.listRows == 8)
  }

  @Test("K: in English the checklist counts 1 body section, 1 question; caseroom's own part is named in English")
  func englishWords() {
    Language.$current.withValue(.en) {
      var s = screen("Title here\n这是开头的一段话。\n一、案例正文\n正文一段。\n二、思考题\n1．为什么？\n")
      let checks = Say.importChecks(s.built).map(\.text)
      #expect(checks.contains { $0.hasPrefix("1 question") && !$0.hasPrefix("1 questions") }, "\(checks)")
      #expect(Say.importItems(.objectives, 1) == "1 objective")
      #expect(Say.importItems(.arrangement, 2) == "2 plan steps")
      #expect(!s.built.sections.contains { $0.title == CaseImporter.introTitle }, "\(s.built.sections.map(\.title))")
      go(&s, to: "正文一段")
      press(&s, [.char("b")])
      _ = s.render()
    }
  }

  @Test("F, L: the help says what s on a heading, q inside a part and the tag keys do, and that Esc cancels a Q")
  func helpSaysIt() {
    Language.$current.withValue(.zh) {
      var s = screen(Self.handout, rows: 60, cols: 200)
      press(&s, [.char("?")])
      let help = s.render().text
      #expect(help.contains("小标题拆成两个小标题"))
      #expect(help.contains("移到思考题部分"))
      #expect(help.contains("都移到下一行"))
      #expect(help.contains("取消按过的 Q"))
    }
  }
}
