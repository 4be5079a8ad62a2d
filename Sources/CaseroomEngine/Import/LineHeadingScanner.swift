/// Finds the headings that only a line start can tell: decimal numbers
/// (`1 案例背景`, `2.1 项目缘起`, `2.2.1. 数据归集`), `Part 1`, and unnumbered
/// heading lines — a known name (`思考题`, `教学目的：`) or a short line without
/// sentence punctuation standing between paragraphs.
enum LineHeadingScanner {
  /// Words after a number that make it a quantity, not a heading (`12月`, `3个`).
  static let measureWords: Set<Unicode.Scalar> = [
    "年", "月", "日", "个", "元", "人", "家", "次", "倍", "位", "名", "条", "所", "台", "件", "天", "万", "亿", "%", "时", "秒",
    "米", "吨", "岁", "户", "座", "辆", "份", "批",
  ]

  /// Captions and notes that look like short lines but are not headings.
  static let notHeadings = ["资料来源", "来源", "注", "图", "表", "附表", "附图", "作者", "编写", "（", "(", "【", "—", "-", "*", "·"].map
  {
    Array($0.unicodeScalars)
  }

  /// The headings of these kinds at the line starts in `span` (table rows excluded by `isRow`).
  static func scan(
    _ text: [Unicode.Scalar], _ span: Range<Int>, isRow: (Int) -> Bool, styled: (Int) -> Int? = { _ in nil },
    formLabel: (Int) -> Int? = { _ in nil }, skip: (Int) -> Bool = { _ in false }
  ) -> [Marker] {
    var out: [Marker] = []
    var lines: [Range<Int>] = []
    var p = span.lowerBound
    while p < span.upperBound {
      let e = text.lineEnd(from: p, before: span.upperBound)
      if p == 0 || text[p - 1] == "\n" { lines.append(text.trimmed(p..<e)) }
      p = e + 1
    }
    for (k, line) in lines.enumerated() where !line.isEmpty && !isRow(line.lowerBound) && !skip(line.lowerBound) {
      if let level = styled(line.lowerBound) {
        out.append(self.styled(text, line, level: level))
        continue
      }
      // A row of a form at the top (`课程名称：公共政策分析`): its label names a part of the front matter, unless
      // it is a known name (a role, 教学目的; a part, 案例正文), read as such below.
      if let n = formLabel(line.lowerBound), named(text, line) == nil,
        ImportRoles.recognise(text.string(line.lowerBound..<(line.lowerBound + n))) == nil
      {
        out.append(
          Marker(kind: .plain, number: 0, start: line.lowerBound, end: line.lowerBound + n, score: 8, part: .front))
        continue
      }
      if let m = decimal(text, line) ?? partLatin(text, line) {
        out.append(m)
        continue
      }
      if let m = named(text, line) ?? casePart(text, line) {
        out.append(m)
        continue
      }
      // An unnumbered heading: short, no sentence punctuation, between paragraphs.
      guard isHeadingLike(text, line, longest: 20) else { continue }
      let next = lines[(k + 1)...].first { !$0.isEmpty }
      guard let next else { continue }
      let nextIsText =
        next.count > 20 || text[next].contains(where: Scalars.isClausePunctuation)
        || startsWithNumber(text, next) || isRow(next.lowerBound)
      let previous = lines[..<k].last { !$0.isEmpty }
      let afterParagraph =
        previous.map { r in
          r.count <= 20 || Scalars.endsSentence(text[r.upperBound - 1]) || isRow(r.lowerBound)
        } ?? true
      if nextIsText && afterParagraph {
        out.append(Marker(kind: .plain, number: 0, start: line.lowerBound, end: line.upperBound, score: 6))
      }
    }
    return out
  }

  /// Whether a line reads like a heading: short, no sentence punctuation, not a number or a caption.
  static func isHeadingLike(_ text: [Unicode.Scalar], _ r: Range<Int>, longest: Int) -> Bool {
    guard r.count >= 2 && r.count <= longest else { return false }
    if text[r].contains(where: Scalars.isClausePunctuation) { return false }
    if Scalars.isFullStop(text[r.upperBound - 1]) || text[r.upperBound - 1] == "．" { return false }
    if startsWithNumber(text, r) { return false }
    if notHeadings.contains(where: { text.has($0, at: r.lowerBound, before: r.upperBound) }) { return false }
    if isChatNotice(text, r) { return false }
    return text[r].contains(where: Scalars.isHan)
  }

  /// What a chat app writes in a chat record copied out of it: a message that is not text, in square brackets
  /// (`[图片]`, `[语音]`, `[动画表情]`), or the app's notice of what someone did (`张妈妈撤回了一条消息`, `X拍了拍Y`,
  /// `X加入了群聊`). Body text of the record, never a heading.
  static let chatNoticeEnds = ["撤回了一条消息", "加入了群聊", "退出了群聊", "加入群聊"].map { Array($0.unicodeScalars) }
  static let chatNoticeWords = ["拍了拍", "修改群名为"].map { Array($0.unicodeScalars) }

