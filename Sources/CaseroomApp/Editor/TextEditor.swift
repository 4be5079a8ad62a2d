import CaseroomEngine

/// A multi-line editor for Chinese text: the text is a list of paragraphs
/// (split at line breaks), the cursor a paragraph and a UTF-8 offset that is
/// always on a grapheme boundary. Lines wrap with the engine's layout, and
/// only the paragraph an edit touches is laid out again.
public struct TextEditor {
  public struct Cursor: Equatable, Sendable {
    public var paragraph: Int
    /// UTF-8 offset in the paragraph, on a character boundary.
    public var offset: Int
    public init(_ paragraph: Int, _ offset: Int) {
      self.paragraph = paragraph
      self.offset = offset
    }
  }

  /// One undoable change: paragraphs `at..<at+old.count` replaced by `new`.
  struct Edit {
    var at: Int
    var old: [String]
    var new: [String]
    var before: Cursor
    var after: Cursor
    /// Typing extends the previous edit while it stays in one run.
    var coalescable: Bool
  }

  public private(set) var paragraphs: [String]
  public private(set) var cursor = Cursor(0, 0)
  /// Wrap width of the text.
  public private(set) var width: Int
  /// Laid-out lines of each paragraph (nil: not laid out at this width yet).
  private var lines: [[LaidLine]?]
  /// Non-blank characters of each paragraph (for 字数).
  private var counts: [Int]
  private var undoStack: [Edit] = []
  private var redoStack: [Edit] = []
  /// Column the cursor wants to keep when moving up and down.
  private var goalColumn: Int?
  /// How many paragraphs were laid out (for tests that count work).
  public private(set) var layoutWork = 0
  /// Whether the text changed since `markSaved()`.
  public private(set) var changed = false

  public init(text: String, width: Int) {
    paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    self.width = max(4, width)
    lines = Array(repeating: nil, count: paragraphs.count)
    counts = paragraphs.map(TextEditor.count)
  }

  /// The whole text, paragraphs joined by line breaks.
  public var text: String { paragraphs.joined(separator: "\n") }

  /// 字数: characters that are not blank.
  public var characterCount: Int { counts.reduce(0, +) }

  static func count(_ s: String) -> Int { CharacterCount.of(s) }

  public mutating func markSaved() { changed = false }

  /// Re-wraps at a new width (a resize): every paragraph is laid out again lazily.
  public mutating func setWidth(_ w: Int) {
    let w = max(4, w)
    guard w != width else { return }
    width = w
    lines = Array(repeating: nil, count: paragraphs.count)
  }

  /// The lines of a paragraph at the current width: laid out already by
  /// `layOut(_:)`, or laid out now without keeping them (views stay pure).
  public func lines(of p: Int) -> [LaidLine] {
    lines[p] ?? Layout.lines(ParagraphShape(paragraphs[p]), width: width, paragraph: p)
  }

  /// Lays a paragraph out at the current width and keeps its lines, unless
  /// that is done already; returns them.
  @discardableResult
  public mutating func layOut(_ p: Int) -> [LaidLine] {
    if let l = lines[p] { return l }
    let l = Layout.lines(ParagraphShape(paragraphs[p]), width: width, paragraph: p)
    layoutWork += 1
    lines[p] = l
    return l
  }

  // MARK: Editing

  /// Replaces paragraphs and records the change for undo.
  private mutating func apply(_ e: Edit, record: Bool) {
    paragraphs.replaceSubrange(e.at..<(e.at + e.old.count), with: e.new)
    lines.replaceSubrange(e.at..<(e.at + e.old.count), with: Array(repeating: nil, count: e.new.count))
    counts.replaceSubrange(e.at..<(e.at + e.old.count), with: e.new.map(TextEditor.count))
    cursor = e.after
    goalColumn = nil
    changed = true
    guard record else { return }
    redoStack.removeAll()
    if e.coalescable, var last = undoStack.last, last.coalescable, last.after == e.before, last.at == e.at,
      last.new.count == 1, e.old.count == 1
    {
      last.new = e.new
      last.after = e.after
      undoStack[undoStack.count - 1] = last
    } else {
      undoStack.append(e)
      if undoStack.count > 1000 { undoStack.removeFirst(undoStack.count - 1000) }
    }
  }

