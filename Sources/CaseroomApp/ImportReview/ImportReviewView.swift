import CaseroomEngine

/// Where the import review's parts go: the tagged lines on the left, the
/// outline and checklist on the right when there is room (60 columns and up),
/// and under the lines the current one in full, wrapped (`detail` rows).
struct ImportReviewGeometry {
  let rows: Int
  let cols: Int
  /// Rows of the current line in full: two, more for a long line, up to half the screen (three rows always left to the list).
  let detail: Int
  /// Columns of the tag before each line.
  let tagWidth = 7
  var sideWidth: Int { cols >= 60 ? min(44, cols / 3) : 0 }
  var listWidth: Int { cols - sideWidth - (sideWidth > 0 ? 1 : 0) }
  var listTop: Int { 1 }
  var listRows: Int { max(1, rows - 2 - detail) }

  init(rows: Int, cols: Int, detailLines: Int) {
    self.rows = rows
    self.cols = cols
    // On a short screen (under 20 rows) two rows, so that the hand-out keeps most of them; what does not fit ends in `…`.
    let most = max(0, min(rows - 5, rows < 20 ? 2 : max(2, (rows - 2) / 2)))
    detail = min(most, max(min(most, 2), detailLines))
  }
}

extension ImportReview {
  /// The hint bar, from the keymap; `?` is kept apart, always shown.
  /// Most needed first: a narrow screen keeps the first ones.
  /// Without the side pane (`narrow`), Tab for the outline comes first.
  static func hints(narrow: Bool) -> [Hint] {
    let order: [ImportReviewAction] =
      (narrow ? [.outline] : []) + [
        .tagHeading, .shallower, .block, .part, .write, .quit, .search, .leaveOutAlike, .undo, .down, .select, .split,
        .join,
      ] + (narrow ? [] : [.outline])
    return order.compactMap { a in Keymap.importReview.first { $0.action == a }.flatMap(Keymap.hint) }
  }
  static var helpHint: Hint? { Keymap.importReview.first { $0.action == .help }.flatMap(Keymap.hint) }

  public func render(into f: inout Frame) {
    guard rows >= ImportReview.minimumRows && cols >= ImportReview.minimumCols else {
      f.put(Say.terminalTooSmall, row: 0, col: 0, style: .notice)
      return
    }
    if helpShown {
      renderHelp(into: &f)
      return
    }
    if wholeShown {
      renderWhole(into: &f)
      return
    }
    if outlineShown {
      renderOutlineScreen(into: &f)
      return
    }
    let g = geometry
    f.fill(row: 0, style: .header)
    // The unsaved mark is never cut off: the title is, before it.
    let mark = dirty ? " *" : ""
    let head = " " + Say.importReviewTitle + " · " + ImportReview.visible(built.title)
    let end = f.put(head, row: 0, col: 0, style: .header, limit: cols - TerminalWidth.columns(mark))
    if !mark.isEmpty { f.put(mark, row: 0, col: end, style: .header) }
    renderLines(into: &f, g)
    if g.sideWidth > 0 { renderSide(into: &f, g) }
    renderDetail(into: &f, g)
    f.fill(row: rows - 1, style: .status)
    if let message {
      f.put(" " + message, row: rows - 1, col: 0, style: .status)
    } else {
      f.putHints(
        ImportReview.hints(narrow: g.sideWidth == 0), row: rows - 1, col: 1, limit: cols, keeping: ImportReview.helpHint
      )
    }
  }

  func renderLines(into f: inout Frame, _ g: ImportReviewGeometry) {
    for r in 0..<g.listRows {
      let i = top + r
      guard i < handout.lines.count else { break }
      let line = handout.lines[i]
      let row = g.listTop + r
      let current = i == cursor || selection?.contains(i) == true
      if current { f.fill(row: row, from: 0, to: g.listWidth, style: .selected) }
      if i == cursor && selection != nil { f.put("▶", row: row, col: g.tagWidth - 1, style: .selected) }
      let head = line.tag == .heading || line.tag == .title || line.row?.isHeader == true
      let tagStyle: Style = current ? .selected : head ? .heading : .dim
      f.put(
        Say.importTag(line, subtitle: handout.isSubtitle(i)), row: row, col: 0, style: tagStyle, limit: g.tagWidth - 1)
      let indent = line.tag == .heading ? String(repeating: " ", count: 2 * max(0, line.level - 1)) : ""
      let style: Style =
        current
        ? .selected : line.tag == .furniture ? .dim : head ? .heading : .normal
      let text = indent + ImportReview.visible(shown(i))
      // The last search's words on the current line, marked as the reader marks its current hit.
      let found = i == cursor ? searchMarks(text) : []
      f.put(
        text, row: row, col: g.tagWidth, style: style, limit: g.listWidth,
        styleAt: found.isEmpty ? nil : { found.contains($0) ? .currentHit : style })
    }
  }

