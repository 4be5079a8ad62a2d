/// A PDF's tables by their geometry. `pdftotext -layout` sets a table's cells side by side with blanks
/// between them (`14:00—14:15        教师导入`), which reads as one line of text; its `-bbox-layout` pass
/// gives each cell a box of its own (a line of a block of its own). Boxes on one page side by side at the
/// same height, apart by a gap wider than two characters, are a row's cells; two or more such rows in a
/// row, each with as many cells, each cell starting where its column starts (or lying in it), are a table.
/// Its rows are written as a .docx's are, cells apart by tabs, so the importer reads the table, its header
/// row and its rows as it reads a Word table. A cell wrapped onto a line of its own under its row (only
/// cells inside their columns on it) is that cell's continuation.
///
/// Not a table: text set in two or more columns (every column a dozen characters wide or more on most of
/// its lines, or one column's lines ending at one edge as justified text does: running text, read by the
/// importer's column rule; a document with five lines or more of them beside another is read with no
/// tables), a row found in only one line.
enum PdfTables {
  typealias Line = PdfGeometry.Line

  /// A table found: its rows, each its cells left to right, each cell its boxes (more than one when wrapped);
  /// and for each row, the text of each line of the page its wrapped cells go on over (blanks out).
  struct Table {
    var rows: [[[Line]]] = []
    var wrapped: [[[Unicode.Scalar]]] = []
  }

  /// The layout's lines with each table's rows as tab-separated cells (a wrapped cell's line taken into its row).
  static func rows(_ text: [[Unicode.Scalar]], _ boxes: [Line]) -> [[Unicode.Scalar]] {
    let tables = find(boxes)
    guard !tables.isEmpty else { return text }
    var text = text
    var removed: Set<Int> = []
    var from = 0
    for table in tables {
      // Each row's line of the layout: the one whose text (blanks out) is its cells' text, left to right.
      var lines: [Int] = []
      var gone: [Int] = []
      var at = from
      for (row, wrapped) in zip(table.rows, table.wrapped) {
        let key = row.flatMap { $0.first?.key ?? [] }
        guard let k = (at..<min(text.count, at + 200)).first(where: { squeezed(text[$0]) == key }) else { break }
        lines.append(k)
        at = k + 1
        // A wrapped cell's line of its own under its row is taken into the row.
        for w in wrapped {
          guard let e = (at..<min(text.count, at + 3)).first(where: { squeezed(text[$0]) == w }) else { break }
          gone.append(e)
          at = e + 1
        }
      }
      guard lines.count == table.rows.count else { continue }
      removed.formUnion(gone)
      // Blank lines between its rows (a cell's padding) go: a table's rows are lines one after another.
      for (a, b) in zip(lines, lines.dropFirst()) where b > a + 1 {
        for e in (a + 1)..<b where squeezed(text[e]).isEmpty && !text[e].contains("\u{0C}") { removed.insert(e) }
      }
      for (row, k) in zip(table.rows, lines) {
        let indent = text[k].prefix(while: { $0 == " " || $0 == "\u{0C}" }).filter { $0 == "\u{0C}" }
        var line = Array(indent)
        for (c, cell) in row.enumerated() {
          if c > 0 { line.append("\t") }
          line += cellText(cell)
        }
        text[k] = line
      }
      from = (lines.last ?? from) + 1
    }
    return text.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
  }

  /// A cell's text: its lines joined (with a blank between Latin letters or digits, none between Chinese).
  static func cellText(_ cell: [Line]) -> [Unicode.Scalar] {
    var out: [Unicode.Scalar] = []
    for line in cell {
      let words = line.words.isEmpty ? line.key : line.words
      if let last = out.last, let first = words.first, last.value < 0x2E80 && first.value < 0x2E80 {
        out.append(" ")
      }
      out += words
    }
    return out
  }

  static func squeezed(_ l: [Unicode.Scalar]) -> [Unicode.Scalar] {
    l.filter { !PdfGeometry.isBlank($0) && $0 != "\u{0C}" }
  }

