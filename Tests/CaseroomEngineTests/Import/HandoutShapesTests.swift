import Foundation
import Testing

@testable import CaseroomEngine

/// One test per shape the hand-outs of issue 13 came in, each as small as it can be.
@Suite("Importer: the shapes of real hand-outs")
struct HandoutShapesTests {
  func imported(_ raw: String) -> Case { CaseImporter.run(raw, id: "t").result }
  func outline(_ raw: String) -> Outline { Outline(imported(raw)) }

  @Test(
    "class-plan items on the heading's own line, with or without spaces",
    arguments: ["四、课堂安排 1.阅读案例 2.分组讨论 3.全班交流", "四、课堂安排1.阅读案例2.分组讨论3.全班交流", "四、课堂安排：1．阅读案例2．分组讨论3．全班交流"])
  func planOnHeadingLine(_ line: String) {
    let o = outline("案例\n一、教学目的\n1．了解甲。\n二、案例正文\n正文。\n三、思考题\n1．为什么？\n\(line)")
    #expect(o.arrangement == ["阅读案例", "分组讨论", "全班交流"])
    let alone = line.replacingOccurrences(of: "四、", with: "一、")
    #expect(imported("案例\n\(alone)").sections.first?.title == "课堂安排")
  }

  @Test("a title that runs into a body starting with the same words")
  func repeatedTitle() {
    let c = imported("案例\n二、案例内容（一）政务外网政务外网是承载非涉密业务的公共网络。（二）政务内网政务内网与外网物理隔离。")
    #expect(c.contentSections.map(\.title) == ["政务外网", "政务内网"])
    #expect(c.contentSections[0].paragraphs.first?.text == "政务外网是承载非涉密业务的公共网络。")
  }

  @Test("a title that runs into a body starting with a year, or with a quote after it")
  func runIntoBody() {
    let c = imported(
      "案例\n二、案例内容（一）改革缘起2015年以前，M省的工程各自为政。（二）推行“一网承载”2017年，全市推进整合。（三）成效与隐忧截至2020年底，迁移完成。")
    #expect(c.contentSections.map(\.title) == ["改革缘起", "推行“一网承载”", "成效与隐忧"])
    #expect(c.contentSections[0].paragraphs.first?.text == "2015年以前，M省的工程各自为政。")
  }

  @Test("never an empty title or a doubled number", arguments: ["四、", "四、\n", "四、。。。"])
  func noEmptyTitle(_ last: String) throws {
    let r = CaseImporter.run("案例\n一、教学目的\n1．了解甲。\n二、案例正文\n正文。\n三、思考题\n1．为什么？\n" + last, id: "t")
    for s in r.result.sections {
      #expect(!s.title.isEmpty)
      #expect(!s.title.hasPrefix(s.number) || s.number.isEmpty, "\(s.heading)")
    }
    let again = try CaseFormat.parse(CaseFormat.write(r.result))
    #expect(!again.sections.contains { $0.heading.hasPrefix("四、四、") })
  }

  @Test("【案例名称】X and 案例名称：X give the title X", arguments: ["【案例名称】县域医共体改革", "案例名称：县域医共体改革"])
  func labelledTitle(_ line: String) {
    let r = CaseImporter.run("\(line)\n【教学目的】\n1．了解甲。\n【案例正文】\n正文。", id: "t")
    #expect(r.result.title == "县域医共体改革")
    #expect(r.dropped.map(\.text) == [line.hasPrefix("【") ? "【案例名称】" : "案例名称："])
    #expect(r.result.sections.map(\.title) == ["教学目的", "案例正文"])
  }

  @Test("a lead-in and inline （1）…；（2）…。 give 2 objectives; the lead-in is the introduction")
  func leadIn() throws {
    let raw = "案例\n【教学目的】通过本案例的学习，使学员：（1）了解甲；（2）理解乙。\n【案例正文】\n正文。"
    let c = imported(raw)
    #expect(Outline(c).objectives == ["了解甲；", "理解乙。"])
    #expect(c.sections[0].paragraphs.map(\.text) == ["通过本案例的学习，使学员：", "了解甲；", "理解乙。"])
    #expect(c.sections[0].paragraphs.map(\.isItem) == [false, true, true])
  }

