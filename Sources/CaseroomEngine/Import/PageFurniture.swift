/// Page furniture in text copied out of a PDF: page numbers (`- 3 -`,
/// `第 3 页`, `3/12`, `Page 3`, a bare number on a line of its own between
/// text) and running headers or footers (the same short line on every page;
/// digits may change, as in `案例库 第3页`).
enum PageFurniture {
  /// A line of the text, as the line stage sees it.
  struct Line {
    /// The line's content without its leading and trailing blanks.
    var content: Range<Int>
  }

  /// The lines that are furniture, each with its reason. `pageStarts`: the lines each page after
  /// the first starts on, when the text's page breaks are known (a PDF's).
  static func find(_ text: [Unicode.Scalar], _ lines: [Line], pageStarts: [Int] = []) -> [Int: DroppedLine.Reason] {
    var out: [Int: DroppedLine.Reason] = [:]
    let nonBlank = lines.indices.filter { !lines[$0].content.isEmpty }
    numbersAndRepeats(text, lines, nonBlank, &out)
    for i in nonBlank.prefix(3) where out[i] == nil && isByline(text, lines[i].content) { out[i] = .byline }
    if !pageStarts.isEmpty {
      numberedHeads(text, lines, nonBlank, pageStarts: pageStarts, &out)
      repeatedAtPageEdges(text, lines, nonBlank, pageStarts: pageStarts, &out)
      // The last page's number alone at its foot (`1` under a one-page hand-out's last line).
      let pages = self.pages(nonBlank, pageStarts: pageStarts)
      if let last = nonBlank.last, out[last] == nil, lines[last].content.count <= 4,
        text[lines[last].content].allSatisfy(Scalars.isDigit),
        Int(text.string(lines[last].content)) == pages.count
      {
        out[last] = .bareNumberLast
      }
    }
    PageChrome.find(text, lines.map(\.content), nonBlank, &out)
    return out
  }

  /// The lines of each page, non-blank, by the page breaks.
  static func pages(_ nonBlank: [Int], pageStarts: [Int]) -> [[Int]] {
    var pages: [[Int]] = []
    var k = 0
    for (n, start) in ([0] + pageStarts).enumerated() {
      let end = n < pageStarts.count ? pageStarts[n] : Int.max
      var page: [Int] = []
      while k < nonBlank.count && nonBlank[k] < end {
        if nonBlank[k] >= start { page.append(nonBlank[k]) }
        k += 1
      }
      if !page.isEmpty { pages.append(page) }
    }
    return pages
  }

  /// A book's running heads, which differ from page to page (the chapter's name on odd pages, the book's on
  /// even ones) but carry the page's number: a short line first or last on its page that starts or ends with
  /// a number apart from its words (`第五章　城市公共安全　85`, `86　城市治理案例选编`), where those numbers
  /// go up by one from page to page on at least two pages and most of them.
  static func numberedHeads(
    _ text: [Unicode.Scalar], _ lines: [Line], _ nonBlank: [Int], pageStarts: [Int],
    _ out: inout [Int: DroppedLine.Reason]
  ) {
    let pages = self.pages(nonBlank, pageStarts: pageStarts)
    guard pages.count >= 2 else { return }
    var byOffset: [Int: [Int]] = [:]
    for (p, page) in pages.enumerated() {
      var seen: Set<Int> = []
      for i in Set([page.first!, page.last!]).sorted() where out[i] == nil {
        guard let n = edgeNumber(text, lines[i].content), seen.insert(n - p).inserted else { continue }
        byOffset[n - p, default: []].append(i)
      }
    }
    for (_, at) in byOffset where at.count >= 2 && at.count * 2 > pages.count {
      for i in at { out[i] = .running(pages: at.count, atEdge: true) }
    }
  }

