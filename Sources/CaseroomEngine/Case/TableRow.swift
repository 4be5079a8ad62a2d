/// One row of a table: its cells, and whether it is the table's header row.
///
/// In the case format a row is a line `| a | b | c |`; a line of dashes
/// (`|---|---|`) right after a row marks that row as the header. Rows that
/// follow one another make one table.
public struct TableRow: Sendable, Equatable {
  public var cells: [String]
  public var isHeader: Bool

  public init(_ cells: [String], isHeader: Bool = false) {
    self.cells = cells
    self.isHeader = isHeader
  }

  /// What a row reads as in running text (search, citations, the outline): its cells between ` | `.
  public var text: String { cells.joined(separator: " | ") }

  /// The cells of a row line (`| a | b |`, the last bar optional), or nil when the line is not one.
  /// A `\` takes the next character literally: `\|` is a bar inside a cell.
  public static func cells(ofLine line: Substring) -> [String]? {
    guard line.hasPrefix("|") else { return nil }
    var cells: [String] = []
    var cell = ""
    var escaped = false
    for c in line.dropFirst() {
      if escaped {
        cell.append(c)
        escaped = false
      } else if c == "\\" {
        escaped = true
      } else if c == "|" {
        cells.append(cell.trimmingBlanks())
        cell = ""
      } else {
        cell.append(c)
      }
    }
    if escaped { cell.append("\\") }
    let last = cell.trimmingBlanks()
    if !last.isEmpty { cells.append(last) }
    return cells.isEmpty ? nil : cells
  }

  /// Whether a line is the rule under a header row: bars, dashes, colons and blanks, with a dash.
  public static func isRule(_ line: Substring) -> Bool {
    line.hasPrefix("|") && line.contains("-")
      && line.allSatisfy { $0 == "|" || $0 == "-" || $0 == ":" || $0 == " " || $0 == "\t" }
  }

  /// The row as a line of the case format (`\` and `|` in a cell escaped, and a
  /// row of dashes written so that it does not read as a header's rule).
  public var line: String {
    let escaped = cells.map {
      $0.replacingEvery("\\", with: "\\\\").replacingEvery("|", with: "\\|")
    }
    let plain = "| " + escaped.joined(separator: " | ") + " |"
    guard TableRow.isRule(Substring(plain)) else { return plain }
    return "| " + escaped.map { $0.replacingEvery("-", with: "\\-") }.joined(separator: " | ") + " |"
  }
}
