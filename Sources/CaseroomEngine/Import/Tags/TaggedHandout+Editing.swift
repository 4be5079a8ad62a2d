/// The edits a teacher makes in the import review: re-tag a line, shift a
/// heading's level, split a line into two items, join two lines into one.
extension TaggedHandout {
  /// What `t` on one line did (`tagTitle`).
  public enum TitleChange: Equatable, Sendable {
    /// The line is the title (there was none).
    case title
    /// The line is the subtitle: the title's second line, right under the title line.
    case subtitle
    /// The line is the title; the lines that were title lines were given `tag`s (furniture above it, body below).
    case replaced(old: [Int])
  }

  /// `t` on line `i`, as a teacher means it: the title. Right under the only title line (no line between,
  /// not even a left-out one: a web page's chrome the teacher left out lies between its nav bar and the
  /// title), it is that title's second line, the subtitle; anywhere else it is THE title, and the lines
  /// tagged title before (most likely a wrong guess: a web page's navigation bar, a running head) are
  /// left out when above it, body text when below it, so that a title never silently becomes the
  /// subtitle of a wrong one.
  @discardableResult
  public mutating func tagTitle(_ i: Int) -> TitleChange {
    guard lines.indices.contains(i) else { return .title }
    let others = lines.indices.filter { $0 != i && lines[$0].tag == .title }
    if others.isEmpty {
      retag(i, as: .title)
      return .title
    }
    if others == [i - 1] {
      retag(i, as: .title)
      return .subtitle
    }
    for p in others { retag(p, as: formerTitle(p, above: p < i)) }
    retag(i, as: .title)
    return .replaced(old: others)
  }

  /// What a line that was taken for the title is, once another line is: a heading when it names a part
  /// or is numbered as one (`学习目标`, `二、…`), else left out above the title (a nav bar, a breadcrumb), body
  /// text below it.
  func formerTitle(_ p: Int, above: Bool) -> LineTag {
    let text = lines[p].shown
    let (number, title) = HeadingNumber.split(TaggedHandout.tightNumber(text))
    if CasePart.recognise(title) != nil || ImportRoles.recognise(title) != nil || (!number.isEmpty && !title.isEmpty) {
      return .heading
    }
    return above ? .furniture : .body
  }

  /// Whether line `i` is the subtitle: the second title line (as `layout` writes it).
  public func isSubtitle(_ i: Int) -> Bool {
    lines.indices.contains(i) && lines[i].tag == .title && lines[..<i].filter { $0.tag == .title }.count == 1
  }

