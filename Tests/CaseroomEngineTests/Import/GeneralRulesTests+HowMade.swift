import Foundation
import Testing

@testable import CaseroomDocuments
@testable import CaseroomEngine

/// Rules written from how hand-outs are made (issue 25, fifth session): what a PDF's geometry shows and
/// its text drops, footnotes set with a hanging number, Markdown notes right after the text, a form or a
/// page's properties at the top, exports' decorations, a case handed out in parts, Word's legal numbering.
extension GeneralRulesTests {
  /// `pdftotext -bbox-layout`'s XHTML for lines of (text, height, top) on one page each list.
  static func boxes(_ pages: [[(String, Double, Double)]]) -> String {
    var out = "<html><body><doc>\n"
    for page in pages {
      out += "<page width=\"612\" height=\"792\"><flow><block>\n"
      for (text, height, top) in page {
        out += "<line><word xMin=\"72\" yMin=\"\(top)\" xMax=\"500\" yMax=\"\(top + height)\">\(text)</word></line>\n"
      }
      out += "</block></flow></page>\n"
    }
    return out + "</doc></body></html>\n"
  }

  @Test("a PDF's headings ranked by font size (no numbers to tell the levels), the title left as it is")
  func pdfHeadingsBySize() {
    let lines: [(String, Double)] = [
      ("医保支付方式改革", 28), ("教学目的", 23), ("理解改革对医院的影响。", 14), ("改革的由来", 23), ("按病种付费", 19.5),
      (Self.body, 14), ("医院的反应", 19.5), (Self.body, 14), ("监管的跟进", 23), (Self.body, 14), ("思考题", 23),
      ("1．为什么会推诿病人？", 14),
    ]
    var top = 70.0
    let page = lines.map { (text, h) -> (String, Double, Double) in
      defer { top += h + 10 }
      return (text, h, top)
    }
    let layout = lines.map(\.0).joined(separator: "\n") + "\n"
    let marked = PdfGeometry.marked(layout: layout, bbox: Self.boxes([page]))
    #expect(marked.hasPrefix("医保支付方式改革\n# 教学目的\n"))
    #expect(marked.contains("\n## 按病种付费\n") && marked.contains("\n# 监管的跟进\n"))
    let o = Outline(imported(marked, .pdf).result)
    #expect(o.sections.map { "\($0.title)@\($0.level)" } == ["按病种付费@2", "医院的反应@2", "监管的跟进@1"])
    // The same text without the sizes: every heading at one level.
    let plain = Outline(imported(layout, .pdf).result)
    #expect(!plain.sections.contains { $0.level == 2 })
  }

  @Test("a PDF's paragraph set with space after it starts a paragraph, though its text shows no blank line")
  func pdfParagraphsBySpace() {
    // Each paragraph's last line as full as the lines before it: nothing in the text says where one ends.
    let first = ["门店客流骤减，礼盒订单大量取消。总经理周敏决定尝试直播带货，由店", "长轮流出镜，介绍糕点的做法和老店的故事，第一场直播只有三百人看。"]
    let second = ["团队复盘后发现，观众最感兴趣的不是打折，而是后厨师傅现场制作的", "过程。此后，直播间搬进了后厨，线上订单的比重在一年内上升三成。"]
    let text = ["稻香斋", "一、直播带货"] + first + second + ["二、思考题", "1．直播为什么有了起色？"]
    let tops = [70.0, 100, 130, 144, 166, 180, 210, 240]
    let page = zip(text, tops).map { ($0, $0 == "稻香斋" ? 20.0 : 14.0, $1) }
    let layout = text.joined(separator: "\n") + "\n"
    let marked = PdfGeometry.marked(layout: layout, bbox: Self.boxes([page]))
    #expect(marked.contains("三百人看。\n\n团队复盘"))
    let part = imported(marked, .pdf).result.contentSections.first
    #expect(part?.paragraphs.count == 2)
    #expect(imported(layout, .pdf).result.contentSections.first?.paragraphs.count == 1)
  }

  @Test("a PDF's footnote whose number stands on a line of its own, and the blank after a note's number, are kept")
  func pdfFootnoteHangingNumber() {
    let page1 = ["网约车监管", "一、背景", Self.body + "1", Self.body, "", "1", "    2021年数据，来自K市交通局。", "2 根据访谈整理。"]
    let page2 = ["二、课堂安排", "  1. 课前阅读；", "  2. 课上讨论。"]
    let r = imported(page1.joined(separator: "\n") + "\u{0C}" + page2.joined(separator: "\n"), .pdf).result
    #expect(Outline(r).arrangement == ["课前阅读；", "课上讨论。"])
    let notes = r.sections.last
    #expect(notes?.title == "注释")
    #expect(notes?.paragraphs.map(\.text) == ["1 2021年数据，来自K市交通局。", "2 根据访谈整理。"])
    #expect(imported(page1.joined(separator: "\n") + "\u{0C}" + page2.joined(separator: "\n"), .pdf).dropped.isEmpty)
  }

