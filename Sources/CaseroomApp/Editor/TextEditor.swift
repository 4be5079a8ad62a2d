import CaseroomEngine
import FoundationEssentials

/// A multi-line editor for Chinese text: the text is a list of paragraphs
/// (split at line breaks), the cursor a paragraph and a UTF-8 offset that is
/// always on a grapheme boundary. Lines wrap with the engine's layout, and
/// only the lines an edit touches are laid out again.
///
/// It also serves one-line fields (`singleLine`): no paragraph breaks, no
/// wrapping. Movement is in `TextEditorMoving.swift`, editing in
/// `TextEditorEditing.swift`; `EditorBox` puts an editor on screen and maps
/// keys to it. Everything is a value: time comes in as a parameter, the
/// clipboard goes in and out as strings.
public struct TextEditor {
  /// A place in the text: a paragraph and a UTF-8 offset in it. Ordered as in the text.
  public struct Cursor: Hashable, Comparable, Sendable {
    public var paragraph: Int
    /// UTF-8 offset in the paragraph, on a character boundary.
    public var offset: Int
    public init(_ paragraph: Int, _ offset: Int) {
      self.paragraph = paragraph
      self.offset = offset
    }

    public static func < (a: Cursor, b: Cursor) -> Bool {
      (a.paragraph, a.offset) < (b.paragraph, b.offset)
    }
  }

  /// What an undo step was made by, for joining steps into one.
  enum EditKind: Equatable {
    /// Characters typed one by one: a run is one step.
    case typing
    /// Backspace pressed again and again: a run is one step.
    case backspacing
    /// Delete pressed again and again: a run is one step.
    case deleting
    /// Anything else (a paste, Enter, a word or line deleted, a cut): a step of its own.
    case other
  }

  /// One undoable change: `removed` at `start` replaced by `inserted` (both may hold line breaks).
  struct Edit {
    var start: Cursor
    var removed: String
    var inserted: String
    /// Cursor and selection anchor before the change (undo puts them back).
    var before: Cursor
    var beforeAnchor: Cursor?
    /// Cursor after the change.
    var after: Cursor
    var kind: EditKind
    /// When the last key of the step was pressed (nil: not known).
    var time: Date?
  }

  /// The most a text may hold, in UTF-8 bytes (about 330,000 Hanzi). An edit
  /// that would grow a text past its limit is not made at all (`insert`
  /// returns false): a paste is never cut somewhere in the middle.
  public static let byteLimit = 1_000_000
  /// A pause between two keys at least this long ends a typing run (one undo step).
  public static let pause: TimeInterval = 1
  /// Typing one of these ends a typing run: a sentence is an undo step.
  public static let sentenceEnds: Set<Character> = ["。", "！", "？", "!", "?"]
  /// Undo steps kept.
  static let undoDepth = 1000
  /// The wrap width of a single-line editor: nothing wraps.
  static let unwrapped = 1 << 40

  public internal(set) var paragraphs: [String]
  public internal(set) var cursor = Cursor(0, 0)
  /// The other end of the selection (nil: nothing selected).
  public internal(set) var anchor: Cursor?
  /// The cursor is at a wrap point, where one screen line ends and the next
  /// starts at the same offset, and is shown at the end of the earlier line
  /// (after End, or moving up or down past a shorter line's end).
  public internal(set) var cursorAtLineEnd = false
  /// Wrap width of the text.
  public internal(set) var width: Int
  /// One line only: line breaks typed or pasted become spaces, nothing wraps.
  public let singleLine: Bool
  /// The most this text may hold, in UTF-8 bytes.
  public let byteLimit: Int
  /// The text's size in UTF-8 bytes, line breaks included.
  public internal(set) var byteCount: Int
  /// 字符: characters that are not blank (`CharacterCount`).
  public internal(set) var characterCount: Int
  /// 字数, as WPS and Word count it (`WordCount`).
  public internal(set) var wordCount: Int
  /// 字数 of each paragraph.
  var wordCounts: [Int]
  /// Laid-out lines of each paragraph (nil: not laid out at this width yet).
  var laid: [LaidParagraph?]
  /// Non-blank characters of each paragraph (for 字数).
  var counts: [Int]
  var undoStack: [Edit] = []
  var redoStack: [Edit] = []
  /// Column the cursor wants to keep when moving up and down.
  var goalColumn: Int?
  /// Whether the next typed character (or Backspace, or Delete) may join the last undo step.
  var runOpen = false
  /// How many paragraphs were laid out, wholly or in part (for tests that count work).
  public internal(set) var layoutWork = 0
  /// Whether the text changed since `markSaved()`.
  public internal(set) var changed = false

