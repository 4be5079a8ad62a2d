/// A web page's or a course platform's chrome, copied or printed with the case, told by its shape and
/// where it stands, never by one site's words:
///
/// - an address alone on its line (`https://…`, `www.…`), wherever it stands (a browser prints the page's
///   at each page's foot);
/// - a breadcrumb, a line of three or more short levels apart by `>` `›` `»` `/` (`首页 > 我的课程 > …`);
/// - buttons in brackets (`【打印本页】【关闭窗口】`), two or more, each bracket's words a part;
/// - counters and buttons: among the first four lines, a line whose parts are all short words, counts
///   (`阅读 126`, `评论（3）`) and labels (`发布人：刘老师`), two of them counts, or a count among three parts or beside a word (a
///   title may hold one number: `案例 12　…`); at the very end, the run of
///   such lines, and of lines of two or more short labelled parts (`上一篇：…　下一篇：…`), that starts with
///   one holding a count or two parts (a line of one short word or label is taken only inside that run).
///
/// None of them is a sentence (no `。` `？` `！` `，`), an item (no enumerator) or an activity with a time.
enum PageChrome {
  static func find(
    _ text: [Unicode.Scalar], _ lines: [Range<Int>], _ nonBlank: [Int], _ out: inout [Int: DroppedLine.Reason]
  ) {
    for i in nonBlank where out[i] == nil {
      if isAddress(text, lines[i]) {
        out[i] = .chrome(.address)
      } else if isBreadcrumb(text, lines[i]) {
        out[i] = .chrome(.breadcrumb)
      }
    }
    for i in nonBlank.prefix(4) where out[i] == nil {
      // At the top, where a title may hold a number (`案例 12　…`) or two words apart (`城市更新　老街改造`): two
      // counts, or a count and a button or among three parts; three buttons or more (`返回　分享　收藏`), or in brackets.
      let shape = shape(text, lines[i])
      let buttons = bracketed(text, lines[i])
      let parts = buttons ?? cut(text, lines[i])
      let counts = parts.filter(isCount).count
      if shape == .counted && (counts >= 2 || counts >= 1 && (parts.count >= 3 || parts.contains(where: isWord)))
        || shape == .parts && (buttons != nil || parts.count >= 3 && parts.allSatisfy(isWord))
      {
        out[i] = .chrome(.counters)
      }
    }
    // The end: the run of chrome lines after the text, from the last line up, begun by a strong one.
    var run: [Int] = []
    for i in nonBlank.reversed() {
      if out[i] != nil { continue }
      guard shape(text, lines[i]) != nil else { break }
      run.append(i)
    }
    while let top = run.last, shape(text, lines[top]) == .weak { run.removeLast() }
    for i in run { out[i] = .chrome(.counters) }
  }

  /// How sure a line's shape makes it chrome.
  enum Shape {
    /// Parts that are counts (`阅读 126`), words and labels, at least one a count.
    case counted
    /// Two or more parts, each a short word or a short label with its value (`上一篇：…　下一篇：…`).
    case parts
    /// One short word or one short label: chrome only among other chrome.
    case weak
  }

  /// A web address alone: `http://`, `https://` or `www.`, or a host and a path, with no blank and no Chinese.
  static func isAddress(_ text: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
    guard r.count >= 8, !text[r].contains(where: { isBlank($0) || Scalars.isHan($0) }) else { return false }
    let s = String(String.UnicodeScalarView(text[r])).lowercased()
    if s.hasPrefix("http://") || s.hasPrefix("https://") || s.hasPrefix("www.") { return true }
    guard let slash = s.firstIndex(of: "/") else { return false }
    let host = s[..<slash]
    return host.contains(".") && host.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
      && host.split(separator: ".").count >= 2 && !host.hasSuffix(".")
  }

  /// Three or more short levels apart by `>` `＞` `›` `»` (or `/` with blanks around it), no sentence.
  static func isBreadcrumb(_ text: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
    guard r.count <= 100, !text[r].contains(where: sentenceMark) else { return false }
    var levels: [[Unicode.Scalar]] = [[]]
    for k in r {
      let c = text[k]
      let slash = c == "/" && k > r.lowerBound && k + 1 < r.upperBound && isBlank(text[k - 1]) && isBlank(text[k + 1])
      if c == ">" || c == "＞" || c == "›" || c == "»" || slash {
        levels.append([])
      } else if !isBlank(c) {
        levels[levels.count - 1].append(c)
      }
    }
    return levels.count >= 3 && levels.allSatisfy { !$0.isEmpty && $0.count <= 16 }
  }

  static func sentenceMark(_ c: Unicode.Scalar) -> Bool {
    c == "。" || c == "？" || c == "?" || c == "！" || c == "!" || c == "，" || c == "；"
  }

