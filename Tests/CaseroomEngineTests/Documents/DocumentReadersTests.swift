import Foundation
import Testing

@testable import CaseroomDocuments
@testable import CaseroomEngine

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The .docx and .pdf readers on small documents made by `Tests/Fixtures/documents/make-documents.py`
/// (python-docx, pandoc, LibreOffice): each WordprocessingML element that carries text or structure read as
/// a teacher sees it or left out on purpose, and what a PDF's geometry shows (tables, paragraphs).
@Suite("Documents: the .docx and .pdf readers, element by element")
struct DocumentReadersTests {
  static let folder = Fixtures.repository.appendingPathComponent("Tests/Fixtures/documents")

  static func text(_ name: String) throws -> String {
    try ImportSource.read(folder.appendingPathComponent(name)).text
  }

  static func imported(_ name: String) throws -> Case {
    let s = try ImportSource.read(folder.appendingPathComponent(name))
    return CaseImporter.run(s.text, id: "t", format: s.format).result
  }

  /// The text's paragraphs (blank-line separated, trimmed).
  static func paragraphs(_ text: String) -> [String] {
    text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
      .filter { !$0.isEmpty }
  }

  /// A form of labels: a label's cell of several paragraphs heads them, each a paragraph; data rows stay lines.
  @Test(arguments: ["form-table.docx", "libreoffice-form-table.docx"])
  func formTable(_ name: String) throws {
    let c = try Self.imported(name)
    #expect(c.title == "社区食堂的账本")
    #expect(c.objectives == ["理解社区服务的成本分担；", "学会读一份运营账本。"])
    #expect(c.questions == ["亏损该由谁承担？", "企业运营的边界在哪里？"])
    #expect(c.arrangement == ["阅读（10分钟）", "讨论（30分钟）"])
    let content = c.sections.first { $0.title == "案例内容" }
    #expect(content?.paragraphs.count == 3)
    // A table of data keeps a row to a line, a cell's second paragraph on it.
    let text = try Self.text("data-table.docx")
    #expect(text.contains("月份\t收支\n1月\t亏损九千元\n6月\t持平 （含补贴）\n"))
  }

  /// A template's form: its heading row spanning the table is a paragraph over it, two pairs side by side in a
  /// row are two labelled rows, a label over paragraphs heads them.
  @Test(arguments: ["template-form.docx", "libreoffice-template-form.docx"])
  func templateForm(_ name: String) throws {
    let text = try Self.text(name)
    #expect(text.hasPrefix("《公共管理》案例教学教案\n\n授课教师\t王老师\n授课班级\t公管2班\n案例名称\t社区食堂的账本\n\n"))
    let c = try Self.imported(name)
    #expect(c.title == "社区食堂的账本")
    #expect(c.questions == ["亏损该由谁承担？", "企业运营的边界在哪里？"])
    #expect(c.sections.first { $0.title == "案例内容" }?.paragraphs.count == 2)
  }

  /// A form written as a pandoc grid table (no header row) reads as Word's does.
  @Test func pandocForm() throws {
    let text = try Self.text("pandoc-form-table.docx")
    #expect(text.contains("案例名称\t社区食堂的账本\n授课对象\t公共管理专业本科二年级\n\n# 讨论问题\n\n1．亏损该由谁承担？\n\n"))
    let c = try Self.imported("pandoc-form-table.docx")
    #expect(c.title == "社区食堂的账本")
    #expect(c.questions == ["亏损该由谁承担？", "企业运营的边界在哪里？"])
  }

