import CaseroomEngine

// MARK: - Moving and selecting

/// Every movement takes `selecting`: false (a plain key) clears the
/// selection, true (with Shift) extends it from where it started. Any
/// movement ends a typing run, so the next key starts a new undo step.
extension TextEditor {
  /// The selected text's bounds, in order (nil: nothing selected).
  public var selectedRange: Range<Cursor>? {
    guard let a = anchor, a != cursor else { return nil }
    return min(a, cursor)..<max(a, cursor)
  }

  /// The selected text, paragraphs joined by line breaks (nil: nothing selected).
  public var selectedText: String? {
    selectedRange.map { text(from: $0.lowerBound, to: $0.upperBound) }
  }

  /// Selects from `from` to `to`, the cursor at `to` (both clamped to the text).
  public mutating func select(from: Cursor, to: Cursor) {
    place(from)
    let a = cursor
    place(to)
    anchor = a
  }

  /// Selects the whole text, the cursor at its end.
  public mutating func selectAll() { select(from: textStartCursor, to: textEndCursor) }

  /// Starts a movement: a plain one clears the selection, one with Shift
  /// keeps the anchor (setting it where the cursor is, if there was none).
  mutating func beginMove(selecting: Bool) {
    if selecting {
      if anchor == nil { anchor = cursor }
    } else {
      anchor = nil
    }
    runOpen = false
  }

  /// Moves the cursor to `c`, not at a line end, forgetting the goal column.
  mutating func jump(to c: Cursor) {
    cursor = c
    cursorAtLineEnd = false
    goalColumn = nil
  }

  /// Puts the cursor somewhere (clamped to the text, snapped to a character
  /// boundary) and clears the selection.
  public mutating func place(_ c: Cursor) {
    beginMove(selecting: false)
    let p = min(max(0, c.paragraph), paragraphs.count - 1)
    let para = paragraphs[p]
    var i = para.utf8.index(para.startIndex, offsetBy: min(max(0, c.offset), para.utf8.count))
    i = para.index(i, offsetBy: 0)  // rounds down to a character boundary
    jump(to: Cursor(p, para.utf8.distance(from: para.startIndex, to: i)))
  }

  /// Where one character left of `c` is (the end of the previous paragraph from a paragraph's start).
  func characterBefore(_ c: Cursor) -> Cursor? {
    if c.offset > 0 {
      let para = paragraphs[c.paragraph]
      let j = para.index(before: index(para, c.offset))
      return Cursor(c.paragraph, para.utf8.distance(from: para.startIndex, to: j))
    }
    guard c.paragraph > 0 else { return nil }
    return Cursor(c.paragraph - 1, paragraphs[c.paragraph - 1].utf8.count)
  }

  /// Where one character right of `c` is (the start of the next paragraph from a paragraph's end).
  func characterAfter(_ c: Cursor) -> Cursor? {
    let para = paragraphs[c.paragraph]
    let i = index(para, c.offset)
    if i < para.endIndex {
      return Cursor(c.paragraph, para.utf8.distance(from: para.startIndex, to: para.index(after: i)))
    }
    guard c.paragraph + 1 < paragraphs.count else { return nil }
    return Cursor(c.paragraph + 1, 0)
  }

  /// One character left; a plain ← with a selection goes to its start.
  public mutating func left(selecting: Bool = false) {
    if !selecting, let r = selectedRange {
      beginMove(selecting: false)
      return jump(to: r.lowerBound)
    }
    beginMove(selecting: selecting)
    jump(to: characterBefore(cursor) ?? cursor)
  }

  /// One character right; a plain → with a selection goes to its end.
  public mutating func right(selecting: Bool = false) {
    if !selecting, let r = selectedRange {
      beginMove(selecting: false)
      return jump(to: r.upperBound)
    }
    beginMove(selecting: selecting)
    jump(to: characterAfter(cursor) ?? cursor)
  }

  /// Where the word (or phrase) left of `c` starts (see `WordMotion`); from a
  /// paragraph's start, the end of the previous paragraph.
  func wordStart(before c: Cursor) -> Cursor {
    if c.offset == 0 { return characterBefore(c) ?? c }
    return Cursor(c.paragraph, WordMotion.previousStart(in: paragraphs[c.paragraph], from: c.offset))
  }

  /// Where the word (or phrase) right of `c` ends (see `WordMotion`); from a
  /// paragraph's end, the start of the next paragraph.
  func wordEnd(after c: Cursor) -> Cursor {
    if c.offset == paragraphs[c.paragraph].utf8.count { return characterAfter(c) ?? c }
    return Cursor(c.paragraph, WordMotion.nextEnd(in: paragraphs[c.paragraph], from: c.offset))
  }

  /// To the start of this or the previous word; Chinese: just after the
  /// previous punctuation mark (see `WordMotion`).
  public mutating func wordLeft(selecting: Bool = false) {
    beginMove(selecting: selecting)
    jump(to: wordStart(before: cursor))
  }

  /// To the end of this or the next word; Chinese: just before the next
  /// punctuation mark (see `WordMotion`).
  public mutating func wordRight(selecting: Bool = false) {
    beginMove(selecting: selecting)
    jump(to: wordEnd(after: cursor))
  }

  /// To the start of the whole text (Ctrl-Home).
  public mutating func textStart(selecting: Bool = false) {
    beginMove(selecting: selecting)
    jump(to: textStartCursor)
  }

  /// To the end of the whole text (Ctrl-End).
  public mutating func textEnd(selecting: Bool = false) {
    beginMove(selecting: selecting)
    jump(to: textEndCursor)
  }

  // MARK: Screen lines