  /// Inserts text at the cursor (typing, or a paste as one edit).
  public mutating func insert(_ s: String) {
    guard !s.isEmpty else { return }
    // Line breaks of any kind become paragraph breaks (looked for by bytes: a paste can be long).
    let clean =
      s.utf8.contains(0x0D)
      ? s.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : s
    let p = cursor.paragraph
    let para = paragraphs[p]
    let i = index(para, cursor.offset)
    let head = String(para[..<i])
    let tail = String(para[i...])
    var pieces = clean.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(Substring($0)) }
    let lastLength = pieces[pieces.count - 1].utf8.count
    pieces[0] = head + pieces[0]
    pieces[pieces.count - 1] += tail
    let after =
      pieces.count == 1 ? Cursor(p, head.utf8.count + lastLength) : Cursor(p + pieces.count - 1, lastLength)
    let typing = pieces.count == 1 && s.utf8.count <= 32 && s.count == 1 && !s.first!.isWhitespace
    apply(Edit(at: p, old: [para], new: pieces, before: cursor, after: after, coalescable: typing), record: true)
  }

  /// Backspace: removes the character before the cursor (or joins with the previous paragraph).
  public mutating func backspace() {
    let p = cursor.paragraph
    let para = paragraphs[p]
    if cursor.offset == 0 {
      guard p > 0 else { return }
      let prev = paragraphs[p - 1]
      apply(
        Edit(
          at: p - 1, old: [prev, para], new: [prev + para], before: cursor, after: Cursor(p - 1, prev.utf8.count),
          coalescable: false),
        record: true)
      return
    }
    let i = index(para, cursor.offset)
    let j = para.index(before: i)
    var new = para
    new.removeSubrange(j..<i)
    let off = para.utf8.distance(from: para.startIndex, to: j)
    apply(Edit(at: p, old: [para], new: [new], before: cursor, after: Cursor(p, off), coalescable: false), record: true)
  }

  /// Delete: removes the character after the cursor (or joins the next paragraph).
  public mutating func delete() {
    let p = cursor.paragraph
    let para = paragraphs[p]
    let i = index(para, cursor.offset)
    if i == para.endIndex {
      guard p + 1 < paragraphs.count else { return }
      let next = paragraphs[p + 1]
      apply(
        Edit(at: p, old: [para, next], new: [para + next], before: cursor, after: cursor, coalescable: false),
        record: true)
      return
    }
    var new = para
    new.removeSubrange(i..<para.index(after: i))
    apply(Edit(at: p, old: [para], new: [new], before: cursor, after: cursor, coalescable: false), record: true)
  }

  public mutating func undo() {
    guard let e = undoStack.popLast() else { return }
    let inverse = Edit(at: e.at, old: e.new, new: e.old, before: e.after, after: e.before, coalescable: false)
    apply(inverse, record: false)
    redoStack.append(e)
  }

  public mutating func redo() {
    guard let e = redoStack.popLast() else { return }
    apply(e, record: false)
    undoStack.append(Edit(at: e.at, old: e.old, new: e.new, before: e.before, after: e.after, coalescable: false))
  }

  public var canUndo: Bool { !undoStack.isEmpty }
  public var canRedo: Bool { !redoStack.isEmpty }

  // MARK: Moving

  func index(_ s: String, _ offset: Int) -> String.Index {
    s.utf8.index(s.startIndex, offsetBy: min(offset, s.utf8.count))
  }

  /// One character left (to the end of the previous paragraph at its start).
  public mutating func left() {
    goalColumn = nil
    let para = paragraphs[cursor.paragraph]
    if cursor.offset > 0 {
      let j = para.index(before: index(para, cursor.offset))
      cursor.offset = para.utf8.distance(from: para.startIndex, to: j)
    } else if cursor.paragraph > 0 {
      cursor = Cursor(cursor.paragraph - 1, paragraphs[cursor.paragraph - 1].utf8.count)
    }
  }

  /// One character right.
  public mutating func right() {
    goalColumn = nil
    let para = paragraphs[cursor.paragraph]
    let i = index(para, cursor.offset)
    if i < para.endIndex {
      cursor.offset = para.utf8.distance(from: para.startIndex, to: para.index(after: i))
    } else if cursor.paragraph + 1 < paragraphs.count {
      cursor = Cursor(cursor.paragraph + 1, 0)
    }
  }

  /// The screen line (in its paragraph) and column of the cursor.
  public func cursorLine() -> (line: Int, column: Int) {
    let ls = lines(of: cursor.paragraph)
    var li = 0
    while li + 1 < ls.count && ls[li + 1].range.lowerBound <= cursor.offset { li += 1 }
    let line = ls[li]
    let para = paragraphs[cursor.paragraph]
    let from = index(para, line.range.lowerBound)
    let to = index(para, max(line.range.lowerBound, cursor.offset))
    return (li, TerminalWidth.columns(para[from..<to]))
  }

  /// The offset in a line nearest to a column (never inside a wide character).
  mutating func offset(inLine li: Int, of p: Int, column: Int) -> Int {
    let line = layOut(p)[li]
    var col = 0
    var offset = line.range.lowerBound
    let para = paragraphs[p]
    let slice = para[index(para, line.range.lowerBound)..<index(para, line.range.upperBound)]
    let isLast = li == layOut(p).count - 1
    for c in slice {
      let w = TerminalWidth.columns(c)
      if col + w > column { break }
      if !isLast && offset + c.utf8.count == line.range.upperBound && c.isWhitespace { break }
      col += w
      offset += c.utf8.count
    }
    // At a wrap point the end of a line is the start of the next: stay on this line.
    if !isLast && offset == line.range.upperBound && offset > line.range.lowerBound {
      let j = para.index(before: index(para, offset))
      offset = para.utf8.distance(from: para.startIndex, to: j)
    }
    return offset
  }

  /// Up or down one screen line, keeping the column.
  public mutating func vertical(_ delta: Int) {
    layOut(cursor.paragraph)
    let (li, col) = cursorLine()
    let goal = goalColumn ?? col
    var p = cursor.paragraph
    var target = li + delta
    while target < 0 {
      guard p > 0 else {
        cursor.offset = 0
        return
      }
      p -= 1
      target += layOut(p).count
    }
    while target >= layOut(p).count {
      guard p + 1 < paragraphs.count else {
        cursor.offset = paragraphs[p].utf8.count
        cursor.paragraph = p
        return
      }
      target -= layOut(p).count
      p += 1
    }
    cursor = Cursor(p, offset(inLine: target, of: p, column: goal))
    goalColumn = goal
  }

  public mutating func up() { vertical(-1) }
  public mutating func down() { vertical(1) }
  public mutating func pageUp(_ rows: Int) { vertical(-max(1, rows - 1)) }
  public mutating func pageDown(_ rows: Int) { vertical(max(1, rows - 1)) }

  /// Start of the screen line.
  public mutating func home() {
    layOut(cursor.paragraph)
    let (li, _) = cursorLine()
    cursor.offset = layOut(cursor.paragraph)[li].range.lowerBound
    goalColumn = nil
  }

  /// End of the screen line.
  public mutating func end() {
    layOut(cursor.paragraph)
    let (li, _) = cursorLine()
    let ls = layOut(cursor.paragraph)
    cursor.offset =
      li == ls.count - 1
      ? paragraphs[cursor.paragraph].utf8.count : offset(inLine: li, of: cursor.paragraph, column: Int.max)
    goalColumn = nil
  }

  /// Puts the cursor somewhere (clamped to the text, snapped to a character boundary).
  public mutating func place(_ c: Cursor) {
    let p = min(max(0, c.paragraph), paragraphs.count - 1)
    let para = paragraphs[p]
    var i = para.utf8.index(para.startIndex, offsetBy: min(max(0, c.offset), para.utf8.count))
    i = para.index(i, offsetBy: 0)  // rounds down to a character boundary
    cursor = Cursor(p, para.utf8.distance(from: para.startIndex, to: i))
  }
}
