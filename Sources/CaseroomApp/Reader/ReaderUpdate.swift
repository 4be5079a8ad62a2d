import CaseroomEngine
import FoundationEssentials

// MARK: - Keys

extension ReaderState {
  /// The terminal changed size: lay out again and stay on the same passage.
  public mutating func resize(rows: Int, cols: Int) {
    let here = pinned ?? anchor
    pinned = here
    self.rows = rows
    self.cols = cols
    if geometry.tooSmall { return }
    go(to: here)
    layOut()
    noteReading()
  }

  /// Applies one key.
  public mutating func handle(_ key: Key) {
    if key == .resize { return }
    if geometry.tooSmall {
      if key == .char("q") || key == .ctrl("c") { wantsQuit = true }
      return
    }
    message = nil
    pinned = nil
    flashed = nil
    switch mode {
    case .reading: reading(key)
    case .contents(let selected): contents(key, selected)
    case .help(let scroll): help(key, scroll)
    case .searchPrompt(let text): prompt(key, text)
    case .questions(let selected): questions(key, selected)
    case .awaitingMark:
      mode = .reading
      if case .char(let c) = key, c.isLetter, c.isASCII {
        marks[c] = anchor
        message = Say.markSet(c)
      } else if key != .escape {
        message = Say.markIsALetter
      }
    case .awaitingJump:
      mode = .reading
      if key == .char("'") {
        if let p = previous { jump(to: p) } else { message = Say.noPreviousPosition }
      } else if case .char(let c) = key, let a = marks[c] {
        jump(to: a)
      } else if case .char(let c) = key {
        message = Say.markNotSet(c)
      }
    }
    layOut()
    noteReading()
  }

  mutating func reading(_ key: Key) {
    switch key {
    case .click(let row, let col): click(row: row, col: col)
    case .ctrl("z"): message = Say.undoIsForTheEditor
    case .paste:
      message =
        hasSession
        ? Say.pasteIntoAnAnswer
        : Say.nothingToPasteInto
    default:
      guard let action = Keymap.action(for: key) else {
        if case .char(let c) = key, c != " " {
          message = Say.notACommand(c)
        }
        return
      }
      perform(action)
    }
  }

  mutating func perform(_ action: Action) {
    switch action {
    case .lineDown: scroll(1)
    case .lineUp: scroll(-1)
    case .halfDown: scroll(max(1, geometry.viewRows / 2))
    case .halfUp: scroll(-max(1, geometry.viewRows / 2))
    case .pageDown: pageDown()
    case .pageUp: pageUp()
    case .top: jump(to: Anchor(section: section))
    case .bottom:
      let here = anchor
      top = maxTop
      if anchor != here { previous = here }
    case .nextSection:
      if section + 1 < sections.count {
        jump(to: Anchor(section: section + 1))
      } else {
        message = Say.lastSection
      }
    case .previousSection:
      if section > 0 { jump(to: Anchor(section: section - 1)) } else { message = Say.firstSection }
    case .contents: mode = .contents(selected: tocRow(ofSection: section) ?? 0)
    case .togglePane: togglePane()
    case .search: openSearch()
    case .nextHit: step(1)
    case .previousHit: step(-1)
    case .setMark:
      mode = .awaitingMark
      message = Say.pressMarkLetter
    case .jumpToMark:
      mode = .awaitingJump
      message = Say.pressJumpLetter
    case .wheelDown: scroll(3)
    case .wheelUp: scroll(-3)
    case .clearPassage: clearPassage()
    case .position: message = positionDescription
    case .redraw: wantsFullRedraw = true
    case .help: mode = .help(scroll: 0)
    case .quit: wantsQuit = true
    case .extendForward: extendPassage(1)
    case .extendBackward: extendPassage(-1)
    case .nextPassage: movePassage(1)
    case .previousPassage: movePassage(-1)
    case .questions: showQuestions(selected: 0)
    case .answers, .cite, .annotate, .annotations, .sync: askWorkspace(action)
    }
  }

  /// Space: a page on, past the section's end into the next section.
  mutating func pageDown() {
    guard top >= maxTop else {
      top = min(top + max(1, geometry.viewRows - 1), maxTop)
      return
    }
    if section + 1 < sections.count {
      section += 1
      top = 0
    } else {
      message = Say.endOfCase
    }
  }

  /// b: a page back, past the section's start onto the previous section's end.
  mutating func pageUp() {
    guard top == 0 else {
      top = max(0, top - max(1, geometry.viewRows - 1))
      return
    }
    if section > 0 {
      section -= 1
      top = maxTop
    } else {
      message = Say.startOfCase
    }
  }

