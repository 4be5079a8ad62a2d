import CaseroomEngine
import FoundationEssentials

extension ImportReview {
  /// Lines of text in the list (between the header and the current line in full).
  var listRows: Int { geometry.listRows }

  /// A section's items as the outline and the checklist count them (`Outline.items`); a content section's paragraphs.
  static func items(in s: Section) -> Int {
    s.role == .content
      ? s.paragraphs.count : Outline.items(Case(id: "", title: "", sections: [s]), s.role).count
  }

  /// Does what a key asks, `count` times or on every selected line when a count or a selection is given.
  mutating func apply(_ action: ImportReviewAction, count given: Int? = nil) -> Transition {
    message = nil
    if action != .quit { quitAsked = false }
    if given != nil && !action.takesCount {
      // A count means nothing to this key: said, and the key not done (`3w` is most likely a slip).
      message = Say.importCountRefused
      return .stay
    }
    let count = handout.lines.count
    let n = max(1, given ?? 1)
    switch action {
    case .down: cursor = min(count - 1, cursor + n)
    case .up: cursor = max(0, cursor - n)
    case .pageDown: cursor = min(count - 1, cursor + listRows * n)
    case .pageUp: cursor = max(0, cursor - listRows * n)
    case .first: cursor = given.map(lineIndex) ?? 0
    case .last: cursor = given.map(lineIndex) ?? max(0, count - 1)
    case .count: break  // digits are read before the keymap
    case .select:
      anchor = anchor == nil ? cursor : nil
      if anchor != nil { message = Say.importSelecting(1) }
    case .block:
      let b = block(at: cursor)
      (anchor, cursor) = (b.upperBound, b.lowerBound)
      blockHeading = handout.lines[cursor].tag == .heading ? cursor : nil
      message = Say.importSelecting(b.count)
    case .part:
      guard !targetHeadings(count: given).isEmpty else {
        message = Say.importNotHeading
        anchor = nil
        break
      }
      askingPart = true
      partCount = given
      message = Say.importAskPart(cols: cols)
      return .stay
    case .search:
      anchor = nil
      searchText = ""
      message = Say.importSearchPrompt("")
      return .stay
    case .searchBack:
      anchor = nil
      findBack()
    case .leaveOutAlike:
      var h = handout
      let tagged = h.leaveOutAlike(cursor)
      anchor = nil
      if tagged.isEmpty {
        message = Say.importNothingAlike
      } else {
        change(h)
        message = Say.importLeftOutAlike(tagged.count)
        cursor = min(handout.lines.count - 1, cursor + 1)
      }
    case .row:
      let lines = target(count: given)
      var h = handout
      let rows = lines.filter { h.lines[$0].row != nil }.count
      let made = lines.filter { h.toggleRow($0) }
      anchor = nil
      if made.isEmpty {
        message = Say.importNoCells
      } else {
        change(h)
        cursor = min(handout.lines.count - 1, lines.upperBound + 1)
        message = rows == made.count ? Say.importMadeText(made.count) : Say.importMadeRows(made.count - rows)
      }
    case .header:
      let lines = target(count: given)
      var h = handout
      let made = lines.filter { h.toggleHeader($0) }
      anchor = nil
      if made.isEmpty {
        message = Say.importNotRow
      } else {
        change(h)
        let headers = made.filter { h.lines[$0].row?.isHeader == true }.count
        message = Say.importHeaders(made: headers, unmade: made.count - headers)
      }
    case .tagTitle where selection == nil && given == nil:
      // One line: the title as the teacher means it (`TaggedHandout.tagTitle`); the status names both.
      let at = cursor
      var h = handout
      let before = handout.lines
      let done = h.tagTitle(at)
      change(h)
      cursor = min(handout.lines.count - 1, at + 1)
      switch done {
      case .title: break
      case .subtitle: message = Say.importBecameSubtitle(title: built.title)
      case .replaced(let old):
        message = Say.importTitleReplaced(
          title: ImportReview.visible(handout.lines[at].shown),
          old: old.map { (ImportReview.visible(before[$0].shown), handout.lines[$0].tag) })
      }
    case .tagTitle: retag(.title, count: given)
    case .tagHeading: retag(.heading, count: given)
    case .tagObjective: retag(.objective, count: given)
    case .tagBody: retag(.body, count: given)
    case .tagQuestion: retag(.question, count: given)
    case .tagStep: retag(.step, count: given)
    case .tagBackMatter where selection == nil && given == nil && handout.lines[cursor].tag == .heading:
      // Back matter is a section of its own: `n` on a heading makes it open back matter (as `r n`).
      openPart(.backMatter)
    case .tagBackMatter: retag(.backMatter, count: given)
    case .tagFurniture: retag(.furniture, count: given)
    case .shallower, .deeper: shift(by: action == .shallower ? -1 : 1, count: given)
    case .split: split(count: given)
    case .join:
      // A selection joins into one line; a count N joins N lines (N − 1 joins), as vi's NJ.
      let joins = selection.map { $0.count - 1 } ?? max(1, n - 1)
      let at = selection?.lowerBound ?? cursor
      var h = handout
      var done = 0
      while done < max(1, joins) && h.join(at) { done += 1 }
      anchor = nil
      cursor = at
      if done > 0 { change(h) } else { message = Say.importCannotJoin }
    case .undo, .redo:
      var done = 0
      while done < n, let last = action == .undo ? history.popLast() : future.popLast() {
        if action == .undo { future.append(handout) } else { history.append(handout) }
        handout = last
        done += 1
      }
      if done > 0 {
        rebuild()
        cursor = min(cursor, handout.lines.count - 1)
        anchor = nil
      } else {
        message = action == .undo ? Say.importNothingToUndo : Say.importNothingToRedo
      }
    case .whole:
      // With a count, Enter goes to that line (`12 Enter`: line 12, as `12G`), as the help says; alone, it
      // shows the current line in full.
      if let given {
        cursor = lineIndex(given)
      } else {
        wholeShown = true
        wholeTop = 0
      }
    case .outline:
      // Opened with the cursor's section in view (a third of the way down when it can be).
      outlineShown = true
      let page = max(1, rows - 2)
      let at = cursorSection.map { $0 + 1 } ?? 0
      outlineScreenTop = max(0, min(at - page / 3, outlineScreenLines.count - page))
    case .write: return write()
    case .help:
      helpShown = true
      helpTop = 0
    case .redraw: return .redrawAll
    case .quit:
      if dirty && !quitAsked {
        quitAsked = true
        message = writeFailure.map { Say.importUnwrittenAfterFailure(output?.path ?? "", $0) } ?? Say.importUnwritten
        return .stay
      }
      if dirty {
        outcome.leftUnwritten = true
        outcome.writeFailure = writeFailure
        // After a failed write the work is not thrown away: the command saves it where it can.
        if writeFailure != nil { outcome.unwrittenText = CaseFormat.write(built.withoutEmptySections().case) }
      }
      return .quit
    }
    if let selection, message == nil { message = Say.importSelecting(selection.count) }
    scrollToCursor()
    return .stay
  }

