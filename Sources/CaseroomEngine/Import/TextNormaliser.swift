/// The first stage of reading a hand-out: what only its form tells is made
/// uniform before any structure is looked for, line by line (the lines stay
/// where they are, so the report's line numbers are the file's).
///
/// - Full-width digits and letters in a line's enumerator (`１．`, `（１）`,
///   `第３节`, `Ｑ１`) become ASCII, as NFKC would make them; the text itself
///   stays as written.
/// - Markdown's marks are taken off: `#` headings (their level is kept as a
///   hint: `## …` is a heading one level below `# …`), `**bold**`, `> `
///   quotes, `---` rules.
/// - Bullets of every kind (`- `, `* `, `•`, `·`, `▪`, Word's list remnants
///   such as `·⇥` and private-use symbols) become `- `.
/// - A short line of Chinese characters spread out by blanks (`思　考　题`), standing apart from the
///   text (blank lines around it, or centred by an indent), is the word they spell.
/// - In a PDF's text, the space pdftotext puts between a Chinese character and
///   a Latin letter or a digit (`S 县`, `2019 年`) goes, and page breaks become
///   line breaks.
struct TextNormaliser {
  /// The normalised text, with as many lines as the input.
  var scalars: [Unicode.Scalar] = []
  /// The heading level (1-based) a line has by its form (`## …`, a Word heading style), by line index.
  var headingLevels: [Int: Int] = [:]
  /// The lines that start a block of Markdown footnote definitions (`[^1]: …`), with or without a blank
  /// line before them: the line stage puts the notes' name (注释) before each.
  var noteBlocks: Set<Int> = []
  /// A Markdown note's properties (its front matter's lines but the title, fences included), by line index.
  var properties: Set<Int> = []
  /// Lines whose bullet symbol numbers headings (`■ 背景` over `● …` lines), by line index: their level.
  var symbolHeadings: [Int: Int] = [:]
  /// Lines blanked as Markdown rules (`---`), by line index.
  var rules: Set<Int> = []
  /// Columns taken out of a line (a PDF's spaces between Chinese and Latin), by line index: the
  /// line was that much wider on the page, which tells whether it was full.
  var removedColumns: [Int: Int] = [:]

  static func normalise(_ text: [Unicode.Scalar], format: ImportFormat) -> TextNormaliser {
    var n = TextNormaliser()
    n.scalars.reserveCapacity(text.count)
    var ranges: [Range<Int>] = []
    var start = 0
    for i in 0...text.count where i == text.count || text[i] == "\n" {
      ranges.append(start..<i)
      start = i + 1
    }
    func blank(_ k: Int) -> Bool { k < 0 || k >= ranges.count || text[ranges[k]].allSatisfy(isBlank) }
    // A .docx or .pdf whose title the reader knew by its format, with lines above it, is written so too.
    let properties = format == .markdown || format.isDocument ? TextNormaliser.frontMatter(text, ranges) : nil
    var underlines = format == .markdown ? n.setextHeadings(text, ranges) : []
    if let properties {
      underlines.subtract(properties)
      for k in properties { n.headingLevels[k] = nil }
    }
    n.noteBlocks = format == .markdown ? TextNormaliser.footnoteBlocks(text, ranges) : []
    n.symbolHeadings = TextNormaliser.symbolLevels(text, ranges)
    for (line, r) in ranges.enumerated() {
      if underlines.contains(line) {
        if r.upperBound < text.count { n.scalars.append("\n") }
        continue
      }
      if let properties, properties.contains(line) {
        // A note's properties (YAML front matter): its `title:` is the title's line, the rest what the file is
        // filed under, left out as such by the line stage.
        let body = Array(text[r])
        if let value = TextNormaliser.propertyValue(body, key: "title") {
          n.scalars.append(contentsOf: value)
        } else {
          n.scalars.append(contentsOf: body)
          n.properties.insert(line)
        }
        if r.upperBound < text.count { n.scalars.append("\n") }
        continue
      }
      // Set apart from the text: a blank line on both sides, or an indent (centred).
      let apart = blank(line - 1) && blank(line + 1) || (r.count > 1 && isBlank(text[r.lowerBound]))
      n.add(text[r], line: line, format: format, apart: apart)
      if r.upperBound < text.count { n.scalars.append("\n") }
    }
    // Each heading's number, when it has one (`三、`, `（二）`, `2.`): a heading numbered on from one before is its sibling.
    var numbers: [Int: (Marker.Kind, Int)] = [:]
    for k in n.headingLevels.keys {
      let body = Array(text[ranges[k]].drop { isBlank($0) || $0 == "#" })
      if let m = MarkerScanner.scan(body, 0..<min(body.count, 12)).first(where: { $0.start == 0 }) {
        numbers[k] = (m.kind, m.number)
      }
    }
    n.headingLevels = TextNormaliser.nested(
      n.headingLevels, firstText: ranges.indices.first { !blank($0) }, numbers: numbers)
    return n
  }

