/// A table of contents (`目录`) near the top of a hand-out: a line naming it,
/// then entries that repeat the headings of the body, with or without page
/// numbers after leaders (`二、任务的膨胀……………2`, `三、讨论题   2`). It
/// says where the headings are, but it is not the case: its lines are left
/// out, so that its entries never become sections and a page number never
/// ends a title.
///
/// The block is the named line and the entries after it, up to the first line
/// that is not an entry: one without a page number, in a table of contents
/// whose entries have them; the first entry said again (the body starts), in
/// one without. It is a table of contents only when most of its entries are
/// said again later, as lines of their own.
enum TableOfContents {
  /// The names of a table of contents, blanks left out.
  static let names: [[Unicode.Scalar]] = ["目录", "目次", "contents", "tableofcontents", "目录contents"].map {
    Array($0.unicodeScalars)
  }

  /// The longest entry, in characters (a heading, without its leaders and page number).
  static let longestEntry = 80

  /// The lines of the table of contents, if the text has one (`skip`: lines already left out as furniture).
  static func find(_ text: [Unicode.Scalar], _ lines: [Range<Int>], skip: [Int: DroppedLine.Reason]) -> [Int] {
    let used = lines.indices.filter { !lines[$0].isEmpty && skip[$0] == nil }
    // The line naming it, in the first half of the text.
    guard
      let at = used.prefix(max(1, used.count / 2)).firstIndex(where: {
        lines[$0].count <= 24 && names.contains(key(text, lines[$0]).map(lowercased))
      })
    else { return [] }
    let later = Set(used[(at + 1)...].map { key(text, lines[$0]) })
    var entries: [(line: Int, title: [Unicode.Scalar], paged: Bool)] = []
    for i in used[(at + 1)...] {
      let r = lines[i]
      // Leaders may run across the page (a hundred dots): the entry's words are what is measured.
      var (title, paged) = entry(text, r)
      guard title.count <= longestEntry else { break }
      // A page number run on from the words (a PDF's spacing taken out): the words alone are a heading later.
      if !paged, let k = title.lastIndex(where: { !Scalars.isDigit($0) }), title.count - k - 1 <= 3,
        k + 1 < title.count, !Scalars.isDigit(title[k]), later.contains(Array(title[...k]))
      {
        title = Array(title[...k])
        paged = true
      }
      guard !title.isEmpty, !title.contains(where: Scalars.isFullStop) else { break }
      if let first = entries.first {
        // With page numbers: the first line without one ends it. Without: the first entry said again.
        if first.paged && !paged { break }
        if title == first.title { break }
      }
      entries.append((i, title, paged))
    }
    guard entries.count >= 2 else { return [] }
    // Its entries are the body's headings: most of them come again after it, as lines of their own.
    let after = Set(used.filter { $0 > entries.last!.line }.map { key(text, lines[$0]) })
    let again = entries.filter { after.contains($0.title) }.count
    guard again * 2 > entries.count else { return [] }
    return [used[at]] + entries.map(\.line)
  }

  /// An entry's title (blanks left out) and whether a page number ends it, after leaders or blanks.
  static func entry(_ text: [Unicode.Scalar], _ r: Range<Int>) -> (title: [Unicode.Scalar], paged: Bool) {
    var e = r.upperBound
    while e > r.lowerBound && Scalars.isDigit(text[e - 1]) { e -= 1 }
    var paged = false
    if e < r.upperBound && r.upperBound - e <= 3 && e > r.lowerBound {
      var b = e
      while b > r.lowerBound && (isLeader(text[b - 1]) || isBlank(text[b - 1])) { b -= 1 }
      // A page number stands apart: after leaders or blanks, never run on from the words (`第2章`, `2020`).
      if b < e && b > r.lowerBound {
        paged = true
        e = b
      }
    }
    if !paged { e = r.upperBound }
    return (key(text, r.lowerBound..<e), paged)
  }

  /// A Markdown editor's marker where it puts a generated table of contents (`[TOC]`, `[toc]`, `{:toc}`,
  /// `[[_TOC_]]`, `${toc}`, `@[toc]`, `{{toc}}`, kramdown's `* TOC` over `{:toc}`): the word
  /// `toc` in any case among brackets and marks alone, no other words.
  static func isMarker(_ text: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
    guard r.count <= 24 else { return false }
    var word: [Unicode.Scalar] = []
    for s in text[r] {
      if markerMarks.contains(s) { continue }
      word.append(lowercased(s))
    }
    return word == Array("toc".unicodeScalars)
  }

  /// The marks around `toc` in a contents marker.
  static let markerMarks = Set("[]{}()<>!-_:$@*#%/ \t\u{3000}【】".unicodeScalars)

  /// The line without its blanks, for comparing an entry with a heading.
  static func key(_ text: [Unicode.Scalar], _ r: Range<Int>) -> [Unicode.Scalar] {
    let words = text[r].filter { !isBlank($0) }
    // An entry written as a list's item (`- 一、百年老店`, a Markdown contents' links) is the words.
    return words.count > 1 && words.first == "-" ? Array(words.dropFirst()) : words
  }

  static func isLeader(_ s: Unicode.Scalar) -> Bool {
    s == "…" || s == "." || s == "·" || s == "．" || s == "-" || s == "_" || s == "⋯" || s == "—" || s == "\u{2027}"
  }

  static func lowercased(_ s: Unicode.Scalar) -> Unicode.Scalar {
    s.value >= 0x41 && s.value <= 0x5A ? Unicode.Scalar(s.value + 32)! : s
  }
}
