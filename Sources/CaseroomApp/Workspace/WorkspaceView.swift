import CaseroomEngine
import CaseroomSession
import FoundationEssentials
import Glibc

// MARK: - View

extension Workspace {
  /// Where things go at the current size (the question being edited included).
  var geometry: WorkspaceGeometry {
    var g = WorkspaceGeometry(rows: rows, cols: cols)
    if case .editing(let q) = screen {
      g.questionLines = questionLines(q, width: g.questionWidth).count
      g.citations = session.answers[q].citations.count
    }
    return g
  }

  /// The question above its editor, wrapped as the answers list wraps it: under its text, after the number.
  func questionLines(_ q: Int, width: Int) -> [String] {
    let number = "\(q + 1)．"
    let style = ParagraphStyle(restLead: String(repeating: " ", count: TerminalWidth.columns(number)))
    return Layout.lines(number + session.answers[q].question, width: width, style: style).map(\.display)
  }

  /// Draws the whole screen. Changes nothing: scrolling is done by `update`.
  public func render(into f: inout Frame) {
    let badge = saveBadge
    switch screen {
    case .reading:
      reader.draw(into: &f, reservingStatus: TerminalWidth.columns(badge.text))
    case .confirmingQuit:
      // A page of its own: the question and where the text went wrap at any width.
      quitQuestion.render(into: &f)
      return
    case .takingOver(let field, let holder):
      takeOverQuestion(field, holder).render(into: &f)
      return
    case .choosingQuestion(let p):
      reader.draw(into: &f, reservingStatus: TerminalWidth.columns(badge.text))
      drawPassagePanel(&f, p, title: Say.citeInWhichQuestion, questions: true)
    case .annotating(let p, let index):
      reader.draw(into: &f, reservingStatus: TerminalWidth.columns(badge.text))
      drawPassagePanel(
        &f, p, title: index == nil ? Say.annotateThisPassage : Say.editNote, questions: false,
        boxRows: geometry.noteRows)
    case .answers(let selected):
      reader.drawHeader(&f)
      drawAnswers(&f, selected)
    case .editing(let q):
      reader.drawHeader(&f)
      drawEditor(&f, q)
    case .annotations(let selected):
      reader.drawHeader(&f)
      drawAnnotations(&f, selected)
    }
    if reader.geometry.tooSmall { return }
    drawStatus(&f, badge)
  }

  /// The answers' or the notes' title: ` 本组答案 · 小组 第一组（甲、乙） · 在线：甲、乙`,
  /// shortened to fit `width` by a rule: the group's members go first, then
  /// the members present are cut to the first few and how many more
  /// (`在线：李华 +2`), then to how many; what still does not fit ends in `…`.
  func listTitle(_ title: String, width: Int) -> String {
    let lead = " " + title + " · "
    let group = session.group
    let present = together.map(\.present) ?? []
    let here = present.isEmpty ? [""] : Say.presentForms(present).map { " · " + $0 }
    let named = Say.groupLine(group.name, [])
    let forms = [Say.groupLine(group.name, group.members) + here[0]] + here.map { named + $0 }
    let fits = forms.first { TerminalWidth.columns(lead + $0) <= width }
    return Layout.clip(lead + (fits ?? forms.last!), width: width)
  }