  /// Bullet symbols used as levels (a slide deck's outline, a note typed with `■` over `●` over `→`): in a text
  /// with no headings by form nor by number, where two symbols or more start lines, a symbol is a heading's mark when every
  /// line it starts is short and no sentence (a title), and lines of the symbols after it come under each of
  /// them — the symbols that first appear outermost, a level each, down to the first whose lines are text or
  /// items. A list of one symbol, or symbols whose lines are sentences, stays a list. By line: the level.
  static func symbolLevels(_ text: [Unicode.Scalar], _ ranges: [Range<Int>]) -> [Int: Int] {
    var order: [Unicode.Scalar] = []
    var linesOf: [Unicode.Scalar: [Int]] = [:]
    for (k, r) in ranges.enumerated() {
      let t = text[r].drop(while: isBlank)
      guard let first = t.first else { continue }
      if first == "#" { return [:] }  // headings by form: the symbols are the lists under them
      guard symbolBullets.contains(first), t.count > 2, isBlank(t[t.startIndex + 1]) else { continue }
      if linesOf[first] == nil { order.append(first) }
      linesOf[first, default: []].append(k)
    }
    guard order.count >= 2 else { return [:] }
    // Headings numbered in the text (`一、`, `（一）`, `第一章`, `壹、`): the symbols are the lists under them.
    let numbered: Set<Marker.Kind> = [.formal, .chinese, .parenChinese, .chapter, .part, .jie]
    for r in ranges {
      let t = Array(text[r].drop(while: isBlank).prefix(8))
      if MarkerScanner.scan(t, 0..<t.count).contains(where: { $0.start == 0 && numbered.contains($0.kind) }) {
        return [:]
      }
    }
    var out: [Int: Int] = [:]
    for (n, symbol) in order.enumerated().dropLast() {
      let own = linesOf[symbol]!
      let isTitle = own.allSatisfy { k in
        let t = Array(text[ranges[k]].drop(while: isBlank).dropFirst().drop(while: isBlank))
        guard let last = t.last, t.count <= 24 else { return false }
        return !Scalars.isFullStop(last) && !t.contains(where: { "，。；！？,;".unicodeScalars.contains($0) })
      }
      // Lines of the symbols after it under each (but maybe the last, a closing line of its own).
      let after = Set(order[(n + 1)...].flatMap { linesOf[$0]! })
      let holding = own.enumerated().filter { i, k in
        let next = i + 1 < own.count ? own[i + 1] : ranges.count
        return after.contains(where: { $0 > k && $0 < next })
      }.count
      guard own.count >= 2, isTitle, holding * 2 > own.count else { break }
      for k in own { out[k] = n + 1 }
    }
    return out
  }

