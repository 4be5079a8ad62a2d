/// The paragraphs of a section body: its lines, its numbered items (one per
/// line, several on a line, or inline after a lead-in ending in `：`), its
/// table rows, and long flattened runs cut at sentence ends.
extension Importer {
  /// `items`: false for front and back matter, whose numbered lines (①数据来源…) stay text as written.
  func paragraphs(_ span: Range<Int>, role: Role, items: Bool = true) -> [Paragraph] {
    guard !span.isEmpty else { return [] }
    // 1. Blocks: the lines (the line stage has joined hard line breaks already).
    var blocks: [Range<Int>] = []
    var start = span.lowerBound
    for i in span.lowerBound...span.upperBound where i == span.upperBound || text[i] == "\n" {
      let r = trimmed(start..<i)
      if !r.isEmpty { blocks.append(r) }
      start = i + 1
    }
    // 2. Items, then sentence splits.
    var markers = MarkerScanner.scan(text, span)
    var kinds = Marker.Kind.items
    if role != .content {
      // `1.1 了解…；` under `1 教学目的`: the heading's own numbering, one level down, numbers its items.
      markers += blocks.compactMap { LineHeadingScanner.decimalItem(text, $0) }
      kinds += [.decimal2, .decimal3]
      // `一、…。` `（一）…？` numbering the lines of a role's part (a 繁體 hand-out's items under 壹、學習目標): items.
      kinds += [.chinese, .parenChinese]
    }
    if !prepared.rows.isEmpty { markers.removeAll { isRow($0.start) } }
    var chain: [Marker] = []
    for kind in kinds where items {
      let c = itemChain(markers.filter { $0.kind == kind }, span: span)
      // One item alone opens the part, or follows its lead-in (`思考：`, `请回答：`) alone.
      let afterLeadIn =
        c.count == 1 && blocks.count >= 2 && blocks[1].lowerBound == c[0].start
        && ":：".unicodeScalars.contains(text[blocks[0].upperBound - 1])
      if c.count >= 2 || (c.count == 1 && role != .content && (c[0].start == span.lowerBound || afterLeadIn)) {
        if c.count > chain.count { chain = c }
      }
    }
    if chain.isEmpty && items && role != .content, let first = blocks.first {
      // A list numbered on from the same role's list before it (`3．` `4．` after `1．` `2．`: questions after each
      // part of a case told in parts), each item at a line start, the first opening the part.
      for kind in kinds {
        let c = markers.filter { $0.kind == kind && isLineStart($0.start) }.sorted { $0.start < $1.start }
        guard c.count >= 2, c[0].start == first.lowerBound, c[0].number > 1,
          zip(c, c.dropFirst()).allSatisfy({ $1.number == $0.number + 1 })
        else { continue }
        chain = c
        break
      }
    }
    var cuts = Set(chain.map(\.start))
    var labels: [Int: (String, Int)] = [:]
    for m in chain {
      // `一、` `（一）` numbering a role's items: the label is its number (`1．`), as the case format reads items.
      let written = m.kind == .chinese || m.kind == .parenChinese ? "\(m.number)．" : string(m.start..<m.end)
      labels[m.start] = (written, m.end)
    }
    for b in blocks { cuts.insert(b.lowerBound) }
    let ordered = cuts.sorted()
    var out: [Paragraph] = []
    var block = 0
    for (n, c) in ordered.enumerated() {
      var e = n + 1 < ordered.count ? ordered[n + 1] : span.upperBound
      while block < blocks.count && blocks[block].upperBound <= c { block += 1 }
      if block < blocks.count && blocks[block].upperBound < e { e = blocks[block].upperBound }
      if let row = prepared.rows.isEmpty ? nil : prepared.row(at: c) {
        out.append(Paragraph(row: row.row, line: line(c)))
        continue
      }
      var textStart = c
      var label: String?
      if let (l, afterMark) = labels[c] {
        label = l.trimmingBlanks() == "-" ? "•" : l.trimmingBlanks()
        textStart = afterMark
      }
      let r = trimmed(textStart..<e)
      if r.isEmpty && label == nil { continue }
      // A long run on one line of flattened text is cut at sentence ends; a paragraph rejoined from a PDF's lines,
      // or any paragraph of a text that is not flattened (a .docx's, a .txt's between blank lines), is one.
      let rejoined = block < blocks.count && blocks[block].lowerBound == c && prepared.joined.contains(c)
      if label == nil && flattened && r.count > 300 && !rejoined {
        for piece in splitSentences(r) { out.append(Paragraph(string(trimmed(piece)), line: line(c))) }
      } else {
        out.append(Paragraph(string(r), label: label, line: line(c)))
      }
    }
    return role == .content ? out : joiningContinuations(items ? letterItems(out) : out)
  }

  /// An item that runs over several lines (`问题一：…？` then `请结合案例…。`): in a
  /// list of objectives, questions or steps, a sentence after an item that is
  /// not an item itself continues it (a line that ends no sentence does not).
  func joiningContinuations(_ paragraphs: [Paragraph]) -> [Paragraph] {
    guard paragraphs.contains(where: { $0.label != nil }) else { return paragraphs }
    var out: [Paragraph] = []
    for p in paragraphs {
      if p.label == nil, p.row == nil, let last = out.last, last.label != nil, last.row == nil,
        let end = p.text.unicodeScalars.last, Scalars.isFullStop(end) || end == "；" || Scalars.isClosing(end)
      {
        let space = last.text.unicodeScalars.last.map(\.isASCII) == true && p.text.unicodeScalars.first?.isASCII == true
        out[out.count - 1].text += (space ? " " : "") + p.text
      } else {
        out.append(p)
      }
    }
    return out
  }

  /// The items of one numbering that count as a list: numbered in sequence,
  /// each at a line start, after a lead-in (`：`) or a sentence end, or — from
  /// the second on — after any text but an enumeration's `、` or `，` (that is
  /// `(1)原则公开、(2)…` inside a sentence, which stays text).
  func itemChain(_ ofKind: [Marker], span: Range<Int>) -> [Marker] {
    guard !ofKind.isEmpty else { return [] }
    let chain = MarkerScanner.chain(ofKind)
    guard let first = chain.first else { return [] }
    func opens(_ p: Int) -> Bool {
      if p == span.lowerBound || isLineStart(p) { return true }
      let before = text[p - 1]
      return before == "：" || before == ":" || Scalars.isFullStop(before) || before == "；" || before == ";"
        || (isBlank(before) && p - 1 > span.lowerBound && Scalars.endsSentence(text[p - 2]))
    }
    guard opens(first.start) else { return [] }
    let strict = first.kind == .arabicParen || first.kind == .question
    for m in chain.dropFirst() {
      let before = text[m.start - 1]
      if before == "、" || before == "，" || before == "," { return [] }
      if strict && !opens(m.start) && !Scalars.endsSentence(before) && !isBlank(before) { return [] }
    }
    return chain
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
      switch s {
      case "“", "‘", "（", "(", "《", "【", "「":
        if depth == 0 { opened = j }
        depth += 1
      case "”", "’", "）", ")", "》", "】", "」": depth = max(0, depth - 1)
      default: break
      }
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
}
