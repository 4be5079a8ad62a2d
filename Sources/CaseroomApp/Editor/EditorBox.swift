import CaseroomEngine
import FoundationEssentials

/// A `TextEditor` on screen: the text, where it is scrolled to, and its keys.
///
/// The host screen keeps one as state and, like any screen:
///
/// 1. `handle(_:now:clipboard:)` in its update, for every key it does not
///    take itself first; the outcome says whether the text changed, what to
///    put on the clipboard, what to show in the status bar, or that the key
///    is the host's (`.unhandled`: Esc, Ctrl-S, F-keys…);
/// 2. `fit(rows:width:)` at the end of its update, once the box's size is
///    known: it scrolls the cursor into view and lays out what will be shown;
/// 3. `draw(into:row:col:rows:width:style:)` in its view, which changes nothing.
///
/// Multi-line, it scrolls by screen lines (`top`); single-line (search,
/// names, one-line fields) it scrolls sideways (`scrollColumn`), never
/// showing half of a double-width character. Keys come from `Keymap.editor`.
public struct EditorBox {
  public var editor: TextEditor
  /// Movement, selection and copying work; edits only return a notice.
  public var readOnly: Bool
  /// What an edit in a read-only box says.
  public var readOnlyNotice: String?  // nil: EditorNotice.readOnly
  /// Multi-line: the first line shown, a paragraph and a screen line in it.
  public internal(set) var top: (paragraph: Int, line: Int) = (0, 0)
  /// Single-line: the first column shown.
  public internal(set) var scrollColumn = 0
  /// Rows shown at the last `fit` (PgUp and PgDn move by these).
  public internal(set) var rows: Int
  /// Columns the text had at the last `fit`.
  public internal(set) var width: Int

  /// What Tab inserts in a multi-line box, and a pasted tab becomes: two U+3000.
  public static let indent = "\u{3000}\u{3000}"

  /// A box around an editor.
  public init(_ editor: TextEditor, rows: Int = 1, readOnly: Bool = false) {
    self.editor = editor
    self.readOnly = readOnly
    self.rows = max(1, rows)
    width = editor.singleLine ? 1 : editor.width
  }

  /// A box over `text`, the cursor at its end.
  public init(text: String, width: Int, rows: Int = 1, singleLine: Bool = false, readOnly: Bool = false) {
    var e = TextEditor(text: text, width: width, singleLine: singleLine)
    e.place(e.textEndCursor)
    self.init(e, rows: rows, readOnly: readOnly)
    if singleLine { self.width = max(1, width) }
  }

  public var singleLine: Bool { editor.singleLine }

  // MARK: Keys

  /// Applies a key with `Keymap.editor`: a typed character or a paste is
  /// inserted, a bound key does its action. `now` is when the key was
  /// pressed (a pause ends an undo step); `clipboard` is what Ctrl-V pastes.
  public mutating func handle(_ key: Key, now: Date, clipboard: String? = nil) -> EditorOutcome {
    switch key {
    case .char(let c): return type(c, now: now)
    case .paste(let s): return paste(s, now: now)
    case .pasteRefused:
      guard !readOnly else { return .notice(readOnlyNotice ?? EditorNotice.readOnly) }
      return .notice(EditorNotice.pasteRefused)
    default:
      guard let action = Keymap.action(for: key, in: Keymap.editor) else { return .unhandled }
      return perform(action, now: now, clipboard: clipboard)
    }
  }

  /// Does an action of the editor's keymap.
  public mutating func perform(_ action: EditorAction, now: Date, clipboard: String? = nil) -> EditorOutcome {
    if singleLine {
      switch action {
      case .up, .down, .pageUp, .pageDown, .selectUp, .selectDown, .newParagraph, .indent: return .unhandled
      case .textStart: return perform(.lineStart, now: now)
      case .textEnd: return perform(.lineEnd, now: now)
      case .selectTextStart: return perform(.selectLineStart, now: now)
      case .selectTextEnd: return perform(.selectLineEnd, now: now)
      default: break
      }
    }
    if move(action) { return .moved }
    return change(action, now: now, clipboard: clipboard)
  }

  /// The actions that move the cursor or the selection: false when `action` is none of them.
  private mutating func move(_ action: EditorAction) -> Bool {
    switch action {
    case .left: editor.left()
    case .right: editor.right()
    case .wordLeft: editor.wordLeft()
    case .wordRight: editor.wordRight()
    case .lineStart: editor.home()
    case .lineEnd: editor.end()
    case .textStart: editor.textStart()
    case .textEnd: editor.textEnd()
    case .selectLeft: editor.left(selecting: true)
    case .selectRight: editor.right(selecting: true)
    case .selectWordLeft: editor.wordLeft(selecting: true)
    case .selectWordRight: editor.wordRight(selecting: true)
    case .selectLineStart: editor.home(selecting: true)
    case .selectLineEnd: editor.end(selecting: true)
    case .selectTextStart: editor.textStart(selecting: true)
    case .selectTextEnd: editor.textEnd(selecting: true)
    case .up: editor.up()
    case .down: editor.down()
    case .pageUp: editor.pageUp(rows)
    case .pageDown: editor.pageDown(rows)
    case .selectUp: editor.up(selecting: true)
    case .selectDown: editor.down(selecting: true)
    default: return false
    }
    return true
  }