  /// The hand-out's line (1-based) that line `i` of the screen stands for: its own, else that of the nearest
  /// line above with one; the screen's order when the hand-out's text is not known.
  func fileLine(_ i: Int) -> Int {
    guard sourceLines != nil else { return i + 1 }
    var k = min(i, handout.lines.count - 1)
    while k >= 0 {
      if let n = handout.lines[k].sourceLine, n > 0 { return n }
      k -= 1
    }
    return 1
  }

  /// The screen's line for the hand-out's line `n` (`12G`, `12 Enter`), as the status numbers them: the first
  /// that stands for it, else the one it is part of (a paragraph joined from several lines).
  func lineIndex(_ n: Int) -> Int {
    let last = handout.lines.count - 1
    guard sourceLines != nil else { return max(0, min(last, n - 1)) }
    guard let i = handout.lines.indices.first(where: { fileLine($0) >= n }) else { return max(0, last) }
    return fileLine(i) > n && i > 0 ? i - 1 : i
  }

  /// The selected lines, while a selection is made.
  var selection: ClosedRange<Int>? {
    anchor.map { min($0, cursor)...max($0, cursor) }
  }

  /// The lines a key acts on: the selection, else `count` lines from the cursor, else the cursor's line.
  func target(count: Int?) -> ClosedRange<Int> {
    if let selection { return selection }
    let last = handout.lines.count - 1
    return cursor...max(cursor, min(last, cursor + max(1, count ?? 1) - 1))
  }

  /// The block a line is in: a heading's whole part (until a heading as high or higher), or
  /// the run of lines around it with its tag, within its part.
  func block(at i: Int) -> ClosedRange<Int> {
    let lines = handout.lines
    guard lines.indices.contains(i) else { return i...i }
    if lines[i].tag == .heading { return handout.reach(i) }
    let tag = lines[i].tag
    var (start, end) = (i, i)
    // A run goes on over the furniture inside it (a page's running head between two questions).
    func next(_ k: Int, _ step: Int) -> Int? {
      var j = k + step
      while lines.indices.contains(j) && lines[j].tag == .furniture && tag != .furniture { j += step }
      return lines.indices.contains(j) && lines[j].tag == tag ? j : nil
    }
    while let j = next(start, -1) { start = j }
    while let j = next(end, 1) { end = j }
    return start...end
  }

