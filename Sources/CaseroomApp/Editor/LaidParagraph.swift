import CaseroomEngine

/// The screen lines of one paragraph laid out so far: all of them, or its
/// first lines (exact) with the rest laid out when something needs them.
///
/// A key in a long paragraph then costs a few lines of layout, not the
/// paragraph. The engine's line breaker is greedy: a line takes what fits
/// from where it starts, and where it ends depends only on its start and on
/// the text from one character before it to one character past the first
/// character that does not fit (`readEnd`). So after an edit
///
/// - the lines before it stay as they are as long as none of them read text
///   the edit touched;
/// - after it, as soon as a new line starts where an old one started
///   (shifted by the change in length) with the same text before it, every
///   following line is the old one, shifted.
///
/// The text between is laid out by the engine itself, in a window that
/// grows until the new lines meet the old ones, or up to `maximumWindow`
/// bytes: beyond that (Chinese without punctuation reflows to the end of
/// its paragraph) the rest is forgotten and laid out when needed.
///
/// Lines laid out this way equal a full layout except when a line's
/// pushed-out text and the spaces hanging after it are together wider than
/// a line (a Latin word nearly a line wide, then spaces and a closing
/// mark): there the line breaker carries state from one line to the next
/// that this does not see, and a wrap may differ until the paragraph is
/// laid out whole again (a resize).
struct LaidParagraph {
  var lines: [LaidLine]
  /// Whether `lines` reach the paragraph's end. When not, more text follows
  /// the last of them.
  var complete: Bool

  /// The most text laid out after an edit before the rest is left for later.
  static let maximumWindow = 16_384
  /// Lines after an edit shifted in place; a longer rest is left for later.
  static let maximumShift = 2000

  /// Where the lines known end (a UTF-8 offset).
  var end: Int { lines.last?.range.upperBound ?? 0 }

  /// Whether the lines known hold the one that `offset` is on (a wrap
  /// point counts as the start of the later line).
  func covers(_ offset: Int) -> Bool { complete || end > offset }

  /// The whole paragraph, laid out at once.
  static func full(_ text: String, width: Int, paragraph: Int) -> LaidParagraph {
    LaidParagraph(lines: Layout.lines(ParagraphShape(text), width: width, paragraph: paragraph), complete: true)
  }

  // MARK: Laying out more

  /// Lays out lines after the known ones, at least `bytes` of text (or to the end).
  mutating func extend(text: String, width: Int, paragraph: Int, bytes: Int) {
    guard !complete else { return }
    // The break rules at a line start may look at the character before it: start a line earlier.
    while !lines.isEmpty && Self.needsContext(text, at: end) { lines.removeLast() }
    let start = end
    let textEnd = text.utf8.count
    var windowEnd = Self.offset(in: text, from: start, bytes: min(textEnd, max(512, bytes)))
    while true {
      let laid = Self.layOut(text, start..<windowEnd, width: width, paragraph: paragraph)
      if windowEnd == textEnd {
        lines += laid
        complete = true
        return
      }
      let exact = Self.exactLines(laid, in: text, windowEnd: windowEnd, width: width)
      if exact > 0 {
        lines += laid[..<exact]
        return
      }
      windowEnd = Self.offset(in: text, from: windowEnd, bytes: max(512, windowEnd - start))
    }
  }

  // MARK: After an edit

  /// Updates the lines after the old text's UTF-8 range `replaced` became
  /// `inserted` bytes of `text` (the paragraph after the edit).
  mutating func update(text: String, replaced: Range<Int>, inserted: Int, width: Int, paragraph: Int) {
    let delta = inserted - replaced.count
    let textEnd = text.utf8.count
    // Characters next to the edit may have changed too (a combining mark joins the one before it).
    let safeStart = Self.offset(in: text, from: replaced.lowerBound, characters: -2)
    let safeEnd = Self.offset(in: text, from: replaced.lowerBound + inserted, characters: 2)

    // The last known line start that nothing before it depends on the edit.
    var j = lines.isEmpty ? 0 : Self.lineIndex(in: lines, at: replaced.lowerBound)
    while j > 0 {
      if let read = Self.readEnd(in: text, lineStart: lines[j - 1].range.lowerBound, width: width),
        read <= safeStart, !Self.needsContext(text, at: lines[j].range.lowerBound)
      {
        break
      }
      j -= 1
    }
    guard complete else {
      // Only the first lines were known: keep those the edit did not reach.
      lines.removeSubrange(j...)
      settle(textEnd)
      return
    }
    let start = j == 0 ? 0 : lines[j].range.lowerBound
    var windowEnd = Self.offset(in: text, from: safeEnd, bytes: max(512, width * 12))
    while true {
      let laid = Self.layOut(text, start..<windowEnd, width: width, paragraph: paragraph)
      if windowEnd == textEnd {
        lines.replaceSubrange(j..., with: laid)
        return
      }
      if let (m, q) = resync(laid, text: text, delta: delta, safeEnd: safeEnd, windowEnd: windowEnd, width: width) {
        if lines.count - q <= Self.maximumShift {
          lines.replaceSubrange(j..<q, with: laid[..<m])
          for i in (j + m)..<lines.count { lines[i] = Self.shifted(lines[i], by: delta) }
        } else {
          lines.replaceSubrange(j..., with: laid[..<m])
          complete = false
        }
        return
      }
      if windowEnd - start >= Self.maximumWindow {
        lines.replaceSubrange(j..., with: laid[..<Self.exactLines(laid, in: text, windowEnd: windowEnd, width: width)])
        complete = false
        settle(textEnd)
        return
      }
      windowEnd = Self.offset(in: text, from: windowEnd, bytes: max(512, windowEnd - start))
    }
  }