  /// The tables on the pages: each a list of rows, each row its cells left to right, each cell its boxes
  /// (one, or more when wrapped).
  static func find(_ boxes: [Line]) -> [Table] {
    var tables: [Table] = []
    var pageRows: [[[Line]]] = []
    var pages: [Int: [Line]] = [:]
    for b in boxes where b.bottom > b.top && b.right > b.left { pages[b.page, default: []].append(b) }
    for page in pages.keys.sorted() {
      // The page's visual rows: boxes whose middles are within half a line of each other, left to right.
      var rows: [[Line]] = []
      for b in pages[page]!.sorted(by: { $0.top < $1.top }) {
        let middle = (b.top + b.bottom) / 2
        if let last = rows.last, let m = last.first.map({ ($0.top + $0.bottom) / 2 }),
          abs(middle - m) <= max(b.height, last[0].height) / 2
        {
          rows[rows.count - 1].append(b)
        } else {
          rows.append([b])
        }
      }
      pageRows.append(rows.map { $0.sorted { $0.left < $1.left } })
    }
    // A document set in columns: five lines or more ten characters wide or more, each beside another as wide
    // (their heights overlapping: the columns' lines need not line up).
    var beside = 0
    for page in pages.values {
      let wide = page.filter { $0.right - $0.left >= 10 * $0.height }
      for a in wide
      where wide.contains(where: { b in
        b.top < a.bottom && a.top < b.bottom && (b.left >= a.right || a.left >= b.right)
      }) {
        beside += 1
      }
    }
    guard beside < 5 else { return [] }
    for rows in pageRows {
      var k = 0
      while k < rows.count {
        guard let table = table(rows, from: k) else {
          k += 1
          continue
        }
        tables.append(table.table)
        k = table.end
      }
    }
    return tables
  }

  /// The cells of a visual row when it has two or more boxes, each apart from the one before by more than two
  /// characters' width.
  static func cells(_ row: [Line]) -> [Line]? {
    guard row.count >= 2 else { return nil }
    for (a, b) in zip(row, row.dropFirst()) where b.left - a.right < 2 * max(a.height, b.height) { return nil }
    return row
  }

  /// The table starting at visual row `k`, if one does: its rows and the visual row after it.
  static func table(_ rows: [[Line]], from k: Int) -> (table: Table, end: Int)? {
    guard let first = cells(rows[k]) else { return nil }
    let n = first.count
    let height = first.map(\.height).max() ?? 0
    // The columns: where each starts and the next starts.
    var starts = first.map(\.left)
    func column(_ b: Line) -> Int? {
      for c in (0..<n).reversed() where b.left >= starts[c] - height {
        let end = c + 1 < n ? starts[c + 1] : .infinity
        return b.right <= end + height / 2 ? c : nil
      }
      return nil
    }
    var out: [[[Line]]] = [first.map { [$0] }]
    var wrapped: [[[Unicode.Scalar]]] = [[]]
    var bottom = first.map(\.bottom).max() ?? 0
    var j = k + 1
    while j < rows.count {
      let row = rows[j]
      let top = row.map(\.top).min() ?? 0
      guard top - bottom <= 1.5 * height else { break }
      if let c = cells(row), c.count == n, zip(c, starts).allSatisfy({ abs($0.left - $1) <= 2 * height }) {
        out.append(c.map { [$0] })
        wrapped.append([])
        for (i, b) in c.enumerated() { starts[i] = min(starts[i], b.left) }
      } else if out.count >= 1, row.count < n, let columns = Optional(row.map(column)),
        columns.allSatisfy({ $0 != nil }), Set(columns.compactMap { $0 }).count == row.count
      {
        // A wrapped cell's line: each box inside a column, under the row.
        for (b, c) in zip(row, columns) { out[out.count - 1][c!].append(b) }
        wrapped[wrapped.count - 1].append(row.flatMap(\.key))
      } else {
        break
      }
      bottom = row.map(\.bottom).max() ?? bottom
      j += 1
    }
    guard out.count >= 2 else { return nil }
    // Running text in columns: every column a dozen characters wide or more on most of its lines, or a
    // column whose lines mostly end at one place eight characters or more from its start (justified text).
    let wide = (0..<n).allSatisfy { c in
      out.filter { row in row[c].contains { $0.right - $0.left >= 12 * height } }.count * 2 > out.count
    }
    let justified = (0..<n).contains { c in
      let boxes = out.flatMap { $0[c] }
      guard let edge = boxes.map(\.right).max(), edge - starts[c] >= 8 * height else { return false }
      return boxes.filter { edge - $0.right <= height / 4 }.count * 5 >= boxes.count * 3
    }
    return wide || justified ? nil : (Table(rows: out, wrapped: wrapped), j)
  }
}