  /// An editor over `text` wrapped at `width` columns, the cursor at its
  /// start. In single-line mode `text` is cleaned as a paste would be
  /// (`PasteCleaner`): line breaks become spaces, control characters go.
  public init(text: String, width: Int, singleLine: Bool = false, byteLimit: Int = TextEditor.byteLimit) {
    self.singleLine = singleLine
    self.byteLimit = byteLimit
    if singleLine {
      paragraphs = [PasteCleaner.clean(text, tab: " ", singleLine: true).text]
      self.width = Self.unwrapped
    } else {
      paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      self.width = max(4, width)
    }
    laid = Array(repeating: nil, count: paragraphs.count)
    counts = paragraphs.map(TextEditor.count)
    characterCount = counts.reduce(0, +)
    wordCounts = paragraphs.map(WordCount.of)
    wordCount = wordCounts.reduce(0, +)
    byteCount = paragraphs.reduce(paragraphs.count - 1) { $0 + $1.utf8.count }
  }

  /// The whole text, paragraphs joined by line breaks.
  public var text: String { paragraphs.joined(separator: "\n") }

  static func count(_ s: some StringProtocol) -> Int { CharacterCount.of(s) }

  public mutating func markSaved() { changed = false }

  /// Re-wraps at a new width (a resize): every paragraph is laid out again
  /// lazily. A single-line editor does not wrap and ignores it.
  public mutating func setWidth(_ w: Int) {
    guard !singleLine else { return }
    let w = max(4, w)
    guard w != width else { return }
    width = w
    laid = Array(repeating: nil, count: paragraphs.count)
  }

  /// The lines of a paragraph at the current width: laid out already by
  /// `layOut(_:)`, or laid out now without keeping them (views stay pure).
  public func lines(of p: Int) -> [LaidLine] {
    if let l = laid[p], l.complete { return l.lines }
    return Layout.lines(ParagraphShape(paragraphs[p]), width: width, paragraph: p)
  }

  /// Lays a whole paragraph out at the current width and keeps its lines,
  /// unless that is done already; returns them.
  @discardableResult
  public mutating func layOut(_ p: Int) -> [LaidLine] {
    if let l = laid[p], l.complete { return l.lines }
    return extendLayout(p, bytes: Int.max).lines
  }

  /// Lays a paragraph out at least as far as the line `offset` is on.
  @discardableResult
  mutating func layOut(_ p: Int, covering offset: Int) -> LaidParagraph {
    while true {
      if let l = laid[p], l.covers(offset) { return l }
      let known = laid[p]?.end ?? 0
      extendLayout(p, bytes: max(2048, offset - known + 1024))
    }
  }

  /// Lays a paragraph out at least as far as its first `n` lines (fewer when it has fewer).
  @discardableResult
  mutating func layOut(_ p: Int, lines n: Int) -> LaidParagraph {
    while true {
      if let l = laid[p], l.complete || l.lines.count >= n { return l }
      let missing = n - (laid[p]?.lines.count ?? 0)
      extendLayout(p, bytes: max(2048, min(missing, 1 << 20) * width * 2))
    }
  }

  /// Whether paragraph `p` has a screen line `l` (laying out as far as that).
  mutating func hasLine(_ p: Int, _ l: Int) -> Bool { layOut(p, lines: l + 1).lines.count > l }

  /// The lines of a paragraph laid out so far, or all of them laid out now
  /// without keeping them (for views).
  func knownLines(of p: Int) -> LaidParagraph {
    laid[p] ?? LaidParagraph.full(paragraphs[p], width: width, paragraph: p)
  }

  /// Lays out more of a paragraph (at least `bytes` more text, or to its end).
  @discardableResult
  private mutating func extendLayout(_ p: Int, bytes: Int) -> LaidParagraph {
    var l = laid[p] ?? LaidParagraph(lines: [], complete: false)
    laid[p] = nil  // keep the lines uniquely referenced: they grow in place
    l.extend(text: paragraphs[p], width: width, paragraph: p, bytes: bytes)
    layoutWork += 1
    laid[p] = l
    return l
  }

  // MARK: Text between two places

  func index(_ s: String, _ offset: Int) -> String.Index {
    s.utf8.index(s.startIndex, offsetBy: min(offset, s.utf8.count))
  }

  /// The start and the end of the text.
  var textStartCursor: Cursor { Cursor(0, 0) }
  public var textEndCursor: Cursor { Cursor(paragraphs.count - 1, paragraphs[paragraphs.count - 1].utf8.count) }

