/// A page set in two columns of running text side by side (a newsletter, a hand-out fitted on one sheet, a
/// LibreOffice or Word section in columns under a title across the page): `pdftotext -layout` writes the
/// columns' lines side by side on one line, a blank where one column has no line at that height, so a
/// column's paragraph looks cut wherever the other column's lines fall. The page's boxes say how it is set.
///
/// A page is in columns where a gutter splits it: five lines or more start at one position right of a third of
/// the page and end before its right edge, five lines or more end left of that position by a gap, and each
/// column holds running text (three lines or more ending within a character of its right edge: wrapped lines). Lines across the
/// gutter (a title over the columns) divide the page into bands; each band is read down its left column, then
/// its right. The page's text lines are written again from its boxes in that order, each indented as far as its
/// box starts in from its column's left edge, and the boxes reordered alike (each text line then matches its
/// box: sizes, spacing and indents read as on any page).
enum PdfPageColumns {
  static func read(_ text: inout [[Unicode.Scalar]], _ boxes: inout [PdfGeometry.Line]) {
    guard let pages = boxes.last?.page, pages >= 1 else { return }
    // The text's lines of each page: a form feed starts the next page.
    var pageOf: [Int] = []
    var page = 1
    for l in text {
      if l.first == "\u{0C}" { page += 1 }
      pageOf.append(page)
    }
    var newText: [[Unicode.Scalar]] = []
    var newBoxes: [PdfGeometry.Line] = []
    var changed = false
    var k = 0
    var b = 0
    for p in 1...pages {
      let lines = Array(k..<((k..<text.count).first { pageOf[$0] > p } ?? text.count))
      let pageBoxes = Array(boxes[b..<(boxes[b...].firstIndex { $0.page > p } ?? boxes.count)])
      k = lines.last.map { $0 + 1 } ?? k
      b += pageBoxes.count
      guard let order = ordered(pageBoxes) else {
        newText += lines.map { text[$0] }
        newBoxes += pageBoxes
        continue
      }
      changed = true
      let feed = lines.first.map { text[$0].first == "\u{0C}" } ?? false
      var written = order.lines
      if feed, !written.isEmpty { written[0].insert("\u{0C}", at: 0) }
      newText += written
      newText.append([])
      newBoxes += order.boxes
    }
    guard changed else { return }
    newText += text[k...]
    text = newText
    boxes = newBoxes
  }

  /// The page's boxes in reading order and its text lines, if the page is set in two columns.
  static func ordered(_ page: [PdfGeometry.Line]) -> (boxes: [PdfGeometry.Line], lines: [[Unicode.Scalar]])? {
    guard page.count >= 10, let width = page.first?.pageWidth, width > 0 else { return nil }
    // The right column's left edge: the position most lines start at right of a third of the page.
    var starts: [Int: Int] = [:]
    for l in page where l.left > width / 3 && l.left < width * 0.7 { starts[Int(l.left.rounded()), default: 0] += 1 }
    guard let (g, n) = starts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }), n >= 5 else { return nil }
    let gutter = Double(g)
    let right = page.filter { $0.left >= gutter - 1.5 }
    let left = page.filter { $0.right <= gutter - 6 }
    guard right.count >= 5, left.count >= 5 else { return nil }
    // Running text in each: three lines or more wrapped at its right edge.
    func wrapped(_ column: [PdfGeometry.Line]) -> Bool {
      guard let edge = column.map(\.right).max() else { return false }
      return column.filter { $0.right >= edge - $0.height }.count >= 3
    }
    guard wrapped(left), wrapped(right) else { return nil }
    // The columns side by side: lines of each at the same heights.
    guard left.contains(where: { l in right.contains { abs($0.top - l.top) < l.height * 2 } }) else { return nil }
    // Bands between lines across the gutter, each read left then right.
    var order: [PdfGeometry.Line] = []
    var band: [PdfGeometry.Line] = []
    func flush() {
      order += band.filter { $0.left < gutter - 1.5 }.sorted { $0.top < $1.top }
      order += band.filter { $0.left >= gutter - 1.5 }.sorted { $0.top < $1.top }
      band = []
    }
    for l in page.sorted(by: { $0.top < $1.top }) {
      if l.left < gutter - 6 && l.right > gutter + 6 {
        flush()
        order.append(l)
      } else {
        band.append(l)
      }
    }
    flush()
    // Each column's left edge, the width of a character (the widest line's), each line indented from its edge.
    func edge(_ column: [PdfGeometry.Line]) -> Double {
      var lefts: [Int: Int] = [:]
      for l in column { lefts[Int(l.left.rounded()), default: 0] += 1 }
      return Double(lefts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) })?.key ?? 0)
    }
    let leftEdge = edge(left)
    let character =
      page.map { ($0.right - $0.left) / Double(max($0.key.count, 1)) }.sorted()[page.count / 2]
    let lines = order.map { l -> [Unicode.Scalar] in
      let from = l.left >= gutter - 1.5 ? gutter : (l.right <= gutter - 6 ? leftEdge : 0)
      let indent = from > 0 && character > 0 ? max(0, Int(((l.left - from) / character).rounded())) : 0
      return Array(repeating: " ", count: indent) + l.words
    }
    return (order, lines)
  }
}
