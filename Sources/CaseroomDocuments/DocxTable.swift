import Foundation

/// A Word table (`w:tbl`) as the text the importer reads: its rows, each a list of cells, each cell a list of
/// paragraphs (`w:p` in `w:tc`; a nested table's paragraphs are its outer cell's).
///
/// - **A table of data** (a plan, an exhibit): a line a row, its cells apart by tabs, a cell's paragraphs one
///   after the other on the line (a row is one line of the case's table).
/// - **A form** (a lesson plan's template, a cover page): two cells a row, the first a short label
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
    guard isForm else {
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
    var k = 0
    while k < rows.count {
      // A run of labels with one paragraph each.
      var e = k
      while e < rows.count && rows[e][1].count <= 1 { e += 1 }
      if e - k >= 2 {
        for row in rows[k..<e] { out += row[0][0] + "\t" + (row[1].first ?? "") + "\n" }
        out += "\n"
        k = e
        continue
      }
      let row = rows[k]
      out += "# " + row[0][0] + "\n\n"
      for p in row[1] { out += p + "\n\n" }
      k += 1
    }
    return out
  }

  /// Two cells a row (two or more rows), the first one short paragraph without a clause's punctuation
  /// (a label), no label twice, and some content over several paragraphs (else the importer's own reading
  /// of `label⇥value` rows holds).
  var isForm: Bool {
    guard rows.count >= 2, rows.allSatisfy({ $0.count == 2 && $0[0].count == 1 }) else { return false }
    let labels = rows.map { $0[0][0] }
    guard Set(labels).count == labels.count,
      labels.allSatisfy({ l in
        l.count <= 10 && !l.contains { "，。；：！？、,.;:!?".contains($0) || $0.isNumber }
      })
    else { return false }
    return rows.contains { $0[1].count > 1 }
  }
}