  /// Symbols that mark a line as a bullet and may mark its level (`-`, `*` and `+` are Markdown's lists).
  static let symbolBullets: Set<Unicode.Scalar> = bullets.union(["→"])
    .subtracting(["·", "∙", "\u{F0B7}", "\u{F0A7}", "\u{F0D8}", "\u{F0FC}", "\u{F06C}", "\u{F06E}"])

  /// Heading levels by how the headings nest, not by their mark's count (`###` first, then `##` parts, then
  /// `###` under them: 1, 1, 2): a heading is one level below the nearest heading before it with a smaller
  /// mark, and at the top when there is none. The title's heading (the first line, its mark used by no other
  /// heading and smaller than all theirs, `# 标题` over `##` parts) stands apart: the parts under it are the top.
  /// A heading numbered on from one before it (`三、` after `二、`, whatever came between: a quoted document's larger
  /// header) is that one's sibling, at its level.
  static func nested(_ levels: [Int: Int], firstText: Int?, numbers: [Int: (Marker.Kind, Int)] = [:]) -> [Int: Int] {
    let lines = levels.keys.sorted()
    guard lines.count >= 2 else { return levels }
    var out = levels
    var rest = lines[...]
    if let first = lines.first, first == firstText,
      lines.dropFirst().allSatisfy({ levels[$0]! > levels[first]! })
    {
      out[first] = 1
      rest = lines.dropFirst()
    }
    var stack: [Int] = []  // the marks of the headings open above
    var done: [Int] = []
    for k in rest {
      let mark = levels[k]!
      if let (kind, n) = numbers[k], n > 1,
        let j = done.last(where: { numbers[$0].map { $0.0 == kind && $0.1 == n - 1 } ?? false })
      {
        let level = out[j]!
        stack = Array(stack.prefix(level - 1)) + [mark]
        out[k] = min(level, 4)
      } else {
        while let top = stack.last, top >= mark { stack.removeLast() }
        stack.append(mark)
        out[k] = min(stack.count, 4)
      }
      done.append(k)
    }
    return out
  }

  /// The lines of a Markdown file's front matter (a `---` line first, `key: value` lines, a closing `---` or
  /// `...` within forty lines), the fences included, or nil when it has none.
  static func frontMatter(_ text: [Unicode.Scalar], _ ranges: [Range<Int>]) -> ClosedRange<Int>? {
    func fence(_ k: Int, _ marks: [String]) -> Bool {
      let t = String(String.UnicodeScalarView(text[ranges[k]].filter { !isBlank($0) }))
      return marks.contains(t)
    }
    guard ranges.count >= 3, fence(0, ["---"]) else { return nil }
    for k in 1..<min(ranges.count, 41) where fence(k, ["---", "..."]) {
      guard k > 1, (1..<k).contains(where: { propertyValue(Array(text[ranges[$0]]), key: nil) != nil }) else {
        return nil
      }
      return 0...k
    }
    return nil
  }

  /// The value of a front matter's line `key: value` (any key when `key` is nil), without quotes.
  static func propertyValue(_ s: [Unicode.Scalar], key: String?) -> [Unicode.Scalar]? {
    guard let colon = s.firstIndex(of: ":"), colon > 0, colon + 1 < s.count, isBlank(s[colon + 1]) else { return nil }
    let name = String(String.UnicodeScalarView(s[..<colon])).trimmingBlanks()
    guard !name.isEmpty,
      name.unicodeScalars.allSatisfy({ Scalars.isLatin($0) || Scalars.isDigit($0) || $0 == "_" || $0 == "-" }),
      key.map({ $0 == name.lowercased() }) ?? true
    else { return nil }
    var value = Array(s[(colon + 1)...].drop(while: isBlank))
    while let l = value.last, isBlank(l) { value.removeLast() }
    if value.count >= 2, let f = value.first, f == "\"" || f == "'", value.last == f {
      value = Array(value.dropFirst().dropLast())
    }
    return value.isEmpty ? nil : value
  }