  /// Tags the lines a key acts on; the cursor goes on to the line after them, so a run is tagged key after key.
  /// A count or a selection (`3p`, `V j p`) tags every line it covers, headings and the title too, but the
  /// furniture among them unless all of them are (`3q` over a running head left out with `X` keeps it out).
  /// A heading's block (`v`) tagged as text (o b q p n) keeps the heading and its subheadings (`v b` on a part
  /// makes its text body text), as `r` does; `h`, `t` and `x` tag every line of it.
  mutating func retag(_ tag: LineTag, count: Int?) {
    guard handout.lines.indices.contains(cursor) else { return }
    let lines = target(count: count)
    let text: Set<LineTag> = [.objective, .body, .question, .step, .backMatter]
    // A count or a selection tags every line it covers (round 8: `3p` over a plan's `1．…（10分钟）` steps taken for
    // headings), but the furniture among lines of text unless all are furniture; a heading's block (`v`) keeps the
    // heading and its subheadings (`TaggedHandout.partLines`).
    let allFurniture = lines.allSatisfy { handout.lines[$0].tag == .furniture }
    let block = blockHeading.flatMap { h in selection == handout.reach(h) ? h : nil }
    let tagged: [Int]
    if let block, text.contains(tag) {
      tagged = handout.partLines(block)
    } else {
      tagged = lines.filter { i in
        lines.count == 1 || !text.contains(tag) || allFurniture || handout.lines[i].tag != .furniture
      }
    }
    blockHeading = nil
    var h = handout
    for i in tagged { h.retag(i, as: tag) }
    change(h)
    anchor = nil
    cursor = min(handout.lines.count - 1, lines.upperBound + 1)
    if lines.count > 1 { message = Say.importTagged(tagged.count, Say.importTagName(tag)) }
  }

  /// The headings a key acts on: every heading selected, or the next `count` headings from the cursor, or the
  /// cursor's line when it is one.
  func targetHeadings(count: Int?) -> [Int] {
    if let selection { return selection.filter { handout.lines[$0].tag == .heading } }
    if let count {
      return Array(handout.lines.indices.dropFirst(cursor).filter { handout.lines[$0].tag == .heading }.prefix(count))
    }
    return handout.lines[cursor].tag == .heading ? [cursor] : []
  }

  /// Splits lines: `s` the cursor's line in two; `3s` into three (the inverse of `3J`), each cut at the next
  /// item mark or sentence end; over a selection, each selected line in two. Says how many lines it made.
  mutating func split(count: Int?) {
    var h = handout
    var made = 0
    // The run-in labels cut off (`案情：…`: the label a heading now).
    var labels: [String] = []
    func note(_ done: TaggedHandout.Split?) -> Bool {
      if case .label(let l) = done { labels.append(l) }
      return done != nil
    }
    if let selection {
      for i in selection.reversed() where note(h.splitLine(i)) { made += 1 }
      anchor = nil
      cursor = selection.lowerBound
    } else {
      var i = cursor
      while made < max(1, (count ?? 2) - 1) && note(h.splitLine(i)) {
        made += 1
        i += 1
      }
    }
    guard made > 0 else {
      message = Say.importCannotSplit
      return
    }
    change(h)
    if count != nil || made > 1 { message = Say.importSplit(made, asked: count.map { $0 - 1 }) }
    if let label = labels.first, labels.count == 1, made == 1 {
      message = Say.importSplitLabel(label)
    }
  }

  /// Moves headings a level up or down: every heading selected, or the next `count` headings from the cursor.
  mutating func shift(by delta: Int, count: Int?) {
    let headings = targetHeadings(count: count)
    anchor = nil
    guard !headings.isEmpty else {
      message = Say.importNotHeading
      return
    }
    var h = handout
    let moved = headings.filter { h.shiftLevel($0, by: delta) }
    guard !moved.isEmpty else {
      message = Say.importLevelLimit
      return
    }
    // A heading goes at most one level deeper than the heading before it: a move the case cannot keep is refused.
    let built = h.layout()
    guard moved.allSatisfy({ built.headings[$0].map { built.case.sections[$0].level } == h.lines[$0].level }) else {
      message = Say.importTooDeep
      return
    }
    change(h)
    if moved.count > 1 { message = Say.importShifted(moved.count) }
  }

