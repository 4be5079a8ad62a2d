import CaseroomEngine
import Foundation

/// What a PDF's geometry tells and `pdftotext -layout` drops (`pdftotext -bbox-layout` gives every
/// word's box, matched to the layout's lines by their text, in order):
///
/// - **Heading levels by font size.** A word processor sets a heading
/// in a larger font than the body, each level a size of its own, and often nothing else tells the levels
/// apart (no numbers, or `（一）` under no `一、`). `pdftotext -bbox-layout` gives every word's box; a
/// line's height is its font's size. The sizes above the body's (the height most of the text is set in)
/// rank as levels, largest first, and the matching lines of the `-layout` text get Markdown's marks
/// (`# …`, `## …`), as a .docx's heading styles do. The title (the largest size, at the top, once) stays
/// as it is, as Word's Title style does; a heading set over two lines becomes one.
/// - **Paragraphs by the space between them.** A paragraph set with space after it (Word's and
///   LibreOffice's paragraph spacing, pandoc's body text) starts lower than a wrapped line would;
///   pdftotext often puts no blank line there, and a paragraph that ended near the margin then looks
///   like a wrapped line. Where two lines of the text follow each other on the page a quarter of a
///   line further apart than the body's lines are, a blank line goes between them.
public enum PdfGeometry {
  /// One line of `-bbox-layout`: its text without blanks, its height and top in points, its page.
  struct Line {
    var key: [Unicode.Scalar]
    var height: Double
    var top: Double = 0
    var page: Int = 0
    /// Its words with a blank between each (what a table's cell holds: `Group discussion`).
    var words: [Unicode.Scalar] = []
    /// Its box's left and right edges and its bottom, in points.
    var left: Double = 0
    var right: Double = 0
    var bottom: Double = 0
    /// Its page's width and height in points.
    var pageWidth: Double = 0
    var pageHeight: Double = 0
  }

