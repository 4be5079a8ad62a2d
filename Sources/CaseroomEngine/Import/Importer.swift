import Foundation

struct Importer {
  var text: [Unicode.Scalar]
  var notes: [String] = []
  var sections: [Section] = []

  init(raw: String) {
    var t: [Unicode.Scalar] = []
    t.reserveCapacity(raw.utf8.count / 2)
    var lastWasCR = false
    for s in raw.unicodeScalars {
      if s == "\u{FEFF}" { continue }
      if s == "\r" {
        t.append("\n")
        lastWasCR = true
        continue
      }
      if s == "\n" && lastWasCR {
        lastWasCR = false
        continue
      }
      lastWasCR = false
      if s == "\n" || s == "\t" {
        t.append(s)
      } else if s.value < 0x20 || (s.value >= 0x7F && s.value < 0xA0) {
        continue  // control characters carry no text
      } else if s == "\u{2028}" || s == "\u{2029}" {
        t.append("\n")
      } else {
        t.append(s)
      }
    }
    text = t
  }

  func string(_ r: Range<Int>) -> String {
    var s = ""
    s.unicodeScalars.append(contentsOf: text[r])
    return s
  }

  /// The range without blanks and line breaks at its ends (the text has no CR: `init` made them `\n`).
  func trimmed(_ r: Range<Int>) -> Range<Int> {
    var a = r.lowerBound
    var b = r.upperBound
    while a < b && isBlankOrLineBreak(text[a]) { a += 1 }
    while b > a && isBlankOrLineBreak(text[b - 1]) { b -= 1 }
    return a..<b
  }

  mutating func build(id: String?) -> Case {
    let all = trimmed(0..<text.count)
    // Title: the first line, when the text has more than one and it is short.
    var title = "未命名案例"
    var bodyStart = all.lowerBound
    if let nl = text[all].firstIndex(of: "\n") {
      let first = trimmed(all.lowerBound..<nl)
      if first.count > 0 && first.count <= 60 && MarkerScanner.scan(text, first).first?.start != first.lowerBound {
        title = string(first)
        bodyStart = nl + 1
      }
    }
    let body = trimmed(bodyStart..<all.upperBound)
    var subtitle: String?
    let intro = structure(
      body, kinds: Marker.Kind.allCases.filter { $0.rawValue <= Marker.Kind.parenChinese.rawValue }, level: 1,
      parentRole: nil)
    if title == "未命名案例" {
      notes.append("no title line found: the case is called 未命名案例; edit 'title' in the header")
      if let r = intro, r.count <= 40 && !r.isEmpty {
        title = string(r)
      }
    } else if let r = intro, !r.isEmpty {
      if r.count <= 40 && !text[r].contains("\n") {
        subtitle = string(r)
      } else {
        let paragraphs = self.paragraphs(r, role: .content)
        sections.insert(Section(id: "intro", title: "引言", level: 1, role: .content, paragraphs: paragraphs), at: 0)
      }
    }
    if sections.isEmpty {
      notes.append("no headings found: the whole text is one section; add '#' headings by hand")
      sections = [
        Section(id: "content", title: "案例正文", level: 1, role: .content, paragraphs: paragraphs(body, role: .content))
      ]
    }
    assignIds()
    for role in [Role.objectives, .questions] where !sections.contains(where: { $0.role == role }) {
      notes.append(
        "no \(role == .objectives ? "objectives (教学目的)" : "questions (思考题)") found: add them, or mark a heading with {role=\(role.rawValue)}"
      )
    }
    return Case(id: id ?? "imported-case", title: title, subtitle: subtitle, sections: sections)
  }

  /// Splits `span` into sections at the first kind of heading numbering that
  /// runs in sequence there, recursing into each with the kinds below it.
  /// Returns the text before the first heading (the span's own body).
  @discardableResult
  mutating func structure(_ span: Range<Int>, kinds: [Marker.Kind], level: Int, parentRole: Role?) -> Range<Int>? {
    let markers = MarkerScanner.scan(text, span)
    for (k, kind) in kinds.enumerated() {
      var chain: [Marker]
      let ofKind = markers.filter { $0.kind == kind }
      if kind == .bracket {
        chain = ofKind.filter { m in
          m.score >= 6 || Role.recognise(string((m.start + 1)..<(m.end - 1))) != nil
        }
      } else {
        chain = MarkerScanner.chain(
          ofKind.map { m in
            var m = m
            if Role.recognise(titleGuess(m).title) != nil { m.score += 10 }
            return m
          })
        let strong = chain.first.map { $0.score >= 6 } ?? false
        if chain.count < 2 && !strong { chain = [] }
      }
      guard !chain.isEmpty else { continue }
      let below = Array(kinds[(k + 1)...])
      for (n, m) in chain.enumerated() {
        let sectionEnd = n + 1 < chain.count ? chain[n + 1].start : span.upperBound
        let guess = titleGuess(m, limit: sectionEnd)
        let role = Role.recognise(guess.title) ?? parentRole ?? .content
        var number = kind == .bracket ? "" : string(m.start..<m.end)
        var title = guess.title
        if title.isEmpty {
          notes.append("\(number.isEmpty ? string(m.start..<m.end) : number): no title found; give it one by hand")
          title = number.isEmpty ? "（无标题）" : number
          number = ""
        }
        let index = sections.count
        sections.append(Section(id: "", number: number, title: title, level: level, role: role))
        if kind != .bracket && n + 1 < chain.count && chain[n + 1].number != m.number + 1 {
          notes.append("numbering jumps from \(number) to \(string(chain[n + 1].start..<chain[n + 1].end))")
        }
        let bodySpan = trimmed(guess.bodyStart..<sectionEnd)
        let own = structure(bodySpan, kinds: below, level: level + 1, parentRole: role) ?? bodySpan
        sections[index].paragraphs = paragraphs(own, role: role)
      }
      return trimmed(span.lowerBound..<chain[0].start)
    }
    return nil
  }

