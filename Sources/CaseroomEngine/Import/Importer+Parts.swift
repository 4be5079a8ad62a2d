/// The parts around the case that a section's text may hold (front and back matter, teaching
/// notes, a role named on a line of its own), and a section's items in a numbered table.
extension Importer {
  /// Takes out of `own` the front and back matter and teaching notes it holds
  /// (`资料来源：…` after a section's text, an `附录` after the class plan),
  /// and appends each as a top-level section of its own. Returns the text before them.
  mutating func emitParts(_ own: Range<Int>, into owner: Int? = nil) -> Range<Int> {
    guard !own.isEmpty else { return own }
    var found: [Marker] = []
    var p = own.lowerBound
    // In the case's text, a line that is only the name of a role (`【教学目的】`, `思考题`) starts that part.
    let inText = owner.map { sections[$0].role == .content } ?? true
    while p < own.upperBound {
      let e = text.lineEnd(from: p, before: own.upperBound)
      let line = trimmed(p..<e)
      if !line.isEmpty, line.lowerBound > own.lowerBound || owner == nil, !isRow(line.lowerBound) {
        if let m = LineHeadingScanner.named(text, line), m.part != nil {
          found.append(m)
        } else if inText, owner != nil,
          let m = roleLine(line) ?? askedAfterText(at: line.lowerBound) ?? labelOverQuestions(line, own)
            ?? labelOverSteps(line, own)
        {
          found.append(m)
        }
      }
      p = e + 1
    }
    guard let first = found.first else { return own }
    for (n, m) in found.enumerated() {
      let end = n + 1 < found.count ? found[n + 1].start : own.upperBound
      let guess = titleGuess(m, limit: end, typical: nil)
      let title = string(guess.title).trimmingBlanks()
      let body = trimmed(min(guess.bodyStart, end)..<end)
      let index = sections.count
      if m.part == nil, let role = m.named {
        // In a part's text (`思考：…？` after it, `【思考题】` over its questions): a section of that part, so that
        // the parts after it stay where their level puts them; before any part, at the top.
        let level = owner.map { sections[$0].level + 1 } ?? 1
        if let owner {
          note(.guess, at: m.start, .roleInPart(title: title, role: role, part: sections[owner].title))
        } else {
          note(.guess, at: m.start, .topLevelRole(title: title, role: role))
        }
        sections.append(Section(id: "", title: title, level: level, role: role, line: line(m.start)))
        sections[index].paragraphs = paragraphs(body, role: role)
        continue
      }
      note(.guess, at: m.start, .topLevelPart(title: title, part: m.part ?? .teachingNote))
      sections.append(Section(id: "", title: title, level: 1, role: .content, line: line(m.start)))
      if m.part == .teachingNote {
        let inner = structure(body, kinds: Marker.Kind.headings, level: 2, parentRole: nil) ?? body
        sections[index].paragraphs = paragraphs(inner, role: .content)
      } else {
        sections[index].paragraphs = paragraphs(body, role: .content, items: false)
      }
    }
    return trimmed(own.lowerBound..<first.start)
  }

  /// A short line that only labels what follows (`【案例思考】`, `课后练习`), when all that follows it to the end of
  /// `own` is two numbered questions or more: the questions, whatever the label says.
  func labelOverQuestions(_ line: Range<Int>, _ own: Range<Int>) -> Marker? {
    // A colon may end the label (`思考：`, `Questions:`).
    let words =
      line
      .lowerBound..<(":：".unicodeScalars.contains(text[line.upperBound - 1]) ? line.upperBound - 1 : line.upperBound)
    guard line.count <= 14, line.upperBound < own.upperBound, !words.isEmpty,
      !text[words].contains(where: { Scalars.isClausePunctuation($0) || Scalars.isFullStop($0) }),
      text[line.lowerBound] == "【" || !LineHeadingScanner.startsWithNumber(text, line),
      !text.has(["-", " "], at: line.lowerBound),
      holdsOnlyQuestions(
        trimmed(line.upperBound..<own.upperBound), least: PageFurniture.namesRole(text, words) ? 1 : 2)
    else { return nil }
    return Marker(kind: .plain, number: 0, start: line.lowerBound, end: line.upperBound, score: 8, named: .questions)
  }

  /// A short line that only labels what follows (`教学建议`, `上课流程`), when all that follows it to the end of
  /// `own` is two lines or more each holding a time (`课前：阅读案例（30分钟）`, `14:00 讨论`): the class plan.
  func labelOverSteps(_ line: Range<Int>, _ own: Range<Int>) -> Marker? {
    guard line.count <= 14, line.upperBound < own.upperBound,
      !text[line].contains(where: { Scalars.isClausePunctuation($0) || Scalars.isFullStop($0) }),
      text[line.lowerBound] == "【" || !LineHeadingScanner.startsWithNumber(text, line),
      !ActivityTime.holds(text, line), holdsOnlySteps(trimmed(line.upperBound..<own.upperBound))
    else { return nil }
    return Marker(kind: .plain, number: 0, start: line.lowerBound, end: line.upperBound, score: 8, named: .arrangement)
  }