  static func isChatNotice(_ text: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
    if text[r.lowerBound] == "[" && text[r.upperBound - 1] == "]" && r.count <= 8 { return true }
    if chatNoticeEnds.contains(where: { text.has($0, at: r.upperBound - $0.count, before: r.upperBound) }) {
      return true
    }
    return chatNoticeWords.contains { w in
      (r.lowerBound..<r.upperBound).contains { text.has(w, at: $0, before: r.upperBound) }
    }
  }

  static func startsWithNumber(_ text: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
    guard let first = r.first.map({ text[$0] }) else { return false }
    if Scalars.isDigit(first) || HeadingNumber.value(ofCircled: Character(first)) != nil { return true }
    return MarkerScanner.scan(text, r.lowerBound..<min(r.upperBound, r.lowerBound + 10)).contains {
      $0.start == r.lowerBound
    }
  }

  /// A line starting with a known name of a part of a case, alone or before `：` and its text.
  static func named(_ text: [Unicode.Scalar], _ r: Range<Int>) -> Marker? {
    // English first (`Teaching Objectives 教学目标`): the whole line, when the Chinese after the English is a name.
    if r.count <= 60, let han = Scalars.afterLatinName(text[r]), var m = named(text, han..<r.upperBound),
      m.end == r.upperBound || text[han..<r.upperBound].allSatisfy({ !Scalars.isClausePunctuation($0) })
    {
      m.start = r.lowerBound
      m.end = r.upperBound
      return m
    }
    // An English name alone on its line (`Discussion Questions`, `Class Plan:`).
    if let (role, n) = ImportRoles.englishName(text[r]),
      text[(r.lowerBound + n)..<r.upperBound].allSatisfy({ isBlank($0) || $0 == ":" || $0 == "：" })
    {
      return Marker(kind: .plain, number: 0, start: r.lowerBound, end: r.lowerBound + n, score: 8, named: role)
    }
    var best: (Role?, CasePart?, Int)?
    for (role, names) in ImportRoles.names {
      for name in names where text.hasName(name, at: r.lowerBound, before: r.upperBound) {
        if best.map({ name.count > $0.2 }) ?? true { best = (role, nil, name.count) }
      }
    }
    for (part, names) in CasePart.nameScalars {
      for name in names where text.hasName(name, at: r.lowerBound, before: r.upperBound) {
        if best.map({ name.count > $0.2 }) ?? true { best = (nil, part, name.count) }
      }
    }
    guard let (role, part, length) = best else { return nil }
    func marker(_ end: Int) -> Marker {
      Marker(kind: .plain, number: 0, start: r.lowerBound, end: end, score: 8, named: role, part: part)
    }
    let after = r.lowerBound + length
    if after == r.upperBound { return marker(after) }
    let next = text[after]
    // A part with its number and a name (`附件1：K市网约车主要数据`, `附录A 访谈提纲`): the whole line.
    if part != nil, let whole = numberedPart(text, after..<r.upperBound) { return marker(whole) }
    if next == "：" || next == ":" || HeadingNumber.value(ofCircled: Character(next)) != nil {
      return marker(after)
    }
    // A name with a suffix (`学习目标（Learning Objectives）`, `讨论题（供参考）`, `教学安排 Class Plan`): the whole line.
    if isBlank(next) || next == "（" || next == "(" {
      var j = after
      while j < r.upperBound && isBlank(text[j]) { j += 1 }
      let suffix = j..<r.upperBound
      let latin = !suffix.isEmpty && text[suffix].allSatisfy { Scalars.isLatin($0) || isBlank($0) || $0 == "&" }
      let bracketed =
        !suffix.isEmpty && (text[j] == "（" || text[j] == "(")
        && (text[r.upperBound - 1] == "）" || text[r.upperBound - 1] == ")")
        && suffix.count <= 30
      if latin || bracketed { return marker(r.upperBound) }
      return part == nil || isBlank(next) ? marker(after) : nil
    }
    return nil
  }

  /// Words that name one of a case's numbered parts: a case told in parts handed out one after another
  /// (`案例（A）：改革启动`, `材料二`, `Case B: After the reform`).
  static let caseParts = ["案例", "材料", "资料", "Case", "CASE"].map { Array($0.unicodeScalars) }