  /// The `-layout` text with its headings marked by the sizes in the `-bbox-layout` XHTML.
  public static func marked(layout: String, bbox: String) -> String {
    var boxes = lines(bbox)
    guard boxes.count >= 4 else { return layout }
    var text = layout.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
    // Line numbers in the margin (a manuscript's, a contract's) are not text.
    PdfMargin.numbersLeftOut(&text, &boxes)
    // A page set in columns side by side: read down the left column, then the right.
    PdfPageColumns.read(&text, &boxes)
    // Tables by their cells' boxes: a row's cells apart by tabs, as a .docx's.
    text = PdfTables.rows(text, boxes)
    // Each text line's height: its box line, found in order (a layout line may be missing from the boxes).
    var heights = [Double?](repeating: nil, count: text.count)
    var box = [Int?](repeating: nil, count: text.count)
    var next = 0
    for (k, l) in text.enumerated() {
      let key = l.filter { !isBlank($0) && $0 != "\u{0C}" }
      guard !key.isEmpty else { continue }
      for j in next..<min(boxes.count, next + 40) where boxes[j].key == key {
        heights[k] = boxes[j].height
        box[k] = j
        next = j + 1
        break
      }
    }
    // The body's height: the one most characters are set in.
    var characters: [Int: Int] = [:]
    for (k, h) in heights.enumerated() { if let h { characters[rounded(h), default: 0] += text[k].count } }
    guard let body = characters.max(by: { $0.value < $1.value })?.key, body > 0 else { return layout }
    // A slide deck: a slide a page, its heading by the slide's own sizes.
    if PdfSlides.marked(&text, box, boxes, body: body) {
      return joined(text, paragraphGaps(text, box, boxes, body: body))
    }
    // Larger sizes on short lines, each holding a small share of the text: the headings' sizes, largest first.
    var all = 0
    var counts: [Int: Int] = [:]
    for (k, h) in heights.enumerated() {
      guard let h else { continue }
      let n = text[k].filter { !isBlank($0) }.count
      all += n
      let size = rounded(h)
      if size * 100 >= body * 106 && n <= 40 { counts[size, default: 0] += n }
    }
    var sizes = counts.filter { $0.value * 4 <= all }.keys.sorted(by: >)
    // Every line of those sizes in the boxes must be a line of the text (in two columns they are not: none marked).
    let found = heights.compactMap { $0.map(rounded) }.filter { sizes.contains($0) }.count
    if found != boxes.filter({ sizes.contains(rounded($0.height)) && $0.key.count <= 40 }).count { sizes = [] }
    // The title: the largest size, on the first lines set in a heading's size (one run of lines), and nowhere after.
    var above: (lines: [Int], title: Int, words: [Unicode.Scalar]?)?
    var titleBySize = false
    if let top = sizes.first,
      let first = heights.firstIndex(where: { $0.map { sizes.contains(rounded($0)) } ?? false }),
      rounded(heights[first]!) == top
    {
      var e = first
      while e + 1 < heights.count, let h = heights[e + 1], rounded(h) == top { e += 1 }
      if !heights[(e + 1)...].contains(where: { $0.map(rounded) == top }) {
        sizes.removeFirst()
        titleBySize = true
        for t in first...e { heights[t] = nil }
        // A title set over two lines or more in its size is one title (the PDF broke its line, not its words).
        for t in stride(from: first + 1, through: e, by: 1) where !text[t].allSatisfy(isBlank) {
          let rest = text[t].drop(while: isBlank)
          if let a = text[first].last(where: { !isBlank($0) }), let b = rest.first,
            a.value < 0x2E80 && b.value < 0x2E80,
            a.properties.isAlphabetic || a.properties.numericType != nil
          {
            text[first].append(" ")
          }
          while let l = text[first].last, isBlank(l) { text[first].removeLast() }
          text[first] += rest
          text[t] = []
        }
        // Lines over it that are not it; the title as the text now has it (its lines joined).
        above = TitleFirst.linesAbove(first, text, box, boxes).map { ($0.lines, $0.title, nil) }
        // A line right under the title in a heading's size, no number and no role's or part's name, with no text
        // of its own before a heading as large (Word's Subtitle style): the title's subtitle, not a heading.
        let lines = heights.indices.filter { $0 > e && heights[$0] != nil }
        if lines.count >= 2, let a = heights[lines[0]], let b = heights[lines[1]],
          sizes.contains(rounded(a)), rounded(b) >= rounded(a),
          !CaseImporter.opensWithNumber(line(text[lines[0]])),
          !CaseImporter.namesRoleOrPart(String(String.UnicodeScalarView(text[lines[0]].filter { !isBlank($0) })))
        {
          heights[lines[0]] = nil
          // Its size, when no heading has it, is no level.
          if !heights.contains(where: { $0.map(rounded) == rounded(a) }) { sizes.removeAll { $0 == rounded(a) } }
        }
      }
    }
    if !titleBySize { above = TitleFirst.centred(text, box, boxes) }
    // The first heading is at the top level: a larger size only further down (a notice quoted in the text, its
    // red header and its own title) sets lines of the text, not levels above it.
    if let first = heights.firstIndex(where: { $0.map { sizes.contains(rounded($0)) } ?? false }) {
      let size = rounded(heights[first]!)
      sizes.removeAll { $0 > size }
    }
    let gaps = paragraphGaps(text, box, boxes, body: body)
    let goesOn = continuations(text, box, boxes, body: body, gaps: gaps)
    guard !sizes.isEmpty, sizes.count <= 4 else { return TitleFirst.written(&text, above) + joined(text, gaps, goesOn) }
    var k = 0
    while k < text.count {
      guard let h = heights[k], let level = sizes.firstIndex(of: rounded(h)) else {
        k += 1
        continue
      }
      // A heading wrapped onto the next line in the same size is one heading: a long line (it reached the
      // margin), the next not opening with a number (`一、背景` right under `案例正文` is a heading of its own).
      var j = k + 1
      while j < text.count, let hj = heights[j], rounded(hj) == rounded(h),
        text[j - 1].filter({ !isBlank($0) }).count >= 15, !CaseImporter.opensWithNumber(line(text[j]))
      {
        text[k] += text[j].drop(while: isBlank)
        text[j] = []
        j += 1
      }
      let indent = text[k].prefix(while: { isBlank($0) || $0 == "\u{0C}" })
      text[k] =
        Array(indent) + Array(repeating: "#", count: level + 1) + [" "] + Array(text[k][indent.count...])
      k = j
    }
    return TitleFirst.written(&text, above) + joined(text, gaps, goesOn)
  }

  /// The lines (of the text) before which a paragraph starts that the text shows no blank line for: the
  /// line is the next one after the line before it on the same page, a quarter of a line or more lower
  /// than the body's usual distance from line to line.
  static func paragraphGaps(_ text: [[Unicode.Scalar]], _ box: [Int?], _ boxes: [Line], body: Int) -> Set<Int> {
    var pitches: [Int] = []
    var pairs: [(Int, Int)] = []
    for k in text.indices.dropFirst() {
      guard let b = box[k], let a = box[k - 1], b == a + 1, boxes[a].page == boxes[b].page,
        rounded(boxes[a].height) == body, rounded(boxes[b].height) == body
      else { continue }
      let pitch = rounded(boxes[b].top - boxes[a].top)
      guard pitch > 0 else { continue }
      pitches.append(pitch)
      pairs.append((k, pitch))
    }
    // The usual distance from a line to the next: a quarter of the way up the distances (a hand-out of short
    // paragraphs has nearly as many gaps between paragraphs as between lines; CJK lines vary a little).
    guard pitches.count >= 4 else { return [] }
    let usual = pitches.sorted()[pitches.count / 4]
    return Set(pairs.filter { $0.1 * 100 >= usual * 125 }.map(\.0))
  }