  /// The text between two places (`from` ≤ `to`), paragraphs joined by line breaks.
  func text(from: Cursor, to: Cursor) -> String {
    if from.paragraph == to.paragraph {
      let p = paragraphs[from.paragraph]
      return String(p[index(p, from.offset)..<index(p, to.offset)])
    }
    let first = paragraphs[from.paragraph]
    let last = paragraphs[to.paragraph]
    var parts = [String(first[index(first, from.offset)...])]
    parts += paragraphs[(from.paragraph + 1)..<to.paragraph]
    parts.append(String(last[..<index(last, to.offset)]))
    return parts.joined(separator: "\n")
  }

  /// UTF-8 bytes between two places (`from` ≤ `to`), line breaks included.
  func bytes(from: Cursor, to: Cursor) -> Int {
    var n = to.offset - from.offset
    for p in from.paragraph..<to.paragraph { n += paragraphs[p].utf8.count + 1 }
    return n
  }

  /// Where `s` ends when it is put at `start`.
  static func end(of s: String, at start: Cursor) -> Cursor {
    var breaks = 0
    var afterLastBreak = 0
    for (i, b) in s.utf8.enumerated() where b == 0x0A {
      breaks += 1
      afterLastBreak = i + 1
    }
    if breaks == 0 { return Cursor(start.paragraph, start.offset + s.utf8.count) }
    return Cursor(start.paragraph + breaks, s.utf8.count - afterLastBreak)
  }

  // MARK: Changing the text