  /// The index of the line of `ls` an offset is in, taking the start of a
  /// line for that line (a wrap point is the start of the later line).
  static func lineIndex(_ ls: [LaidLine], at offset: Int) -> Int {
    LaidParagraph.lineIndex(in: ls, at: offset)
  }

  /// The screen line (in its paragraph) and column of the cursor. At a wrap
  /// point it is the start of the later line, unless `cursorAtLineEnd` puts
  /// it at the end of the earlier one.
  public func cursorLine() -> (line: Int, column: Int) {
    if singleLine {
      let para = paragraphs[0]
      return (0, TerminalWidth.columns(para[..<index(para, cursor.offset)]))
    }
    let known = laid[cursor.paragraph]
    let ls = known?.covers(cursor.offset) == true ? known!.lines : lines(of: cursor.paragraph)
    var li = TextEditor.lineIndex(ls, at: cursor.offset)
    if cursorAtLineEnd && li > 0 && ls[li].range.lowerBound == cursor.offset { li -= 1 }
    let line = ls[li]
    let para = paragraphs[cursor.paragraph]
    let from = index(para, line.range.lowerBound)
    let to = index(para, max(line.range.lowerBound, min(cursor.offset, line.range.upperBound)))
    return (li, TerminalWidth.columns(para[from..<to]))
  }

  /// Where the visible text of a line ends: before the spaces that hang at
  /// the end of a wrapped line (the last line: the paragraph's end).
  func contentEnd(of line: LaidLine, in p: Int, isLast: Bool) -> Int {
    guard !isLast else { return line.range.upperBound }
    let para = paragraphs[p]
    var i = index(para, line.range.upperBound)
    let start = index(para, line.range.lowerBound)
    while i > start {
      let j = para.index(before: i)
      guard para[j].isWhitespace else { break }
      i = j
    }
    return para.utf8.distance(from: para.startIndex, to: i)
  }

  /// The place in a line nearest to a column, never inside a wide character
  /// nor among the spaces that hang at the end of a wrapped line; `atLineEnd`
  /// when that is the line's wrap point.
  mutating func position(inLine li: Int, of p: Int, column: Int) -> (offset: Int, atLineEnd: Bool) {
    let known = layOut(p, lines: li + 1)
    let line = known.lines[li]
    let isLast = known.complete && li == known.lines.count - 1
    let end = contentEnd(of: line, in: p, isLast: isLast)
    let para = paragraphs[p]
    var col = 0
    var offset = line.range.lowerBound
    for c in para[index(para, line.range.lowerBound)..<index(para, end)] {
      let w = TerminalWidth.columns(c)
      if col + w > column { break }
      col += w
      offset += c.utf8.count
    }
    return (offset, !isLast && offset == line.range.upperBound && offset > line.range.lowerBound)
  }

  /// The offset in a line nearest to a column (see `position(inLine:of:column:)`).
  mutating func offset(inLine li: Int, of p: Int, column: Int) -> Int {
    position(inLine: li, of: p, column: column).offset
  }

  /// Up or down `delta` screen lines, keeping the column the cursor had when
  /// it started moving up and down.
  public mutating func vertical(_ delta: Int, selecting: Bool = false) {
    beginMove(selecting: selecting)
    layOut(cursor.paragraph, covering: cursor.offset)
    let (li, col) = cursorLine()
    let goal = goalColumn ?? col
    var p = cursor.paragraph
    var target = li + delta
    while target < 0 {
      guard p > 0 else { return jump(to: Cursor(0, 0)) }
      p -= 1
      target += layOut(p).count
    }
    while !hasLine(p, target) {
      guard p + 1 < paragraphs.count else { return jump(to: Cursor(p, paragraphs[p].utf8.count)) }
      target -= layOut(p).count
      p += 1
    }
    let (offset, atEnd) = position(inLine: target, of: p, column: goal)
    cursor = Cursor(p, offset)
    cursorAtLineEnd = atEnd
    goalColumn = goal
  }

  public mutating func up(selecting: Bool = false) { vertical(-1, selecting: selecting) }
  public mutating func down(selecting: Bool = false) { vertical(1, selecting: selecting) }
  /// Up a screenful less one line (`rows`: the lines shown).
  public mutating func pageUp(_ rows: Int, selecting: Bool = false) {
    vertical(-max(1, rows - 1), selecting: selecting)
  }
  /// Down a screenful less one line.
  public mutating func pageDown(_ rows: Int, selecting: Bool = false) {
    vertical(max(1, rows - 1), selecting: selecting)
  }

  /// Start of the screen line the cursor is shown on (Home, Ctrl-A).
  public mutating func home(selecting: Bool = false) {
    beginMove(selecting: selecting)
    let ls = layOut(cursor.paragraph, covering: cursor.offset).lines
    let (li, _) = cursorLine()
    jump(to: Cursor(cursor.paragraph, ls[li].range.lowerBound))
  }

  /// End of the screen line the cursor is shown on (End, Ctrl-E): after its
  /// last character. On a wrapped line that is where the next line starts;
  /// the cursor stays shown at the end of this one.
  public mutating func end(selecting: Bool = false) {
    beginMove(selecting: selecting)
    let p = cursor.paragraph
    let known = layOut(p, covering: cursor.offset)
    let ls = known.lines
    let (li, _) = cursorLine()
    let isLast = known.complete && li == ls.count - 1
    let offset = contentEnd(of: ls[li], in: p, isLast: isLast)
    jump(to: Cursor(p, offset))
    cursorAtLineEnd = !isLast && offset == ls[li].range.upperBound && offset > ls[li].range.lowerBound
  }
}