  @Test("1. 背景 subsections under 【案例正文】")
  func arabicSubsections() {
    let c = imported("案例\n【案例正文】\n1. 背景\n背景的文字。\n2. 经过\n经过的文字。\n【思考题】\n1. 为什么？\n2. 怎么办？")
    #expect(c.contentSections.map(\.title) == ["背景", "经过"])
    #expect(c.contentSections.map(\.level) == [2, 2])
    #expect(c.questions == ["为什么？", "怎么办？"])
  }

  @Test("decimal headings 1 / 2.1 / 2.1.1, with a trailing dot, a full-width space or nothing")
  func decimal() throws {
    let raw =
      "案例\n1 教学目的\n1) 了解甲；\n2) 理解乙。\n2　案例正文\n2.1项目缘起\n缘起的文字。\n2.2. 建设过程\n2.2.1 数据归集\n归集的文字。\n2.2.2 算法试点\n试点的文字。\n3 思考题\n1) 为什么？\n2) 怎么办？"
    let c = imported(raw)
    #expect(c.objectives == ["了解甲；", "理解乙。"])
    #expect(c.contentSections.map(\.title) == ["项目缘起", "数据归集", "算法试点"])
    #expect(c.contentSections.map(\.level) == [2, 3, 3])
    #expect(c.questions == ["为什么？", "怎么办？"])
    let again = try CaseFormat.parse(CaseFormat.write(c))
    #expect(again.sections.map(\.title) == c.sections.map(\.title))
    #expect(again.sections.map(\.number) == ["1 ", "2 ", "2.1 ", "2.2. ", "2.2.1 ", "2.2.2 ", "3 "])
  }

  @Test("unnumbered headings between paragraphs, 问题1： questions")
  func unnumbered() {
    let c = imported(
      "网格化管理\n教学目的\n1．了解网格化。\n背景介绍\n街道位于老城区，人口密集。\n改革过程\n街道划分了86个网格，每个网格配备一名网格员。\n思考题\n问题1：为什么有效？\n问题2：有何风险？")
    #expect(c.sections.map(\.title) == ["教学目的", "背景介绍", "改革过程", "思考题"])
    #expect(c.questions == ["为什么有效？", "有何风险？"])
    #expect(c.sections[3].paragraphs.map(\.label) == ["问题1：", "问题2："])
  }

  @Test("①②③ after 思考题：, and 1) items keep their numbers as labels")
  func circledAndParen() {
    let c = imported("案例\n案例正文\n正文的文字，很长的一段。\n思考题：①为什么？②怎么办？③还有呢？\n课堂安排\n1) 阅读\n2) 讨论")
    #expect(c.questions == ["为什么？", "怎么办？", "还有呢？"])
    #expect(c.arrangement == ["阅读", "讨论"])
    #expect(c.sections.last?.paragraphs.map(\.label) == ["1)", "2)"])
  }

  @Test("PDF copy: the running header is not the title, page numbers are dropped, sentences are joined")
  func pdf() {
    // A paragraph hard-wrapped at 30 characters, over three pages, each with a running header and a page number.
    let paragraph = Array(
      "河长制是由各级党政主要负责人担任河长，负责组织领导相应河湖的管理和保护工作的一项制度。"
        + "它起源于地方的探索，后来上升为国家制度，在全国的江河湖泊普遍推行，各地的做法也不尽相同。"
        + "有的地方设立了民间河长，有的地方引入了第三方评估，还有的地方把河长制和林长制结合起来。"
        + "制度的效果如何，既取决于河长本人的重视程度，也取决于部门之间能否形成稳定的协作机制。"
        + "一些学者指出，河长制本质上是以领导干部的个人权威弥补部门协调机制的不足，一旦领导调整，治理力度就可能减弱。"
        + "另一些学者则认为，河长制把分散在各部门的职责集中到一个责任主体身上，降低了协调成本，提高了问责的清晰度。"
        + "在基层，河长们每月巡河、填写巡河记录、处理群众举报，工作量不小，但真正能够调动的资源却往往有限。"
        + "如何让河长制从依靠个人重视转向依靠制度运行，是各地在推行过程中需要共同回答的问题。")
    var wrapped = ["　　" + String(paragraph[0..<28])]
    var i = 28
    while i < paragraph.count {
      wrapped.append(String(paragraph[i..<min(i + 30, paragraph.count)]))
      i += 30
    }
    var lines = ["公共管理案例库", "河长制改革", "一、案例正文"]
    for (n, line) in wrapped.enumerated() {
      lines.append(line)
      if n == 5 || n == 11 { lines += ["- \(n / 6 + 1) -", "公共管理案例库"] }
    }
    lines += ["- 3 -", "二、思考题", "1．为什么？"]
    let raw = lines.joined(separator: "\n")
    let r = CaseImporter.run(raw, id: "t")
    #expect(r.result.title == "河长制改革")
    #expect(Set(r.dropped.map(\.text)) == ["公共管理案例库", "- 1 -", "- 2 -", "- 3 -"])
    // One paragraph again (cut at sentence ends, as any paragraph of over 300 characters is).
    #expect(r.result.sections[0].paragraphs.map(\.text).joined() == String(paragraph))
    #expect(HanziCount.lost(raw, r).isEmpty)
  }