  /// A question set after a part's text under its label (`思考：T市为什么…？`, `Question: Why…?`, `【想一想】：…？`),
  /// on the line starting at `p`: the label as a heading of the questions, the question its item. The line before
  /// ends a sentence of the text (not a question: a list of questions is a list), the label has no number
  /// (`问题1：` numbers a list) and the line ends in a question mark.
  func askedAfterText(at p: Int) -> Marker? {
    guard p < text.count, isLineStart(p) else { return nil }
    let r = trimmed(p..<text.lineEnd(from: p, before: text.count))
    guard r.count >= 4, text[r.upperBound - 1] == "？" || text[r.upperBound - 1] == "?" else { return nil }
    var a = r.lowerBound
    if text[a] == "【" || text[a] == "[" { a += 1 }
    var e = a
    while e < r.upperBound && e - a <= 10 && (Scalars.isHan(text[e]) || Scalars.isLatin(text[e])) { e += 1 }
    guard e > a, e < r.upperBound else { return nil }
    let word = text[a..<e].map { (0x41...0x5A).contains($0.value) ? Unicode.Scalar($0.value + 32)! : $0 }
    guard
      ImportRoles.recognise(string(a..<e)) == .questions
        || ImportRoles.askingWords.contains(where: { $0.elementsEqual(word) })
    else { return nil }
    var q = e
    if a > r.lowerBound {
      guard text[q] == "】" || text[q] == "]" else { return nil }
      q += 1
    }
    guard q < r.upperBound, text[q] == "：" || text[q] == ":" else { return nil }
    // The line before: a sentence of the text.
    var b = r.lowerBound
    while b > 0 && (text[b - 1] == "\n" || isBlank(text[b - 1])) { b -= 1 }
    guard b > 0 else { return nil }
    let end = text[b - 1]
    guard (Scalars.isFullStop(end) || Scalars.isClosing(end)) && end != "？" && end != "?" else { return nil }
    return Marker(kind: .plain, number: 0, start: r.lowerBound, end: q, score: 8, named: .questions)
  }

  /// A line that is the name of a role and nothing else (`【教学目的】`, `思考题：`), as a heading.
  func roleLine(_ line: Range<Int>) -> Marker? {
    if text[line.lowerBound] == "【" && text[line.upperBound - 1] == "】" && line.count > 2 {
      let inner = string((line.lowerBound + 1)..<(line.upperBound - 1))
      guard let role = ImportRoles.recognise(inner), role != .content else { return nil }
      return Marker(kind: .bracket, number: 0, start: line.lowerBound, end: line.upperBound, score: 8, named: role)
    }
    guard let m = LineHeadingScanner.named(text, line), let role = m.named, role != .content else { return nil }
    let rest = trimmed(m.end..<line.upperBound)
    return rest.isEmpty || (rest.count == 1 && (text[rest.lowerBound] == "：" || text[rest.lowerBound] == ":")) ? m : nil
  }

  /// A list typed as a table of two columns, the first of numbers (`序号 | 思考题`, then `1 | …`, `2 | …`):
  /// in a section of objectives, questions or steps, each numbered row is an item of its own,
  /// numbered as the table numbers it, and the header row is left out as the table's furniture.
  /// (A table with more columns, `1 | 分组讨论 | 40分钟`, is a table.)
  mutating func numberRows(of index: Int) {
    let paragraphs = sections[index].paragraphs
    let rows = paragraphs.filter { $0.row.map { !$0.isHeader && $0.cells.count == 2 } ?? false }
    let numbers = rows.map { Importer.rowNumber($0.row!.cells[0]) }
    guard rows.count >= 2, numbers.enumerated().allSatisfy({ $0.element == $0.offset + 1 }) else { return }
    var out: [Paragraph] = []
    for p in paragraphs {
      guard let row = p.row else {
        out.append(p)
        continue
      }
      if rows.contains(p) {
        let n = Importer.rowNumber(row.cells[0]) ?? 0
        // A label in words (`问题一`) as the case format writes it (`问题一：`); else the number (`1．`).
        let words = row.cells[0].trimmingBlanks() + "："
        let label = CaseParser.itemStart(words + "…").map(\.0) == words ? words : "\(n)．"
        out.append(Paragraph(row.cells.dropFirst().joined(separator: " "), label: label, line: p.line))
      } else {
        dropped.append(
          DroppedLine(line: p.line, text: row.cells.joined(separator: "\t"), reason: .numberedTableHeader))
        note(.guess, atLine: p.line, .numberedTable(heading: sections[index].heading))
      }
    }
    sections[index].paragraphs = out
  }

