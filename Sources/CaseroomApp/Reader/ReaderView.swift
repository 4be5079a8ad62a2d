import CaseroomEngine

// MARK: - View

extension ReaderState {
  /// The screen in a new frame of the reader's size.
  public func render(reservingStatus reserved: Int = 0) -> Frame {
    var f = Frame(rows: rows, cols: cols)
    draw(into: &f, reservingStatus: reserved)
    return f
  }

  /// Draws the whole screen. `reservingStatus` columns at the right of the
  /// status bar (before the percentage) are left for the host to draw into:
  /// the workspace's save badge.
  public func draw(into f: inout Frame, reservingStatus reserved: Int = 0) {
    let g = geometry
    if g.tooSmall {
      drawTooSmall(&f)
      return
    }
    drawHeader(&f)
    if case .help(let scroll) = mode {
      drawHelp(&f, scroll: scroll)
    } else if showsQuestions && g.paneWidth == 0 {
      drawQuestions(&f, x: 1, width: cols - 2, title: true)
    } else if isOverlayOpen {
      drawContentsOverlay(&f)
    } else {
      if showsQuestions {
        drawQuestions(&f, x: 1, width: g.paneWidth - 2, title: false)
        for r in 0..<g.viewRows { f.put("│", row: r + 1, col: g.paneWidth, style: .dim) }
      } else if g.paneWidth > 0 {
        drawPane(&f, g)
      }
      drawText(&f, g)
    }
    drawStatus(&f, reserving: reserved)
  }

  func drawTooSmall(_ f: inout Frame) {
    let lines = [
      Say.terminalTooSmall, "\(cols)×\(rows) < \(Self.minimumCols)×\(Self.minimumRows)", Say.quitKey,
    ]
    let first = max(0, (rows - lines.count) / 2)
    for (i, text) in lines.enumerated() where first + i < rows {
      let w = TerminalWidth.columns(text)
      f.put(text, row: first + i, col: max(0, (cols - w) / 2), style: .notice)
    }
  }

  /// `已读 8/17`: content sections read, of all.
  var progressLabel: String { Say.readCount(readCount, contentCount) }

  func drawHeader(_ f: inout Frame) {
    f.fill(row: 0, style: .header)
    // The group reading and its progress at the right (the program's name when reading alone).
    // Narrower than 60 columns, a group's reader keeps who reads (its group and member) over the progress.
    let narrow = cols < 60
    let group = groupName.map { Layout.clip($0, width: narrow ? max(6, cols / 2 - 2) : 16) } ?? ""
    let right =
      narrow
      ? " " + group + " "
      : " " + (group.isEmpty ? "" : group + " · ")
        + (contentCount > 0 ? progressLabel : Say.programName) + " "
    let rightWidth = TerminalWidth.columns(right)
    let showRight = !narrow || (!group.isEmpty && cols >= 30)
    let limit = showRight ? cols - rightWidth : cols
    var c = f.put(" " + document.title, row: 0, col: 0, style: .header, limit: limit)
    c = f.put("  │  ", row: 0, col: c, style: .header, limit: limit)
    f.put(sectionLabel, row: 0, col: c, style: .header, limit: limit)
    if showRight { f.put(right, row: 0, col: cols - rightWidth, style: .header) }
  }

