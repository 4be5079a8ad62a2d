/// Line numbers in a PDF's left margin (a manuscript sent for review, a contract, a legal text: LibreOffice's
/// and Word's line numbering) are not the text's: `pdftotext -layout` writes them at the start of the lines
/// they stand by (` 5   一、后继无人的…`, `10   来。`), where they read as list numbers and cut paragraphs.
///
/// Told by the page's geometry, whoever numbered the lines: boxes holding only a number of one to four digits,
/// ending left of where the text's lines start (the left edge most lines share) by a gap, three or more, going up
/// on each page. Those boxes are left out, each number is blanked where the text's line starts with it, in
/// order, and the margin's column taken off every line (the blanks all lines start with).
enum PdfMargin {
  static func numbersLeftOut(_ text: inout [[Unicode.Scalar]], _ boxes: inout [PdfGeometry.Line]) {
    // Where the text's lines start: the left edge most boxes share.
    var lefts: [Int: Int] = [:]
    for b in boxes where b.right > b.left { lefts[Int(b.left.rounded()), default: 0] += 1 }
    guard let left = lefts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) })?.key else { return }
    func number(_ b: PdfGeometry.Line) -> Int? {
      guard (1...4).contains(b.key.count), b.key.allSatisfy({ $0.properties.numericType == .decimal && $0.isASCII })
      else { return nil }
      return Int(String(String.UnicodeScalarView(b.key)))
    }
    var margin: [Int] = []
    var last: (page: Int, value: Int)?
    for (k, b) in boxes.enumerated() {
      guard let n = number(b), b.right < Double(left) - b.height * 0.3, b.left < Double(left) else { continue }
      // Going up on its page (a new page may start again).
      if let last, last.page == b.page, n <= last.value { return }
      last = (b.page, n)
      margin.append(k)
    }
    guard margin.count >= 3 else { return }
    let numbers = margin.map { boxes[$0].key }
    for k in margin.reversed() { boxes.remove(at: k) }
    // Blank each number where a line starts with it, followed by blanks or the line's end, in order.
    var m = 0
    for k in text.indices where m < numbers.count {
      let l = text[k]
      var i = 0
      while i < l.count && (PdfGeometry.isBlank(l[i]) || l[i] == "\u{0C}") { i += 1 }
      let digits = numbers[m]
      guard i + digits.count <= l.count, Array(l[i..<(i + digits.count)]) == digits else { continue }
      let after = i + digits.count
      guard
        after == l.count || (after + 1 < l.count && PdfGeometry.isBlank(l[after]) && PdfGeometry.isBlank(l[after + 1]))
          || after + 1 == l.count
      else { continue }
      for j in i..<after { text[k][j] = " " }
      m += 1
    }
    // The column the numbers stood in is no indent of the text's: the blanks every line starts with go.
    let indents = text.compactMap { l -> Int? in
      let body = l.drop { $0 == "\u{0C}" }
      let n = body.prefix(while: PdfGeometry.isBlank).count
      return n == body.count ? nil : n
    }
    guard let common = indents.min(), common > 0 else { return }
    for k in text.indices {
      let feed = text[k].prefix { $0 == "\u{0C}" }.count
      let n = text[k][feed...].prefix(while: PdfGeometry.isBlank).count
      text[k].removeSubrange(feed..<(feed + min(n, common)))
    }
  }
}