  /// The pane beside the text, shown or hidden; the reader stays where it is.
  mutating func togglePane() {
    let here = anchor
    showPane.toggle()
    go(to: here)
    if cols < Self.paneMinimumCols {
      message = Say.paneNeedsColumns(Self.paneMinimumCols)
    }
  }

  /// What the workspace around the reader does (the answers, the notes, a
  /// citation or a note on the passage, a sync): asked for, once a group is chosen.
  mutating func askWorkspace(_ action: Action) {
    guard hasSession else {
      message = Say.chooseAGroupFirst
      return
    }
    switch action {
    case .answers: request = .answers
    case .annotations: request = .annotations
    case .sync: request = .sync
    case .cite, .annotate:
      guard let p = currentPassage else { return }
      passage = p
      showPassage()
      request = action == .cite ? .cite(p) : .annotate(p)
    default: break
    }
  }

  mutating func scroll(_ lines: Int) {
    top = min(max(0, top + lines), maxTop)
  }

  /// `=`: where the reader is.
  public var positionDescription: String {
    let l = layout
    let a = anchor
    let para = a.paragraph >= 0 ? Say.paragraphOf(a.paragraph + 1, sections[section].paragraphs.count) : ""
    let last = min(l.lines.count, top + geometry.viewRows)
    return "\(sectionLabel) · \(para)" + Say.lines(top + 1, last, l.lines.count) + " · \(percent)%"
  }

  // MARK: Table of contents

  func tocRow(ofSection s: Int) -> Int? {
    s >= 0 && s < tocRowOfSection.count ? tocRowOfSection[s] : nil
  }

  mutating func contents(_ key: Key, _ selected: Int) {
    let rows = tocRows
    func move(_ delta: Int) {
      var i = selected
      repeat { i += delta } while i >= 0 && i < rows.count && rows[i].reading == nil
      if i >= 0 && i < rows.count { mode = .contents(selected: i) }
    }
    if case .click(let row, let col) = key {
      click(row: row, col: col)
      return
    }
    switch Keymap.action(for: key, in: Keymap.contentsPanel) {
    case .down?: move(1)
    case .up?: move(-1)
    case .first?: mode = .contents(selected: rows.firstIndex { $0.reading != nil } ?? 0)
    case .last?: mode = .contents(selected: rows.lastIndex { $0.reading != nil } ?? 0)
    case .open?:
      mode = .reading
      if let r = rows[selected].reading { jump(to: Anchor(section: r)) }
    case .back?: mode = .reading
    case .help?: mode = .help(scroll: 0)
    default: break
    }
  }

  /// The table-of-contents row shown at a screen row, in the pane or the overlay.
  func tocRow(atScreenRow row: Int) -> Int? {
    let first = tocFirstRow
    let index = first + row - 1
    return index >= 0 && index < tocRows.count && row >= 1 && row <= geometry.viewRows ? index : nil
  }

  /// The first table-of-contents row on screen (scrolled to keep the selection visible).
  var tocFirstRow: Int {
    let visible = max(1, geometry.viewRows - (isOverlayOpen ? 1 : 0))
    let focus: Int
    if case .contents(let selected) = mode { focus = selected } else { focus = tocRow(ofSection: section) ?? 0 }
    return max(0, min(focus - visible / 2, tocRows.count - visible))
  }

  var isOverlayOpen: Bool {
    if case .contents = mode, geometry.paneWidth == 0 { return true }
    return false
  }

  mutating func click(row: Int, col: Int) {
    let g = geometry
    let inPane = g.paneWidth > 0 && col < g.paneWidth
    if inPane || isOverlayOpen {
      let offset = isOverlayOpen ? 1 : 0
      if let i = tocRow(atScreenRow: row - offset), let r = tocRows[i].reading {
        mode = .reading
        jump(to: Anchor(section: r))
      }
    }
  }

  // MARK: Help

  mutating func help(_ key: Key, _ scroll: Int) {
    let total = helpLines.count
    let maxScroll = max(0, total - (geometry.viewRows - 1))
    switch Keymap.action(for: key, in: Keymap.helpScreen) {
    case .down?: mode = .help(scroll: min(scroll + 1, maxScroll))
    case .up?: mode = .help(scroll: max(scroll - 1, 0))
    case .pageDown?: mode = .help(scroll: min(scroll + geometry.viewRows - 1, maxScroll))
    case .pageUp?: mode = .help(scroll: max(scroll - geometry.viewRows + 1, 0))
    case .back?: mode = .reading
    default: break
    }
  }