  /// The answers view's lines: each question wrapped in full with its
  /// answer's state under it, then its citations, one line each.
  func answerLines(width: Int) -> [(text: String, row: Int, style: Style)] {
    var out: [(String, Int, Style)] = []
    for (i, r) in answerRows.enumerated() {
      switch r {
      case .question(let q):
        if i > 0 { out.append(("", i, .normal)) }
        let a = session.answers[q]
        let number = "\(q + 1)．"
        let indent = String(repeating: " ", count: TerminalWidth.columns(number) + 1)
        let style = ParagraphStyle(firstLead: " " + number, restLead: indent)
        for l in Layout.lines(a.question, width: width, style: style) { out.append((l.display, i, .normal)) }
        let count = WordCount.of(a.text)
        let state = count == 0 ? Say.notWritten : Say.characters(count)
        let cites = a.citations.isEmpty ? "" : Say.citationCount(a.citations.count)
        let conflict = ConflictMarkers.holds(a.text)
        let writer = together?.writing(ofAnswer: q).map { " · " + $0 } ?? ""
        out.append((indent + state + cites + (conflict ? Say.conflictFlag : "") + writer, i, conflict ? .notice : .dim))
        // The instructor's feedback, once released: read-only, under the answer.
        if let link = classLink, let f = link.feedback, let item = f.item(question: q) {
          out.append((indent + Say.feedbackLine(item.score, item.scale ?? f.scaleMax), i, .heading))
          if let criteria = item.criteria, !criteria.isEmpty {
            let line = criteria.map { Say.criterionScore($0.name, $0.score, $0.points) }.joined(separator: " · ")
            let style = ParagraphStyle(firstLead: indent + "  ", restLead: indent + "  ")
            for l in Layout.lines(line, width: width, style: style) { out.append((l.display, i, .heading)) }
          }
          if !item.comment.isEmpty {
            for l in Layout.labelled(item.comment, label: Say.feedbackComment, indent: indent, width: width) {
              out.append((l.display, i, .heading))
            }
          }
        }
      case .citation(let q, let j):
        let c = session.answers[q].citations[j]
        let heading = c.anchor.heading(in: reader.document)
        out.append(
          ("     ↳ \(heading ?? Say.orphaned) " + quoted(c.anchor.quote), i, heading == nil ? .notice : .dim))
      }
    }
    return out
  }

  func drawAnswers(_ f: inout Frame, _ selected: Int) {
    let g = geometry
    f.put(listTitle(Say.answersTitle, width: cols), row: WorkspaceGeometry.titleRow, col: 0, style: .heading)
    let sel = min(selected, max(0, answerRows.count - 1))
    var row = WorkspaceGeometry.listTop
    for l in answerLines(width: cols - 1).dropFirst(listTop) {
      guard row < g.statusRow else { break }
      let isSel = l.row == sel && !l.text.isEmpty
      if isSel { f.fill(row: row, style: .selected) }
      f.put(l.text, row: row, col: 0, style: isSel ? .selected : l.style)
      row += 1
    }
  }

  func drawEditor(_ f: inout Frame, _ q: Int) {
    let g = geometry
    let margin = WorkspaceGeometry.textMargin
    // In the rows there are for it; a question longer ends in … (the answers list shows it whole).
    let shown = Layout.first(questionLines(q, width: g.questionWidth), rows: g.questionRows, width: g.questionWidth)
    for (i, l) in shown.enumerated() {
      f.put(l, row: WorkspaceGeometry.titleRow + i, col: margin, style: .heading)
    }
    f.put(String(repeating: "─", count: max(0, cols)), row: g.separatorRow, col: 0, style: .dim)
    answerBox?.draw(
      into: &f, row: g.editorTop, col: margin, rows: g.editorRows, width: answerBox?.width ?? g.editorWidth,
      style: .normal)
    guard let top = g.citationRow else { return }
    let cites = session.answers[q].citations
    if cites.isEmpty {
      f.put(" " + Say.noCitationsYet, row: top, col: 0, style: .dim)
      return
    }
    // Every citation, one a row, scrolled to the one chosen (Ctrl-O gives the list the keys).
    for r in 0..<g.citationRows {
      let i = citationTop + r
      guard i < cites.count else { break }
      let c = cites[i]
      let chosen = citationFocus == i
      let text = " ↳ \(i + 1)/\(cites.count) " + c.anchor.place(in: reader.document) + " " + quoted(c.anchor.quote)
      if chosen { f.fill(row: top + r, style: .selected) }
      f.put(text, row: top + r, col: 0, style: chosen ? .selected : .dim)
    }
  }

