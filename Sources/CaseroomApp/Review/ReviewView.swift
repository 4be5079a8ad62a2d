import CaseroomEngine
import CaseroomReview
import CaseroomSession
import FoundationEssentials
import Glibc

extension ReviewState {
  var geometry: ReviewGeometry {
    var g = ReviewGeometry(rows: rows, cols: cols, questions: questions.count, problems: all.problems.count)
    g.widestName = order.map { TerminalWidth.columns($0) }.max() ?? 0
    g.presenterQuestionLines = questionLines(width: cols - 2 * g.presenterMargin).count
    g.answerQuestionLines = questionLines(width: g.answerQuestionWidth).count
    return g
  }

  /// Rows of text in the presenter (between the question block and the page line).
  var presenterRows: Int { geometry.presenterRows }

  func questionLines(width: Int) -> [LaidLine] {
    Layout.lines(Say.questionNumber(question + 1) + questions[question], width: max(8, width))
  }

  /// An answer laid out for reading: paragraphs, then the cited passages as quotes, then the feedback.
  func answerLines(_ s: Session, width: Int, feedback: Bool) -> [(String, Style)] {
    var out: [(String, Style)] = []
    let a = answer(s, question)
    let text = a?.text.trimmingSpacesAndLineBreaks() ?? ""
    if text.isEmpty {
      out.append((Say.noAnswer, .dim))
    } else {
      for (i, p) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
        if i > 0 { out.append(("", .normal)) }
        out += Layout.lines(String(p), width: width, style: .body(width: width)).map { ($0.display, .normal) }
      }
    }
    if let cites = a?.citations, !cites.isEmpty {
      out.append(("", .normal))
      out.append((Say.citedPassages, .heading))
      for c in cites {
        let heading = c.anchor.heading(in: all.document)
        let style = ParagraphStyle(firstLead: "  ", restLead: "   ")
        out += Layout.lines(quoted(c.anchor.quote), width: width, style: style).map { ($0.display, .dim) }
        out.append(("    — " + (heading ?? Say.orphaned), heading == nil ? .notice : .dim))
      }
    }
    if feedback, let f = review.feedback(group: s.group.name, question: question) {
      out += feedbackLines(f, width: width)
    }
    return out
  }

  func presenterLines(_ s: Session) -> [(String, Style)] {
    answerLines(s, width: cols - 2 * geometry.presenterMargin, feedback: false)
  }

  func header(_ f: inout Frame, _ title: String) {
    f.fill(row: ReviewGeometry.headerRow, style: .header)
    f.put(
      Layout.clip(" " + all.document.title + "  │  " + title, width: cols), row: ReviewGeometry.headerRow, col: 0,
      style: .header)
  }

  func groupTitle(_ s: Session) -> String {
    s.group.name + Say.members(s.group.members)
  }

  /// What is known of a group now: writing (a live lock), its last edit, its reading.
  func groupState(_ s: Session) -> String {
    let name = s.group.name
    let edit = figure(name).map { Say.ago(now.timeIntervalSince($0.lastEdit), $0.lastEdit) } ?? ""
    return (all.writing.contains(name) ? Say.writingNow + " · " : "") + Say.lastEdit(edit) + " · "
      + Say.readCount(progress(s), content.count)
  }

  public func render(into f: inout Frame) {
    guard rows >= ReaderState.minimumRows && cols >= ReaderState.minimumCols else {
      f.put(Say.terminalTooSmall, row: 0, col: 0, style: .notice)
      return
    }
    if helpScroll != nil {
      drawHelp(&f)
    } else {
      switch screen {
      case .grid: drawGrid(&f)
      case .answer: drawAnswer(&f)
      case .presenter: drawPresenter(&f)
      case .order: drawOrder(&f)
      case .files: drawFiles(&f)
      case .insight: drawInsight(&f)
      }
    }
    drawStatus(&f)
  }

  // MARK: Status bar

  func drawStatus(_ f: inout Frame) {
    let bar = geometry.statusRow
    let presenting = screen == .presenter && helpScroll == nil
    if presenting && message == nil && saveError == nil && !confirmingQuit && asking == nil && picking == nil {
      drawPageLine(&f)
      return
    }
    f.fill(row: bar, style: .status)
    if confirmingQuit {
      f.fill(row: bar, style: .notice)
      f.put(Layout.clip(" " + Say.quitAfterFailedSave, width: cols), row: bar, col: 0, style: .notice)
    } else if let asking {
      let text: String
      switch asking {
      case .release: text = Say.askRelease(all.sessions.count)
      case .nextPhase(let title): text = Say.askNextPhase(title)
      }
      f.fill(row: bar, style: .notice)
      f.put(Layout.clip(" " + text, width: cols), row: bar, col: 0, style: .notice)
    } else if let saveError {
      f.put(Layout.clip(" " + Say.saveFailed(saveError) + " ", width: cols), row: bar, col: 0, style: .notice)
    } else if let box = scoreBox, helpScroll == nil {
      // The box stays while a message says why a score was refused: the message on the row above.
      drawScoreBox(&f, box, row: bar)
      if let m = message, bar > 0 {
        f.fill(row: bar - 1, style: .status)
        f.put(Layout.clip(" " + m, width: cols), row: bar - 1, col: 0, style: .status)
      }
    } else if let m = message {
      f.put(" " + m, row: bar, col: 0, style: .status)
    } else if helpScroll != nil {
      f.putHints([("j/k", Say.hintScroll)], row: bar, col: 1, limit: cols, keeping: (Say.anyKey, Say.hintBack))
    } else if let box = commentBox {
      // One line: Enter confirms, Alt-Enter starts a new line; multi-line: Ctrl-S confirms, Enter a new line.
      let hints: [Hint] =
        box.isMultiLine
        ? [("Ctrl-S", Say.hintConfirm), ("Enter", Say.hintNewLine), ("Ctrl-Z", Say.hintUndo)]
        : [("Enter", Say.hintConfirm), ("Alt-Enter", Say.hintNewLine), ("Ctrl-Z", Say.hintUndo)]
      f.putHints(hints, row: bar, col: 1, limit: cols, keeping: ("Esc", Say.hintCancel))
    } else if picking != nil {
      f.putHints(
        [("j/k", Say.hintChoose), ("Enter", Say.hintJump)], row: bar, col: 1, limit: cols,
        keeping: ("Esc", Say.hintBack))
    } else {
      let hints: [Hint]
      switch screen {
      case .grid:
        hints = Keymap.reviewHints(
          Keymap.reviewGrid, first: [.down, .open, .score, .nextUnscored, .sort, .present, .quit])
      case .answer:
        hints = Keymap.reviewHints(
          Keymap.reviewAnswer,
          first: [.nextGroup, .score, .comment, .nextUnscored, .nextQuestion, .back, .sideBySide, .present])
      case .order: hints = Keymap.reviewHints(Keymap.reviewOrder, first: [])
      case .files: hints = Keymap.reviewHints(Keymap.reviewFiles, first: [])
      case .insight: hints = Keymap.hints((insightPanel?.keys ?? Keymap.insight).filter { $0.action != .help })
      case .presenter: hints = []
      }
      // The score key shows what the question is scored by: 0–5, 0–100, or its criteria.
      let criteria = review.criteria(question: question)
      let shown = hints.map { h in
        h.key != "0–9"
          ? h
          : criteria.map { c in
            (key: "0–9", text: Say.byCriteria(c.map { "\($0.name)\($0.points)" }.joined(separator: "·")))
          }
            ?? (key: "0–\(review.scaleMax)", text: h.text)
      }
      f.putHints(shown, row: bar, col: 1, limit: cols, keeping: Keymap.reviewHelpHint)
    }
  }

  /// The presenter's last row: page x/y, the group's place and the question's, or the number being typed.
  func drawPageLine(_ f: inout Frame) {
    let bar = geometry.statusRow
    let list = presentationOrder
    guard !list.isEmpty else { return }
    let (page, pages) = presenterPage
    let place =
      Say.presenterPlace(page, pages, presenting + 1, list.count, question + 1, questions.count) + " "
    let m = geometry.presenterMargin
    f.put(place, row: bar, col: max(0, cols - m - TerminalWidth.columns(place)), style: .dim)
    if let typed = jumpEntry {
      f.put(Say.jumpTo(typed), row: bar, col: m, style: .heading)
      f.cursor = (bar, m + TerminalWidth.columns(Say.jumpToPrefix(typed)))
    }
  }

  // MARK: One answer, or two side by side

  func drawAnswer(_ f: inout Frame) {
    guard let s = current else { return }
    header(&f, Say.answerTitle(question + 1, row + 1, order.count))
    let g = geometry
    let width = g.answerWidth(sideBySide: sideBySide)
    let q = questionLines(width: g.answerQuestionWidth)
    for (i, l) in q.prefix(ReviewGeometry.answerQuestionRows).enumerated() {
      f.put(l.display, row: ReviewGeometry.titleRow + i, col: ReviewGeometry.margin, style: .heading)
    }
    let top = g.answerGroupRow
    let left = ReviewGeometry.margin
    let right = 2 * ReviewGeometry.margin + width
    var columns: [(session: Session, x: Int, scroll: Int, focused: Bool)] = [(s, left, scroll, true)]
    if sideBySide, let p = partner.flatMap({ all.session(named: $0) }) {
      columns = [(s, focusRight ? right : left, scroll, true), (p, focusRight ? left : right, partnerScroll, false)]
    }
    for column in columns {
      let x = column.x
      let title = groupTitle(column.session)
      if sideBySide {
        // The focused side is marked and highlighted; scores and comments go to it.
        f.fill(row: top, from: x, to: x + width, style: column.focused ? .selected : .normal)
        f.put(
          (column.focused ? "▶ " : "  ") + title, row: top, col: x, style: column.focused ? .selected : .dim,
          limit: x + width)
      } else {
        let end = f.put(Layout.clip(title, width: width), row: top, col: x, style: .tocCurrent, limit: x + width)
        f.put("  " + groupState(column.session), row: top, col: end, style: .dim, limit: x + width)
        // Who wrote what: the members' shares, on the line under the group's name.
        if let shares = participationLine(column.session) {
          f.put(Layout.clip(shares, width: width), row: top + 1, col: x, style: .dim, limit: x + width)
        }
      }
      let lines = answerLines(column.session, width: width, feedback: true)
      for r in 0..<g.answerRows {
        let i = column.scroll + r
        guard i < lines.count else { break }
        f.put(lines[i].0, row: top + 2 + r, col: x, style: lines[i].1, limit: x + width)
      }
      if sideBySide {
        let state = groupState(column.session) + (participationLine(column.session).map { " · " + $0 } ?? "")
        f.put(Layout.clip(state, width: width - 2), row: top + 1, col: x + 2, style: .dim, limit: x + width)
      }
    }
    if let box = commentBox, let target = commentTarget {
      // The comment being written, in a panel over the bottom of the answer.
      let panel = g.commentTop
      for r in panel..<g.statusRow { f.fill(row: r, style: .normal) }
      f.put(String(repeating: "─", count: cols), row: panel, col: 0, style: .dim)
      f.put(" " + Say.commentTitle(target.group, target.question + 1), row: panel + 1, col: 0, style: .heading)
      box.draw(
        into: &f, row: panel + 2, col: ReviewGeometry.margin, rows: g.commentRows, width: box.width, style: .normal)
    }
  }

  // MARK: Order, files, help

  func drawOrder(_ f: inout Frame) {
    header(&f, Say.presentationOrder)
    let g = geometry
    let names = review.presentationOrder(all.sessions.map(\.group.name))
    let first = max(0, orderSelected - g.listRows + 1)
    for (i, n) in names.enumerated() where i >= first {
      let r = ReviewGeometry.orderTop + i - first
      guard r < g.statusRow else { break }
      if i == orderSelected { f.fill(row: r, style: .selected) }
      f.put(
        Layout.clip(" \(i + 1). \(n)", width: cols), row: r, col: 0, style: i == orderSelected ? .selected : .normal)
    }
  }

  /// The folders read, each file found with its group, each warning and each file skipped: whole, wrapped.
  var filesLines: [(String, Style)] {
    let width = max(10, cols - 2)
    var out: [(String, Style)] = []
    func add(_ text: String, _ style: Style, lead: String = "  ") {
      let shown = TerminalSafe.text(text, keepingLines: false)
      // The same lead on every line: a run carried onto a narrower line could overrun it.
      out += Layout.lines(shown, width: width, style: ParagraphStyle(firstLead: lead, restLead: lead)).map {
        ($0.display, style)
      }
    }
    out.append((Say.foldersRead, .heading))
    for folder in all.folders {
      add(
        folder.problem.map { Say.folderProblem(folder.path, $0) }
          ?? Say.folderFound(folder.path, folder.found, folder.skipped),
        folder.problem == nil ? .normal : .notice)
    }
    let warnings = all.problems.filter(\.reason.isWarning)
    let skipped = all.problems.filter { !$0.reason.isWarning }
    if !warnings.isEmpty {
      out.append(("", .normal))
      out.append((Say.warnings, .heading))
      for p in warnings { add("\(p.file): \(Say.reason(p.reason))", .notice) }
    }
    if !skipped.isEmpty {
      out.append(("", .normal))
      out.append((Say.skipped, .heading))
      for p in skipped { add("\(p.file): \(Say.reason(p.reason))", .notice) }
    }
    out.append(("", .normal))
    out.append((Say.groupsFound(all.sessions.count), .heading))
    for s in all.sessions {
      add(all.file(of: s.group.name).map { Say.groupFile(s.group.name, $0) } ?? s.group.name, .normal)
    }
    return out
  }

  func drawFiles(_ f: inout Frame) {
    header(&f, Say.filesTitle)
    let g = geometry
    let lines = filesLines
    for r in 0..<g.listRows {
      let i = filesScroll + r
      guard i < lines.count else { break }
      f.put(lines[i].0, row: ReviewGeometry.listTop + r, col: 1, style: lines[i].1, limit: cols - 1)
    }
  }

  /// The help screen's lines at the current width, from the review's keymaps.
  var helpLines: [String] { Keymap.helpLines(width: max(10, cols - 2), Keymap.reviewHelp) }

  func drawHelp(_ f: inout Frame) {
    header(&f, Say.help)
    let g = geometry
    let lines = helpLines
    for r in 0..<g.listRows {
      let i = (helpScroll ?? 0) + r
      guard i < lines.count else { break }
      let text = lines[i]
      let isTitle = !text.hasPrefix(" ") && !text.isEmpty
      f.put(text, row: ReviewGeometry.listTop + r, col: 1, style: isTitle ? .heading : .normal, limit: cols - 1)
    }
  }
}