  /// The number a short line starts or ends with, apart from its words by a wide blank (`86　城市治理案例选编`).
  static func edgeNumber(_ text: [Unicode.Scalar], _ r: Range<Int>) -> Int? {
    // Short but for the blanks that set the number apart (a head's words and number at the page's two sides).
    guard r.count >= 3 && squeezed(text, r).count <= 40 && r.count <= 200,
      !text[r].contains(where: { Scalars.isFullStop($0) || $0 == "，" })
    else {
      return nil
    }
    let c = Array(text[r])
    let lead = c.prefix(while: Scalars.isDigit).count
    let trail = c.reversed().prefix(while: Scalars.isDigit).count
    // Apart by a wide blank (a full-width one, or two): `1 线上复诊…`, a note's number, is no head.
    func wide(_ k: Int, _ step: Int) -> Bool {
      c[k] == "\u{3000}" || isBlank(c[k]) && k + step >= 0 && k + step < c.count && isBlank(c[k + step])
    }
    var digits: ArraySlice<Unicode.Scalar> = []
    if lead >= 1 && lead <= 4 && lead < c.count && wide(lead, 1) {
      digits = c[..<lead]
    } else if trail >= 1 && trail <= 4 && trail < c.count && wide(c.count - trail - 1, -1) {
      digits = c[(c.count - trail)...]
    } else {
      return nil
    }
    guard c.contains(where: Scalars.isHan) || c.contains(where: Scalars.isLatin) else { return nil }
    return Int(String(String.UnicodeScalarView(digits)))
  }

  /// Where the page breaks are known: a line that comes back at the top or the bottom of
  /// pages (among each page's first and last two lines), wherever else it sits, on at least
  /// two pages and on most of them (digits may change: `公共管理案例库 · 第3页`).
  static func repeatedAtPageEdges(
    _ text: [Unicode.Scalar], _ lines: [Line], _ nonBlank: [Int], pageStarts: [Int],
    _ out: inout [Int: DroppedLine.Reason]
  ) {
    let pages = self.pages(nonBlank, pageStarts: pageStarts)
    guard pages.count >= 2 else { return }
    var onPages: [String: [Int]] = [:]
    for page in pages {
      let edges = Set(page.prefix(2) + page.suffix(2))
      var seen: Set<String> = []
      for i in edges.sorted() where out[i] == nil {
        let r = lines[i].content
        guard r.count >= 2 && r.count <= 50, !Scalars.isFullStop(text[r.upperBound - 1]) else { continue }
        let k = key(text, r)
        if seen.insert(k).inserted { onPages[k, default: []].append(i) }
      }
    }
    for (_, at) in onPages where at.count >= 2 && at.count * 2 > pages.count {
      var dropped = at
      if keepsTitle(text, lines, nonBlank, at, out) { dropped.removeFirst() }
      for i in dropped { out[i] = .running(pages: at.count, atEdge: true) }
    }
  }

  /// Whether a line only names a role or a part (`【思考题】`, `思考题：`): a heading that may come back in every
  /// part of a case, never a running header.
  /// So is a label that asks the reader to think or discuss (`思考：`, `【想一想】`, `Discussion:`) over its own list.
  static func namesRole(_ text: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
    let word = text[r].filter { !isBlank($0) && !"【】[]：:".unicodeScalars.contains($0) }
    return word.count <= 12 && (TextNormaliser.namesPart(Array(word)) || ImportRoles.isAskingWord(word))
  }

  /// A short line near the top stamped with a date and a time (`原创 X X 2023-06-08 07:30 发表于浙江`): where
  /// and when an article was posted (a WeChat account's line), no sentence of the case.
  static func isByline(_ text: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
    guard r.count <= 60, !text[r].contains(where: { Scalars.isFullStop($0) || $0 == "，" }) else { return false }
    let digits = text[r].map { Scalars.isDigit($0) ? "0" : $0 == "年" || $0 == "月" || $0 == "/" ? "-" : $0 }
    let line = String(String.UnicodeScalarView(digits))
    let date = line.contains("0000-0-0") || line.contains("0000-00-0") || line.contains("0000-0-00")
    return date
      && (line.contains(" 0:00") || line.contains(" 00:00") || line.contains("日0:00") || line.contains("日00:00"))
  }