  func drawText(_ f: inout Frame, _ g: Geometry) {
    let lines = layout.lines
    let highlights = visibleHits()
    let citedHere = cited[section] ?? []
    let notedHere = noted[section] ?? []
    for r in 0..<g.viewRows {
      let i = top + r
      guard i < lines.count else { break }
      let line = lines[i]
      let base: Style = line.kind == .heading ? .heading : .normal
      // Marks from the least to the most important: the last one on a character wins.
      var marks: [(Range<Int>, Style)] = []
      if let para = line.paragraph {
        for m in citedHere where m.paragraph == para && line.range.overlaps(m.range) { marks.append((m.range, .cited)) }
        for m in notedHere where m.paragraph == para && line.range.overlaps(m.range) { marks.append((m.range, .noted)) }
        if let p = passage, p.section == section, p.paragraph == para, line.range.overlaps(p.range) {
          marks.append((p.range, .passage))
        }
        if let p = flashed, p.section == section, p.paragraph == para, line.range.overlaps(p.range) {
          marks.append((p.range, .currentHit))
        }
        drawMargin(&f, row: r + 1, line: line, paragraph: para, cited: citedHere, noted: notedHere, g)
      }
      for (range, current) in highlights[i] ?? [] { marks.append((range, current ? .currentHit : .hit)) }
      if marks.isEmpty {
        f.put(line.display, row: r + 1, col: g.textX, style: base, limit: g.textX + g.textWidth)
      } else {
        let styles = characterStyles(line, base: base, marks: marks)
        f.put(
          line.display, row: r + 1, col: g.textX, style: base, limit: g.textX + g.textWidth,
          styleAt: { $0 < styles.count ? styles[$0] : base })
      }
    }
  }

  /// ✎ beside the line where a note's passage starts — in the left margin, or
  /// at the right of the text when there is no left margin; ▏ left of a cited line.
  func drawMargin(
    _ f: inout Frame, row: Int, line: LaidLine, paragraph: Int, cited: [MarkedRange], noted: [MarkedRange],
    _ g: Geometry
  ) {
    let startsNote = noted.contains { m in
      m.paragraph == paragraph && line.range.contains(m.range.lowerBound)
        || (m.paragraph == paragraph && m.range.lowerBound == line.range.upperBound && line.range.isEmpty)
    }
    if startsNote {
      if g.textX >= 2 {
        f.put("✎", row: row, col: g.textX - 2, style: .margin)
      } else if g.textX + g.textWidth < cols {
        f.put("✎", row: row, col: g.textX + g.textWidth, style: .margin)
      }
    }
    if g.textX >= 1, cited.contains(where: { $0.paragraph == paragraph && line.range.overlaps($0.range) }) {
      f.put("▏", row: row, col: g.textX - 1, style: .margin)
    }
  }