  /// Markdown's setext headings: a line underlined by `===` (level 1) or `---` (level 2) right under it.
  /// Sets the heading's level and returns the underlines' lines, which are no text.
  mutating func setextHeadings(_ text: [Unicode.Scalar], _ ranges: [Range<Int>]) -> Set<Int> {
    var out: Set<Int> = []
    for k in ranges.indices.dropFirst() {
      let marks = text[ranges[k]].filter { !isBlank($0) }
      guard marks.count >= 2, let c = marks.first, c == "=" || c == "-", marks.allSatisfy({ $0 == c }) else { continue }
      let above = ranges[k - 1]
      guard !out.contains(k - 1), text[above].contains(where: { !isBlank($0) }) else { continue }
      headingLevels[k - 1] = c == "=" ? 1 : 2
      out.insert(k)
    }
    return out
  }

  /// The lines that start a block of Markdown footnote definitions (`[^1]: …` on the lines after a non-note).
  static func footnoteBlocks(_ text: [Unicode.Scalar], _ ranges: [Range<Int>]) -> Set<Int> {
    var out: Set<Int> = []
    var inBlock = false
    for (k, r) in ranges.enumerated() {
      let note = footnoteLabel(Array(text[r])) != nil
      if note && !inBlock { out.insert(k) }
      if note { inBlock = true } else if text[r].contains(where: { !isBlank($0) }) { inBlock = false }
    }
    return out
  }

  /// The length of a Markdown footnote definition's label (`[^1]:`) at the start of a line, if it has one.
  static func footnoteLabel(_ s: [Unicode.Scalar]) -> Int? {
    guard s.count >= 5, s[0] == "[", s[1] == "^", let close = s.firstIndex(of: "]"), close > 2, close + 1 < s.count,
      s[close + 1] == ":"
    else { return nil }
    return close + 2
  }

  /// Markdown's links (`[一、百年老店](#一百年老店)`) as their words, and a footnote definition's label
  /// (`[^1]: …`) as a note's number (`[1] …`).
  static func withoutLinks(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var s = s
    if let n = footnoteLabel(s) { s = ["["] + s[2..<(n - 2)] + ["]", " "] + s[n...].drop(while: isBlank) }
    var out: [Unicode.Scalar] = []
    var i = 0
    while i < s.count {
      if s[i] == "[", i + 1 < s.count, s[i + 1] != "^", let close = s[i...].firstIndex(of: "]"),
        close + 1 < s.count, s[close + 1] == "(", let end = s[(close + 1)...].firstIndex(of: ")")
      {
        out.append(contentsOf: s[(i + 1)..<close])
        i = end + 1
        continue
      }
      out.append(s[i])
      i += 1
    }
    return out
  }

  /// Bullets teachers' files come with, Word's list remnants among them.
  static let bullets: Set<Unicode.Scalar> = [
    "•", "·", "▪", "▫", "●", "○", "◆", "◇", "■", "□", "►", "▶", "➢", "✓", "√", "∙", "⁃", "‣", "★", "☆", "※", "◎", "❖",
    "➤", "▷", "◦", "\u{F0B7}", "\u{F0A7}",
    "\u{F0D8}", "\u{F0FC}", "\u{F06C}", "\u{F06E}",
  ]