  /// The number in a table's first cell (`1`, `2．`, `3、`, and the labels teachers write: `问题一`, `Q1`,
  /// `第二题`, `(a)`), or nil.
  static func rowNumber(_ cell: String) -> Int? { labelNumber(Array(cell.trimmingBlanks().unicodeScalars)) }

  /// Words an item's label may start with before its number (`问题一`, `Q1`, `第一题`).
  static let labelWords: [[Unicode.Scalar]] = ["问题", "题目", "思考题", "讨论题", "第", "Q", "Ｑ", "q"].map {
    Array($0.unicodeScalars)
  }

  /// The number a whole label stands for: its digits, its Chinese numeral or its letter's place (`b` is 2),
  /// within brackets or before a mark (`．` `.` `、` `)` `：`), after a label word (`问题`, `Q`), or nil.
  static func labelNumber(_ label: [Unicode.Scalar]) -> Int? {
    var s = label[...]
    if let first = s.first, "(（".unicodeScalars.contains(first) { s = s.dropFirst() }
    while let last = s.last, "．.、)）：:题".unicodeScalars.contains(last) { s = s.dropLast() }
    for word in labelWords where s.count > word.count && s.starts(with: word) {
      s = s.dropFirst(word.count)
      break
    }
    guard !s.isEmpty, s.count <= 3 else { return nil }
    if s.allSatisfy(Scalars.isDigit) { return MarkerScanner.digitsValue(s) }
    if s.allSatisfy(MarkerScanner.isChineseNumeral) { return HeadingNumber.value(ofChinese: s) }
    if s.count == 1, let c = s.first, Scalars.isLatin(c) {
      let v = c.value | 0x20  // lower case
      return (0x61...0x7A).contains(v) ? Int(v - 0x60) : nil
    }
    return nil
  }

  /// Items labelled with a letter (`(a)`, `（b）`, `c.`, `A、`) in a list of objectives, questions or steps, in
  /// order from `a`: the letter is the item's number (written `1．` in the case file, which reads it), not its text.
  func letterItems(_ paragraphs: [Paragraph]) -> [Paragraph] {
    guard !paragraphs.contains(where: { $0.label != nil }) else { return paragraphs }
    let labelled = paragraphs.map { p in p.row == nil ? Importer.letterLabel(p.text) : nil }
    let found = labelled.compactMap { $0 }
    guard found.count >= 2, found.enumerated().allSatisfy({ $0.element.number == $0.offset + 1 }) else {
      return paragraphs
    }
    return zip(paragraphs, labelled).map { p, l in
      guard let l else { return p }
      return Paragraph(
        String(p.text.unicodeScalars.dropFirst(l.length)).trimmingBlanks(), label: "\(l.number)．", line: p.line)
    }
  }

  /// A letter label at the start of a paragraph (`(a) `, `（b）`, `c. `, `A、`): its place in the alphabet and its
  /// length with the blanks after it; the text must go on after it.
  static func letterLabel(_ text: String) -> (number: Int, length: Int)? {
    let s = Array(text.unicodeScalars.prefix(6))
    guard s.count >= 3 else { return nil }
    var n = 0
    let open = "(（".unicodeScalars.contains(s[0])
    if open { n = 1 }
    guard Scalars.isLatin(s[n]) else { return nil }
    let close = s[n + 1]
    if open {
      guard close == ")" || close == "）" else { return nil }
    } else {
      guard "．.、)）".unicodeScalars.contains(close) else { return nil }
    }
    var length = n + 2
    while length < s.count && isBlank(s[length]) { length += 1 }
    // `a.` before a word of English is no label (`e.g.`); before a blank or Chinese it is.
    guard length < s.count, length > n + 2 || Scalars.isHan(s[length]) || "“《".unicodeScalars.contains(s[length]) else {
      return nil
    }
    guard let number = labelNumber([s[n]]) else { return nil }
    return (number, length)
  }

  /// Reports a lead-in sentence kept as the introduction of a list.
  mutating func noteLeadIns(_ s: Section, at offset: Int) {
    guard s.role != .content else { return }
    let paragraphs = s.paragraphs
    guard paragraphs.contains(where: \.isItem) else { return }
    for p in paragraphs where !p.isItem {
      let quote = p.row != nil ? nil : "「\(p.text.prefix(20))\(p.text.count > 20 ? "…" : "")」"
      note(.guess, at: offset, .leadIn(heading: s.heading, quote: quote))
    }
  }
}
