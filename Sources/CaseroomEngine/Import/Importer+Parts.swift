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
        } else if inText, owner != nil, let m = roleLine(line) {
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
        note(.guess, at: m.start, .topLevelRole(title: title, role: role))
        sections.append(Section(id: "", title: title, level: 1, role: role, line: line(m.start)))
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
        out.append(Paragraph(row.cells.dropFirst().joined(separator: " "), label: "\(n)．", line: p.line))
      } else {
        dropped.append(
          DroppedLine(line: p.line, text: row.cells.joined(separator: "\t"), reason: .numberedTableHeader))
        note(.guess, atLine: p.line, .numberedTable(heading: sections[index].heading))
      }
    }
    sections[index].paragraphs = out
  }

  /// The number in a table's first cell (`1`, `2．`, `3、`), or nil.
  static func rowNumber(_ cell: String) -> Int? {
    var digits = cell.trimmingBlanks().unicodeScalars[...]
    while let last = digits.last, "．.、)）".unicodeScalars.contains(last) { digits.removeLast() }
    guard !digits.isEmpty, digits.count <= 3, digits.allSatisfy(Scalars.isDigit) else { return nil }
    return Int(String(String.UnicodeScalarView(digits)))
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
