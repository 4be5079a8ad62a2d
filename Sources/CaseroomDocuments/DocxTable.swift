import Foundation

/// A Word table (`w:tbl`) as the text the importer reads: its rows, each a list of cells, each cell a list of
/// paragraphs (`w:p` in `w:tc`; a nested table's paragraphs are its outer cell's).
///
/// - **A table of data** (a plan, an exhibit): a line a row, its cells apart by tabs, a cell's paragraphs one
///   after the other on the line (a row is one line of the case's table).
/// - **A form** (a lesson plan's template, a cover page): a label and its content a row, or two pairs or more
///   side by side, under rows spanning the table (its heading: paragraphs before it); each label short
///   (`案例名称`, `教学目标`), no label twice. A label whose content is one paragraph is a row of a form
///   (`label⇥value`) when it has a neighbour of its kind (the importer reads two or more as a form); a label
///   whose content is several paragraphs, or a lone short row among them, heads its content as a Word heading
///   does (`# 教学目标`), each paragraph a paragraph of its own: a teacher reads `案例内容` over four paragraphs
///   as a part of four paragraphs, `讨论问题` over three lines as three questions.
struct DocxTable {
  var rows: [[[String]]]
  /// Whether Word marks the first row as the table's header (`w:tblHeader`, repeated on each page): then
  /// written as Markdown's table is, `| a | b |` with a rule line under the header (a `|` in a cell as `｜`),
  /// so that the importer knows the header row instead of guessing it from its cells.
  var header = false

  /// The text of the table, ending in a blank line.
  var text: String {
    guard !rows.isEmpty else { return "" }
    guard let form else {
      let lines = rows.map { $0.map { $0.joined(separator: " ") } }
      guard header, rows.count >= 2 else {
        return lines.map { $0.joined(separator: "\t") }.joined(separator: "\n") + "\n\n"
      }
      func row(_ cells: [String]) -> String {
        "| " + cells.map { $0.replacingOccurrences(of: "|", with: "｜") }.joined(separator: " | ") + " |\n"
      }
      return row(lines[0]) + row(lines[0].map { _ in "---" }) + lines.dropFirst().map(row).joined() + "\n"
    }
    var out = ""
    for p in form.lead { out += p + "\n\n" }
    let pairs = form.pairs
    var k = 0
    while k < pairs.count {
      // A run of labels with one paragraph each.
      var e = k
      while e < pairs.count && pairs[e].content.count <= 1 { e += 1 }
      if e - k >= 2 {
        for pair in pairs[k..<e] { out += pair.label + "\t" + (pair.content.first ?? "") + "\n" }
        out += "\n"
        k = e
        continue
      }
      out += "# " + pairs[k].label + "\n\n"
      for p in pairs[k].content { out += p + "\n\n" }
      k += 1
    }
    return out
  }

  /// Whether the table only lays out its cells, read as the text's own paragraphs cell by cell (left before
  /// right) with their headings and numbers, not as rows of data:
  /// - **a box**: one column (a one-cell frame round a lead-in, `【案例导入】` over its paragraph);
  /// - **a page laid out in columns**: one row of two cells or more, one of them holding three paragraphs or
  ///   more (the text on the left, a sidebar on the right). A row of a cell a paragraph is data or a form's row.
  var isLayout: Bool {
    guard !rows.isEmpty else { return false }
    if rows.allSatisfy({ $0.count == 1 }) { return true }
    return rows.count == 1 && rows[0].count >= 2 && rows[0].contains { $0.count >= 3 }
  }

  /// A form read as labels and their content.
  struct Form {
    /// The paragraphs of rows of one cell above it (a heading row spanning the table: `《…》教案`).
    var lead: [String] = []
    var pairs: [(label: String, content: [String])] = []
  }

  /// The table as a form, if it is one: after rows of one cell at the top, each row a label and its content, or
  /// two or more such pairs side by side (`授课教师 | 王老师 | 授课班级 | 公管2班`); each label one short
  /// paragraph without a clause's punctuation or a digit, no label twice, two labels or more. It is read as a form
  /// when it differs from the rows of two cells the importer reads as one itself (`label⇥value`): some content
  /// over several paragraphs, pairs side by side, or a row spanning the table at its top.
  var form: Form? {
    var form = Form()
    var k = 0
    while k < rows.count - 1 && rows[k].count == 1 {
      form.lead += rows[k][0]
      k += 1
    }
    var side = false
    for row in rows[k...] {
      guard row.count >= 2 && row.count % 2 == 0 else { return nil }
      side = side || row.count > 2
      for c in stride(from: 0, to: row.count, by: 2) {
        guard row[c].count == 1, let label = row[c].first, Self.isLabel(label) else { return nil }
        form.pairs.append((label, row[c + 1]))
      }
    }
    let labels = form.pairs.map(\.label)
    guard labels.count >= 2, Set(labels).count == labels.count else { return nil }
    return side || !form.lead.isEmpty || form.pairs.contains(where: { $0.content.count > 1 }) ? form : nil
  }

  /// A form's label: short, no clause punctuation, no digit.
  static func isLabel(_ l: String) -> Bool {
    l.count <= 10 && !l.contains { "，。；：！？、,.;:!?".contains($0) || $0.isNumber }
  }
}