  @Test("page numbers of every usual form", arguments: ["- 3 -", "—3—", "第 3 页", "第3页 共12页", "3/12", "Page 3", "3"])
  func pageNumbers(_ number: String) {
    let raw = "标题\n一、案例正文\n第一段的文字。\n\(number)\n第二段的文字。\n二、思考题\n1．为什么？"
    let r = CaseImporter.run(raw, id: "t")
    #expect(r.dropped.map(\.text) == [number])
    #expect(r.result.sections[0].paragraphs.map(\.text) == ["第一段的文字。", "第二段的文字。"])
  }

  @Test("a paragraph's short first line is not a paragraph of its own; a new one starts after a short line")
  func hardWraps() {
    let full = "这是一段从PDF里复制出来的文字，每一行都排到了版心的宽度为止"
    let raw = "标题\n一、案例正文\n　　首行缩进两个字，" + full + "\n" + full + "\n最后一行比较短。\n" + full + "\n结束。\n二、思考题\n1．为什么？"
    let c = imported(raw)
    #expect(c.sections[0].paragraphs.count == 2, "\(c.sections[0].paragraphs.map(\.text))")
    #expect(c.sections[0].paragraphs[0].text.hasPrefix("首行缩进两个字，这是一段"))
  }

  @Test("a class plan as |-separated rows gives one step per row, the header row left out")
  func planTable() throws {
    let raw =
      "案例\n一、思考题\n1．为什么？\n二、课堂安排\n| 环节 | 内容 | 时间 |\n|---|---|---|\n| 1 | 阅读案例 | 30分钟 |\n| 2 | 分组讨论 | 40分钟 |\n| 3 | 全班交流 | 30分钟 |"
    let c = imported(raw)
    #expect(Outline(c).arrangement == ["1 | 阅读案例 | 30分钟", "2 | 分组讨论 | 40分钟", "3 | 全班交流 | 30分钟"])
    let rows = c.sections[1].paragraphs
    #expect(rows.map { $0.row?.isHeader } == [true, false, false, false])
    let again = try CaseFormat.parse(CaseFormat.write(c))
    #expect(again.sections[1].sameContent(as: c.sections[1]))
  }

  @Test("a Word table: tab-separated cells, a header found without a rule")
  func tabTable() {
    let raw = "案例\n一、课堂安排\n环节\t内容\t时间\n1\t阅读案例\t30分钟\n2\t分组讨论\t40分钟"
    #expect(outline(raw).arrangement == ["1 | 阅读案例 | 30分钟", "2 | 分组讨论 | 40分钟"])
  }

  @Test(
    "numbers inside a sentence stay prose",
    arguments: [
      "坚持(1)原则公开、(2)程序规范、(3)结果可查的要求。", "一是统一规划，二是统一标准，三是分步迁移。", "带宽为2.5Gbps，于2019.12完成，投资3.2亿元。", "分为（1）前期、（2）后期两段。",
    ])
  func inlineNumbers(_ sentence: String) {
    let c = imported("案例\n一、案例正文\n\(sentence)\n二、思考题\n1．为什么？")
    #expect(c.sections[0].paragraphs.map(\.text) == [sentence])
    #expect(c.sections[0].paragraphs.allSatisfy { $0.label == nil })
  }