  // MARK: Search

  /// `/`: the search prompt, a one-line field of the shared text editor.
  mutating func openSearch() {
    searchField = EditorBox(text: "", width: max(1, cols - 2), singleLine: true)
    mode = .searchPrompt("")
  }

  mutating func prompt(_ key: Key, _ text: String) {
    switch key {
    case .escape, .ctrl("g"):
      mode = .reading
      searchField = nil
    case .enter:
      mode = .reading
      searchField = nil
      let q = text.isEmpty ? (query ?? "") : text
      guard !q.isEmpty else { return }
      search(q)
    case .backspace where text.isEmpty:
      mode = .reading
      searchField = nil
    default:
      guard var field = searchField else { return }
      let outcome = field.handle(key, now: now)
      if let m = outcome.message { message = m }
      field.fit(rows: 1, width: max(1, cols - 2))
      searchField = field
      mode = .searchPrompt(field.editor.text)
    }
  }

  /// Finds every hit of a query and goes to the first one at or after the screen's top.
  public mutating func search(_ q: String) {
    query = q
    let index = sectionIndex
    hits = []
    for h in CaseSearch.search(document, q) {
      guard let s = index[h.section] else { continue }
      let text = h.paragraph < 0 ? sections[s].heading : sections[s].paragraphs[h.paragraph].text
      let r = Self.utf8Range(text, h.start..<h.end)
      hits.append(Hit(section: s, paragraph: h.paragraph, range: r))
    }
    guard !hits.isEmpty else {
      hitIndex = nil
      message = Say.notFound(q)
      return
    }
    let here = (section, top)
    let first = hits.firstIndex { h in
      h.section > here.0 || (h.section == here.0 && line(of: anchor(of: h)) >= here.1)
    }
    show(hit: first ?? 0)
    if first == nil { message = Say.wrappedToStart + (message ?? "") }
  }

  /// n / N: the next or previous hit, across sections, wrapping around.
  mutating func step(_ delta: Int) {
    guard let q = query else {
      message = Say.noSearchYet
      return
    }
    guard !hits.isEmpty else {
      message = Say.notFound(q)
      return
    }
    let current = hitIndex ?? (delta > 0 ? -1 : hits.count)
    var next = current + delta
    var wrapped = false
    if next >= hits.count {
      next = 0
      wrapped = true
    } else if next < 0 {
      next = hits.count - 1
      wrapped = true
    }
    show(hit: next)
    if wrapped {
      message = (delta > 0 ? Say.wrappedToStart : Say.wrappedToEnd) + (message ?? "")
    }
  }

  func anchor(of hit: Hit) -> Anchor {
    Anchor(section: hit.section, paragraph: hit.paragraph, offset: hit.range.lowerBound)
  }

  mutating func show(hit i: Int) {
    hitIndex = i
    jump(to: anchor(of: hits[i]), context: 2)
    message = "“\(query ?? "")” \(i + 1)/\(hits.count)"
  }

  /// Converts a scalar range in a text to a UTF-8 range.
  static func utf8Range(_ text: String, _ r: Range<Int>) -> Range<Int> {
    var utf8 = 0
    var start = 0
    var i = 0
    for s in text.unicodeScalars {
      if i == r.lowerBound { start = utf8 }
      if i == r.upperBound { return start..<utf8 }
      utf8 += s.utf8.count
      i += 1
    }
    if r.lowerBound >= i { start = utf8 }
    return start..<utf8
  }
}

// MARK: - Set-up

extension ReaderState {
  /// The same state, moved to an anchor (used when starting at a remembered or chosen place).
  /// Where `--section` opens a case: a section's number, id or heading, or `last`.
  public static func startAnchor(_ s: String, in document: Case) -> Anchor? {
    // Counted among the sections with text, as `ReaderState` numbers them (without making one).
    if s == "last" { return Anchor(section: document.sections.count(where: \.hasText) - 1) }
    guard let target = document.section(matching: s), target.hasText else { return nil }
    return Anchor(section: document.sections.prefix { $0.id != target.id }.count(where: \.hasText))
  }

  public func moved(to anchor: Anchor) -> ReaderState {
    var s = self
    s.pinned = nil
    s.go(to: anchor)
    s.noteReading()
    return s
  }

  /// Shows a message in the status bar until the next key.
  public mutating func show(message: String) { self.message = message }
}
