import Testing

@testable import CaseroomEngine

/// Tables in the case format (rows `| a | b |`, `|---|` under the header) and their layout.
@Suite("Tables: case format and layout")
struct TableTests {
  static let file = """
    ---
    id: t
    title: 表格
    ---

    # 课堂安排 {#plan}

    下表是课堂安排：

    | 环节 | 内容 | 时间 |
    |---|---|---|
    | 1 | 阅读案例 | 30分钟 |
    | 2 | 分组讨论，每组选一名代表 | 40分钟 |

    表后的段落。
    """

  @Test("rows are paragraphs with cells; the rule marks the header; the text reads a | b | c")
  func parse() throws {
    let c = try CaseFormat.parse(Self.file)
    let p = c.sections[0].paragraphs
    #expect(p.count == 5)
    #expect(p[1].row == TableRow(["环节", "内容", "时间"], isHeader: true))
    #expect(p[2].row?.cells == ["1", "阅读案例", "30分钟"])
    #expect(p[2].text == "1 | 阅读案例 | 30分钟")
    #expect(p[4].row == nil && p[4].text == "表后的段落。")
    #expect(Outline(c).arrangement == ["1 | 阅读案例 | 30分钟", "2 | 分组讨论，每组选一名代表 | 40分钟"])
  }

  @Test("written and read again, the same; bars, backslashes and dashes in cells survive")
  func roundTrip() throws {
    let c = try CaseFormat.parse(Self.file)
    let again = try CaseFormat.parse(CaseFormat.write(c))
    #expect(again.sections[0].sameContent(as: c.sections[0]))
    var odd = c
    odd.sections[0].paragraphs = [
      Paragraph(row: TableRow(["a|b", "c\\d", ""], isHeader: true)), Paragraph(row: TableRow(["---", ":-:"])),
      Paragraph(row: TableRow(["x"])), Paragraph("| 不是表格的段落"),
    ]
    let back = try CaseFormat.parse(CaseFormat.write(odd))
    #expect(back.sections[0].sameContent(as: odd.sections[0]), "\(CaseFormat.write(odd))")
  }

  @Test("laid out as aligned columns by display width (a Hanzi is two columns)")
  func aligned() throws {
    let c = try CaseFormat.parse(Self.file)
    let text = SectionLayout(c.sections[0], width: 60).text
    #expect(TerminalWidth.columns(TableLayout.rule) == 1)
    let rows = [
      "环节  内容                      时间", String(repeating: TableLayout.rule, count: 38),
      "1     阅读案例                  30分钟",
      "2     分组讨论，每组选一名代表  40分钟",
    ]
    #expect(text.contains(rows.joined(separator: "\n")), "\(text)")
    #expect(rows.allSatisfy { TerminalWidth.columns($0) <= 38 })
  }

  @Test("too wide, each row is a block of 'header：value' lines; lines still point into the row's text")
  func blocks() throws {
    let c = try CaseFormat.parse(Self.file)
    let layout = SectionLayout(c.sections[0], width: 24)
    #expect(layout.text.contains("环节：1\n内容：阅读案例\n时间：30分钟"), "\(layout.text)")
    for (i, p) in c.sections[0].paragraphs.enumerated() where p.row != nil {
      let lines = layout.lines.filter { $0.paragraph == i }
      #expect(lines.map { String($0.text) }.joined() == p.text, "\(lines.map(\.text))")
      for l in lines { #expect(l.columns <= 24 || l.display.count <= 1) }
    }
    #expect(layout.paragraphStarts.count == c.sections[0].paragraphs.count)
  }
}