  /// The lines (of the text) that go on the paragraph of the line before, by the page's geometry, where a
  /// paragraph starts with its first line indented or after a space: the line before reaches the column's
  /// right edge (within a character) and ends where a paragraph may end (`；` `。` by chance at the margin:
  /// the text alone cannot tell it from a paragraph's end), this one starts at its left edge (no indent),
  /// right below it at the body's size, with no space between and no number opening it (an item); where
  /// paragraphs start indented, the paragraph it goes on started with an indented line (its lines before all
  /// full: a short line ends a paragraph).
  static func continuations(
    _ text: [[Unicode.Scalar]], _ box: [Int?], _ boxes: [Line], body: Int, gaps: Set<Int>
  ) -> Set<Int> {
    // The body's left edge: where most of its lines start; its right edge: the furthest two lines or more end at
    // (to a point; justified lines end there, a table's cells and short last lines before it).
    var lefts: [Int: Int] = [:]
    var rights: [Int: Int] = [:]
    var height = 0.0
    for b in boxes where rounded(b.height) == body && b.right > b.left {
      lefts[Int(b.left.rounded()), default: 0] += 1
      rights[Int(b.right.rounded()), default: 0] += 1
      height = b.height
    }
    guard let left = lefts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) })?.key,
      let right = rights.filter({ $0.value >= 2 }).keys.max() ?? rights.keys.max(), height > 0
    else { return [] }
    // Paragraphs told apart by an indent (lines starting one to four characters in) or by space.
    let indented = boxes.filter { b in
      rounded(b.height) == body && b.left >= Double(left) + height * 0.8 && b.left <= Double(left) + height * 4.5
    }.count
    // Space between paragraphs: consecutive lines of the body a quarter of a line further apart than usual.
    var pitches: [Double] = []
    for (a, b) in zip(boxes, boxes.dropFirst())
    where a.page == b.page && rounded(a.height) == body && rounded(b.height) == body && b.top > a.top {
      pitches.append(b.top - a.top)
    }
    let usual = pitches.isEmpty ? 0 : pitches.sorted()[pitches.count / 4]
    let spaced = pitches.filter { usual > 0 && $0 >= usual * 1.25 }.count
    guard indented >= 2 || spaced >= 2 else { return [] }
    /// Whether text line `k` follows line `k - 1` right below it in the body, no space between.
    func follows(_ k: Int) -> Bool {
      guard k > 0, !gaps.contains(k), let b = box[k], let a = box[k - 1], b == a + 1, boxes[a].page == boxes[b].page,
        rounded(boxes[a].height) == body, rounded(boxes[b].height) == body
      else { return false }
      return boxes[b].top - boxes[a].top < height * 2
    }
    func isIndented(_ k: Int) -> Bool { box[k].map { boxes[$0].left >= Double(left) + height * 0.8 } ?? false }
    func reachesEdge(_ k: Int) -> Bool { box[k].map { boxes[$0].right >= Double(right) - height } ?? false }
    var out: Set<Int> = []
    for k in text.indices.dropFirst() where follows(k) {
      let b = box[k]!
      guard reachesEdge(k - 1), abs(boxes[b].left - Double(left)) < height * 0.5,
        !CaseImporter.opensWithNumber(line(text[k])), let end = text[k - 1].last(where: { !isBlank($0) }),
        endsClause(end)
      else { continue }
      // Where paragraphs start indented, the line before belongs to one that did (a block of lines at the margin,
      // an interview's `问：` `答：`, starts a paragraph at each line).
      if indented >= 2 {
        var j = k - 1
        while !isIndented(j) && follows(j) && reachesEdge(j - 1) && k - j < 40 { j -= 1 }
        guard isIndented(j) else { continue }
      }
      out.insert(k)
    }
    return out
  }

  /// Whether a line ending in this mark may end a paragraph as its text reads (a sentence's or a clause's end,
  /// a closing quote or bracket): where the text alone would end the paragraph, the geometry decides. Lines
  /// ending elsewhere are joined by the importer already, and stay lines (its measure of the text's width).
  static func endsClause(_ c: Unicode.Scalar) -> Bool {
    "。！？；：…”’」』）).!?;:".unicodeScalars.contains(c)
  }

  /// The lines as one text, a blank line before each of `gaps`, each of `goesOn` joined to the line before.
  static func joined(_ text: [[Unicode.Scalar]], _ gaps: Set<Int>, _ goesOn: Set<Int> = []) -> String {
    var out = String.UnicodeScalarView()
    for (k, l) in text.enumerated() {
      if goesOn.contains(k) {
        let rest = l.drop(while: isBlank)
        // Words of a Latin script keep a blank between them; Chinese runs on.
        if let last = out.last, let first = rest.first, last.value < 0x2E80 && first.value < 0x2E80,
          last.properties.isAlphabetic || last.properties.numericType != nil || last == "," || last == "."
        {
          out.append(" ")
        }
        out.append(contentsOf: rest)
        continue
      }
      if k > 0 { out.append("\n") }
      if gaps.contains(k) { out.append("\n") }
      out.append(contentsOf: l)
    }
    return String(out)
  }

  /// A line of the text as a string, without a page break's form feed.
  static func line(_ l: [Unicode.Scalar]) -> String {
    String(String.UnicodeScalarView(l.filter { $0 != "\u{0C}" }))
  }

  /// A height in hundredths of a point, so that sizes compare as whole numbers.
  static func rounded(_ h: Double) -> Int { Int((h * 2).rounded()) * 50 }

  static func isBlank(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\u{3000}" || c == "\u{A0}" }

  /// The lines of `-bbox-layout`'s XHTML: each `<line>`'s words, and its height (the word with the
  /// most characters sets it, so a footnote's small reference number does not). Scanned by hand: the
  /// output of a 50-page PDF is a few megabytes and needs no XML parser.
  static func lines(_ xhtml: String) -> [Line] {
    var out: [Line] = []
    let s = Array(xhtml.utf8)
    var i = 0
    var key: [Unicode.Scalar] = []
    var words: [Unicode.Scalar] = []
    var best = 0
    var height = 0.0
    var top = Double.infinity
    var left = Double.infinity
    var right = -Double.infinity
    var bottom = -Double.infinity
    var page = 0
    var pageWidth = 0.0
    var pageHeight = 0.0
    func starts(_ t: [UInt8], at p: Int) -> Bool {
      guard p + t.count <= s.count else { return false }
      for n in 0..<t.count where s[p + n] != t[n] { return false }
      return true
    }
    let wordTag = Array("<word ".utf8)
    let lineEnd = Array("</line>".utf8)
    let pageTag = Array("<page ".utf8)
    func attribute(_ name: String, in tag: Range<Int>) -> Double? {
      let t = Array((" " + name + "=\"").utf8)
      var p = tag.lowerBound
      while p + t.count < tag.upperBound {
        if s[p] == t[0] && starts(t, at: p) {
          var e = p + t.count
          while e < tag.upperBound && s[e] != 0x22 { e += 1 }
          return Double(String(decoding: s[(p + t.count)..<e], as: UTF8.self))
        }
        p += 1
      }
      return nil
    }
    while i < s.count {
      guard s[i] == 0x3C else {
        i += 1
        continue
      }
      if starts(wordTag, at: i) {
        var e = i
        while e < s.count && s[e] != 0x3E { e += 1 }
        let tag = i..<e
        var c = e + 1
        while c < s.count && s[c] != 0x3C { c += 1 }
        let word = unescaped(String(decoding: s[(e + 1)..<min(c, s.count)], as: UTF8.self))
        let scalars = word.unicodeScalars.filter { !isBlank($0) }
        key += scalars
        if !words.isEmpty && !scalars.isEmpty { words.append(" ") }
        words += scalars
        if let a = attribute("yMin", in: tag), let b = attribute("yMax", in: tag) {
          if scalars.count > best {
            best = scalars.count
            height = b - a
          }
          top = min(top, a)
          bottom = max(bottom, b)
        }
        if let a = attribute("xMin", in: tag), let b = attribute("xMax", in: tag) {
          left = min(left, a)
          right = max(right, b)
        }
        i = c
      } else if starts(lineEnd, at: i) {
        if !key.isEmpty {
          out.append(
            Line(
              key: key, height: height, top: top, page: page, words: words, left: left, right: right, bottom: bottom,
              pageWidth: pageWidth, pageHeight: pageHeight))
        }
        key = []
        words = []
        best = 0
        height = 0
        top = .infinity
        left = .infinity
        right = -.infinity
        bottom = -.infinity
        i += 7
      } else if starts(pageTag, at: i) {
        page += 1
        var e = i
        while e < s.count && s[e] != 0x3E { e += 1 }
        pageWidth = attribute("width", in: i..<e) ?? 0
        pageHeight = attribute("height", in: i..<e) ?? 0
        i += 6
      } else {
        i += 1
      }
    }
    return out
  }

  /// XML's five escapes.
  static func unescaped(_ s: String) -> String {
    guard s.contains("&") else { return s }
    return s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
      .replacingOccurrences(of: "&amp;", with: "&")
  }
}
