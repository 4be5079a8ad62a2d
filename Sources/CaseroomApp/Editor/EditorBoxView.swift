import CaseroomEngine

// MARK: - Drawing

extension EditorBox {
  /// The style of selected text.
  public static let selectionStyle = Style.selected

  /// Draws the box at `row`, `col`, `rows` high and `width` wide (the size
  /// given to the last `fit`): its cells filled in `style`, the text shown
  /// in it, the selection in `selectionStyle`, and the terminal cursor put
  /// where the editor's cursor is. Changes nothing and lays out nothing
  /// that `fit` did not.
  ///
  /// After End on a full line the cursor stands just right of the box, the
  /// way a terminal shows it after a line's last character (in the frame's
  /// last column when the box reaches it).
  public func draw(into f: inout Frame, row: Int, col: Int, rows: Int, width: Int, style: Style) {
    for r in 0..<max(0, rows) { f.fill(row: row + r, from: col, to: col + width, style: style) }
    guard rows > 0 && width > 0 else { return }
    if singleLine {
      drawLine(into: &f, row: row, col: col, width: width, style: style)
    } else {
      drawLines(into: &f, row: row, col: col, rows: rows, width: width, style: style)
    }
  }

  /// The part of paragraph `p` selected, as UTF-8 offsets (past its end: the
  /// line break after it is selected too); nil when none is.
  func selection(in p: Int) -> Range<Int>? {
    guard let r = editor.selectedRange, r.lowerBound.paragraph <= p, p <= r.upperBound.paragraph else { return nil }
    let from = r.lowerBound.paragraph == p ? r.lowerBound.offset : 0
    let to = r.upperBound.paragraph == p ? r.upperBound.offset : Int.max
    return from..<to
  }

  /// The style of each character of a text that starts at `offset` in its paragraph.
  static func styles(_ text: some StringProtocol, at offset: Int, selected: Range<Int>?, style: Style) -> [Style] {
    var out: [Style] = []
    var o = offset
    for c in text {
      out.append(selected?.contains(o) == true ? selectionStyle : style)
      o += c.utf8.count
    }
    return out
  }

  private func drawLines(into f: inout Frame, row: Int, col: Int, rows: Int, width: Int, style: Style) {
    let e = editor
    var p = top.paragraph
    var l = top.line
    let (cl, cc) = e.cursorLine()
    for r in 0..<rows {
      guard p < e.paragraphs.count else { break }
      let known = e.knownLines(of: p)
      let lines = known.lines
      if l < lines.count {
        let line = lines[l]
        let selected = selection(in: p)
        let styles = EditorBox.styles(line.text, at: line.range.lowerBound, selected: selected, style: style)
        let end = f.put(
          line.display, row: row + r, col: col, style: style, limit: col + width, ellipsis: false,
          styleAt: { $0 < styles.count ? styles[$0] : style })
        // A selected line break shows as one selected cell after the paragraph.
        if known.complete && l == lines.count - 1, let s = selected, s.upperBound > e.paragraphs[p].utf8.count,
          end < col + width
        {
          f.fill(row: row + r, from: end, to: end + 1, style: EditorBox.selectionStyle)
        }
        if p == e.cursor.paragraph && l == cl { f.cursor = (row + r, min(col + cc, f.cols - 1)) }
      }
      l += 1
      if l >= lines.count {
        // `fit` laid out every line shown; a paragraph known only in part goes on below the box.
        guard known.complete else { break }
        p += 1
        l = 0
      }
    }
  }

  private func drawLine(into f: inout Frame, row: Int, col: Int, width: Int, style: Style) {
    let text = editor.paragraphs[0]
    // Skip what is scrolled off to the left (fit starts the view where a character starts).
    var column = 0
    var i = text.startIndex
    while i < text.endIndex && column < scrollColumn {
      column += TerminalWidth.columns(text[i])
      i = text.index(after: i)
    }
    let shown = text[i...]
    let offset = text.utf8.distance(from: text.startIndex, to: i)
    let styles = EditorBox.styles(shown, at: offset, selected: selection(in: 0), style: style)
    f.put(
      shown, row: row, col: col + max(0, column - scrollColumn), style: style, limit: col + width, ellipsis: false,
      styleAt: { $0 < styles.count ? styles[$0] : style })
    let cursorColumn = editor.cursorLine().column - scrollColumn
    if cursorColumn >= 0 && cursorColumn < width { f.cursor = (row, min(col + cursorColumn, f.cols - 1)) }
  }
}