  /// For each visible line, the UTF-8 ranges of hits on it and whether each is the current one.
  func visibleHits() -> [Int: [(Range<Int>, Bool)]] {
    guard query != nil, !hits.isEmpty else { return [:] }
    let lines = layout.lines
    var out: [Int: [(Range<Int>, Bool)]] = [:]
    let last = min(lines.count, top + geometry.viewRows)
    guard top < last else { return [:] }
    // Hits are in reading order: find this section's with two binary searches.
    func firstIndex(atLeast s: Int) -> Int {
      var lo = 0
      var hi = hits.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if hits[mid].section < s { lo = mid + 1 } else { hi = mid }
      }
      return lo
    }
    for n in firstIndex(atLeast: section)..<firstIndex(atLeast: section + 1) {
      let h = hits[n]
      for i in top..<last {
        let line = lines[i]
        let matches =
          (h.paragraph < 0 && line.kind == .heading) || (h.paragraph >= 0 && line.paragraph == h.paragraph)
        if matches && line.range.overlaps(h.range) { out[i, default: []].append((h.range, n == hitIndex)) }
      }
    }
    return out
  }

  /// The style of each character of a line's display text: the last mark on it wins.
  func characterStyles(_ line: LaidLine, base: Style, marks: [(Range<Int>, Style)]) -> [Style] {
    var styles = Array(repeating: base, count: line.lead.count)
    var offset = line.range.lowerBound
    for c in line.text {
      var s = base
      for (r, style) in marks where r.contains(offset) { s = style }
      styles.append(s)
      offset += c.utf8.count
    }
    return styles
  }

  func tocEntry(_ row: (section: Section, reading: Int?)) -> (String, String) {
    let s = row.section
    let indent = String(repeating: " ", count: max(0, s.level - 1))
    let tick: String
    if let r = row.reading {
      // ✓ as `已读 n/17` counts: a content section read (an older session may list others).
      tick = r == section ? "▶" : contentNumbers[r] != nil && read.contains(s.id) ? "✓" : " "
    } else {
      tick = " "
    }
    return (tick, indent + s.heading)
  }

  func drawPane(_ f: inout Frame, _ g: Geometry) {
    let rowsList = tocRows
    let first = tocFirstRow
    var selected: Int?
    if case .contents(let s) = mode { selected = s }
    for r in 0..<g.viewRows {
      let i = first + r
      f.put("│", row: r + 1, col: g.paneWidth, style: .dim)
      guard i < rowsList.count else { continue }
      let (tick, text) = tocEntry(rowsList[i])
      let style: Style =
        i == selected
        ? .selected : rowsList[i].reading == section ? .tocCurrent : rowsList[i].reading == nil ? .dim : .normal
      if i == selected { f.fill(row: r + 1, from: 0, to: g.paneWidth, style: .selected) }
      f.put(tick, row: r + 1, col: 0, style: i == selected ? .selected : .dim, limit: g.paneWidth)
      f.put(text, row: r + 1, col: 2, style: style, limit: g.paneWidth)
    }
  }

  func drawContentsOverlay(_ f: inout Frame) {
    let g = geometry
    let title = Say.contents + " · " + progressLabel
    f.put(title, row: 1, col: 1, style: .heading)
    let rowsList = tocRows
    let first = tocFirstRow
    var selected = 0
    if case .contents(let s) = mode { selected = s }
    for r in 0..<(g.viewRows - 1) {
      let i = first + r
      guard i < rowsList.count else { break }
      let (tick, text) = tocEntry(rowsList[i])
      let style: Style =
        i == selected
        ? .selected : rowsList[i].reading == section ? .tocCurrent : rowsList[i].reading == nil ? .dim : .normal
      if i == selected { f.fill(row: r + 2, style: .selected) }
      f.put(tick, row: r + 2, col: 1, style: i == selected ? .selected : .dim)
      f.put(text, row: r + 2, col: 3, style: style)
    }
  }

  func drawHelp(_ f: inout Frame, scroll: Int) {
    let g = geometry
    f.put(Say.help, row: 1, col: 1, style: .heading)
    let lines = helpLines
    for r in 0..<(g.viewRows - 1) {
      let i = scroll + r
      guard i < lines.count else { break }
      let text = lines[i]
      let isGroup = !text.hasPrefix(" ") && !text.isEmpty
      f.put(text, row: r + 2, col: 1, style: isGroup ? .heading : .normal, limit: cols - 1)
    }
  }

  /// The help screen's lines at the current width.
  var helpLines: [String] {
    Keymap.helpLines(width: max(10, cols - 2)) + (helpFooter.isEmpty ? [] : [""] + helpFooter)
  }

  /// The keys that matter in the current mode, for the hint bar.
  var modeHints: [Hint] {
    switch mode {
    case .contents: return [("j/k", Say.hintChoose), ("Enter", Say.hintJump), ("Esc", Say.hintBack)]
    case .help: return [("j/k", Say.hintScroll), ("Esc", Say.hintBack)]
    case .questions: return [("j/k", Say.hintChoose), ("Enter", Say.hintEditAnswer), ("Esc", Say.hintBack)]
    default: return Keymap.hints(session: hasSession)
    }
  }

  func drawStatus(_ f: inout Frame, reserving reserved: Int = 0) {
    let row = rows - 1
    f.fill(row: row, style: .status)
    if case .searchPrompt = mode, let field = searchField {
      f.put("/", row: row, col: 0, style: .prompt)
      field.draw(into: &f, row: row, col: 1, rows: 1, width: max(1, cols - 2), style: .prompt)
      return
    }
    let right = " \(percent)% "
    let rightWidth = TerminalWidth.columns(right)
    let limit = cols - rightWidth
    f.put(right, row: row, col: limit, style: .status)
    if let message {
      // Cut with … short of what the screen around the reader keeps on the right (the save badge).
      f.put(message, row: row, col: Frame.statusColumn, style: .status, limit: limit - reserved)
      return
    }
    f.putHints(modeHints, row: row, col: Frame.statusColumn, limit: limit - reserved, keeping: Keymap.helpHint)
  }
}
