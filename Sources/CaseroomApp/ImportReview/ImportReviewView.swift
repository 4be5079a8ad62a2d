import CaseroomEngine

/// Where the import review's parts go: the tagged lines on the left, the
/// outline and checklist on the right when there is room (60 columns and up).
struct ImportReviewGeometry {
  let rows: Int
  let cols: Int
  /// Columns of the tag before each line.
  let tagWidth = 7
  var sideWidth: Int { cols >= 60 ? min(44, cols / 3) : 0 }
  var listWidth: Int { cols - sideWidth - (sideWidth > 0 ? 1 : 0) }
  var listTop: Int { 1 }
  var listRows: Int { max(1, rows - 2) }
}

extension ImportReview {
  /// The hint bar, from the keymap; `?` is kept apart, always shown.
  /// Writing and quitting first: at 80 columns the bar cannot hold every hint, and these are the ones a
  /// teacher cannot guess.
  static var hints: [Hint] {
    let first: [ImportReviewAction] = [.write, .quit]
    let bindings =
      Keymap.importReview.filter { first.contains($0.action) }
      + Keymap.importReview.filter { $0.action != .help && !first.contains($0.action) }
    return Keymap.hints(bindings)
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
    let g = ImportReviewGeometry(rows: rows, cols: cols)
    f.fill(row: 0, style: .header)
    let mark = dirty ? " *" : ""
    f.put(" " + Say.importReviewTitle + " · " + built.title + mark, row: 0, col: 0, style: .header)
    renderLines(into: &f, g)
    if g.sideWidth > 0 { renderSide(into: &f, g) }
    f.fill(row: rows - 1, style: .status)
    if let message {
      f.put(" " + message, row: rows - 1, col: 0, style: .status)
    } else {
      f.putHints(ImportReview.hints, row: rows - 1, col: 1, limit: cols, keeping: ImportReview.helpHint)
    }
  }

  func renderLines(into f: inout Frame, _ g: ImportReviewGeometry) {
    for r in 0..<g.listRows {
      let i = top + r
      guard i < handout.lines.count else { break }
      let line = handout.lines[i]
      let row = g.listTop + r
      let current = i == cursor
      if current { f.fill(row: row, from: 0, to: g.listWidth, style: .selected) }
      let tagStyle: Style = current ? .selected : line.tag == .heading || line.tag == .title ? .heading : .dim
      f.put(Say.importTag(line), row: row, col: 0, style: tagStyle, limit: g.tagWidth - 1)
      let indent = line.tag == .heading ? String(repeating: " ", count: 2 * max(0, line.level - 1)) : ""
      let style: Style =
        current
        ? .selected : line.tag == .furniture ? .dim : line.tag == .heading || line.tag == .title ? .heading : .normal
      f.put(indent + line.shown, row: row, col: g.tagWidth, style: style, limit: g.listWidth)
    }
  }

  func renderSide(into f: inout Frame, _ g: ImportReviewGeometry) {
    let x = g.listWidth + 1
    for r in 1..<(rows - 1) { f.put("│", row: r, col: g.listWidth, style: .dim) }
    var lines: [(String, Style)] = [(Say.importOutline, .heading)]
    let content = built.contentSections.map(\.id)
    for s in built.sections {
      var text = String(repeating: " ", count: max(0, s.level - 1)) + s.heading
      let items = s.paragraphs.filter(\.isItem).count
      switch s.role {
      case .objectives: text += " ·" + say("目标", "obj") + "\(max(items, s.paragraphs.count))"
      case .questions: text += " ·" + say("问题", "q") + "\(max(items, s.paragraphs.count))"
      case .arrangement: text += " ·" + say("步骤", "steps") + "\(max(items, s.paragraphs.count))"
      case .content: if content.contains(s.id) { text += " ·\(s.paragraphs.count)¶" }
      }
      lines.append((text, .normal))
    }
    let checks = Say.importChecks(built)
    let room = rows - 2
    // The checklist keeps its place at the bottom; the outline gets the rest.
    let outlineRoom = max(1, room - checks.count - 1)
    for (k, l) in lines.prefix(outlineRoom).enumerated() {
      f.put(l.0, row: 1 + k, col: x, style: l.1, limit: cols)
    }
    var row = 1 + min(lines.count, outlineRoom)
    if row < rows - 1 {
      f.put(Say.importChecklist, row: row, col: x, style: .heading, limit: cols)
      row += 1
    }
    for c in checks where row < rows - 1 {
      f.put((c.ok ? "✓ " : "✗ ") + c.text, row: row, col: x, style: c.ok ? .normal : .notice, limit: cols)
      row += 1
    }
  }

  func renderHelp(into f: inout Frame) {
    f.fill(row: 0, style: .header)
    f.put(" " + Say.importReviewTitle + " · ?", row: 0, col: 0, style: .header)
    let lines = Keymap.helpLines(width: cols - 2, Keymap.importReview)
    let start = min(helpTop, max(0, lines.count - (rows - 2)))
    for (k, l) in lines.dropFirst(start).prefix(rows - 2).enumerated() {
      f.put(l, row: 1 + k, col: 1, style: .normal)
    }
    f.fill(row: rows - 1, style: .status)
    f.put(" " + say("任意键返回", "any key to go back"), row: rows - 1, col: 0, style: .status)
  }
}