  /// Title words that usually end a section title.
  static let titleEndings = [
    "工程", "系统", "项目", "概况", "背景", "简介", "介绍", "现状", "分析", "经验", "启示", "措施", "目标",
    "内容", "做法", "成效", "情况", "历程", "建议", "对策", "总结", "结论", "思考", "过程", "特点", "模式",
  ].map { Array($0.unicodeScalars) }

  /// Where the heading's title ends and its body begins.
  func titleGuess(_ m: Marker, limit: Int? = nil) -> (title: String, bodyStart: Int) {
    let end = min(limit ?? text.count, text.count)
    if m.kind == .bracket { return (string((m.start + 1)..<(m.end - 1)).trimmingCharacters(in: .whitespaces), m.end) }
    var a = m.end
    while a < end && (text[a] == " " || text[a] == "\u{3000}" || text[a] == "\t") { a += 1 }
    // The rest of the line, when it is short and reads like a title.
    var lineEnd = a
    while lineEnd < end && text[lineEnd] != "\n" && lineEnd - a <= 40 { lineEnd += 1 }
    if lineEnd < end && text[lineEnd] == "\n" || lineEnd == end {
      let r = trimmed(a..<lineEnd)
      if let last = r.last.map({ text[$0] }), r.count <= 40, !"。！？；，".unicodeScalars.contains(last) {
        return (string(r), lineEnd)
      }
      if r.isEmpty { return ("", lineEnd) }
    }
    var lineLimit = a
    while lineLimit < end && lineLimit - a <= 40 && text[lineLimit] != "\n" { lineLimit += 1 }
    let window = min(lineLimit, a + 30)
    // A space or colon after a short title.
    for j in a..<window where j > a {
      let s = text[j]
      if s == " " || s == "\u{3000}" || s == "\t" || s == "：" || s == ":" {
        if text[a..<j].contains(where: { "。，；！？".unicodeScalars.contains($0) }) { break }
        return (string(a..<j), j + 1)
      }
      if s == "\n" { break }
    }
    // A known heading name (教学目的, 思考题, …): the longest that fits.
    var bestName = 0
    for (_, names) in Role.names {
      for name in names {
        let u = Array(name.unicodeScalars)
        if a + u.count <= end && Array(text[a..<(a + u.count)]) == u && u.count > bestName { bestName = u.count }
      }
    }
    if bestName > 0 { return (string(a..<(a + bestName)), a + bestName) }
    // A typical title ending (工程, 背景, …) within 20 characters.
    let short = min(lineLimit, a + 20)
    var earliest: Int?
    for ending in Importer.titleEndings {
      var j = a + 1
      while j + ending.count <= short {
        if text[j] == ending[0] && Array(text[j..<(j + ending.count)]) == ending {
          if earliest.map({ j + ending.count < $0 }) ?? true { earliest = j + ending.count }
          break
        }
        j += 1
      }
    }
    if let e = earliest { return (string(a..<e), e) }
    // The body starting with a quote, a bracket or a number.
    for j in (a + 2)..<max(a + 2, short) {
      let s = text[j]
      if "“‘《（(【\"".unicodeScalars.contains(s) || MarkerScanner.isDigit(s) { return (string(a..<j), j) }
      if "。，；！？、".unicodeScalars.contains(s) { break }
    }
    return ("", a)
  }

