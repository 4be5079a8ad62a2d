import CaseroomEngine
import FoundationEssentials

// MARK: - Editing

/// Every edit replaces the selection when there is one, and is one undo
/// step, except typing, Backspace and Delete, whose runs are: a run ends at
/// a pause of `pause` or more between keys (`now`: when the key was pressed;
/// nil when not known, which never ends a run), at any movement, and after
/// a typed sentence end (`sentenceEnds`). Each returns whether the text
/// changed.
extension TextEditor {
  /// Inserts text at the cursor, in place of the selection if there is one:
  /// a typed character, or a paste as one undo step. Line breaks (LF, CR
  /// LF, CR) split paragraphs; in single-line mode they become spaces.
  /// Returns false, inserting nothing, when the text would grow past
  /// `byteLimit` (a paste is never cut in the middle).
  @discardableResult
  public mutating func insert(_ s: String, now: Date? = nil) -> Bool {
    var s = s
    // Looked for by bytes: a paste can be long.
    if s.utf8.contains(0x0D) {
      s = s.replacingEvery("\r\n", with: "\n").replacingEvery("\r", with: "\n")
    }
    if singleLine && s.utf8.contains(0x0A) { s = s.replacingEvery("\n", with: " ") }
    guard !s.isEmpty else { return false }
    let typing = s.count == 1 && s != "\n"
    let r = selectedRange ?? cursor..<cursor
    guard replace(r.lowerBound, r.upperBound, with: s, kind: typing ? .typing : .other, now: now) else {
      return false
    }
    if typing && TextEditor.sentenceEnds.contains(s.first!) { runOpen = false }
    return true
  }

  /// Whether inserting `s` (in place of the selection) would grow the text past `byteLimit`.
  public func exceedsLimit(inserting s: String) -> Bool {
    let removed = selectedRange.map { bytes(from: $0.lowerBound, to: $0.upperBound) } ?? 0
    return s.utf8.count > removed && byteCount - removed + s.utf8.count > byteLimit
  }

  /// Deletes the selection, or the text from the cursor to `target` (either side of it).
  private mutating func deleteSelection(orTo target: Cursor, kind: EditKind, now: Date?) -> Bool {
    if let r = selectedRange { return replace(r.lowerBound, r.upperBound, with: "", kind: .other, now: now) }
    return replace(min(cursor, target), max(cursor, target), with: "", kind: kind, now: now)
  }

  /// Backspace: the selection, or the character before the cursor (at a
  /// paragraph's start, joins it to the previous one).
  @discardableResult
  public mutating func backspace(now: Date? = nil) -> Bool {
    deleteSelection(orTo: characterBefore(cursor) ?? cursor, kind: .backspacing, now: now)
  }

  /// Delete: the selection, or the character after the cursor (at a
  /// paragraph's end, joins the next one to it).
  @discardableResult
  public mutating func delete(now: Date? = nil) -> Bool {
    deleteSelection(orTo: characterAfter(cursor) ?? cursor, kind: .deleting, now: now)
  }

  /// Alt-Backspace, Ctrl-W: the selection, or back to where `wordLeft` goes
  /// (the start of the word; in Chinese, of the phrase). One undo step.
  @discardableResult
  public mutating func deleteWordBackward(now: Date? = nil) -> Bool {
    deleteSelection(orTo: wordStart(before: cursor), kind: .other, now: now)
  }

  /// Alt-d: the selection, or on to where `wordRight` goes. One undo step.
  @discardableResult
  public mutating func deleteWordForward(now: Date? = nil) -> Bool {
    deleteSelection(orTo: wordEnd(after: cursor), kind: .other, now: now)
  }

  /// Ctrl-K: the selection, or the rest of the screen line the cursor is on
  /// (on a wrapped line, with the spaces hanging at its end); at the end of
  /// a paragraph, joins the next one to it. At a wrap point the cursor is on
  /// the later line, even when shown at the end of the earlier one. One undo step.
  @discardableResult
  public mutating func killToLineEnd(now: Date? = nil) -> Bool {
    if selectedRange != nil { return deleteSelection(orTo: cursor, kind: .other, now: now) }
    let p = cursor.paragraph
    let known = layOut(p, covering: cursor.offset)
    let ls = known.lines
    let li = TextEditor.lineIndex(ls, at: cursor.offset)
    let end = known.complete && li == ls.count - 1 ? paragraphs[p].utf8.count : ls[li].range.upperBound
    if end > cursor.offset { return replace(cursor, Cursor(p, end), with: "", kind: .other, now: now) }
    guard p + 1 < paragraphs.count else { return false }
    return replace(cursor, Cursor(p + 1, 0), with: "", kind: .other, now: now)
  }

  /// Ctrl-U: the selection, or the screen line the cursor is shown on, from
  /// its start to the cursor. Nothing at the start of a line. One undo step.
  @discardableResult
  public mutating func killToLineStart(now: Date? = nil) -> Bool {
    if selectedRange != nil { return deleteSelection(orTo: cursor, kind: .other, now: now) }
    let ls = layOut(cursor.paragraph, covering: cursor.offset).lines
    let (li, _) = cursorLine()
    let start = Cursor(cursor.paragraph, ls[li].range.lowerBound)
    return replace(start, cursor, with: "", kind: .other, now: now)
  }

  /// Ctrl-X: removes the selected text (one undo step) and returns it for
  /// the clipboard; nil, changing nothing, when nothing is selected.
  public mutating func cut(now: Date? = nil) -> String? {
    guard let r = selectedRange else { return nil }
    let s = text(from: r.lowerBound, to: r.upperBound)
    replace(r.lowerBound, r.upperBound, with: "", kind: .other, now: now)
    return s
  }

  /// Ctrl-C: the selected text for the clipboard (nil: nothing selected).
  /// The selection stays.
  public func copy() -> String? { selectedText }
}