  /// The notes list's lines: each note in full, then where its passage is
  /// and the passage's start, dim.
  func noteLines(width: Int) -> [(text: String, row: Int, style: Style)] {
    var out: [(String, Int, Style)] = []
    for (i, a) in session.annotations.enumerated() {
      if i > 0 { out.append(("", i, .normal)) }
      for (k, paragraph) in a.note.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let style = ParagraphStyle(firstLead: k == 0 ? " ✎ " : "   ", restLead: "   ")
        for l in Layout.lines(String(paragraph), width: width, style: style) { out.append((l.display, i, .normal)) }
      }
      out.append(("   — " + a.anchor.place(in: reader.document) + " " + quoted(a.anchor.quote), i, .dim))
    }
    return out
  }

  func drawAnnotations(_ f: inout Frame, _ selected: Int) {
    let g = geometry
    f.put(listTitle(Say.notesTitle, width: cols), row: WorkspaceGeometry.titleRow, col: 0, style: .heading)
    if session.annotations.isEmpty {
      f.put(
        "  " + Say.noNotesYet,
        row: WorkspaceGeometry.listTop, col: 0, style: .dim)
    }
    var row = WorkspaceGeometry.listTop
    for l in noteLines(width: cols - 1).dropFirst(listTop) {
      guard row < g.statusRow else { break }
      let isSelected = l.row == selected && !l.text.isEmpty
      if isSelected { f.fill(row: row, style: .selected) }
      f.put(l.text, row: row, col: 0, style: isSelected ? .selected : l.style)
      row += 1
    }
  }

  /// A panel over the bottom of the text: the marked passage (cut with … when
  /// long) and, when citing, every question in full, numbered for the key
  /// that chooses it.
  func drawPassagePanel(_ f: inout Frame, _ p: Passage, title: String, questions: Bool, boxRows: Int = 0) {
    let g = geometry
    let width = max(8, cols - 2)
    var lines: [(String, Style)] = [(" " + title, .heading)]
    let passageLines = Layout.lines(quoted(p.quote), width: width - 2).map(\.display)
    for l in Layout.first(passageLines, rows: 2, width: width - 2, mark: "……") { lines.append(("   " + l, .passage)) }
    if questions {
      for (i, a) in session.answers.enumerated() {
        let number = "\(i + 1)．"
        let indent = String(repeating: " ", count: TerminalWidth.columns(number))
        let style = ParagraphStyle(firstLead: " " + number, restLead: " " + indent)
        lines += Layout.lines(a.question, width: width, style: style).map { ($0.display, .normal) }
      }
    }
    // From the bottom up, under a rule (the note editor at the bottom); a
    // small terminal shows the panel's top lines.
    // The rows above the status bar and below the header; in a terminal of 2
    // rows or fewer there are none, and the panel is not drawn (the note is kept).
    let height = min(lines.count + 1 + boxRows, g.statusRow - 1)
    guard height > 0 else { return }
    let top = g.statusRow - height
    f.fill(row: top, style: .normal)
    f.put(String(repeating: "─", count: cols), row: top, col: 0, style: .dim)
    // The editor gets what is left under the rule, the passage the rest.
    let editorRows = min(boxRows, height - 1)
    let textRows = height - 1 - editorRows
    for (i, l) in lines.prefix(textRows).enumerated() {
      f.fill(row: top + 1 + i, style: .normal)
      f.put(l.0, row: top + 1 + i, col: 0, style: l.1, limit: cols)
    }
    if editorRows > 0, let box = noteBox {
      let row = top + 1 + textRows
      for r in row..<g.statusRow { f.fill(row: r, style: .normal) }
      box.draw(
        into: &f, row: row, col: WorkspaceGeometry.textMargin, rows: g.statusRow - row, width: box.width, style: .normal
      )
    }
  }

  /// The save state shown in the bottom right corner, and its style.
  var saveBadge: (text: String, style: Style) {
    let state = saveState
    // A message the reader shows (asked for, or a warning) goes before the class's badge.
    guard let cls = classStatus, reader.message == nil else { return state }
    return (" " + cls + " ·" + (state.text.isEmpty ? " " : state.text), state.style)
  }

  var saveState: (text: String, style: Style) {
    if readOnlyHolder != nil { return (Say.badgeReadOnly, .notice) }
    if let err = saveError { return (Say.badgeSaveFailed(err), .notice) }
    if unsavedSince != nil { return (Say.badgeUnsaved, .status) }
    if let t = lastSave { return (Say.badgeSaved(LocalTime.text(t, .time)), .status) }
    return ("", .status)
  }
}

// MARK: - Status bar