  @Test("a Word export: BOM, CRLF, a tab after the item number kept as a space, full-width indents")
  func wordExport() throws {
    let raw = "\u{FEFF}案例\r\n一、教学目的\r\n1.\t了解甲。\r\n2.\tS市的做法。\r\n二、案例正文\r\n\u{3000}\u{3000}正文。\r\n"
    let c = imported(raw)
    #expect(c.objectives == ["了解甲。", "S市的做法。"])
    #expect(c.sections[1].paragraphs.map(\.text) == ["正文。"])
    #expect(CaseFormat.write(c).contains("\n2. S市的做法。\n"))
  }

  @Test("empty or blank input is an error", arguments: ["", " ", "\n\n", "\u{3000}\t\r\n", "\u{FEFF}"])
  func empty(_ raw: String) {
    #expect(throws: ImportError.empty) { try CaseImporter.importing(raw) }
  }

  @Test("Part 1 headings and Q1. questions")
  func partLatin() {
    let c = imported("案例\nPart 1 教学目的\n1. 了解甲。\nPart 2 案例正文\n正文。\nPart 3 讨论题\nQ1. 为什么？\nQ2. 怎么办？")
    #expect(c.sections.map(\.title) == ["教学目的", "案例正文", "讨论题"])
    #expect(c.sections.map(\.number) == ["Part 1 ", "Part 2 ", "Part 3 "])
    #expect(c.questions == ["为什么？", "怎么办？"])
  }

  @Test("第一章 / 第一节 nest")
  func chapters() {
    let c = imported("案例\n第一章 教学目的\n1．了解甲。\n第二章 案例正文\n第一节 概况\n概况。\n第二节 历程\n历程。\n第三章 思考题\n1．为什么？")
    #expect(c.contentSections.map(\.title) == ["概况", "历程"])
    #expect(c.contentSections.map(\.level) == [2, 2])
  }

  @Test("a subtitle: the line starting with —— after the title")
  func subtitle() {
    let c = imported("M省改革\n——从跑腿到跑数据\n一、案例正文\n正文。")
    #expect(c.title == "M省改革")
    #expect(c.subtitle == "从跑腿到跑数据")
  }

  @Test("the report lists unsure titles, with where the body starts")
  func reportUnsure() {
    let r = CaseImporter.run("案例\n二、案例内容（一）金宏工程金宏是一个系统。（二）某某某某某某某某某某某某某某某某，很长。", id: "t")
    #expect(
      r.report.contains {
        guard $0.kind == .unsure, case .titleEnd(let heading, _, let body) = $0.what else { return false }
        return heading.hasPrefix("（二）") && body.hasPrefix("「")
      })
  }

  @Test("importing stays linear: a flattened text four times as long takes about four times as long")
  func linear() {
    let body = String(Fixtures.seed.split(separator: "\n", maxSplits: 1)[1])
    func time(_ copies: Int) -> Double {
      let raw = "标题\n" + String(repeating: body, count: copies)
      let start = Date()
      _ = CaseImporter.run(raw)
      return Date().timeIntervalSince(start)
    }
    _ = time(2)
    let small = time(8)
    let large = time(32)
    // Quadratic work would take 16 times as long; allow for a busy machine.
    #expect(large < max(small, 0.05) * 9, "8 copies: \(small) s, 32 copies: \(large) s")
  }

  @Test("a running footer that carries the page number, the last page short")
  func footerWithNumber() {
    var lines = ["河长制改革", "一、案例正文"]
    for page in 1...3 {
      lines += (1...9).map { "第\(page)页的第\($0)段。" }
      lines.append("W市河长制改革案例    第\(page)页")
    }
    lines += ["最后一页只有一段。", "W市河长制改革案例    第4页"]
    let r = CaseImporter.run(lines.joined(separator: "\n"), id: "t")
    #expect(r.dropped.map(\.line) == [12, 22, 32, 34])
    #expect(!r.result.sections[0].paragraphs.contains { $0.text.contains("案例") })
  }

  @Test("【案例名称】 in a flattened text: the title ends at the next 【")
  func flattenedLabelledTitle() {
    let r = CaseImporter.run("【案例名称】县域医共体改革【教学目的】通过学习，使学员：（1）了解甲；（2）理解乙。【案例正文】正文。【思考题】1．为什么？2．怎么办？", id: "t")
    #expect(r.result.title == "县域医共体改革")
    #expect(r.result.sections.map(\.title) == ["教学目的", "案例正文", "思考题"])
    #expect(Outline(r.result).objectives == ["了解甲；", "理解乙。"])
  }
}