  /// The actions that change the text or go through the clipboard (the moves are `move`'s).
  private mutating func change(_ action: EditorAction, now: Date, clipboard: String?) -> EditorOutcome {
    switch action {
    case .backspace: return edit { $0.backspace(now: now) }
    case .delete: return edit { $0.delete(now: now) }
    case .deleteWordBackward: return edit { $0.deleteWordBackward(now: now) }
    case .deleteWordForward: return edit { $0.deleteWordForward(now: now) }
    case .killToLineEnd: return edit { $0.killToLineEnd(now: now) }
    case .killToLineStart: return edit { $0.killToLineStart(now: now) }
    case .newParagraph: return insert("\n", now: now)
    case .indent: return insert(EditorBox.indent, now: now)
    case .cut:
      guard editor.selectedRange != nil else { return .notice(EditorNotice.nothingSelected) }
      guard !readOnly else { return .notice(readOnlyNotice ?? EditorNotice.readOnly) }
      return editor.cut(now: now).map { .cut($0) } ?? .moved
    case .copy:
      return editor.copy().map { .copied($0) } ?? .notice(EditorNotice.nothingSelected)
    case .paste:
      guard let clipboard, !clipboard.isEmpty else { return .notice(EditorNotice.clipboardEmpty) }
      return paste(clipboard, now: now)
    case .undo:
      guard !readOnly else { return .notice(readOnlyNotice ?? EditorNotice.readOnly) }
      return editor.undo() ? .edited : .notice(EditorNotice.nothingToUndo)
    case .redo:
      guard !readOnly else { return .notice(readOnlyNotice ?? EditorNotice.readOnly) }
      return editor.redo() ? .edited : .notice(EditorNotice.nothingToRedo)
    case .keepVersion:
      guard !readOnly else { return .notice(readOnlyNotice ?? EditorNotice.readOnly) }
      guard let label = editor.keepConflictVersion(now: now) else { return .notice(EditorNotice.noConflictHere) }
      return .editedWithNotice(EditorNotice.keptVersion(label))
    default: return .moved
    }
  }

  /// An edit, unless the box is read-only.
  private mutating func edit(_ change: (inout TextEditor) -> Bool) -> EditorOutcome {
    guard !readOnly else { return .notice(readOnlyNotice ?? EditorNotice.readOnly) }
    return change(&editor) ? .edited : .moved
  }

  /// Inserts text (already clean), or says why not.
  private mutating func insert(_ s: String, now: Date, notice: String? = nil) -> EditorOutcome {
    guard !readOnly else { return .notice(readOnlyNotice ?? EditorNotice.readOnly) }
    guard !s.isEmpty else { return notice.map { .notice($0) } ?? .moved }
    guard editor.insert(s, now: now) else { return .notice(EditorNotice.tooLong(limit: editor.byteLimit)) }
    return notice.map { .editedWithNotice($0) } ?? .edited
  }