  /// Whether a line may need any of the changes: a mark at its start, bold marks in it, a PDF's spacing.
  static func needsWork(_ raw: ArraySlice<Unicode.Scalar>, format: ImportFormat) -> Bool {
    if format == .pdf { return true }
    var i = raw.startIndex
    while i < raw.endIndex && isBlank(raw[i]) { i += 1 }
    guard i < raw.endIndex else { return false }
    let first = raw[i]
    if "#>-*+_<（(【第问题思考讨论QＱ".unicodeScalars.contains(first) || bullets.contains(first)
      || (0xFF10...0xFF5A).contains(first.value) || isPictograph(first)
    {
      return true
    }
    if i + 1 < raw.endIndex && isBlank(raw[i + 1]) && Scalars.isHan(first) { return true }  // 教　学　目　的
    // A spaced enumerator (`一 、`, `1 .`), as a scan's text recognition or a typist leaves it.
    if Scalars.isDigit(first) || MarkerScanner.isChineseNumeral(first) { return true }
    var previous: Unicode.Scalar = " "
    for c in raw[i...] {
      if (c == "*" || c == "_") && c == previous { return true }
      if format == .markdown && (c == "(" && previous == "]" || c == "^" && previous == "[") { return true }
      if format == .markdown && (c == "[" || c == "=") && c == previous { return true }  // [[link]], ==mark==
      if TextNormaliser.digitLike.contains(c) && Scalars.isDigit(previous) { return true }  // 2O16
      previous = c
    }
    return false
  }

  mutating func add(_ raw: ArraySlice<Unicode.Scalar>, line: Int, format: ImportFormat, apart: Bool = false) {
    guard TextNormaliser.needsWork(raw, format: format) else {
      scalars.append(contentsOf: raw)
      return
    }
    var s = Array(raw)
    if format == .pdf {
      let before = s.count
      s = TextNormaliser.pdfSpacing(s)
      if s.count < before { removedColumns[line] = before - s.count }
    }
    var a = 0
    while a < s.count && isBlank(s[a]) { a += 1 }
    let indent = Array(s[..<a])
    var body = Array(s[a...])
    // A Markdown rule (---, ***, ___) is a line of its own.
    if body.count >= 3, let c = body.first, c == "-" || c == "*" || c == "_",
      body.allSatisfy({ $0 == c || isBlank($0) })
    {
      rules.insert(line)
      return
    }
    // # headings.
    var hashes = 0
    while hashes < body.count && body[hashes] == "#" { hashes += 1 }
    if hashes >= 1 && hashes <= 6 && hashes < body.count && isBlank(body[hashes]) {
      var b = hashes
      while b < body.count && isBlank(body[b]) { b += 1 }
      body = Array(body[b...])
      while let last = body.last, last == "#" || isBlank(last) { body.removeLast() }  // closing #s
      headingLevels[line] = hashes
    }
    // A line of HTML tags alone (a Yuque or Notion export's anchors `<a name="…"></a>`, `<br/>`, `<aside>`)
    // holds no text.
    if format == .markdown && TextNormaliser.onlyTags(body) { return }
    // Emoji a heading or an item is decorated with (`🎯 教学目标`, `💡 思考题`): marks, as bullets are.
    TextNormaliser.withoutLeadingEmoji(&body)
    // > quotes.
    while let first = body.first, first == ">" {
      body.removeFirst()
      while let f = body.first, isBlank(f) { body.removeFirst() }
    }
    if format == .markdown {
      // An Obsidian callout (`> [!question] 讨论题`): its title, or its type's word, on a line of its own.
      TextNormaliser.calloutTitle(&body)
      body = TextNormaliser.withoutLinks(TextNormaliser.withoutNoteMarks(body))
    }
    // **bold** and __bold__: the marks go wherever they are.
    if body.count >= 2 { body = TextNormaliser.withoutBold(body) }
    // A bullet symbol used as a heading's mark (`■ 背景` over `● …`): the heading, at its symbol's level.
    if let level = symbolHeadings[line], headingLevels[line] == nil {
      body = Array(body.dropFirst().drop(while: isBlank))
      headingLevels[line] = level
    }
    // Bullets: `- `, `* `, `+ ` and the symbols, before a blank or the text.
    if let first = body.first, symbolHeadings[line] == nil {
      let markdown = (first == "-" || first == "*" || first == "+") && body.count > 1 && isBlank(body[1])
      if markdown || TextNormaliser.bullets.contains(first) && body.count > 1 {
        var b = 1
        while b < body.count && isBlank(body[b]) { b += 1 }
        if b < body.count { body = ["-", " "] + body[b...] }
      }
    }
    // A note app's task box (`- [ ] 课前：…`, `- [x] …`): a list's item.
    if format == .markdown, body.count > 6, body[0] == "-", body[2] == "[", body[4] == "]", isBlank(body[5]),
      isBlank(body[3]) || body[3] == "x" || body[3] == "X"
    {
      body = ["-", " "] + body[6...].drop(while: isBlank)
    }
    TextNormaliser.spacedEnumerator(&body)
    TextNormaliser.digitsRead(&body)
    TextNormaliser.asciiEnumerator(&body)
    if TextNormaliser.letterSpaced(body) {
      // Where it stands apart, or wherever it stands when the word is a role's or a part's name (`思　考　题`).
      let word = body.filter { !isBlank($0) }
      if apart || TextNormaliser.namesPart(word) { body = word }
    }
    scalars.append(contentsOf: indent)
    scalars.append(contentsOf: body)
  }