  /// A line's parts: apart by two blanks or more, a full-width blank or `|`.
  static func cut(_ text: [Unicode.Scalar], _ r: Range<Int>) -> [[Unicode.Scalar]] {
    var parts: [[Unicode.Scalar]] = []
    var current: [Unicode.Scalar] = []
    var blanks = 0
    func cut() {
      if !current.isEmpty { parts.append(current) }
      current = []
    }
    for k in r {
      let c = text[k]
      if c == "\u{3000}" || c == "|" || c == "｜" {
        cut()
        blanks = 0
      } else if isBlank(c) {
        blanks += 1
        if blanks == 2 { cut() }
      } else {
        if blanks == 1 && !current.isEmpty { current.append(" ") }
        blanks = 0
        current.append(c)
      }
    }
    cut()
    return parts
  }

  /// The line's shape as chrome, or nil when it is not chrome: parts apart by two blanks or more, a
  /// full-width blank, a tab or `|`; each a count, a short word or a short label with its value.
  static func shape(_ text: [Unicode.Scalar], _ r: Range<Int>) -> Shape? {
    // A row of a table copied with tabs (a form's `案例作者⇥林晓　陈默`) is the table's.
    guard r.count <= 60, !text[r].contains(where: { sentenceMark($0) || $0 == "\t" }),
      !ActivityTime.holdsDuration(text, r)
    else {
      return nil
    }
    // Buttons in brackets (`【打印本页】【关闭窗口】`, `[收藏] [分享]`): each bracket's words a part.
    let buttons = bracketed(text, r)
    if buttons == nil
      && MarkerScanner.scan(text, r.lowerBound..<min(r.upperBound, r.lowerBound + 8)).contains(where: {
        $0.start == r.lowerBound
      })
    {
      return nil
    }
    let parts = buttons ?? cut(text, r)
    var counts = 0
    for part in parts {
      if isCount(part) {
        counts += 1
      } else if !isWord(part) && !isLabel(part) {
        return nil
      }
    }
    if counts > 0 { return .counted }
    return parts.count >= 2 ? .parts : .weak
  }

  /// The words of a line made of two brackets or more and blanks alone (`【打印本页】【关闭窗口】`), or nil.
  static func bracketed(_ text: [Unicode.Scalar], _ r: Range<Int>) -> [[Unicode.Scalar]]? {
    var out: [[Unicode.Scalar]] = []
    var current: [Unicode.Scalar]?
    for k in r {
      let c = text[k]
      if c == "【" || c == "[" {
        guard current == nil else { return nil }
        current = []
      } else if c == "】" || c == "]" {
        guard let words = current, !words.isEmpty else { return nil }
        out.append(words)
        current = nil
      } else if current != nil {
        if !isBlank(c) { current!.append(c) }
      } else if !isBlank(c) {
        return nil
      }
    }
    return current == nil && out.count >= 2 ? out : nil
  }

  /// A word and a count: `阅读 126`, `评论（3）`, `浏览量：300`, `点赞 12`, `阅读 2.3万`, `Views 1.2k`.
  static func isCount(_ p: [Unicode.Scalar]) -> Bool {
    let word = p.prefix { Scalars.isHan($0) || Scalars.isLatin($0) }
    guard word.count >= 1 && word.count <= 6 else { return false }
    var rest = Array(p[word.count...]).filter { !isBlank($0) }
    if let f = rest.first, "（(：:".unicodeScalars.contains(f) { rest.removeFirst() }
    if let l = rest.last, "）)次人条".unicodeScalars.contains(l) { rest.removeLast() }
    if let l = rest.last, "万千亿kKwW+".unicodeScalars.contains(l) { rest.removeLast() }  // 2.3万, 1.2k, 10w+
    return !rest.isEmpty && rest.count <= 7 && Scalars.isDigit(rest[0])
      && rest.allSatisfy { Scalars.isDigit($0) || $0 == "," || $0 == "." }
  }

  /// A short word alone: two to four Chinese characters or one Latin word (`收藏`, `分享`, `Share`).
  static func isWord(_ p: [Unicode.Scalar]) -> Bool {
    // Two characters at least: a word spread out by blanks (`目　次　表`) is one word, no row of buttons.
    p.count >= 2 && ((p.count <= 4 && p.allSatisfy(Scalars.isHan)) || (p.count <= 10 && p.allSatisfy(Scalars.isLatin)))
  }

  /// A short label and its value (`上一篇：第五讲 案例研讨`, `发布时间：2026-10-08 09:12`).
  static func isLabel(_ p: [Unicode.Scalar]) -> Bool {
    guard let colon = p.firstIndex(where: { $0 == "：" || $0 == ":" }), colon >= 1 && colon <= 5,
      p[..<colon].allSatisfy({ Scalars.isHan($0) || Scalars.isLatin($0) })
    else { return false }
    let value = p[(colon + 1)...].filter { !isBlank($0) }
    return !value.isEmpty && value.count <= 24
  }
}