  /// Gives line `i` a tag; a line that becomes a heading takes the level of the heading before it (1 if none).
  public mutating func retag(_ i: Int, as tag: LineTag) {
    guard lines.indices.contains(i) else { return }
    if tag == .heading && lines[i].tag != .heading {
      lines[i].level = lines[..<i].last { $0.tag == .heading }?.level ?? 1
      if lines[i].number.isEmpty || lines[i].tag != .heading {
        // A slide's or a note's bulleted line (`■ 回收箱进小区`, `- 讨论题`) is a heading without its bullet.
        let whole = String(TaggedHandout.unbulleted(Substring(lines[i].shown)))
        let (number, title) = HeadingNumber.split(TaggedHandout.tightNumber(whole))
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
    if tag.role != nil && lines[i].row == nil {
      // A line made an item loses what it kept from where it was copied (a bullet, a task box, `思考：`,
      // `1 . `); its numbering (`1．`) is the item's label, not part of its text.
      // (A label it has is read again as the file writes it: a heading's `3. ` is the item's `3.`.)
      let whole =
        lines[i].number.isEmpty || CaseParser.itemStart(lines[i].written) == nil ? lines[i].shown : lines[i].written
      let text = TaggedHandout.itemText(whole)
      // Its own number, in whatever form (`1.案例` glued too), is its label: never numbered twice when written.
      // A number before a question's label (`1．思考1：…`, as the importer numbered it) goes with the label.
      if let (_, rest) = TaggedHandout.itemNumber(text), let asked = TaggedHandout.afterAskingLabel(Substring(rest)) {
        (lines[i].number, lines[i].text) = ("", String(asked))
      } else if let (label, rest) = TaggedHandout.itemNumber(text), !rest.isEmpty {
        (lines[i].number, lines[i].text) = (label, rest)
      } else if !text.isEmpty {
        (lines[i].number, lines[i].text) = ("", text)
      }
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

  /// Makes line `i` a table row, its cells where the text has a tab, a full-width space or two spaces and more
  /// (a PDF's table as pdftotext sets it: `14:00—14:15      教师导入`), keeping its tag; a row is made text again
  /// (its cells with two spaces between). False when a line has no such cells or is the title, a heading or furniture.
  public mutating func toggleRow(_ i: Int) -> Bool {
    guard lines.indices.contains(i), ![.title, .heading, .furniture].contains(lines[i].tag) else { return false }
    if let row = lines[i].row {
      (lines[i].row, lines[i].number, lines[i].text) = (nil, "", row.cells.joined(separator: "  "))
      return true
    }
    let cells = TaggedHandout.cells(lines[i].shown)
    guard cells.count >= 2 else { return false }
    (lines[i].row, lines[i].number, lines[i].text) = (TableRow(cells), "", cells.joined(separator: " | "))
    return true
  }

  /// Makes row `i` the header of its table (written as the case format's header row, `|---|` under it: the
  /// reader shows it over the columns, and it is no item), or a plain row again. A line of text with cells
  /// (`时间          内容`, often taken for a heading) is made a header row at once, body text where it stands
  /// when it was a heading or left out. False when the line is the title, or no row and has no cells.
  public mutating func toggleHeader(_ i: Int) -> Bool {
    guard lines.indices.contains(i), lines[i].tag != .title else { return false }
    if lines[i].row != nil {
      lines[i].row!.isHeader.toggle()
      return true
    }
    let cells = TaggedHandout.cells(lines[i].shown)
    guard cells.count >= 2 else { return false }
    if lines[i].tag == .heading || lines[i].tag == .furniture { (lines[i].tag, lines[i].part) = (.body, nil) }
    (lines[i].row, lines[i].number, lines[i].text) = (
      TableRow(cells, isHeader: true), "", cells.joined(separator: " | ")
    )
    return true
  }

  /// A line's cells: its text cut at tabs, full-width spaces and runs of two spaces or more.
  static func cells(_ text: String) -> [String] {
    var cells: [String] = []
    var cell = ""
    var blanks = ""
    for ch in text {
      if ch == " " || ch == "\t" || ch == "\u{3000}" {
        blanks.append(ch)
        continue
      }
      if !blanks.isEmpty {
        if blanks.count >= 2 || blanks != " " {
          if !cell.isEmpty { cells.append(cell) }
          cell = ""
        } else if !cell.isEmpty {
          cell += " "
        }
        blanks = ""
      }
      cell.append(ch)
    }
    if !cell.isEmpty { cells.append(cell) }
    return cells
  }

  /// What `split` did.
  public enum Split: Equatable, Sendable {
    /// The line was cut in two, the new line keeping its tag.
    case text
    /// A run-in label (`案情：张某…`) was cut off: it is a heading now (at the level of the heading before), its
    /// text the line after it with the line's tag.
    case label(String)
  }

  /// Splits line `i` in two: after a run-in label (`案情：…`, see `runInLabel`), which becomes a heading; else
  /// before its second item mark (`（1）…？（2）…？`), else at a seam, else after its first sentence. The new line
  /// keeps the tag.
  @discardableResult
  public mutating func split(_ i: Int) -> Bool { splitLine(i) != nil }

  /// `split`, saying what it did (nil: nowhere to split).
  public mutating func splitLine(_ i: Int) -> Split? {
    guard lines.indices.contains(i), lines[i].row == nil else { return nil }
    if ![.title, .heading, .furniture].contains(lines[i].tag), lines[i].number.isEmpty,
      let (label, rest) = TaggedHandout.runInLabel(lines[i].text)
    {
      var new = lines[i]
      (new.text, new.number) = (rest, "")
      lines.insert(new, at: i + 1)
      lines[i].text = label
      lines[i].part = nil
      retag(i, as: .heading)
      if lines[i + 1].tag.role != nil { retag(i + 1, as: lines[i + 1].tag) }
      return .label(label)
    }
    let text = Array(lines[i].text.unicodeScalars)
    guard let cut = TaggedHandout.splitPoint(text) else { return nil }
    let first = String(String.UnicodeScalarView(text[..<cut])).trimmingBlanks()
    var second = String(String.UnicodeScalarView(text[cut...])).trimmingBlanks()
    var number = ""
    if let (label, rest) = TaggedHandout.itemNumber(second), lines[i].tag != .body {
      (number, second) = (label, rest)
    }
    guard !first.isEmpty, !second.isEmpty else { return nil }
    lines[i].text = first
    var new = lines[i]
    new.text = second
    new.number = number
    if new.tag == .title { new.tag = .body }
    lines.insert(new, at: i + 1)
    return .text
  }

  /// A run-in label at the start of a line: a few characters (1 to 8, Chinese or Latin letters and digits, no
  /// space and no sentence mark), then `：` or `:`, then text: `案情：张某…` is (`案情`, `张某…`). A time
  /// (`14:00`) or an address (`https://…`) is none.
  public static func runInLabel(_ text: String) -> (String, String)? {
    let s = Array(text.unicodeScalars)
    var k = 0
    while k < s.count && k < 9 && (Scalars.isHan(s[k]) || Scalars.isLatin(s[k]) || isLabelNumeral(s[k])) { k += 1 }
    guard k > 0, k <= 8, k < s.count, s[k] == "：" || s[k] == ":" else { return nil }
    // A time (`14:00`) or an address (`https://…`) is no label.
    if s[k] == ":", k + 1 < s.count, ("0"..."9").contains(s[k + 1]) || s[k + 1] == "/" { return nil }
    let rest = String(String.UnicodeScalarView(s[(k + 1)...])).trimmingBlanks()
    guard !rest.isEmpty else { return nil }
    return (String(String.UnicodeScalarView(s[..<k])), rest)
  }

  /// Where a line splits: at an item mark after its start; else at a seam where two lines were joined with
  /// a space — a sentence's end then a space (a Word cell's paragraphs), spaces between Chinese (`案例6-1　物业费之争`,
  /// `案例阅读（15分钟） 分组讨论`), two spaces or more; else after the first full stop before its end.
  static func splitPoint(_ text: [Unicode.Scalar]) -> Int? {
    guard text.count >= 2 else { return nil }
    // A bracketed number right after a word (`评论（2）`, `表（1）`) is a count or a reference, no list number.
    if let m = MarkerScanner.scan(text, 0..<text.count).first(where: { m in
      m.start > 0 && Marker.Kind.items.contains(m.kind) && m.kind != .bullet
        && !(Scalars.isHan(text[m.start - 1]) || Scalars.isLatin(text[m.start - 1])
          || isLabelNumeral(text[m.start - 1]))
    }) {
      return m.start
    }
    if let seam = seam(text) { return seam }
    for (k, s) in text.enumerated() where k + 1 < text.count && (Scalars.isFullStop(s) || s == "；") {
      var e = k + 1
      while e < text.count && Scalars.isClosing(text[e]) { e += 1 }
      if e < text.count { return e }
    }
    return nil
  }

  /// The first seam of a line (see `splitPoint`): where the text after the spaces starts, or nil.
  static func seam(_ text: [Unicode.Scalar]) -> Int? {
    var k = 1
    while k < text.count {
      guard isBlank(text[k]) else {
        k += 1
        continue
      }
      var e = k
      while e < text.count && isBlank(text[e]) { e += 1 }
      guard e < text.count else { return nil }
      let before = text[k - 1]
      let wide = e - k >= 2 || text[k..<e].contains("\u{3000}") || text[k..<e].contains("\t")
      let chinese = !before.isASCII && !text[e].isASCII
      if wide || chinese || Scalars.isFullStop(before)
        || Scalars.isClosing(before) && k >= 2 && Scalars.isFullStop(text[k - 2])
      {
        return e
      }
      k = e
    }
    return nil
  }
}

extension TaggedHandout {
  /// The lines a heading's part reaches (`v`, `r`): the heading and every line after it up to the next heading
  /// as high or higher (or the next title). When the lines right under an unnumbered heading are headings as
  /// high, each numbered as a list's item (`课时安排` then `1.案例导入…` `2.分组讨论…` taken for headings), they are
  /// its part's lines wrongly made headings: the part reaches over them too.
  public func reach(_ i: Int) -> ClosedRange<Int> {
    guard lines.indices.contains(i), lines[i].tag == .heading else { return i...i }
    let level = lines[i].level
    func listLike(_ k: Int) -> Bool {
      lines[k].tag == .heading && lines[k].level <= level && TaggedHandout.itemNumber(lines[k].shown) != nil
    }
    var end = i
    if TaggedHandout.itemNumber(lines[i].shown) == nil && HeadingNumber.split(lines[i].shown).0.isEmpty {
      while end + 1 < lines.count && (listLike(end + 1) || lines[end + 1].tag == .furniture) { end += 1 }
      while end > i && lines[end].tag == .furniture { end -= 1 }
    }
    while end + 1 < lines.count && lines[end + 1].tag != .title
      && !(lines[end + 1].tag == .heading && lines[end + 1].level <= level)
    {
      end += 1
    }
    return i...end
  }

  /// The lines of a heading's part (`reach`) that a tag for text (`v b`, `r q`) re-tags: all but the heading,
  /// the subheadings under it (deeper than it) and the furniture; the headings as high that are list items
  /// are re-tagged.
  public func partLines(_ i: Int) -> [Int] {
    let r = reach(i)
    return r.dropFirst().filter { k in
      lines[k].tag != .furniture && lines[k].tag != .title
        && !(lines[k].tag == .heading && lines[k].level > lines[i].level)
    }
  }
}