  /// A short line of Chinese characters each set apart by blanks (`教　学　目　的`, `目  录`): a
  /// heading spread across its line by WPS or Word, which means the word without the blanks (when the
  /// line stands apart: in running lines, `张　三` padded to line up with `王小明` is a list's name).
  static func letterSpaced(_ s: [Unicode.Scalar]) -> Bool {
    guard s.count >= 3 && s.count <= 40 else { return false }
    var hans = 0
    var afterHan = false
    for c in s {
      if Scalars.isHan(c) {
        if afterHan { return false }
        hans += 1
        afterHan = true
      } else if isBlank(c) {
        afterHan = false
      } else {
        return false
      }
    }
    return hans >= 2 && hans <= 12
  }

  /// Whether a word is the whole name of a role (`教学目的`, `思考题`) or of a part (`注释`, `附录`).
  static func namesPart(_ word: [Unicode.Scalar]) -> Bool {
    let s = String(String.UnicodeScalarView(word))
    if let role = ImportRoles.recognise(s), role != .content { return true }
    return CasePart.recognise(s) != nil
  }

  /// An enumerator a scan's text recognition or a typist spaced out (`一 、城市看海`, `1 . 为什么`,
  /// `（ 二 ）`): the blanks inside it go, so it is read as the enumerator it is.
  static func spacedEnumerator(_ s: inout [Unicode.Scalar]) {
    var i = 0
    if i < s.count && (s[i] == "（" || s[i] == "(") {
      i += 1
      while i < s.count && isBlank(s[i]) { i += 1 }
    }
    let numberStart = i
    let han = i < s.count && MarkerScanner.isChineseNumeral(s[i])
    while i < s.count && i - numberStart < 4 && (han ? MarkerScanner.isChineseNumeral(s[i]) : Scalars.isDigit(s[i])) {
      i += 1
    }
    guard i > numberStart, i < s.count, isBlank(s[i]) else { return }
    var j = i
    while j < s.count && j - i < 3 && isBlank(s[j]) { j += 1 }
    guard j + 1 < s.count, "、．.，,）)".unicodeScalars.contains(s[j]) else { return }
    // `1 . W市` is an item; `2 .5` or `3 . 1` a number.
    if Scalars.isDigit(s[j + 1]) { return }
    if s[j] == "." || s[j] == "．" {
      var k = j + 1
      while k < s.count && isBlank(s[k]) { k += 1 }
      if k < s.count && Scalars.isDigit(s[k]) { return }
    }
    if s[j] == "，" || s[j] == "," {
      guard han else { return }  // `一 ，` is OCR's `一、`; `1 ,` a list in a sentence
      s[j] = "、"
    }
    if (s[j] == "）" || s[j] == ")") != (numberStart > 0) { return }
    s.removeSubrange(i..<j)
    if numberStart > 1 { s.removeSubrange(1..<numberStart) }
  }

  /// Letters a scan's text recognition puts for digits (`O` and `o` for 0, `l` and `I` for 1).
  static let digitLike: Set<Unicode.Scalar> = ["O", "o", "l", "I"]

