/// Finds tables in raw text: two or more lines in a row whose cells are
/// separated by `|` (a Markdown or plain-text table), by tabs (a table
/// copied out of Word) or by runs of blanks lined up from row to row (a PDF's layout).
enum TableDetector {
  /// A table found: its rows (line indices and cells), the rule lines under
  /// the header, and whether the first row is a header.
  struct Table {
    var rows: [(line: Int, cells: [String])]
    var rules: [Int]
    var header: Bool
    /// Why the first row was taken as a header, or not.
    var headerReason: ImportNote.TableHeader
    var separator: String
    /// A form copied from Word: two cells a row, the first a label such as 案例名称 or 教学目的.
    var isForm = false
  }

  /// Labels of a form's rows that say the table is a form, not data.
  static let formLabels: Set<String> = ["案例名称", "案例题目", "案例标题", "题目", "标题", "作者", "案例作者", "编写者"]

  /// Whether rows of two cells are a form: every first cell a short label, one of them a known name.
  static func isForm(_ rows: [[String]]) -> Bool {
    guard rows.allSatisfy({ $0.count == 2 }) else { return false }
    let labels = rows.map { $0[0] }
    guard labels.allSatisfy({ $0.count <= 8 && !$0.unicodeScalars.contains(where: Scalars.isClausePunctuation) })
    else { return false }
    return labels.contains { l in
      formLabels.contains(l) || ImportRoles.recognise(l) != nil || CasePart.recognise(l) == .front
    }
  }

  /// A line's cells when split at `|`, or nil when it has fewer than two.
  static func pipeCells(_ text: [Unicode.Scalar], _ r: Range<Int>) -> [String]? {
    guard r.count <= 2000, text[r].contains("|") else { return nil }
    var cells: [String] = []
    var start = r.lowerBound
    for i in r where text[i] == "|" {
      cells.append(text.string(text.trimmed(start..<i)))
      start = i + 1
    }
    cells.append(text.string(text.trimmed(start..<r.upperBound)))
    if text[r.lowerBound] == "|" { cells.removeFirst() }
    if text[r.upperBound - 1] == "|" && !cells.isEmpty { cells.removeLast() }
    return cells.count >= 2 ? cells : nil
  }

  /// A line's cells when split at tabs (several tabs in a row are one), or nil
  /// when it has fewer than two, or when the tab only follows an item number (`1.⇥text`).
  static func tabCells(_ text: [Unicode.Scalar], _ r: Range<Int>) -> [String]? {
    guard r.count <= 2000, text[r].contains("\t") else { return nil }
    var cells: [String] = []
    var start = r.lowerBound
    for i in r where text[i] == "\t" {
      let cell = text.trimmed(start..<i)
      if !cell.isEmpty { cells.append(text.string(cell)) }
      start = i + 1
    }
    let last = text.trimmed(start..<r.upperBound)
    if !last.isEmpty { cells.append(text.string(last)) }
    guard cells.count >= 2 else { return nil }
    if cells.count == 2, let first = cells.first, isItemNumber(first) { return nil }
    return cells
  }

  /// A line's cells when split at runs of three blanks or more (columns a PDF's layout or a typist lined
  /// up with blanks: `14:00—14:15      教师导入`), or nil when it has fewer than two.
  static func gapCells(_ text: [Unicode.Scalar], _ r: Range<Int>) -> [String]? {
    let starts = gapStarts(text, r)
    guard starts.count >= 2 else { return nil }
    var cells: [String] = []
    for (n, a) in starts.enumerated() {
      let e = n + 1 < starts.count ? starts[n + 1] : r.upperBound
      cells.append(text.string(text.trimmed(a..<e)))
    }
    // A number and its text (`1   线上复诊…`, a PDF's footnote, a list's item) is no row.
    if cells.count == 2, isItemNumber(cells[0]) || cells[0].unicodeScalars.allSatisfy(Scalars.isDigit) { return nil }
    return cells
  }