  /// Page numbers, and lines repeated every page or so, told without the page breaks.
  static func numbersAndRepeats(
    _ text: [Unicode.Scalar], _ lines: [Line], _ nonBlank: [Int], _ out: inout [Int: DroppedLine.Reason]
  ) {
    for (k, i) in nonBlank.enumerated() where lines[i].content.count <= 40 {
      let c = squeezed(text, lines[i].content)
      if let reason = pageNumber(c) {
        out[i] = reason
      } else if c.count <= 4 && c.allSatisfy(Scalars.isDigit) && k > 0 && k + 1 < nonBlank.count {
        // `01` over a short name on the next line (`村务为什么要公开`), after a blank: the heading's number.
        let name = lines[nonBlank[k + 1]].content
        let heading =
          nonBlank[k + 1] == i + 1 && nonBlank[k - 1] < i - 1 && c.count <= 2 && name.count <= 20
          && !text[name].contains(where: { Scalars.isFullStop($0) || $0 == "，" })
        out[i] = heading ? .headingNumber : .bareNumber
      }
    }
    // The last line, a bare number after other page numbers: the last page's.
    if let last = nonBlank.last, out[last] == nil, !out.isEmpty, nonBlank.count > 1 {
      let c = squeezed(text, lines[last].content)
      if c.count <= 4 && c.allSatisfy(Scalars.isDigit) { out[last] = .bareNumberLast }
    }
    // Running headers and footers: short lines that come back every page or so.
    var groups: [String: [Int]] = [:]
    for i in nonBlank where out[i] == nil {
      let r = lines[i].content
      guard r.count >= 2 && r.count <= 50, let last = r.last.map({ text[$0] }), !Scalars.isFullStop(last),
        text[r.lowerBound] != "|", !namesRole(text, r)
      else { continue }
      // Lines equal but for their numbers (案例库 第3页) only when short: longer ones are text.
      let exact = r.count > 30 || !text[r].contains(where: Scalars.isDigit)
      groups[exact ? text.string(r) : key(text, r), default: []].append(i)
    }
    let pageNumbers = out.keys.sorted()
    /// Whether a line is at a page break: within two lines of a page number, or of the text's start or end.
    func atPageBreak(_ i: Int) -> Bool {
      if let f = nonBlank.first, i - f <= 2 { return true }
      if let l = nonBlank.last, l - i <= 2 { return true }
      return pageNumbers.contains { abs($0 - i) <= 2 }
    }
    for (_, at) in groups where at.count >= 2 {
      if pageNumbers.isEmpty {
        // Without page numbers: three times or more, far apart (one page, the last, may be short).
        let gaps = (1..<at.count).map { at[$0] - at[$0 - 1] }.sorted()
        guard at.count >= 3, gaps[1] >= 8 else { continue }
      } else {
        // With them: every copy next to a page number (or at the text's start or end).
        guard at.allSatisfy(atPageBreak) else { continue }
      }
      var dropped = at
      if keepsTitle(text, lines, nonBlank, at, out) { dropped.removeFirst() }
      for i in dropped { out[i] = .running(pages: at.count, atEdge: false) }
    }
  }

  /// The case's own title used as the running header: its first copy stays, as the title, unless
  /// the line after it could be the title.
  static func keepsTitle(
    _ text: [Unicode.Scalar], _ lines: [Line], _ nonBlank: [Int], _ at: [Int], _ out: [Int: DroppedLine.Reason]
  ) -> Bool {
    guard at[0] == nonBlank.first,
      let next = nonBlank.first(where: { $0 > at[0] && out[$0] == nil && !at.contains($0) })
    else { return false }
    return !plausibleTitle(text, lines[next].content)
  }

  /// Whether a line could be a case's title: short, and not a heading or an item.
  static func plausibleTitle(_ text: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
    guard r.count <= 60, !r.isEmpty else { return false }
    let markers = MarkerScanner.scan(text, r)
    return markers.first?.start != r.lowerBound
  }