  /// The paragraphs of a section body: lines, numbered items, and long
  /// flattened runs split at sentence ends.
  func paragraphs(_ span: Range<Int>, role: Role) -> [Paragraph] {
    guard !span.isEmpty else { return [] }
    // 1. Blocks: lines, joined when a line was merely wrapped.
    var blocks: [Range<Int>] = []
    var start = span.lowerBound
    var i = span.lowerBound
    while i <= span.upperBound {
      if i == span.upperBound || text[i] == "\n" {
        let r = trimmed(start..<i)
        if !r.isEmpty {
          let indented = start < i && isBlank(text[start])
          if let last = blocks.last, !indented, isWrapped(last), r.count > 0 {
            blocks[blocks.count - 1] = last.lowerBound..<r.upperBound
          } else {
            blocks.append(r)
          }
        }
        start = i + 1
      }
      i += 1
    }
    // 2. Items, then sentence splits.
    var out: [Paragraph] = []
    let markers = MarkerScanner.scan(text, span)
    var chain: [Marker] = []
    for kind in [Marker.Kind.arabic, .parenArabic, .circled] {
      let c = MarkerScanner.chain(markers.filter { $0.kind == kind })
      if c.count >= 2 || (c.count == 1 && role != .content && c[0].start == span.lowerBound) {
        if c.count > chain.count { chain = c }
      }
    }
    var cuts = Set(chain.map(\.start))
    var labels: [Int: (String, Int)] = [:]
    for m in chain { labels[m.start] = (string(m.start..<m.end), m.end) }
    for b in blocks { cuts.insert(b.lowerBound) }
    let ordered = cuts.sorted()
    var block = 0
    for (n, c) in ordered.enumerated() {
      var e = n + 1 < ordered.count ? ordered[n + 1] : span.upperBound
      while block < blocks.count && blocks[block].upperBound <= c { block += 1 }
      if block < blocks.count && blocks[block].upperBound < e { e = blocks[block].upperBound }
      var textStart = c
      var label: String?
      if let (l, afterMark) = labels[c] {
        label = l
        textStart = afterMark
      }
      let r = trimmed(textStart..<e)
      if r.isEmpty && label == nil { continue }
      if label == nil && r.count > 300 {
        for piece in splitSentences(r) { out.append(Paragraph(joined(trimmed(piece)))) }
      } else {
        out.append(Paragraph(joined(r), label: label))
      }
    }
    return out
  }

  /// The text of a range with the line breaks of hard-wrapped lines taken out
  /// (a space stays between two Latin words, nothing between Chinese characters).
  func joined(_ r: Range<Int>) -> String {
    guard text[r].contains("\n") else { return string(r) }
    var out = String.UnicodeScalarView()
    var i = r.lowerBound
    while i < r.upperBound {
      if text[i] == "\n" {
        while let last = out.last, isBlankOrLineBreak(last) { out.removeLast() }
        var j = i
        while j < r.upperBound && isBlankOrLineBreak(text[j]) { j += 1 }
        if let last = out.last, j < r.upperBound, last.isASCII && text[j].isASCII { out.append(" ") }
        i = j
        continue
      }
      out.append(text[i])
      i += 1
    }
    return String(out)
  }

  /// Whether a line looks hard-wrapped (so the next line continues it).
  func isWrapped(_ r: Range<Int>) -> Bool {
    guard let last = r.last.map({ text[$0] }) else { return false }
    return r.count >= 30 && !"。！？；：”」』）)…".unicodeScalars.contains(last)
  }

  /// Long flattened text cut into readable paragraphs at sentence ends
  /// outside quotes and brackets, about 120–300 characters each.
  func splitSentences(_ r: Range<Int>) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var start = r.lowerBound
    var depth = 0
    var opened = 0
    var j = r.lowerBound
    while j < r.upperBound {
      let s = text[j]
      if "“‘（(《【「".unicodeScalars.contains(s) {
        if depth == 0 { opened = j }
        depth += 1
      }
      if "”’）)》】」".unicodeScalars.contains(s) { depth = max(0, depth - 1) }
      if depth > 0 && j - opened > 80 { depth = 0 }  // an unclosed quote (a typing slip) does not stop splitting
      if depth == 0 && (s == "。" || s == "！" || s == "？") && j + 1 - start >= 120 && r.upperBound - (j + 1) >= 60 {
        out.append(start..<(j + 1))
        start = j + 1
      }
      j += 1
    }
    out.append(start..<r.upperBound)
    return out
  }

  /// Gives every section a unique id: role names for the special parts, `sN-M` otherwise.
  mutating func assignIds() {
    var used: Set<String> = []
    var counters: [Int] = []
    for i in sections.indices {
      if sections[i].id == "intro" {
        used.insert("intro")
        continue
      }
      let level = sections[i].level
      if counters.count > level { counters.removeLast(counters.count - level) }
      while counters.count < level { counters.append(0) }
      counters[level - 1] += 1
      var id: String
      switch (sections[i].role, Role.recognise(sections[i].title)) {
      case (let r, .some(let named)) where r == named: id = r.rawValue
      default: id = "s" + counters.map(String.init).joined(separator: "-")
      }
      var candidate = id
      var n = 2
      while used.contains(candidate) {
        candidate = "\(id)-\(n)"
        n += 1
      }
      sections[i].id = candidate
      used.insert(candidate)
    }
  }
}