  /// Rows of the outline pane for its sections (under its title): what the checklist, kept whole at the
  /// bottom, leaves of the side (at least one).
  func outlineRoom(_ g: ImportReviewGeometry) -> Int {
    let width = max(Layout.minimumWidth, cols - g.listWidth - 1)
    let checkRows = Say.importChecks(built, backMatter: backMatterSections, outline: builtOutline).reduce(0) { n, c in
      n + Layout.lines(c.text, width: width, style: ParagraphStyle(firstLead: "· ")).count
    }
    return max(1, rows - 2 - g.detail - checkRows - 2)
  }

  /// The outline's sections shown: from `outlineTop`, as many as there is room for.
  func outlineWindow(_ g: ImportReviewGeometry) -> Range<Int> {
    let room = outlineRoom(g)
    let top = max(0, min(outlineTop, built.sections.count - room))
    return top..<min(built.sections.count, top + room)
  }

  /// The outline beside the lines (the section the cursor is in highlighted, scrolled to keep it in view;
  /// its title says which sections show when not all fit), and the checklist under it.
  func renderSide(into f: inout Frame, _ g: ImportReviewGeometry) {
    let x = g.listWidth + 1
    for r in 1..<(rows - 1 - g.detail) { f.put("│", row: r, col: g.listWidth, style: .dim) }
    let width = cols - x
    let outline = ImportReview.outlineRows(built, width: width)
    let window = outlineWindow(g)
    let title =
      window.count < outline.count
      ? Say.importOutline + " " + Say.importOutlinePart(window.lowerBound + 1, window.upperBound, of: outline.count)
      : Say.importOutline
    f.put(title, row: 1, col: x, style: .heading, limit: cols)
    let current = cursorSection
    for (r, k) in window.enumerated() {
      f.put(outline[k], row: 2 + r, col: x, style: k == current ? .selected : .normal, limit: cols)
    }
    let checks = Say.importChecks(built, backMatter: backMatterSections, outline: builtOutline)
    var row = 2 + window.count
    let end = rows - 1 - g.detail
    if row < end {
      f.put(Say.importChecklist, row: row, col: x, style: .heading, limit: cols)
      row += 1
    }
    // Each check wrapped under its mark, so that the parts a count comes from show whole.
    for c in checks {
      let style = ParagraphStyle(firstLead: c.ok ? "· " : "✗ ", restLead: "  ")
      for l in Layout.lines(c.text, width: max(Layout.minimumWidth, cols - x), style: style) where row < end {
        f.put(l.display, row: row, col: x, style: c.ok ? .normal : .notice, limit: cols)
        row += 1
      }
    }
  }

  /// The outline pane's rows for a case (the one the tags make, which `w` writes): each section indented by
  /// its level, its count kept at the right and a long name cut before it.
  static func outlineRows(_ c: Case, width: Int) -> [String] {
    let content = Set(c.contentSections.map(\.id))
    return c.sections.map { s in
      let name = String(repeating: " ", count: max(0, s.level - 1)) + visible(s.number + s.title)
      let n = items(in: s)
      let count =
        s.role != .content ? Say.importItems(s.role, n) : content.contains(s.id) ? Say.importItems(.content, n) : ""
      guard !count.isEmpty else { return name }
      let room = max(1, width - TerminalWidth.columns(count) - 1)
      let shown = TerminalWidth.columns(name) > room ? Layout.clip(name, width: room) : name
      let pad = String(
        repeating: " ", count: max(1, width - TerminalWidth.columns(shown) - TerminalWidth.columns(count)))
      return shown + pad + count
    }
  }

  /// The lines of the current line in full, wrapped at the screen's width after what and where it is.
  func detailLines(width: Int) -> [String] {
    guard handout.lines.indices.contains(cursor) else { return [] }
    let line = handout.lines[cursor]
    let label = Say.importDetail(
      line, index: sourceLines.map { _ in fileLine(cursor) - 1 } ?? cursor, of: sourceLines ?? handout.lines.count,
      subtitle: handout.isSubtitle(cursor))
    let width = max(Layout.minimumWidth, width)
    let text = ImportReview.visible(shown(cursor))
    // A label that leaves the line less than a third of the width (`开启思考题` at 40 columns) is a row of its own.
    guard TerminalWidth.columns(label) > width * 2 / 3 else {
      return Layout.lines(text, width: width, style: ParagraphStyle(firstLead: label)).map(\.display)
    }
    return (Layout.lines(label, width: width) + Layout.lines(text, width: width)).map(\.display)
  }

  var geometry: ImportReviewGeometry {
    ImportReviewGeometry(rows: rows, cols: cols, detailLines: detailLines(width: cols - 2).count)
  }