  /// Digits a scan read as letters, inside a number (`2O16年`, `1l月`): a letter among digits, with a
  /// digit before it and a digit, or 年 月 日 号 万 亿 %, after it (`2O16`, `20l6`, `1O月`), is the digit.
  /// A letter in a word (`iOS`, `B2O`, `O2O`) stays.
  static func digitsRead(_ s: inout [Unicode.Scalar]) {
    guard s.count >= 3 else { return }
    var i = 1
    while i < s.count - 1 {
      defer { i += 1 }
      guard digitLike.contains(s[i]), Scalars.isDigit(s[i - 1]), i < 2 || !Scalars.isLatin(s[i - 2]) else { continue }
      var k = i + 1
      while k < s.count && digitLike.contains(s[k]) { k += 1 }
      guard k < s.count, Scalars.isDigit(s[k]) || "年月日号万亿%".unicodeScalars.contains(s[k]) else { continue }
      for j in i..<k { s[j] = s[j] == "O" || s[j] == "o" ? "0" : "1" }
    }
  }

  /// An Obsidian callout's first line (`[!question] 讨论题`, after its `>`): the title, or the type's word
  /// when it has none (`[!question]` or `[!faq]` alone is `Questions`, `[!note]` alone `Note`).
  static func calloutTitle(_ s: inout [Unicode.Scalar]) {
    guard s.count > 3, s[0] == "[", s[1] == "!", let close = s.firstIndex(of: "]") else { return }
    var rest = Array(s[(close + 1)...])
    if let f = rest.first, f == "+" || f == "-" { rest.removeFirst() }
    rest = Array(rest.drop(while: isBlank))
    if rest.isEmpty {
      // Obsidian's kinds of a question (question, faq, help) are the questions; another kind is its word.
      var word = Array(s[2..<close])
      let kind = String(String.UnicodeScalarView(word)).lowercased()
      if ["question", "questions", "faq", "help"].contains(kind) { word = Array("Questions".unicodeScalars) }
      if let f = word.first, (0x61...0x7A).contains(f.value) { word[0] = Unicode.Scalar(f.value - 32)! }
      rest = word
    } else if ["question", "faq", "help"].contains(String(String.UnicodeScalarView(s[2..<close])).lowercased()),
      ImportRoles.recognise(String(String.UnicodeScalarView(rest))) != .questions
    {
      // A callout of questions whatever its title says (`[!question] 讨论`): the questions, its words kept.
      rest = Array("思考题（".unicodeScalars) + rest + ["）"]
    }
    s = rest
  }

  /// A note app's marks around words: `[[页面]]` and `[[页面|显示的字]]` (a wiki link) are the words shown,
  /// `==重点==` (a highlight) the words marked.
  static func withoutNoteMarks(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
    guard s.count >= 4 else { return s }
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(s.count)
    var i = 0
    var found = false
    while i < s.count {
      if i + 1 < s.count && s[i] == "[" && s[i + 1] == "[" {
        var j = i + 2
        while j + 1 < s.count && !(s[j] == "]" && s[j + 1] == "]") && s[j] != "\n" { j += 1 }
        if j + 1 < s.count && s[j] == "]" && s[j + 1] == "]" && j > i + 2 {
          let inner = s[(i + 2)..<j]
          let shown = inner.lastIndex(of: "|").map { inner[($0 + 1)...] } ?? inner
          out.append(contentsOf: shown)
          i = j + 2
          found = true
          continue
        }
      }
      if i + 1 < s.count && s[i] == "=" && s[i + 1] == "=" {
        var j = i + 2
        while j + 1 < s.count && !(s[j] == "=" && s[j + 1] == "=") { j += 1 }
        if j + 1 < s.count && j > i + 2 && !isBlank(s[i + 2]) {
          out.append(contentsOf: s[(i + 2)..<j])
          i = j + 2
          found = true
          continue
        }
      }
      out.append(s[i])
      i += 1
    }
    return found ? out : s
  }

