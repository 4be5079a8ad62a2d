/// The edits a teacher makes in the import review: re-tag a line, shift a
/// heading's level, split a line into two items, join two lines into one.
extension TaggedHandout {
  /// Gives line `i` a tag; a line that becomes a heading takes the level of the heading before it (1 if none).
  public mutating func retag(_ i: Int, as tag: LineTag) {
    guard lines.indices.contains(i) else { return }
    if tag == .heading && lines[i].tag != .heading {
      lines[i].level = lines[..<i].last { $0.tag == .heading }?.level ?? 1
      if lines[i].number.isEmpty || lines[i].tag != .heading {
        let (number, title) = HeadingNumber.split(lines[i].shown)
        if !title.isEmpty { (lines[i].number, lines[i].text) = (number, title) }
      }
    }
    if tag != .heading && tag != .title {
      // A heading's numbering (kept by a title it became, too) stays as written: an item's label if it is
      // one (`1．`), else part of the text (`二、` is no item's label).
      // (Read as the file writes it: `问题1` then a space is a label; `问题1医共体` would not be.)
      if !lines[i].number.isEmpty && CaseParser.itemStart(lines[i].written) == nil {
        lines[i].text = lines[i].shown
        lines[i].number = ""
      }
    }
    if tag.role != nil && lines[i].number.isEmpty && lines[i].row == nil,
      let (label, rest) = CaseParser.itemStart(lines[i].text), !rest.isEmpty
    {
      // A line of text made an item: its numbering (`1．`) is the item's label, not part of its text.
      (lines[i].number, lines[i].text) = (label, rest)
    }
    lines[i].tag = tag
  }

  /// Moves a heading one level up (`by: -1`) or down (`by: 1`), within 1…6.
  public mutating func shiftLevel(_ i: Int, by delta: Int) -> Bool {
    guard lines.indices.contains(i), lines[i].tag == .heading else { return false }
    let level = min(6, max(1, lines[i].level + delta))
    guard level != lines[i].level else { return false }
    lines[i].level = level
    return true
  }

  /// Joins line `i` and the next line of the case into one (the text of the next runs on; the first's tag
  /// stays); the lines left out between them stay left out, after it, as a join across a page break does.
  public mutating func join(_ i: Int) -> Bool {
    guard lines.indices.contains(i), lines[i].tag != .furniture, lines[i].row == nil,
      let k = lines.indices.dropFirst(i + 1).first(where: { lines[$0].tag != .furniture }), lines[k].row == nil
    else {
      return false
    }
    let next = lines.remove(at: k)
    let a = lines[i].text.unicodeScalars.last
    let b = next.shown.unicodeScalars.first
    let space = a.map { $0.isASCII && $0 != " " } == true && b.map { $0.isASCII && $0 != " " } == true
    lines[i].text += (space ? " " : "") + next.shown
    return true
  }

  /// Splits line `i` in two: before its second item mark (`（1）…？（2）…？`),
  /// else after its first sentence. The new line keeps the tag.
  public mutating func split(_ i: Int) -> Bool {
    guard lines.indices.contains(i), lines[i].row == nil else { return false }
    let text = Array(lines[i].text.unicodeScalars)
    guard let cut = TaggedHandout.splitPoint(text) else { return false }
    let first = String(String.UnicodeScalarView(text[..<cut])).trimmingBlanks()
    var second = String(String.UnicodeScalarView(text[cut...])).trimmingBlanks()
    var number = ""
    if let (label, rest) = CaseParser.itemStart(second), lines[i].tag != .body {
      (number, second) = (label, rest)
    }
    guard !first.isEmpty, !second.isEmpty else { return false }
    lines[i].text = first
    var new = lines[i]
    new.text = second
    new.number = number
    if new.tag == .title { new.tag = .body }
    lines.insert(new, at: i + 1)
    return true
  }

  /// Where a line splits: at an item mark after its start, else after the first full stop before its end.
  static func splitPoint(_ text: [Unicode.Scalar]) -> Int? {
    guard text.count >= 2 else { return nil }
    if let m = MarkerScanner.scan(text, 0..<text.count).first(where: { m in
      m.start > 0 && Marker.Kind.items.contains(m.kind) && m.kind != .bullet
    }) {
      return m.start
    }
    for (k, s) in text.enumerated() where k + 1 < text.count && (Scalars.isFullStop(s) || s == "；") {
      var e = k + 1
      while e < text.count && Scalars.isClosing(text[e]) { e += 1 }
      if e < text.count { return e }
    }
    return nil
  }
}
