/// A PDF page set in two columns, as `pdftotext -layout` writes it: each line
/// holds a line of the left column, blanks, and a line of the right column,
/// side by side. Read so, every paragraph is cut in half; the page is read
/// as a person does instead, the left column down, then the right.
///
/// A page has two columns when one position is where a column of text starts
/// after a gutter (two blanks or more) on at least five of its lines and a
/// quarter of them (on a page with little in its right column, one line at
/// the position the other pages have), no more than two lines run across that position (a
/// title over both columns), and a third of the lines on both sides of it are full (a
/// table's short cells are not columns). Linear in the page's text.
enum PdfColumns {
  /// The text with every page of two columns read column by column; pages are kept apart by form feeds.
  static func unfold(_ raw: String) -> String {
    guard raw.contains("  ") else { return raw }
    let pages = raw.split(separator: "\u{0C}", omittingEmptySubsequences: false).map {
      $0.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
    }
    var gutters = pages.map(gutter)
    guard let common = gutters.compactMap({ $0 }).mostCommon else { return raw }
    // A page with little in its right column (the last one) has it where the other pages have theirs.
    for (n, page) in pages.enumerated() where gutters[n] == nil && hasColumn(page, at: common, least: 1) {
      gutters[n] = common
    }
    return zip(pages, gutters).map { page, gutter in
      gutter.map { unfold(page, at: $0) } ?? page.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
    }.joined(separator: "\u{0C}")
  }

  /// The page read column by column.
  static func unfold(_ lines: [[Unicode.Scalar]], at gutter: Int) -> String {
    var left: [String] = []
    var right: [String] = []
    for l in lines {
      if l.count > gutter && !crosses(l, gutter) {
        left.append(trimmedEnd(l[..<gutter]))
        right.append(trimmedEnd(l[gutter...]))
      } else {
        left.append(trimmedEnd(l[...]))
      }
    }
    // The right column's blank lines at its top and bottom are the left column's lines, not its own.
    while right.first?.isEmpty == true { right.removeFirst() }
    while right.last?.isEmpty == true { right.removeLast() }
    // The column's end is a page's end: a paragraph cut there goes on at the top of the next.
    return left.joined(separator: "\n") + "\n\u{0C}" + right.joined(separator: "\n")
  }

  /// Whether `least` lines or more start a column at `c` after a gutter, and at most two run across it.
  static func hasColumn(_ lines: [[Unicode.Scalar]], at c: Int, least: Int) -> Bool {
    let starting = lines.filter { l in
      l.count > c && !isBlank(l[c]) && isBlank(l[c - 1]) && isBlank(l[c - 2])
    }
    return starting.count >= least && lines.filter { $0.count > c && crosses($0, c) }.count <= 2
  }

  /// Where the right column starts, if the page has one of its own.
  static func gutter(_ lines: [[Unicode.Scalar]]) -> Int? {
    var starts: [Int: Int] = [:]
    var used = 0
    for l in lines where l.contains(where: { !isBlank($0) }) {
      used += 1
      var blanks = 0
      var seenText = false
      for (i, s) in l.enumerated() {
        if isBlank(s) {
          blanks += 1
        } else {
          // A column starts after a gutter of two blanks or more, or at a line's indent that deep.
          if blanks >= 2 && (seenText || i >= 8) { starts[i, default: 0] += 1 }
          blanks = 0
          seenText = true
        }
      }
    }
    let candidates = starts.filter { $0.value >= 5 && $0.value * 4 >= used }.keys.sorted()
    guard !candidates.isEmpty else { return nil }
    for c in candidates {
      guard hasColumn(lines, at: c, least: 5) else { continue }
      // Columns of running text, about as wide as each other (a table's short cells are no columns).
      let split = lines.filter { $0.count > c && $0[c...].contains(where: { !isBlank($0) }) }
      let full = split.filter { l in
        let leftText = l[..<c].lastIndex(where: { !isBlank($0) }).map { $0 + 1 } ?? 0
        let rightText = l.count - c
        return (leftText == 0 || leftText * 5 >= c * 3) && rightText * 5 >= c * 3
      }
      if full.count * 3 >= split.count { return c }
    }
    return nil
  }

  /// Whether a line has text in the gutter before `c` (it runs across the column's start).
  static func crosses(_ l: [Unicode.Scalar], _ c: Int) -> Bool {
    !isBlank(l[c - 1]) || (c >= 2 && !isBlank(l[c - 2]) && !isBlank(l[c]))
  }

  static func trimmedEnd(_ s: ArraySlice<Unicode.Scalar>) -> String {
    var e = s.endIndex
    while e > s.startIndex && isBlank(s[e - 1]) { e -= 1 }
    var out = String.UnicodeScalarView()
    out.append(contentsOf: s[s.startIndex..<e])
    return String(out)
  }
}

extension Array where Element: Hashable {
  /// The value found most often (the first of those, on a tie), nil when empty.
  var mostCommon: Element? {
    var counts: [Element: Int] = [:]
    for e in self { counts[e, default: 0] += 1 }
    return self.max { counts[$0]! < counts[$1]! }
  }
}