  @Test("Markdown footnote definitions right after the last line, no blank line between, are still the notes 注释")
  func markdownNotesWithoutBlank() {
    let raw = [
      "# 网约车监管", "", "## 背景", "", Self.body + "[^1]", "", "## 课堂安排", "", "1. 阅读", "2. 讨论", "[^1]: 数据来自K市交通局。",
      "[^2]: 根据访谈整理。",
    ].joined(separator: "\n")
    let r = imported(raw, .markdown).result
    #expect(Outline(r).arrangement == ["阅读", "讨论"])
    #expect(r.sections.last.map { "\($0.title)×\($0.paragraphs.count)" } == "注释×2")
    // Under a heading that names them already, one section.
    let named = raw.replacingEvery("2. 讨论\n", with: "2. 讨论\n\n## 注释\n\n")
    let n = imported(named, .markdown).result
    #expect(n.sections.filter { $0.title == "注释" }.map(\.paragraphs.count) == [2])
  }

  @Test(
    "a form at the top, as a table's rows or as labelled lines (a page's properties), is front matter, a part a label",
    arguments: ["课程名称\t公共政策分析\n适用对象\tMPA研究生", "课程名称: 公共政策分析\n适用对象：MPA研究生"])
  func formAtTop(_ form: String) {
    let raw = ["网约车监管", form, "一、背景", Self.body, "二、思考题", "1．为什么？"].joined(separator: "\n")
    let r = imported(raw).result
    #expect(r.subtitle == nil)
    #expect(r.sections.prefix(2).map { "\($0.title)×\($0.paragraphs.count)" } == ["课程名称×1", "适用对象×1"])
    #expect(Outline(r).sections.map(\.title) == ["课程名称", "适用对象", "背景"])
    // Labelled lines inside the text are the text's.
    let inside = ["网约车监管", "一、背景", Self.body, "时间：2020年", "地点：K市", "二、思考题", "1．为什么？"].joined(separator: "\n")
    #expect(Outline(imported(inside).result).sections.map(\.title) == ["背景"])
  }

  @Test("an export's decorations: emoji before a heading's name and lines of HTML tags alone (anchors) are marks")
  func exportDecorations() {
    let raw = [
      "<a name=\"top\"></a>", "# 网约车监管", "", "<a name=\"a1\"></a>", "## 🎯 教学目标", "", "了解监管的演变。", "", "## 📖 背景", "",
      Self.body, "", "## 💡 思考题", "", "1. 为什么？", "", "## 🗓️ 课堂安排", "", "讨论。",
    ].joined(separator: "\n")
    let r = imported(raw, .markdown).result
    let o = Outline(r)
    #expect(o.title == "网约车监管")
    #expect(o.objectives == ["了解监管的演变。"] && o.questions == ["为什么？"] && o.arrangement == ["讨论。"])
    #expect(o.sections.map(\.title) == ["背景"])
  }

  @Test("a case handed out in parts (案例（A）, 案例（B）) with questions after each, numbered on")
  func caseInParts() {
    let raw = [
      "网约车监管", "教学目的：了解监管的演变。", "案例（A）：细则出台", Self.body, "讨论题：", "1．细则为什么引起争议？", "2．你预计平台会怎样应对？",
      "案例（B）：平台转向", Self.body, "讨论题：", "3．平台的应对在意料之中吗？", "4．监管应当怎样调整？", "课堂安排：先发（A），再发（B）。",
    ].joined(separator: "\n")
    let o = Outline(imported(raw).result)
    #expect(o.objectives == ["了解监管的演变。"])
    #expect(o.sections.map(\.title) == ["案例（A）：细则出台", "案例（B）：平台转向"])
    #expect(o.questions == ["细则为什么引起争议？", "你预计平台会怎样应对？", "平台的应对在意料之中吗？", "监管应当怎样调整？"])
  }

  @Test("a heading styled a level below a role's part that holds only its own text stays a level below")
  func styledLevelBelowRole() {
    let raw = [
      "# 教学目的", "", "了解监管的演变。", "", "## 背景", "", Self.body, "", "## 转向", "", Self.body, "", "# 思考题", "", "1. 为什么？",
    ]
    let o = Outline(imported((["网约车监管", ""] + raw).joined(separator: "\n"), .markdown).result)
    #expect(o.sections.map { "\($0.title)@\($0.level)" } == ["背景@2", "转向@2"])
    #expect(o.objectives == ["了解监管的演变。"])
  }

  @Test("Word's legal numbering (isLgl) shows the levels above in Arabic digits: 1.1 under 第一章")
  func wordLegalNumbering() {
    func numbering(legal: Bool) -> DocxNumbering {
      let lgl = legal ? "<w:isLgl/>" : ""
      let xml = """
        <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
        <w:abstractNum w:abstractNumId="1">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1章"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/>\(lgl)<w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>
        </w:numbering>
        """
      return DocxNumbering(xml: Data(xml.utf8))
    }
    var n = numbering(legal: true)
    #expect(
      [n.next(numId: "5", ilvl: 0), n.next(numId: "5", ilvl: 1), n.next(numId: "5", ilvl: 1)] == ["第一章", "1.1", "1.2"])
    var plain = numbering(legal: false)
    #expect([plain.next(numId: "5", ilvl: 0), plain.next(numId: "5", ilvl: 1)] == ["第一章", "一.1"])
  }
}