  /// Whether a line is HTML tags and blanks alone.
  static func onlyTags(_ s: [Unicode.Scalar]) -> Bool {
    guard s.first == "<", s.last(where: { !isBlank($0) }) == ">" else { return false }
    var inTag = false
    for c in s {
      if c == "<" {
        if inTag { return false }
        inTag = true
      } else if c == ">" {
        if !inTag { return false }
        inTag = false
      } else if !inTag && !isBlank(c) {
        return false
      }
    }
    return !inTag
  }

  /// Whether a scalar is a pictograph (emoji), or joins or styles one (a variation selector, a zero-width joiner).
  static func isPictograph(_ c: Unicode.Scalar) -> Bool {
    c.value >= 0x2100 && c.properties.isEmoji || c == "\u{FE0F}" || c == "\u{200D}"
      || (0x1F3FB...0x1F3FF).contains(c.value)
  }

  /// Takes emoji and the blanks after them off the start of a line.
  static func withoutLeadingEmoji(_ s: inout [Unicode.Scalar]) {
    guard let first = s.first, isPictograph(first), !bullets.contains(first) else { return }
    var b = 0
    while b < s.count && (isPictograph(s[b]) || isBlank(s[b])) { b += 1 }
    if b < s.count { s.removeFirst(b) }
  }

  /// `**…**` and `__…__` without their marks.
  static func withoutBold(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(s.count)
    var i = 0
    var found = false
    while i < s.count {
      if i + 1 < s.count && (s[i] == "*" && s[i + 1] == "*" || s[i] == "_" && s[i + 1] == "_") {
        found = true
        i += 2
        continue
      }
      out.append(s[i])
      i += 1
    }
    return found ? out : s
  }

  /// Full-width digits and letters at the start of a line, in what numbers it
  /// (`１．`, `（１）`, `第３节`, `问题１：`, `Ｑ１`, `３.１`), as ASCII.
  static func asciiEnumerator(_ s: inout [Unicode.Scalar]) {
    var i = 0
    let limit = min(s.count, 12)
    while i < limit {
      let v = s[i].value
      if (0xFF10...0xFF19).contains(v) || (0xFF21...0xFF3A).contains(v) || (0xFF41...0xFF5A).contains(v) {
        s[i] = Unicode.Scalar(v - 0xFEE0)!
      } else if v == 0xFF0E, i > 0, Scalars.isDigit(s[i - 1]), i + 1 < s.count,
        (0xFF10...0xFF19).contains(s[i + 1].value) || Scalars.isDigit(s[i + 1])
      {
        s[i] = "."  // ３．１ is 3.1
      } else if !("（(【第问题思考讨论、．.）):：".unicodeScalars.contains(s[i]) || isBlank(s[i])) {
        break
      }
      i += 1
    }
  }

  /// A PDF line without the spaces pdftotext puts between Chinese and Latin or digits. A space
  /// between Chinese and an English word of two letters or more stays (`Learning Objectives 学习目标`).
  static func pdfSpacing(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
    guard s.count >= 3 else { return s }
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(s.count)
    func word(_ from: Int, _ step: Int) -> Bool {
      var j = from
      var n = 0
      while j >= 0 && j < s.count && Scalars.isLatin(s[j]) {
        n += 1
        j += step
      }
      return n >= 2
    }
    for i in s.indices {
      if s[i] == " ", i > 0, i + 1 < s.count {
        let a = s[i - 1]
        let b = s[i + 1]
        let latin = { (c: Unicode.Scalar) in Scalars.isLatin(c) || Scalars.isDigit(c) || c == "%" }
        if Scalars.isHan(a) && latin(b) && !word(i + 1, 1) || latin(a) && Scalars.isHan(b) && !word(i - 1, -1) {
          continue
        }
      }
      out.append(s[i])
    }
    return out
  }
}