  /// Word's Subtitle right under the Title is the subtitle, whatever its words; elsewhere it is text.
  @Test(arguments: ["subtitle.docx", "libreoffice-subtitle.docx", "pandoc-subtitle.docx"])
  func subtitle(_ name: String) throws {
    let c = try Self.imported(name)
    #expect(c.title == "出海之路：一家茶饮公司的东南亚扩张")
    #expect(
      c.subtitle?.replacingOccurrences(of: "’", with: "'")
        == "Going Global: A Tea Chain's Expansion into Southeast Asia")
    if name != "pandoc-subtitle.docx" {
      #expect(try Self.text(name).contains("\n一段不在标题下的副标题样式文字\n"))
    }
  }

  @Test("hidden, deleted and moved-away text, a field's code, a ruby's guide, comments, headers are not read")
  func leftOutElements() throws {
    let p = Self.paragraphs(try Self.text("inline-elements.docx"))
    #expect(p.contains("可见的文字到此为止。"))
    #expect(p.contains("修订：新增的移来的"))
    #expect(p.contains("注音：莜面"))
    #expect(p.contains("第3页"))
    #expect(!p.contains { $0.contains("隐藏") || $0.contains("删去") || $0.contains("移走") || $0.contains("yǒu") })
    #expect(!p.contains { $0.contains("PAGE") })
    // A comment, the page's header and footer: not the hand-out's text (furniture and a reviewer's notes).
    #expect(p.contains("有批注的一句。"))
    #expect(!p.contains { $0.contains("批注内容") || $0.contains("页眉") || $0.contains("页脚") })
  }

  @Test("a non-breaking hyphen, a symbol by its code and an equation's text are kept; a symbol font's glyph is not")
  func keptElements() throws {
    let p = Self.paragraphs(try Self.text("inline-elements.docx"))
    #expect(p.contains("COVID-19 疫情→封控"))
    #expect(p.contains("公式：ROI=收益/成本"))
  }

  @Test("a content control: its placeholder (单击此处输入文字) left out, its filled text read")
  func contentControls() throws {
    let p = Self.paragraphs(try Self.text("inline-elements.docx"))
    #expect(p.contains("作者：王老师"))
    #expect(!p.contains { $0.contains("单击") })
  }

  @Test("a text box's paragraphs are paragraphs of their own, read once (not its drawing's fallback too)")
  func textBox() throws {
    let p = Self.paragraphs(try Self.text("inline-elements.docx"))
    #expect(p.filter { $0 == "专栏：食堂的账本" }.count == 1)
    #expect(p.contains("每餐成本十二元。"))
    #expect(p.contains("正文在文本框之前，正文在文本框之后。"))
  }

  /// A table whose first row Word marks as its header (`w:tblHeader`) has that header, though its cells look
  /// like data (years); without the mark the importer's guess holds (data).
  @Test(arguments: ["header-row.docx", "libreoffice-header-row.docx"])
  func headerRow(_ name: String) throws {
    let s = try ImportSource.read(Self.folder.appendingPathComponent(name))
    #expect(s.text.contains("| 2021年 | 2022年 |\n| --- | --- |\n| 亏损九千元 | 持平 |\n"))
    #expect(s.text.contains("\n2021年\t2022年\n亏损九千元\t持平\n"))
    let headers = CaseImporter.run(s.text, id: "t", format: s.format).report.compactMap { note -> Bool? in
      if case .table(_, _, let header, _) = note.what { return header }
      return nil
    }
    #expect(headers == [true, false])
  }

  /// A cell merged down over rows (`w:vMerge`) is read in each row it spans; cells merged across (`w:gridSpan`)
  /// are one cell.
  @Test(arguments: ["merged-cells.docx", "libreoffice-merged-cells.docx"])
  func mergedCells(_ name: String) throws {
    let text = try Self.text(name)
    #expect(text.contains("第一课时\t阅读案例\t20分钟\n第一课时\t小组讨论\t25分钟\n第二课时\t小组汇报\t30分钟\n第二课时\t教师总结\n"))
    #expect(try Self.imported(name).arrangement.count == 4)
  }

  /// Word's number formats shown as Word shows them (`numbering.xml`): ⑴, 甲、, 01, 第一条, ①, （一）; `none` shows
  /// nothing, a bullet is `- `. LibreOffice keeps all but ⑴, which it saves as a plain `1`: read as it saved it.
  @Test(arguments: ["numbering-formats.docx", "libreoffice-numbering-formats.docx"])
  func numberingFormats(_ name: String) throws {
    let lines = try Self.text(name).split(separator: "\n").map(String.init)
    let expected = [
      "甲、ideographZodiac：第一项", "乙、ideographZodiac：第二项", "01 decimalZero：第一项", "02 decimalZero：第二项",
      "第一条 ideographDigital：第一项", "第二条 ideographDigital：第二项", "① decimalEnclosedCircle：第一项",
      "（二）chineseCounting：第二项", "none：第一项", "- bullet：第二项",
    ]
    for line in expected { #expect(lines.contains(line)) }
    if name == "numbering-formats.docx" { #expect(lines.contains("⑵ decimalEnclosedParen：第二项")) }
    // In a table's cell too (the list above goes on counting there, as Word shows it).
    #expect(lines.contains("讨论问题\t（三）亏损该由谁承担？ （四）企业运营的边界在哪里？"))
  }

  /// Footnotes and endnotes: one sequence of markers, their texts under 注释 at the end.
  @Test(arguments: ["endnotes.docx", "libreoffice-endnotes.docx"])
  func endnotes(_ name: String) throws {
    let text = try Self.text(name)
    #expect(text.contains("食堂每天亏损三百元①，街道补贴一半。②"))
    #expect(text.hasSuffix("注释\n\n①2022年街道的统计。\n\n②补贴标准见街道文件。\n\n"))
  }

  @Test("a PDF table read by its cells' boxes: a row a line, cells apart by tabs, a wrapped cell one, the header known")
  func pdfTable() throws {
    let text = try Self.text("pdf-geometry.pdf")
    #expect(text.contains("时间\t内容\n14:00—14:15\t教师导入\n14:15—14:55\t分组讨论，每组选出一位同学记录要点，讨论结束前把要点写在白板上\n"))
    // A cell's words keep their blanks.
    #expect(text.contains("\n15:30—15:40\tWrap-up and Q&A 总结\n"))
    let c = try Self.imported("pdf-geometry.pdf")
    #expect(c.arrangement.first == "14:00—14:15 | 教师导入")
    #expect(c.arrangement.count == 4)
  }

  @Test("a PDF paragraph whose first line ends at `；` on the margin goes on; an interview's full line does not")
  func pdfParagraphByGeometry() throws {
    let text = try Self.text("pdf-geometry.pdf")
    #expect(text.contains("菜价太贵；另一些居民"))
    // An interview's lines at the margin, no indent: an answer filling its line up to `。` is no paragraph's
    // middle (the paragraph it would go on did not start indented).
    #expect(text.contains("入不敷出。\n问：以后怎么办？"))
    let c = try Self.imported("pdf-geometry.pdf")
    let part = c.sections.first { $0.title.hasSuffix("开张") }
    #expect(part?.paragraphs.count == 6)
    #expect(part?.paragraphs.last?.text == "问：以后怎么办？")
  }

  @Test("a PDF paragraph set apart by space, no indent: a sentence ending at the margin mid-paragraph goes on")
  func pdfSpacedParagraphs() throws {
    let text = try Self.text("pdf-spaced-paragraphs.pdf")
    #expect(text.contains("老人们却嫌菜价贵了。另一些居民"))
    let c = try Self.imported("pdf-spaced-paragraphs.pdf")
    #expect(c.sections.first { $0.title.hasSuffix("开张") }?.paragraphs.count == 3)
  }

  @Test("a LibreOffice PDF in two columns: no table read from its lines side by side, its paragraphs kept")
  func pdfTwoColumns() throws {
    let text = try Self.text("pdf-two-columns.pdf")
    #expect(!text.contains("\t"))
    let c = try Self.imported("pdf-two-columns.pdf")
    #expect(c.sections.first { $0.title.hasSuffix("网格的由来") }?.paragraphs.count == 16)
    #expect(c.questions == ["网格员的负担从何而来？"])
  }

  @Test("a large document is cut into pieces the XML parser takes only between paragraphs at the top")
  func piecesCutBetweenParagraphs() {
    let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    var body = ""
    for k in 0..<40 {
      body += "<w:p><w:r><w:t>段落\(k)</w:t></w:r></w:p>"
      // A text box's paragraphs inside a paragraph, a content control's paragraphs, a table's.
      body += "<w:p><w:r><w:txbxContent><w:p><w:r><w:t>框\(k)</w:t></w:r></w:p><w:p/></w:txbxContent></w:r></w:p>"
      body += "<w:sdt><w:sdtContent><w:p><w:r><w:t>控件\(k)</w:t></w:r></w:p><w:p/></w:sdtContent></w:sdt>"
      body += "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>格\(k)</w:t></w:r></w:p><w:p/></w:tc></w:tr></w:tbl>"
    }
    let xml = Data("<?xml version=\"1.0\"?><w:document \(w)><w:body>\(body)</w:body></w:document>".utf8)
    let pieces = DocxReader.pieces(xml, size: 300)
    #expect(pieces.count > 10)
    for piece in pieces {
      let parser = XMLParser(data: piece)
      _ = parser.parse()
      #expect(parser.parserError == nil)
    }
  }

  @Test("a .docx whose document.xml is cut short is an error naming the file and where, not half its text")
  func damagedDocument() {
    let url = Self.folder.appendingPathComponent("damaged.docx")
    #expect {
      _ = try DocxReader.text(of: url)
    } throws: { error in
      guard let e = error as? ImportError, case .unreadable(let file, .notWellFormed(piece: 1, _)) = e else {
        return false
      }
      return file == url.path
    }
  }

  @Test("a .docx whose text has a stray `<` (a writer's fault, the document whole) is read on past it")
  func strayBracket() throws {
    let text = try Self.text("stray-bracket.docx")
    #expect(text.contains("在曼谷开出第一家门店。"))
    #expect(text.contains("1．为什么先去泰国？"))
  }

  @Test("PDF tables: boxes side by side in columns of running text are no table")
  func pdfColumnsAreNoTable() {
    // Two columns of justified text, each line 12 characters wide, lines side by side.
    var pages: [PdfGeometry.Line] = []
    for k in 0..<8 {
      let top = 100 + Double(k) * 16
      for left in [72.0, 320] {
        pages.append(
          .init(
            key: Array("网格员每天要填写很多表格".unicodeScalars), height: 14, top: top, page: 1, left: left,
            right: left + 170, bottom: top + 14))
      }
    }
    #expect(PdfTables.find(pages).isEmpty)
    // The same boxes as a table of short cells, ragged: a table.
    let table = (0..<3).flatMap { k -> [PdfGeometry.Line] in
      let top = 100 + Double(k) * 16
      return [
        .init(
          key: Array("第\(k)周".unicodeScalars), height: 14, top: top, page: 1, left: 72, right: 110, bottom: top + 14),
        .init(
          key: Array("讨论".unicodeScalars), height: 14, top: top, page: 1, left: 300, right: 300 + Double(28 * (k + 1)),
          bottom: top + 14),
      ]
    }
    #expect(PdfTables.find(table).first?.rows.count == 3)
  }
}