extension GeneralRulesTests {
  @Test("a PDF heading wrapped onto a second line in its size is one heading; two short headings in a row are two")
  func pdfHeadingsOverTwoLines() {
    let long = "二、从线下门店到直播间：一家百年老字号的"
    let lines: [(String, Double)] = [
      ("稻香斋", 28), ("一、背景", 23), (Self.body, 14), (Self.body, 14), (long, 23), ("转型之路", 23), (Self.body, 14),
      (Self.body, 14), ("三、案例正文", 23), ("四、思考题", 23), ("1．为什么？", 14), (Self.body, 14),
    ]
    var top = 70.0
    let page = lines.map { (text, h) -> (String, Double, Double) in
      defer { top += h + 10 }
      return (text, h, top)
    }
    let marked = PdfGeometry.marked(layout: lines.map(\.0).joined(separator: "\n"), bbox: Self.boxes([page]))
    #expect(marked.contains("# " + long + "转型之路\n"))
    #expect(marked.contains("# 三、案例正文\n# 四、思考题\n"))
  }
}

extension GeneralRulesTests {
  @Test(
    "a line under a PDF's title in a heading's size with nothing of its own (a Subtitle style) is the subtitle",
    arguments: [("医院的一个侧面", 23.0, true), ("一个街道的探索", 20, true), ("案例正文", 23, false)])
  func pdfSubtitleBySize(_ second: (String, Double, Bool)) {
    let lines: [(String, Double)] = [
      ("医保改革", 28), (second.0, second.1), ("一、教学目的", 23), ("理解改革。", 14), ("二、背景", 23), (Self.body, 14), (Self.body, 14),
      ("三、转向", 23), (Self.body, 14), (Self.body, 14), ("四、思考题", 23), ("1．为什么？", 14),
    ]
    var top = 70.0
    let page = lines.map { (text, h) -> (String, Double, Double) in
      defer { top += h + 10 }
      return (text, h, top)
    }
    let marked = PdfGeometry.marked(layout: lines.map(\.0).joined(separator: "\n"), bbox: Self.boxes([page]))
    #expect(marked.hasPrefix("医保改革\n" + (second.2 ? "" : "# ") + second.0 + "\n# 一、教学目的\n"))
    let r = imported(marked, .pdf).result
    #expect(r.subtitle == (second.2 ? second.0 : nil))
    #expect(Outline(r).sections.map(\.title) == ["背景", "转向"])
  }
}

extension GeneralRulesTests {
  @Test("a hand-out forwarded by e-mail: the header's fields and the note above the rule are the message, left out")
  func forwardedMessage() {
    let message = ["发件人：王老师", "主题：周五课的案例", "", "各位同学：请提前阅读。", "", "----------", ""]
    let handout = ["网约车监管", "一、背景", Self.body, "二、思考题", "1．为什么？"]
    let r = imported((message + handout).joined(separator: "\n"))
    #expect(r.result.title == "网约车监管")
    #expect(r.dropped.map(\.reason) == [.message, .message, .message])
    #expect(Outline(r.result).sections.map(\.title) == ["背景"])
    // Lines above a rule with no mail header's field are the hand-out's own.
    let plain = imported((["网约车监管", "本案例供课堂讨论。", "----------"] + handout.dropFirst()).joined(separator: "\n"))
    #expect(plain.dropped.isEmpty && plain.result.title == "网约车监管")
  }
}

extension GeneralRulesTests {
  @Test("a Word file whose headings are set by hand in larger fonts (no heading style) has them as levels by size")
  func wordSizesByHand() {
    // Paragraphs as the .docx reader writes them, each with the size (half-points) most of its text is in.
    let paragraphs: [(String, Int)] = [
      ("乡村民宿", 40), ("教学目标", 32), ("理解乡村治理。", 21), ("民宿的兴起", 32), ("返乡青年", 28), (Self.body, 21),
      ("合作社", 28), (Self.body, 21), ("规范与冲突", 32), (Self.body, 21), (Self.body, 21), ("思考题", 32), ("1．为什么？", 21),
    ]
    var out = ""
    var plain: [(offset: Int, size: Int, characters: Int)] = []
    for (text, size) in paragraphs {
      plain.append((out.utf8.count, size, text.unicodeScalars.count))
      out += text + "\n\n"
    }
    let marked = DocxReader.marked(out, plain)
    #expect(marked.hasPrefix("乡村民宿\n\n# 教学目标\n\n理解乡村治理。\n\n# 民宿的兴起\n\n## 返乡青年\n\n"))
    let o = Outline(imported(marked, .docx).result)
    #expect(o.sections.map { "\($0.title)@\($0.level)" } == ["返乡青年@2", "合作社@2", "规范与冲突@1"])
    // One size throughout: nothing marked.
    #expect(DocxReader.marked(out, plain.map { ($0.offset, 21, $0.characters) }) == out)
  }
}