  /// A line naming a numbered part of the case (`案例（A）：…`, `案例B`, `材料一 …`): the whole line, a heading of
  /// the case's text.
  static func casePart(_ text: [Unicode.Scalar], _ r: Range<Int>) -> Marker? {
    guard r.count <= 40 else { return nil }
    for word in caseParts where text.has(word, at: r.lowerBound, before: r.upperBound) {
      var a = r.lowerBound + word.count
      while a < r.upperBound && isBlank(text[a]) { a += 1 }
      guard a < r.upperBound else { return nil }
      // The number, bare or in brackets: `A`, `（A）`, `(2)`, `一`.
      var b = a
      let bracket = text[a] == "（" || text[a] == "("
      if bracket { b += 1 }
      let digits = b
      while b < r.upperBound && b - digits < 3
        && (Scalars.isDigit(text[b]) || "ABCDEFGHabcdefgh".unicodeScalars.contains(text[b])
          || HeadingNumber.isNumeral(text[b]))
      {
        b += 1
      }
      guard b > digits else { return nil }
      if bracket {
        guard b < r.upperBound, text[b] == "）" || text[b] == ")" else { return nil }
        b += 1
      }
      guard b == r.upperBound || numberedPart(text, (b - 1)..<r.upperBound) != nil || text[b] == "：" || text[b] == ":"
      else { return nil }
      let rest = b..<r.upperBound
      guard !text[rest].contains(where: { Scalars.isFullStop($0) || $0 == "，" }) else { return nil }
      return Marker(kind: .plain, number: 0, start: r.lowerBound, end: r.upperBound, score: 8)
    }
    return nil
  }

  /// The end of a part's number and name after its word (`1：K市网约车主要数据` after 附件): a number
  /// (digits, a letter or a Chinese numeral), then `：` or a blank and a short name without a sentence.
  static func numberedPart(_ text: [Unicode.Scalar], _ r: Range<Int>) -> Int? {
    var j = r.lowerBound
    while j < r.upperBound && j - r.lowerBound < 3
      && (Scalars.isDigit(text[j]) || Scalars.isLatin(text[j]) || HeadingNumber.isNumeral(text[j]))
    {
      j += 1
    }
    guard j > r.lowerBound, j < r.upperBound, text[j] == "：" || text[j] == ":" || isBlank(text[j]) else {
      return j == r.upperBound && j > r.lowerBound ? j : nil
    }
    let name = text.trimmed((j + 1)..<r.upperBound)
    guard name.count <= 40, !text[name].contains(where: { Scalars.isFullStop($0) || $0 == "，" }) else { return nil }
    return r.upperBound
  }

  /// A heading by its form (`## （一）背景`, a Word heading style), with the number it starts with, if any.
  static func styled(_ text: [Unicode.Scalar], _ line: Range<Int>, level: Int) -> Marker {
    let kinds: [Marker.Kind] = [.styled1, .styled2, .styled3, .styled4]
    var m = Marker(
      kind: kinds[min(max(level, 1), 4) - 1], number: 0, start: line.lowerBound, end: line.lowerBound, score: 6,
      written: "")
    if let d = decimal(text, line) {
      m.end = d.end
      m.written = d.written
    } else if let n = MarkerScanner.scan(text, line.lowerBound..<min(line.upperBound, line.lowerBound + 12)).first(
      where: { $0.start == line.lowerBound && $0.kind != .bracket && $0.kind != .bullet && $0.kind != .question })
    {
      var e = n.end
      while e < line.upperBound && isBlank(text[e]) { e += 1 }
      if e < line.upperBound {
        m.end = e
        m.written = text.string(n.start..<n.end)
      }
    } else if let e = caseNumber(text, line) {
      m.end = e
      m.written = text.string(line.lowerBound..<e)
    }
    return m
  }

  /// Where the title starts after a case's number that opens a heading (`案例一　打赏之后`, `Case 2 Refunds`,
  /// `材料三　…`): a case among several, numbered as `第一章` is — the number is no part of its title. A number
  /// in brackets or before a colon (`案例（A）：改革启动`) names a part told in parts, kept whole.
  static func caseNumber(_ text: [Unicode.Scalar], _ line: Range<Int>) -> Int? {
    for word in caseParts where text.has(word, at: line.lowerBound, before: line.upperBound) {
      var j = line.lowerBound + word.count
      if Scalars.isLatin(word[0]) {
        guard j < line.upperBound, isBlank(text[j]) else { return nil }
        j += 1
      }
      let n = j
      while j < line.upperBound && j - n < 3 && (Scalars.isDigit(text[j]) || HeadingNumber.isNumeral(text[j])) {
        j += 1
      }
      guard j > n, j < line.upperBound, isBlank(text[j]) else { return nil }
      while j < line.upperBound && isBlank(text[j]) { j += 1 }
      return j < line.upperBound && isHeadingLike(text, j..<line.upperBound, longest: 30) ? j : nil
    }
    return nil
  }