  /// After `r`: the heading (or every selected heading) opens the part the key names, and the lines of its
  /// own under it take that part's tag; any other key asks nothing.
  mutating func setPart(_ key: Key) {
    let parts: [Key: LineTag] = [
      .char("o"): .objective, .char("q"): .question, .char("p"): .step, .char("n"): .backMatter, .char("b"): .body,
    ]
    guard let part = parts[key] else {
      anchor = nil
      return
    }
    openPart(part)
  }

  /// The heading (or every selected heading, or the next `partCount`) opens `part`; the lines of its own under
  /// it take that part's tag.
  mutating func openPart(_ part: LineTag) {
    let headings = targetHeadings(count: partCount)
    partCount = nil
    anchor = nil
    guard !headings.isEmpty else {
      message = Say.importNotHeading
      return
    }
    var h = handout
    var tagged = 0
    var headingsTagged = 0
    // Its part's lines: up to the next heading as high, over its subheadings' lines (kept headings), and over
    // the list items under it wrongly made headings (`TaggedHandout.reach`).
    for i in headings {
      h.lines[i].part = part
      for j in h.partLines(i) where h.lines[j].tag != part {
        if h.lines[j].tag == .heading { headingsTagged += 1 }
        h.retag(j, as: part)
        tagged += 1
      }
    }
    change(h)
    message = Say.importPartSet(Say.importTagName(part), tagged, headings: headingsTagged)
  }

  /// Makes a change, the levels settled as the case is written (what the lines show is what is written).
  mutating func change(_ changed: TaggedHandout) {
    var h = changed
    let l = h.settledLayout()
    guard h != handout else { return }
    history.append(handout)
    if history.count > 200 { history.removeFirst() }
    future = []
    handout = h
    (built, sectionOfHeading, backMatterSections, writtenLabels) = (l.case, l.headings, l.backMatter, l.labels)
  }

  /// Writes the case as tagged: asks for the output file to be written (an effect; the screen
  /// stays), or ends the review with it for standard output. One write is in flight at a time.
  mutating func write() -> Transition {
    // A heading with nothing under it is not written as a section (its line stays, to be tagged).
    let (kept, empty) = built.withoutEmptySections()
    emptyLeftOut = empty.map { $0.number + $0.title }
    let text = CaseFormat.write(kept)
    guard let output else {
      outcome.caseText = text
      return .quit
    }
    guard writing == nil else {
      message = Say.importWriting
      return .stay
    }
    let job = CaseFileWrite(text: text, url: output)
    writing = job
    savingHandout = handout
    message = Say.importWriting
    return .perform([.writeCase(job)])
  }

  /// What came of a write: the changes made since it was asked for stay unwritten.
  mutating func written(_ job: CaseFileWrite, error: String?) {
    guard writing == job else { return }
    writing = nil
    if let error {
      writeFailure = error
      message = Say.importWriteFailed(job.url.path, error)
      return
    }
    writeFailure = nil
    outcome.wroteFile = true
    if let h = savingHandout { saved = h }
    savingHandout = nil
    message = Say.importWrote(job.url, changedSince: dirty, cols: cols)
    if !emptyLeftOut.isEmpty { message! += " · " + Say.importEmptyLeftOut(emptyLeftOut) }
  }

  /// Builds the case the tags make now (after every change).
  mutating func rebuild() {
    let l = handout.layout()
    (built, sectionOfHeading, backMatterSections, writtenLabels) = (l.case, l.headings, l.backMatter, l.labels)
  }

  /// The section of the case the cursor's line is in: the one the nearest heading at or above it opens
  /// (the first, above every heading).
  var cursorSection: Int? {
    guard !built.sections.isEmpty, handout.lines.indices.contains(cursor), handout.lines[cursor].tag != .title
    else { return nil }
    var i = min(cursor, handout.lines.count - 1)
    while i >= 0 {
      if let k = sectionOfHeading[i] { return k }
      i -= 1
    }
    return 0
  }

  /// Keeps the cursor's line in the list, and its section in the outline pane.
  mutating func scrollToCursor() {
    if cursor < top { top = cursor }
    if cursor >= top + listRows { top = cursor - listRows + 1 }
    top = max(0, min(top, max(0, handout.lines.count - listRows)))
    let g = geometry
    guard g.sideWidth > 0, let k = cursorSection else { return }
    let room = outlineRoom(g)
    if k < outlineTop { outlineTop = k }
    if k >= outlineTop + room { outlineTop = k - room + 1 }
    outlineTop = max(0, min(outlineTop, built.sections.count - room))
  }
}