  /// Where a line's cells start: the line's start and after each run of three blanks or more.
  static func gapStarts(_ text: [Unicode.Scalar], _ r: Range<Int>) -> [Int] {
    guard r.count <= 400 else { return [] }
    var starts = [r.lowerBound]
    var run = 0
    for k in r {
      if text[k] == " " {
        run += 1
      } else {
        if run >= 3 { starts.append(k) }
        run = 0
      }
    }
    return starts.count >= 2 ? starts : []
  }

  /// Whether two lines' cells start at the same places (a blank or two off: a PDF's layout may set a column so).
  static func linedUp(_ text: [Unicode.Scalar], _ a: Range<Int>, _ b: Range<Int>) -> Bool {
    let x = gapStarts(text, a).map { $0 - a.lowerBound }
    let y = gapStarts(text, b).map { $0 - b.lowerBound }
    return x.count == y.count && zip(x, y).allSatisfy { abs($0 - $1) <= 2 }
  }

  /// Whether a cell is only an item or heading number with its punctuation (`1.`, `（1）`, `一、`, `①`).
  static func isItemNumber(_ cell: String) -> Bool {
    let u = Array(cell.unicodeScalars)
    guard !u.isEmpty, u.count <= 6 else { return false }
    let markers = MarkerScanner.scan(u + ["文"], 0..<(u.count + 1))  // a mark is known by what follows it
    return markers.contains { $0.start == 0 && $0.end == u.count }
  }

  static func isRule(_ cells: [String]) -> Bool {
    cells.allSatisfy { c in !c.isEmpty && c.contains("-") && c.allSatisfy { $0 == "-" || $0 == ":" } }
  }

  /// The tables among `lines` (content ranges; empty for blank lines), skipping those in `skip`.
  static func find(_ text: [Unicode.Scalar], _ lines: [Range<Int>], skip: [Int: DroppedLine.Reason]) -> [Table] {
    var tables: [Table] = []
    var i = 0
    while i < lines.count {
      guard skip[i] == nil, !lines[i].isEmpty else {
        i += 1
        continue
      }
      for (separator, split) in [("|", pipeCells), ("tab", tabCells), ("gap", gapCells)] {
        var rows: [(line: Int, cells: [String])] = []
        var rules: [Int] = []
        var j = i
        while j < lines.count, skip[j] == nil, !lines[j].isEmpty, let cells = split(text, lines[j]) {
          // Columns lined up by blanks: each row's cells as many as the first's, starting where its start.
          if separator == "gap", let first = rows.first,
            cells.count != first.cells.count || !linedUp(text, lines[j], lines[first.line])
          {
            break
          }
          if separator == "|" && isRule(cells) && !rows.isEmpty {
            rules.append(j)
          } else {
            rows.append((j, cells))
          }
          j += 1
        }
        guard rows.count >= 2 else { continue }
        let (header, reason) = headerRow(rows.map(\.cells), ruled: rules.first.map { $0 == rows[0].line + 1 } ?? false)
        tables.append(
          Table(
            rows: rows, rules: rules, header: header, headerReason: reason, separator: separator,
            isForm: rules.isEmpty && isForm(rows.map(\.cells))))
        i = j - 1
        break
      }
      i += 1
    }
    return tables
  }

  /// Whether the first row is a header: it is when a rule line follows it;
  /// otherwise when its cells are short labels without digits or sentence
  /// punctuation while the rows below have digits or longer text.
  static func headerRow(_ rows: [[String]], ruled: Bool) -> (Bool, ImportNote.TableHeader) {
    if ruled { return (true, .ruled) }
    let first = rows[0]
    let labels = first.allSatisfy { cell in
      cell.count <= 12
        && !cell.unicodeScalars.contains(where: { Scalars.isDigit($0) || Scalars.isClausePunctuation($0) })
    }
    let below = rows.dropFirst().flatMap { $0 }
    let dataBelow = below.contains { cell in cell.count > 12 || cell.unicodeScalars.contains(where: Scalars.isDigit) }
    if labels && dataBelow {
      return (true, .labels)
    }
    return (false, .data)
  }
}
