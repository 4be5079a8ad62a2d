import Foundation
import Testing

@testable import CaseroomDocuments
@testable import CaseroomEngine

/// How a file lays its text out, read from its own structure whoever made it, on small documents made by
/// `Tests/Fixtures/documents/make-documents-2.py` (python-docx, re-saved and printed by LibreOffice): Word
/// tables that only frame or place text, Word's line numbers in a PDF's margin, a PDF title over two lines,
/// a PDF page in two columns.
@Suite("Documents: layouts read by the file's structure")
struct DocumentLayoutTests {
  static func text(_ name: String) throws -> String { try DocumentReadersTests.text(name) }
  static func imported(_ name: String) throws -> Case { try DocumentReadersTests.imported(name) }

  /// A borderless table of one row, the text in its left cell and a sidebar of roles in its right: read cell by
  /// cell, each paragraph a paragraph and its heading style a heading, not one row of two long cells.
  @Test(arguments: ["layout-sidebar.docx", "libreoffice-layout-sidebar.docx"])
  func sidebarTable(_ name: String) throws {
    let text = try Self.text(name)
    #expect(!text.contains("\t"))
    #expect(text.contains("# 背景\n\n老城区的夜市已有二十年，摊位沿河排开，夏夜人流不断。\n\n去年起，"))
    let c = try Self.imported(name)
    #expect(c.title == "夜市的去留")
    #expect(Outline(c).sections.map(\.title) == ["背景", "转机"])
    #expect(Outline(c).sections.map(\.paragraphs) == [2, 2])
    #expect(c.objectives == ["认识街头经济的治理难题；", "比较疏导与取缔的成本。"])
    #expect(c.questions == ["夜市该不该搬？", "摊主的收入为什么没有完全恢复？"])
    #expect(c.arrangement == ["阅读（15分钟）", "辩论（35分钟）"])
  }