  /// The first new line `m` that starts where an old line `q` did, past the
  /// edit, the line before it laid out from text inside the window.
  private func resync(_ laid: [LaidLine], text: String, delta: Int, safeEnd: Int, windowEnd: Int, width: Int) -> (
    Int, Int
  )? {
    var m = 1
    while m < laid.count {
      let t = laid[m].range.lowerBound
      if t > safeEnd {
        guard let read = Self.readEnd(in: text, lineStart: laid[m - 1].range.lowerBound, width: width),
          read <= windowEnd
        else { return nil }
        let q = Self.lineIndex(in: lines, at: t - delta)
        if q > 0 && lines[q].range.lowerBound == t - delta { return (m, q) }
      }
      m += 1
    }
    return nil
  }

  /// Known lines that reach the paragraph's end are all of them.
  private mutating func settle(_ textEnd: Int) {
    if !lines.isEmpty && end == textEnd { complete = true }
  }

  // MARK: Helpers

  /// The lines of `text[range]`, with offsets in `text`.
  static func layOut(_ text: String, _ range: Range<Int>, width: Int, paragraph: Int) -> [LaidLine] {
    let utf8 = text.utf8
    let window = String(
      text[
        utf8.index(
          utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(
            utf8.startIndex, offsetBy: range.upperBound)])
    return Layout.lines(ParagraphShape(window), width: width, paragraph: paragraph).map {
      shifted($0, by: range.lowerBound)
    }
  }

  /// How many of the lines laid out in a window ending before the text does
  /// are exact: those whose layout read no further than the window.
  static func exactLines(_ laid: [LaidLine], in text: String, windowEnd: Int, width: Int) -> Int {
    var k = laid.count - 1  // the last line is cut by the window
    while k > 0 {
      if let read = readEnd(in: text, lineStart: laid[k - 1].range.lowerBound, width: width), read <= windowEnd {
        return k
      }
      k -= 1
    }
    return 0
  }

  /// Where the line breaker stops reading when it lays out a line from
  /// `lineStart`: the end of the character after the first one that does not
  /// fit (nil: the rest of the text fits).
  static func readEnd(in text: String, lineStart: Int, width: Int) -> Int? {
    let width = max(Layout.minimumWidth, width)
    var i = text.utf8.index(text.startIndex, offsetBy: lineStart)
    var col = 0
    var first = true
    while i < text.endIndex {
      let c = text[i]
      let w = TerminalWidth.columns(c)
      let next = text.index(after: i)
      if first || col + w <= width {
        col += w
        first = false
      } else if !BreakRules.flags(c).contains(.space) {
        let after = next < text.endIndex ? text.index(after: next) : next
        return text.utf8.distance(from: text.startIndex, to: after)
      }
      i = next
    }
    return nil
  }

  /// Whether the break rules at a line start look at the character before it
  /// (a joiner such as `.` between a digit before and a digit after).
  static func needsContext(_ text: String, at offset: Int) -> Bool {
    let i = text.utf8.index(text.startIndex, offsetBy: offset)
    guard i > text.startIndex && i < text.endIndex else { return false }
    return BreakRules.flags(text[i]).contains(.joiner)
      && BreakRules.flags(text[text.index(before: i)]).contains(.alnum)
  }

  /// The index of the last line that starts at or before `offset`.
  static func lineIndex(in lines: [LaidLine], at offset: Int) -> Int {
    var lo = 0
    var hi = lines.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lines[mid].range.lowerBound <= offset { lo = mid } else { hi = mid - 1 }
    }
    return lo
  }

  /// A UTF-8 offset moved by whole characters (negative: backwards), clamped to the text.
  static func offset(in text: String, from offset: Int, characters n: Int) -> Int {
    var i = text.utf8.index(text.startIndex, offsetBy: min(max(0, offset), text.utf8.count))
    if n < 0 {
      for _ in 0..<(-n) where i > text.startIndex { i = text.index(before: i) }
    } else {
      for _ in 0..<n where i < text.endIndex { i = text.index(after: i) }
    }
    return text.utf8.distance(from: text.startIndex, to: i)
  }

  /// The first character boundary at least `bytes` after `offset` (or the text's end).
  static func offset(in text: String, from offset: Int, bytes: Int) -> Int {
    let target = offset + bytes
    guard target < text.utf8.count else { return text.utf8.count }
    var i = text.utf8.index(text.startIndex, offsetBy: target)
    let down = text.index(i, offsetBy: 0)  // rounds down to a character boundary
    if down != i { i = text.index(after: down) }
    return text.utf8.distance(from: text.startIndex, to: i)
  }

  static func shifted(_ line: LaidLine, by delta: Int) -> LaidLine {
    guard delta != 0 else { return line }
    var l = line
    l.range = (l.range.lowerBound + delta)..<(l.range.upperBound + delta)
    return l
  }
}
