/// A table of a section laid out at a width: as aligned columns (measured in
/// terminal columns, a Hanzi taking two) when the widest row fits, otherwise
/// one block per row with each cell on its own line as `header：value`.
///
/// Each row is one paragraph of the section. As everywhere, a line's `text`
/// and `range` point into its paragraph, so search hits, passages and
/// citations work in tables too.
public struct TableLayout: Sendable {
  /// Columns between two cells of a row laid out as aligned columns.
  public static let gap = 2
  /// What the rule under a header row is drawn with (one column wide, as glibc measures it).
  public static let rule = "─"

  /// Whether the rows are laid out as aligned columns (one line each), or as blocks.
  public let aligned: Bool
  /// The lines of each row, in order.
  public let rows: [[LaidLine]]

  /// - Parameters:
  ///   - rows: consecutive table rows of a section.
  ///   - first: the index of the first of them among the section's paragraphs.
  public init(_ rows: [Paragraph], first: Int, width: Int) {
    let cells = rows.map { $0.row?.cells ?? [$0.text] }
    let count = cells.map(\.count).max() ?? 0
    var widths = [Int](repeating: 0, count: count)
    for row in cells {
      for (j, cell) in row.enumerated() { widths[j] = max(widths[j], TerminalWidth.columns(cell)) }
    }
    let total = widths.reduce(0, +) + TableLayout.gap * max(0, count - 1)
    aligned = total <= width
    let header = rows.first?.row?.isHeader == true ? cells[0] : nil
    var out: [[LaidLine]] = []
    for (i, p) in rows.enumerated() {
      if aligned {
        var lines = [TableLayout.alignedLine(p, cells: cells[i], widths: widths, paragraph: first + i)]
        if i == 0 && header != nil {
          // A rule under the header row; it holds none of the row's text.
          let end = p.text.utf8.count
          lines.append(
            LaidLine(
              kind: .body, paragraph: first + i, text: p.text[p.text.endIndex...], range: end..<end, lead: "",
              display: String(repeating: TableLayout.rule, count: total), columns: total))
        }
        out.append(lines)
      } else if i == 0 && header != nil {
        out.append(Layout.lines(ParagraphShape(p.text), width: width, paragraph: first + i))
      } else {
        out.append(TableLayout.block(p, cells: cells[i], header: header, width: width, paragraph: first + i))
      }
    }
    self.rows = out
  }

  /// A row on one line, each cell padded to its column's width.
  static func alignedLine(_ p: Paragraph, cells: [String], widths: [Int], paragraph: Int) -> LaidLine {
    var display = ""
    var columns = 0
    for (j, cell) in cells.enumerated() {
      if j > 0 {
        display += String(repeating: " ", count: TableLayout.gap)
        columns += TableLayout.gap
      }
      display += TerminalWidth.displayable(cell)
      let w = TerminalWidth.columns(cell)
      columns += w
      if j + 1 < cells.count {
        display += String(repeating: " ", count: widths[j] - w)
        columns += widths[j] - w
      }
    }
    return LaidLine(
      kind: .body, paragraph: paragraph, text: p.text[...], range: 0..<p.text.utf8.count, lead: "",
      display: display, columns: columns)
  }

  /// A row as a block: each cell on its own lines, after its header (`环节：`) when the table has one.
  static func block(_ p: Paragraph, cells: [String], header: [String]?, width: Int, paragraph: Int) -> [LaidLine] {
    // Where each cell is in the paragraph's text (`a | b | c`), when the text is made of the cells.
    guard p.text == cells.joined(separator: " | ") else {
      return Layout.lines(ParagraphShape(p.text), width: width, paragraph: paragraph)
    }
    let utf8 = Array(p.text.utf8)
    var lines: [LaidLine] = []
    var offset = 0
    for (j, cell) in cells.enumerated() {
      let name = header.flatMap { j < $0.count && !$0[j].isEmpty ? $0[j] : nil }
      let style =
        name.map { ParagraphStyle.item(label: $0 + (TerminalWidth.columns($0) > $0.count ? "：" : ":"), width: width) }
        ?? ParagraphStyle()
      let cellLength = cell.utf8.count
      let separator = j + 1 < cells.count ? 3 : 0
      var laid = Layout.lines(ParagraphShape(cell), width: width, style: style, paragraph: paragraph)
      for k in laid.indices {
        var lower = offset + laid[k].range.lowerBound
        var upper = offset + laid[k].range.upperBound
        if k + 1 == laid.count { upper += separator }  // the ` | ` after the cell belongs to its last line
        if cell.isEmpty { lower = offset }
        upper = min(upper, utf8.count)
        laid[k].range = lower..<upper
        laid[k].text = TableLayout.slice(p.text, lower..<upper)
      }
      lines += laid
      offset += cellLength + separator
    }
    return lines
  }

  static func slice(_ s: String, _ r: Range<Int>) -> Substring {
    let u = s.utf8
    let from = u.index(u.startIndex, offsetBy: r.lowerBound)
    let to = u.index(u.startIndex, offsetBy: r.upperBound)
    return s[from..<to]
  }
}