  /// A one-cell box round a label and its paragraphs, and a one-column table round a label and questions: their
  /// paragraphs are the text's, the label a line of its own.
  @Test(arguments: ["boxes.docx", "libreoffice-boxes.docx"])
  func boxes(_ name: String) throws {
    let text = try Self.text(name)
    #expect(text.contains("【背景链接】\n\n城市里的闲置角落越来越多，一些社区把它们改成了菜园。\n\n菜园由居民认领"))
    #expect(text.contains("【想一想】\n\n1．菜园的水费该谁出？\n\n2．不种菜的居民有没有发言权？\n\n"))
    let c = try Self.imported(name)
    #expect(c.questions == ["菜园的水费该谁出？", "不种菜的居民有没有发言权？"])
    #expect(c.objectives == ["理解社区公共空间的共治；", "分析志愿者的激励。"])
    #expect(
      c.arrangement == ["分组讨论（30分钟）；", "全班交流（20分钟）。"], "\(c.sections.map { ($0.title, $0.role, $0.paragraphs.count) })")
  }

  /// A table of data of one row keeps its row a line; a form's rows stay a form (`DocumentReadersTests`).
  @Test func oneRowOfData() {
    #expect(!DocxTable(rows: [[["月份"], ["收支"], ["备注"]]]).isLayout)
    #expect(DocxTable(rows: [[["月份"], ["收支"], ["备注"]]]).text == "月份\t收支\t备注\n\n")
    #expect(!DocxTable(rows: [[["a"], ["b"]], [["c", "d", "e"], ["f"]]]).isLayout)
    #expect(DocxTable(rows: [[["a", "b", "c"], ["d"]]]).isLayout)
    #expect(DocxTable(rows: [[["a"]], [["b"]]]).isLayout)
  }

  /// Word's line numbers in the margin (every fifth line) are no text: no number opens a line, the paragraphs
  /// stay whole, the questions keep no number of the margin's.
  @Test func lineNumbers() throws {
    let text = try Self.text("pdf-line-numbers.pdf")
    for n in ["5", "10", "15"] {
      #expect(!text.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix(n + " ") })
    }
    let c = try Self.imported("pdf-line-numbers.pdf")
    #expect(c.title == "渡口的最后一班船")
    #expect(Outline(c).sections.map(\.title) == ["渡口", "停航之议"])
    #expect(Outline(c).sections.map(\.paragraphs) == [2, 1])
    #expect(c.questions == ["渡口该不该停？", "谁来为少数人的出行买单？"])
  }

  /// Numbers at the left of the text that are the text's own (a list, a year at a line's start) stay.
  @Test func numbersOfTheText() {
    func box(_ key: String, left: Double, right: Double, top: Double) -> PdfGeometry.Line {
      PdfGeometry.Line(
        key: Array(key.unicodeScalars), height: 12, top: top, page: 1, words: Array(key.unicodeScalars), left: left,
        right: right, bottom: top + 12, pageWidth: 595)
    }
    var text = ["1   甲", "2   乙", "3   丙"].map { Array($0.unicodeScalars) }
    // The numbers start where the text does: they are the text's.
    var boxes = (0..<6).map {
      box($0 < 3 ? "\($0 + 1)" : "正文", left: 72, right: $0 < 3 ? 78 : 300, top: Double($0) * 14)
    }
    PdfMargin.numbersLeftOut(&text, &boxes)
    #expect(text[0] == Array("1   甲".unicodeScalars))
    #expect(boxes.count == 6)
    // In the margin but not going up: no line numbers.
    text = ["5   甲", "3   乙", "9   丙"].map { Array($0.unicodeScalars) }
    boxes = [5, 3, 9].enumerated().map { box("\($0.1)", left: 50, right: 56, top: Double($0.0) * 14) }
    boxes += (0..<6).map { box("正文", left: 72, right: 300, top: Double($0) * 14) }
    PdfMargin.numbersLeftOut(&text, &boxes)
    #expect(text[0] == Array("5   甲".unicodeScalars))
  }

  /// A title in a large size broken over two lines by the page is one title; a larger line quoted further down
  /// (a notice's header) is text, not a level above the headings.
  @Test func titleOverTwoLines() throws {
    let text = try Self.text("pdf-title-two-lines.pdf")
    #expect(text.hasPrefix("从“一刀切”到“一村一策”：山区县农村生活垃圾分类的三年试点与反思\n"))
    #expect(text.contains("\n# 一、试点的由来\n"))
    #expect(!text.contains("# 某县人民政府办公室"))
    let c = try Self.imported("pdf-title-two-lines.pdf")
    #expect(c.title == "从“一刀切”到“一村一策”：山区县农村生活垃圾分类的三年试点与反思")
    #expect(c.subtitle == nil)
    #expect(Outline(c).sections.filter { $0.level == 1 }.map(\.title) == ["试点的由来", "一份文件"])
  }

  /// Two columns balanced under a title across the page: read down the left column, then the right; each
  /// paragraph whole, the headings marked by their size.
  @Test func balancedColumns() throws {
    let text = try Self.text("pdf-balanced-columns.pdf")
    #expect(text.contains("处的超市。\n# 二、改造方案\n"))
    let c = try Self.imported("pdf-balanced-columns.pdf")
    #expect(c.title == "菜市场的改造")
    #expect(Outline(c).sections.map(\.title) == ["旧市场", "改造方案"])
    #expect(Outline(c).sections.map(\.paragraphs) == [2, 2])
    #expect(c.questions == ["改造的钱该谁出？", "老人的习惯要不要迁就？"])
  }

  /// A 4:3 deck printed a slide a page: the title slide's large lines the title, its smaller line the subtitle;
  /// each slide's heading a section at one level, its bullets paragraphs or items; the footer and a closing slide
  /// of one large line no section.
  @Test func slideDeck() throws {
    let text = try Self.text("pdf-slide-deck.pdf")
    #expect(text.contains("快递柜收费之后：一个小区的协商\n"))
    #expect(text.contains("——治理案例工作坊"))
    #expect(text.contains("# 收费引发不满\n"))
    #expect(!text.contains("# Q&A"))
    let c = try Self.imported("pdf-slide-deck.pdf")
    #expect(c.title == "快递柜收费之后：一个小区的协商")
    #expect(c.subtitle == "治理案例工作坊")
    let parts = Outline(c).sections.filter { $0.title != CaseImporter.introTitle }
    #expect(parts.map(\.title) == ["收费引发不满", "三方坐下来谈"])
    #expect(parts.map(\.level) == [1, 1])
    #expect(parts.map(\.paragraphs) == [3, 2])
    #expect(c.questions == ["收费合理吗？", "居委会该扮演什么角色？"])
    #expect(Outline(c).objectives == ["认识公共空间收费的依据", "练习多方协商的步骤"])
  }

  /// Pages wider than high, three or more, are a deck; a landscape page or two in a document are not.
  @Test func deckByPageShape() {
    func box(page: Int, width: Double, height: Double) -> PdfGeometry.Line {
      PdfGeometry.Line(key: ["a"], height: 12, page: page, pageWidth: width, pageHeight: height)
    }
    #expect(PdfSlides.isDeck((1...3).map { box(page: $0, width: 720, height: 405) }))
    #expect(!PdfSlides.isDeck((1...2).map { box(page: $0, width: 720, height: 405) }))
    #expect(!PdfSlides.isDeck((1...3).map { box(page: $0, width: $0 == 2 ? 842 : 595, height: $0 == 2 ? 595 : 842) }))
  }

  /// Lines over the title that are not it: a .docx's right-aligned term line over the largest line, and a PDF's
  /// fields line (`学院：____　学号：____`) over a bold centred title in the body's size. The title is the one the
  /// formatting shows; the lines over it are left out, listed as what the file is filed under.
  @Test(arguments: ["lines-over-title.docx", "lines-over-title-style.docx", "pdf-fields-over-title.pdf"])
  func linesOverTitle(_ name: String) throws {
    let text = try Self.text(name)
    #expect(text.hasPrefix("---\n"))
    let r = try CaseImporter.importing(ImportSource.read(DocumentReadersTests.folder.appendingPathComponent(name)))
    let c = r.result
    #expect(c.title == (name.hasSuffix(".pdf") ? "小测验：公园夜间开放" : "停车位上的地锁"))
    #expect(c.subtitle == nil)
    #expect(Outline(c).sections.first?.title == (name.hasSuffix(".pdf") ? "背景" : "地锁从哪里来"))
    let over = name.hasSuffix(".pdf") ? "学院：" : name.contains("style") ? "第三讲" : "城市管理专题"
    #expect(r.dropped.contains { $0.text.hasPrefix(over) })
  }

  /// A title first (no line over it) is written as before, with no front matter.
  @Test func titleFirstUnchanged() throws {
    #expect(!(try Self.text("pdf-title-two-lines.pdf")).hasPrefix("---"))
    #expect(TitleFirst.written("甲\n\n乙\n\n丙", above: 0) == "甲\n\n乙\n\n丙")
    let written = TitleFirst.written("课程\n\n标题\n\n正文\n\n", above: 1)
    #expect(written.hasPrefix("---\n课程\ntitle: 标题\n---\n\n"))
    #expect(written.hasSuffix("\n正文\n\n"))
  }
}