  /// Replaces the text from `from` to `to` with `s` (its line breaks split
  /// paragraphs), keeping lines, counts and size up to date; returns where
  /// `s` ends. Not recorded for undo; the cursor is not moved.
  @discardableResult
  mutating func splice(_ from: Cursor, _ to: Cursor, _ s: String) -> Cursor {
    let removedBytes = bytes(from: from, to: to)
    byteCount += s.utf8.count - removedBytes
    changed = true
    let p = from.paragraph
    if from.paragraph == to.paragraph && !s.utf8.contains(0x0A) {
      // Inside one paragraph (typing, deleting): count and lay out only what changed.
      var para = paragraphs[p]
      let range = index(para, from.offset)..<index(para, to.offset)
      let delta = TextEditor.count(s) - TextEditor.count(para[range])
      let words = Self.wordDelta(para, range, s)
      wordCounts[p] += words
      wordCount += words
      para.replaceSubrange(range, with: s)
      paragraphs[p] = para
      counts[p] += delta
      characterCount += delta
      if var l = laid[p] {
        laid[p] = nil  // keep the lines uniquely referenced: they change in place
        l.update(text: para, replaced: from.offset..<to.offset, inserted: s.utf8.count, width: width, paragraph: p)
        laid[p] = l
        layoutWork += 1
      }
      return Cursor(p, from.offset + s.utf8.count)
    }
    let first = paragraphs[from.paragraph]
    let last = paragraphs[to.paragraph]
    let head = first[..<index(first, from.offset)]
    let tail = last[index(last, to.offset)...]
    let headCount = prefixCount(from.paragraph, from.offset)
    let tailCount = counts[to.paragraph] - prefixCount(to.paragraph, to.offset)
    var pieces = s.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(Substring($0)) }
    var pieceCounts = pieces.map(TextEditor.count)
    let lastLength = pieces[pieces.count - 1].utf8.count
    pieces[0] = head + pieces[0]
    pieceCounts[0] += headCount
    pieces[pieces.count - 1] += tail
    pieceCounts[pieces.count - 1] += tailCount
    let replaced = from.paragraph...to.paragraph
    characterCount += pieceCounts.reduce(0, +) - counts[replaced].reduce(0, +)
    let pieceWords = pieces.map(WordCount.of)
    wordCount += pieceWords.reduce(0, +) - wordCounts[replaced].reduce(0, +)
    wordCounts.replaceSubrange(replaced, with: pieceWords)
    paragraphs.replaceSubrange(replaced, with: pieces)
    laid.replaceSubrange(replaced, with: Array(repeating: nil, count: pieces.count))
    counts.replaceSubrange(replaced, with: pieceCounts)
    return pieces.count == 1
      ? Cursor(p, from.offset + s.utf8.count) : Cursor(p + pieces.count - 1, lastLength)
  }

  /// How 字数 changes when `range` of a paragraph becomes `s`: counted over
  /// the words the change touches only (a word runs across the edit's ends),
  /// so a key in a long paragraph costs a word, not the paragraph.
  static func wordDelta(_ para: String, _ range: Range<String.Index>, _ s: String) -> Int {
    let u = para.unicodeScalars
    var l = range.lowerBound
    while l > u.startIndex, WordCount.isRunScalar(u[u.index(before: l)]) { l = u.index(before: l) }
    var r = range.upperBound
    while r < u.endIndex, WordCount.isRunScalar(u[r]) { r = u.index(after: r) }
    let before = String(u[l..<r])
    let after = String(u[l..<range.lowerBound]) + s + String(u[range.upperBound..<r])
    return WordCount.of(after) - WordCount.of(before)
  }

  /// 字数 of a paragraph's first `offset` bytes, counting whichever side is shorter.
  func prefixCount(_ p: Int, _ offset: Int) -> Int {
    let para = paragraphs[p]
    let i = index(para, offset)
    return offset <= para.utf8.count / 2 ? TextEditor.count(para[..<i]) : counts[p] - TextEditor.count(para[i...])
  }

  /// Replaces the text from `from` to `to` with `s` as an undoable edit and
  /// puts the cursor after it. Returns false, changing nothing, when there is
  /// nothing to do or the text would grow past `byteLimit`.
  @discardableResult
  mutating func replace(_ from: Cursor, _ to: Cursor, with s: String, kind: EditKind, now: Date?) -> Bool {
    let removedBytes = bytes(from: from, to: to)
    guard removedBytes > 0 || !s.isEmpty else { return false }
    if s.utf8.count > removedBytes && byteCount - removedBytes + s.utf8.count > byteLimit { return false }
    let removed = text(from: from, to: to)
    let edit = Edit(
      start: from, removed: removed, inserted: s, before: cursor, beforeAnchor: anchor,
      after: TextEditor.end(of: s, at: from), kind: kind, time: now)
    splice(from, to, s)
    cursor = edit.after
    anchor = nil
    cursorAtLineEnd = false
    goalColumn = nil
    record(edit, now: now)
    return true
  }

  /// Puts an edit on the undo stack, joined to the last step when it
  /// continues a run: the same kind of key, where the last one left the
  /// cursor, with no movement and no pause of `pause` or more between.
  mutating func record(_ e: Edit, now: Date?) {
    redoStack.removeAll()
    defer { runOpen = e.kind != .other }
    if runOpen, var last = undoStack.last, last.kind == e.kind, e.before == last.after,
      !TextEditor.paused(from: last.time, to: now)
    {
      var joined = true
      switch e.kind {
      case .typing where e.removed.isEmpty:
        last.inserted += e.inserted
      case .backspacing where e.inserted.isEmpty && last.inserted.isEmpty:
        last.start = e.start
        last.removed = e.removed + last.removed
      case .deleting where e.inserted.isEmpty && last.inserted.isEmpty && e.start == last.start:
        last.removed += e.removed
      default:
        joined = false
      }
      if joined {
        last.after = e.after
        last.time = now ?? last.time
        undoStack[undoStack.count - 1] = last
        return
      }
    }
    undoStack.append(e)
    if undoStack.count > TextEditor.undoDepth { undoStack.removeFirst(undoStack.count - TextEditor.undoDepth) }
  }

  /// Whether two keys are a pause apart (unknown times are not).
  static func paused(from a: Date?, to b: Date?) -> Bool {
    guard let a, let b else { return false }
    return abs(b.timeIntervalSince(a)) >= pause
  }

  // MARK: Undo

  /// Takes back the last step; false when there is none.
  @discardableResult
  public mutating func undo() -> Bool {
    guard let e = undoStack.popLast() else { return false }
    splice(e.start, TextEditor.end(of: e.inserted, at: e.start), e.removed)
    cursor = e.before
    anchor = e.beforeAnchor
    afterHistory()
    redoStack.append(e)
    return true
  }

  /// Makes the last step taken back again; false when there is none.
  @discardableResult
  public mutating func redo() -> Bool {
    guard let e = redoStack.popLast() else { return false }
    splice(e.start, TextEditor.end(of: e.removed, at: e.start), e.inserted)
    cursor = e.after
    anchor = nil
    afterHistory()
    undoStack.append(e)
    return true
  }

  private mutating func afterHistory() {
    cursorAtLineEnd = false
    goalColumn = nil
    runOpen = false
  }

  public var canUndo: Bool { !undoStack.isEmpty }
  public var canRedo: Bool { !redoStack.isEmpty }
  /// Undo steps there are (for tests and the status bar).
  public var undoCount: Int { undoStack.count }
}