  /// The current line in full under the lines, across the screen; what does not fit ends in `…`.
  func renderDetail(into f: inout Frame, _ g: ImportReviewGeometry) {
    guard g.detail > 0 else { return }
    let top = rows - 1 - g.detail
    var lines = detailLines(width: cols - 2)
    if lines.count > g.detail {
      lines = Array(lines.prefix(g.detail))
      lines[g.detail - 1] =
        Layout.clip(lines[g.detail - 1] + "…", width: cols - 2 - TerminalWidth.columns(Say.importMore)) + Say.importMore
    }
    for r in 0..<g.detail {
      f.fill(row: top + r, style: .passage)
      if r < lines.count { f.put(lines[r], row: top + r, col: 1, style: .passage, limit: cols - 1) }
    }
  }

  /// The current line in full over the screen (`Enter`), wrapped at its width.
  var wholeLines: [String] { detailLines(width: cols - 2) }

  /// The current line in full over the screen (`Enter`), for a line longer than the rows under the list;
  /// it scrolls (j/k/Space/B), and the status row says which of its rows show.
  func renderWhole(into f: inout Frame) {
    renderPage(into: &f, title: ImportReview.visible(built.title), wholeLines.map { ($0, .normal) }, top: wholeTop)
  }

  /// A page over the whole screen (the line in full, the outline, the help) from row `top`, scrolled; the
  /// status row says which of its rows show, or that any key goes back when it all fits.
  func renderPage(into f: inout Frame, title: String, _ lines: [(text: String, style: Style)], top: Int) {
    f.fill(row: 0, style: .header)
    f.put(" " + Say.importReviewTitle + " · " + title, row: 0, col: 0, style: .header, limit: cols)
    let page = max(1, rows - 2)
    let start = max(0, min(top, lines.count - page))
    for (k, l) in lines.dropFirst(start).prefix(page).enumerated() {
      if l.style == .selected { f.fill(row: 1 + k, style: .selected) }
      f.put(l.text, row: 1 + k, col: 1, style: l.style, limit: cols)
    }
    f.fill(row: rows - 1, style: .status)
    let end = min(lines.count, start + page)
    let status =
      lines.count > page ? Say.importWholeScroll(first: start + 1, last: end, of: lines.count) : Say.importWholeBack
    f.put(" " + status, row: rows - 1, col: 0, style: .status, limit: cols)
  }

  /// Text as this screen draws it: a tab as spaces to the next stop of four, other control characters
  /// as `^X` (a terminal would act on them, or draw them as `�`).
  static func visible(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return text }
    var out = ""
    var column = 0
    for ch in text {
      if ch == "\t" {
        let n = 4 - column % 4
        out += String(repeating: " ", count: n)
        column += n
      } else if let v = ch.unicodeScalars.first?.value, ch.unicodeScalars.count == 1, v < 0x20 || v == 0x7F {
        out += v == 0x7F ? "^?" : "^" + String(UnicodeScalar(v + 0x40)!)
        column += 2
      } else {
        out.append(ch)
        column += TerminalWidth.columns(String(ch))
      }
    }
    return out
  }

  /// The outline and the checklist as one list over the whole screen (`Tab`), at the screen's width:
  /// a row per section (the cursor's marked `▸`), then the checklist, each check wrapped under its mark.
  var outlineScreenLines: [(text: String, style: Style)] {
    let width = max(Layout.minimumWidth, cols - 2)
    let current = cursorSection
    var out: [(String, Style)] = ImportReview.outlineRows(built, width: width - 2).enumerated().map { k, row in
      k == current ? ("▸ " + row, .selected) : ("  " + row, .normal)
    }
    out.insert((Say.importOutline, .heading), at: 0)
    out.append(("", .normal))
    out.append((Say.importChecklist, .heading))
    for c in Say.importChecks(built, backMatter: backMatterSections, outline: builtOutline) {
      let style = ParagraphStyle(firstLead: c.ok ? "· " : "✗ ", restLead: "  ")
      for l in Layout.lines(c.text, width: width, style: style) { out.append((l.display, c.ok ? .normal : .notice)) }
    }
    return out
  }

  /// The outline and checklist over the whole screen, scrolled.
  func renderOutlineScreen(into f: inout Frame) {
    renderPage(into: &f, title: ImportReview.visible(built.title), outlineScreenLines, top: outlineScreenTop)
  }

  /// The help's lines, every key of the keymap, wrapped at the screen's width.
  var helpLines: [String] { Keymap.helpLines(width: cols - 2, Keymap.importReview) }

  /// Every key (`?`), titled Help; it scrolls (j/k/Space/B) when longer than the screen, and the status row
  /// says which of its rows show.
  func renderHelp(into f: inout Frame) {
    renderPage(into: &f, title: Say.help, helpLines.map { ($0, .normal) }, top: helpTop)
  }

}