  /// A typed character (a control character that is not a key is the host's).
  private mutating func type(_ c: Character, now: Date) -> EditorOutcome {
    if c.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
      return .unhandled
    }
    return insert(String(c), now: now)
  }

  /// Pasted text, cleaned (`PasteCleaner`): one undo step.
  private mutating func paste(_ s: String, now: Date) -> EditorOutcome {
    let (text, removed) = PasteCleaner.clean(s, tab: singleLine ? " " : EditorBox.indent, singleLine: singleLine)
    return insert(text, now: now, notice: removed > 0 ? EditorNotice.controlsRemoved(removed) : nil)
  }

  // MARK: Scrolling

  /// Sets the box's size, scrolls so that the cursor is shown, and lays out
  /// the paragraphs that will be shown (so drawing lays out nothing). Call it
  /// at the end of every update.
  public mutating func fit(rows: Int, width: Int) {
    self.rows = max(1, rows)
    if singleLine {
      self.width = max(1, width)
      scrollSideways()
    } else {
      editor.setWidth(width)
      self.width = editor.width
      scrollToCursor()
    }
  }

  /// Multi-line: the cursor's line between `top` and `rows` lines below it,
  /// and no blank rows at the bottom while text is hidden above.
  /// Lays out only as much of a long paragraph as that needs.
  mutating func scrollToCursor() {
    var e = editor
    // The text may have shrunk or been rewrapped since the last fit.
    let tp = min(top.paragraph, e.paragraphs.count - 1)
    let tl = min(tp == top.paragraph ? top.line : 0, e.layOut(tp, lines: top.line + 1).lines.count - 1)
    var shown = Self.showingCursor(&e, from: (tp, tl), rows: rows)
    shown = Self.withoutBlankBelow(&e, from: shown, rows: rows)
    top = shown
    Self.layOutShown(&e, from: shown, rows: rows)
    editor = e
  }

  /// The top line that shows the cursor's line: `top` when it does (counting
  /// no further than `rows` lines), else the cursor's line at the top (when
  /// it is above) or at the bottom (when it is below).
  static func showingCursor(_ e: inout TextEditor, from top: (Int, Int), rows: Int) -> (paragraph: Int, line: Int) {
    var (tp, tl) = top
    e.layOut(e.cursor.paragraph, covering: e.cursor.offset)
    let (cl, _) = e.cursorLine()
    let cp = e.cursor.paragraph
    if cp < tp || (cp == tp && cl < tl) { return (cp, cl) }
    var count = 0
    var p = tp
    var l = tl
    while (p < cp || (p == cp && l < cl)) && count < rows {
      count += 1
      l += 1
      if !e.hasLine(p, l) {
        p += 1
        l = 0
      }
    }
    guard count >= rows else { return (tp, tl) }
    // Put the cursor's line at the bottom: walk up rows - 1 lines from it.
    return up(&e, from: (cp, cl), by: rows - 1)
  }

  /// No blank rows below the text while some of it is hidden above (after a
  /// resize, or deleting at the end): the top moved up as far as that needs.
  static func withoutBlankBelow(_ e: inout TextEditor, from top: (Int, Int), rows: Int) -> (paragraph: Int, line: Int) {
    var below = 0
    var (p, l) = top
    while below < rows && p < e.paragraphs.count {
      if e.hasLine(p, l) {
        below += 1
        l += 1
      } else {
        p += 1
        l = 0
      }
    }
    return up(&e, from: top, by: rows - below)
  }

  /// The line `count` lines above `line` (or the first).
  static func up(_ e: inout TextEditor, from line: (Int, Int), by count: Int) -> (paragraph: Int, line: Int) {
    var (tp, tl) = line
    for _ in 0..<max(0, count) {
      if tl > 0 {
        tl -= 1
      } else if tp > 0 {
        tp -= 1
        tl = e.layOut(tp).count - 1
      }
    }
    return (tp, tl)
  }

  /// Lays out what will be shown: `rows` lines from `top`.
  static func layOutShown(_ e: inout TextEditor, from top: (paragraph: Int, line: Int), rows: Int) {
    var p = top.paragraph
    var wanted = top.line + rows
    while p < e.paragraphs.count && wanted > 0 {
      let known = e.layOut(p, lines: wanted)
      guard known.complete else { break }
      wanted -= known.lines.count
      p += 1
    }
  }

  /// Single-line: the cursor's column between `scrollColumn` and the box's
  /// last column; no blank space at the right while text is hidden at the
  /// left; the first column shown is where a character starts.
  mutating func scrollSideways() {
    let text = editor.paragraphs[0]
    let cursorColumn = editor.cursorLine().column
    let total = TerminalWidth.columns(text)
    var s = min(scrollColumn, cursorColumn)
    s = max(s, cursorColumn - (width - 1))
    // The cursor after the last character takes a cell too.
    if total + 1 - s < width { s = max(0, total + 1 - width) }
    // Never start in the middle of a double-width character: move right to the next start.
    var col = 0
    for c in text {
      if col >= s { break }
      col += TerminalWidth.columns(c)
    }
    scrollColumn = max(0, col)
  }

  /// Puts the cursor where a click landed, relative to the box (row 0 is its
  /// first row). Clears the selection.
  public mutating func click(row: Int, column: Int) {
    if singleLine {
      var col = 0
      var offset = 0
      for c in editor.paragraphs[0] {
        let w = TerminalWidth.columns(c)
        if col + w > scrollColumn + max(0, column) { break }
        col += w
        offset += c.utf8.count
      }
      editor.place(.init(0, offset))
      return
    }
    var p = min(top.paragraph, editor.paragraphs.count - 1)
    var l = min(top.line, editor.layOut(p, lines: top.line + 1).lines.count - 1)
    for _ in 0..<max(0, row) {
      if editor.hasLine(p, l + 1) {
        l += 1
      } else if p + 1 < editor.paragraphs.count {
        p += 1
        l = 0
      }
    }
    let (offset, atEnd) = editor.position(inLine: l, of: p, column: max(0, column))
    editor.place(.init(p, offset))
    editor.cursorAtLineEnd = atEnd
  }
}