  /// The line without blanks inside.
  static func squeezed(_ text: [Unicode.Scalar], _ r: Range<Int>) -> [Unicode.Scalar] {
    text[r].filter { !isBlank($0) }
  }

  /// What groups running headers: the line without blanks, each run of digits as `#`.
  static func key(_ text: [Unicode.Scalar], _ r: Range<Int>) -> String {
    var s = String.UnicodeScalarView()
    var inDigits = false
    for c in text[r] where !isBlank(c) {
      if Scalars.isDigit(c) {
        if !inDigits { s.append("#") }
        inDigits = true
      } else {
        s.append(c)
        inDigits = false
      }
    }
    return String(s)
  }

  /// Why a line (blanks taken out) is a page number, or nil.
  static func pageNumber(_ c: [Unicode.Scalar]) -> DroppedLine.Reason? {
    guard !c.isEmpty, c.count <= 16 else { return nil }
    func digits(_ from: Int) -> Int {
      var j = from
      while j < c.count && Scalars.isDigit(c[j]) { j += 1 }
      return j - from
    }
    let dashes: Set<Unicode.Scalar> = ["-", "—", "–", "－", "~", "～", "·", "•", "―"]
    // - 3 -, —3—
    var i = 0
    while i < c.count && dashes.contains(c[i]) { i += 1 }
    if i > 0 {
      let n = digits(i)
      if n >= 1 && n <= 4 {
        var j = i + n
        let before = j
        while j < c.count && dashes.contains(c[j]) { j += 1 }
        if j == c.count && j > before { return .pageNumber }
      }
    }
    // A page counter in words: 第3页, 第3页共12页, 第3页/共12页, 第1页（共1页）, 共12页 第3页, 第3/12页 — its shape says
    // it is one, on one page or many.
    let between: Set<Unicode.Scalar> = ["，", ",", "/", "／", "（", "(", "）", ")", "、", "|", "｜"]
    func counted(_ from: Int, _ lead: Unicode.Scalar) -> Int? {  // `第3页` / `共12页` at `from`: where it ends
      guard from < c.count, c[from] == lead else { return nil }
      let n = digits(from + 1)
      guard n >= 1 && n <= 4 else { return nil }
      var j = from + 1 + n
      if lead == "第" && j < c.count && (c[j] == "/" || c[j] == "／") {  // 第3/12页
        let m = digits(j + 1)
        guard m >= 1 && m <= 4 else { return nil }
        j += 1 + m
      }
      return j < c.count && c[j] == "页" ? j + 1 : nil
    }
    func skip(_ from: Int) -> Int {
      var j = from
      while j < c.count && between.contains(c[j]) { j += 1 }
      return j
    }
    var k = skip(0)
    if let a = counted(k, "第") ?? counted(k, "共") {
      k = skip(a)
      if k == c.count { return .pageNumber }
      if let b = counted(k, c[skip(0)] == "第" ? "共" : "第"), skip(b) == c.count { return .pageNumber }
    }
    // 3/12
    let n = digits(0)
    if n >= 1 && n <= 4 && n < c.count && (c[n] == "/" || c[n] == "／") {
      let m = digits(n + 1)
      if m >= 1 && m <= 4 && n + 1 + m == c.count,
        let a = Int(String(String.UnicodeScalarView(c[0..<n]))),
        let b = Int(String(String.UnicodeScalarView(c[(n + 1)...]))), a >= 1 && a <= b
      {
        return .pageNumber
      }
    }
    // Page 3, Page 3 of 12
    let word = String(String.UnicodeScalarView(c.prefix(4))).lowercased()
    if word == "page" {
      let d = digits(4)
      if d >= 1 {
        let rest = String(String.UnicodeScalarView(c[(4 + d)...])).lowercased()
        if rest.isEmpty || (rest.hasPrefix("of") && rest.dropFirst(2).allSatisfy(\.isNumber) && rest.count > 2)
          || (rest.hasPrefix("/") && rest.dropFirst().allSatisfy(\.isNumber) && rest.count > 1)
        {
          return .pageNumber
        }
      }
    }
    return nil
  }
}