  /// `1 案例背景`, `1. 背景`, `2.1项目缘起`, `2.2.1. 数据归集`: a number, then a short title on the same line.
  static func decimal(_ text: [Unicode.Scalar], _ r: Range<Int>) -> Marker? {
    var parts: [Int] = []
    var j = r.lowerBound
    while parts.count < 3 {
      let d = j
      while j < r.upperBound && j - d < 2 && Scalars.isDigit(text[j]) { j += 1 }
      guard j > d, let n = Int(String(String.UnicodeScalarView(text[d..<j]))) else { return nil }
      if j < r.upperBound && Scalars.isDigit(text[j]) { return nil }  // three digits: a year, a quantity
      parts.append(n)
      if j + 1 < r.upperBound && (text[j] == "." || text[j] == "．") && Scalars.isDigit(text[j + 1]) {
        j += 1
        continue
      }
      break
    }
    let core = j
    var punctuation = false
    if j < r.upperBound && (text[j] == "." || text[j] == "．" || (text[j] == "、" && parts.count == 1)) {
      j += 1
      punctuation = true
    }
    var blank = false
    while j < r.upperBound && isBlank(text[j]) {
      j += 1
      blank = true
    }
    guard j < r.upperBound else { return nil }
    let first = text[j]
    if Scalars.isDigit(first) || Scalars.isClausePunctuation(first) { return nil }
    if !punctuation && !blank && (!Scalars.isHan(first) || measureWords.contains(first)) { return nil }
    let title = j..<r.upperBound
    guard isHeadingLike(text, title, longest: 30) || (ImportRoles.recognise(text.string(title)) != nil) else {
      return nil
    }
    let mark = text.string(r.lowerBound..<core) + (punctuation ? String(Character(text[core])) : "")
    let written = mark + (punctuation && (text[core] != "." || !blank) ? "" : " ")
    let kind: Marker.Kind = parts.count == 1 ? .decimal1 : parts.count == 2 ? .decimal2 : .decimal3
    let parent = parts.count == 1 ? 0 : parts.count == 2 ? parts[0] : parts[0] * 100 + parts[1]
    return Marker(
      kind: kind, number: parts.last!, start: r.lowerBound, end: j, score: 6, parent: parent, written: written)
  }

  /// `1.1 了解…；` at a line start: an item numbered under its heading's number (`1 教学目的`), with
  /// any text after it (a heading's number wants a short title; an item's may be a sentence).
  static func decimalItem(_ text: [Unicode.Scalar], _ r: Range<Int>) -> Marker? {
    var j = r.lowerBound
    var parts: [Int] = []
    while parts.count < 3 {
      let d = j
      while j < r.upperBound && j - d < 2 && Scalars.isDigit(text[j]) { j += 1 }
      guard j > d, j < r.upperBound, !Scalars.isDigit(text[j]),
        let n = MarkerScanner.digitsValue(text[d..<j])
      else { return nil }
      parts.append(n)
      guard text[j] == "." || text[j] == "．", j + 1 < r.upperBound, Scalars.isDigit(text[j + 1]) else { break }
      j += 1
    }
    guard parts.count >= 2 else { return nil }
    if j < r.upperBound && (text[j] == "." || text[j] == "．" || text[j] == "、") { j += 1 }
    let mark = j
    while j < r.upperBound && isBlank(text[j]) { j += 1 }
    guard j < r.upperBound, j > mark || Scalars.isHan(text[j]), !measureWords.contains(text[j]) else { return nil }
    let parent = parts.dropLast().reduce(0) { $0 * 100 + $1 }
    return Marker(
      kind: parts.count == 2 ? .decimal2 : .decimal3, number: parts.last!, start: r.lowerBound, end: j,
      score: 6, parent: parent)
  }

  /// `Part 1`, `PART 1:`, `Chapter 2` and a title.
  static func partLatin(_ text: [Unicode.Scalar], _ r: Range<Int>) -> Marker? {
    for word in ["Part", "PART", "Chapter", "CHAPTER"] {
      let u = Array(word.unicodeScalars)
      guard text.has(u, at: r.lowerBound, before: r.upperBound) else { continue }
      var j = r.lowerBound + u.count
      guard j < r.upperBound, isBlank(text[j]) else { return nil }
      while j < r.upperBound && isBlank(text[j]) { j += 1 }
      let d = j
      while j < r.upperBound && j - d < 2 && Scalars.isDigit(text[j]) { j += 1 }
      guard j > d, let n = Int(String(String.UnicodeScalarView(text[d..<j]))) else { return nil }
      if j < r.upperBound && ":：.．".unicodeScalars.contains(text[j]) { j += 1 }
      let mark = text.string(r.lowerBound..<j)
      while j < r.upperBound && isBlank(text[j]) { j += 1 }
      guard j == r.upperBound || !Scalars.isDigit(text[j]) else { return nil }
      return Marker(kind: .partLatin, number: n, start: r.lowerBound, end: j, score: 6, written: mark + " ")
    }
    return nil
  }
}