extension Workspace {
  /// What the bottom row shows, from `Frame.statusColumn` whatever it is.
  enum StatusLine {
    /// The reader's own bar (hints and percentage), with the save badge beside it.
    case reader
    /// A message, a question or a warning, in a style.
    case text(String, Style)
    /// Something before the hints (字数 in the editor), then the view's keys.
    case hints(lead: String, [Hint])
  }

  var statusLine: StatusLine {
    switch screen {
    case .reading: return message.map { .text($0, .status) } ?? .reader
    case .choosingQuestion:
      return .hints(
        lead: "", Keymap.hints(Keymap.citeIn).map { $0.0 == "1–9" ? ("1–\(session.answers.count)", $0.1) : $0 })
    case .annotating:
      return message.map { .text($0, .status) }
        ?? .hints(lead: "", [("Esc", Say.hintDone), ("Ctrl-Z", Say.hintUndo), ("Enter", Say.hintNewLine)])
    case .confirmingQuit, .takingOver: return .text(Say.quitAfterFailedSave, .notice)
    case .answers:
      return message.map { .text($0, .status) }
        ?? .hints(lead: "", Keymap.hints(Keymap.answersList))
    case .editing:
      return message.map { .text($0, .status) }
        ?? (citationFocus != nil
          ? .hints(lead: "", Keymap.hints(Keymap.citationList))
          : .hints(
            lead: Say.wordCount(answerBox?.editor.wordCount ?? 0, answerBox?.editor.characterCount ?? 0),
            [
              ("Esc", Say.hintBack), ("Ctrl-Z", Say.hintUndo), ("Ctrl-Y", Say.hintRedo), ("Ctrl-O", Say.hintCitations),
              ("Shift-→", Say.hintSelect), ("Ctrl-C/V", Say.hintCopyPaste),
            ]))
    case .annotations:
      return message.map { .text($0, .status) }
        ?? .hints(lead: "", Keymap.hints(Keymap.notesList))
    }
  }

  /// A status message as drawn: one row; in an editor, wrapped to as many
  /// as three when it does not fit (the rows above the bar hold the editor's
  /// end and its citations, which show again after the next key).
  func statusMessageLines(_ text: String, width: Int) -> [String] {
    guard TerminalWidth.columns(text) > width, width >= 10 else { return [text] }
    switch screen {
    case .editing, .annotating: break
    default: return [text]
    }
    let lines = Layout.lines(text, width: width).map(\.display)
    return lines.count <= 3 ? lines : Array(lines.prefix(2)) + [lines.dropFirst(2).joined()]
  }

  func drawStatus(_ f: inout Frame, _ badge: (text: String, style: Style)) {
    let row = geometry.statusRow
    let line = statusLine
    let badgeWidth = TerminalWidth.columns(badge.text)
    // The reader's bar keeps its percentage at the right; it left room for the badge before it.
    let percentWidth = {
      if case .reader = line { return TerminalWidth.columns(" \(reader.percent)% ") }
      return 0
    }()
    let badgeX = max(0, cols - percentWidth - badgeWidth)
    let start = Frame.statusColumn
    switch line {
    case .reader:
      if badgeWidth > 0 { f.fill(row: row, from: badgeX, to: cols - percentWidth, style: .status) }
    case .text(let text, let style):
      // A message too long for the bar, in an editor, goes on over the rows above it (up to
      // three rows in all): said whole at 40 columns too, until the next key.
      let lines = statusMessageLines(text, width: badgeX - start)
      for (i, line) in lines.enumerated() {
        f.fill(row: row - lines.count + 1 + i, style: style)
        f.put(line, row: row - lines.count + 1 + i, col: start, style: style, limit: badgeX)
      }
    case .hints(let lead, let hints):
      f.fill(row: row, style: .status)
      let c = f.put(lead, row: row, col: start, style: .status, limit: badgeX)
      // Every bar keeps a way out: ? (help) in the lists, Esc in the editor, where ? is typed.
      let helps: Bool
      switch screen {
      case .answers, .annotations: helps = true
      default: helps = false
      }
      f.putHints(
        helps ? hints : Array(hints.dropFirst()), row: row, col: c, limit: badgeX,
        keeping: helps ? Keymap.helpHint : hints.first)
    }
    if badgeWidth > 0 { f.put(badge.text, row: row, col: badgeX, style: badge.style, limit: cols - percentWidth) }
  }
}
