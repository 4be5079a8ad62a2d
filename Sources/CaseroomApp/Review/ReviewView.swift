import CaseroomEngine
import CaseroomReview
import CaseroomSession
import Foundation

extension ReviewState {
  var geometry: ReviewGeometry {
    var g = ReviewGeometry(rows: rows, cols: cols, questions: questions.count, problems: all.problems.count)
    g.presenterQuestionLines = questionLines(width: cols - 2 * g.presenterMargin).count
    g.answerQuestionLines = questionLines(width: g.answerQuestionWidth).count
    return g
  }

  /// Rows of text in the presenter (between the question block and the bottom bar).
  var presenterRows: Int { geometry.presenterRows }

  func questionLines(width: Int) -> [LaidLine] {
    Layout.lines(Say.questionNumber(question + 1) + questions[question], width: max(8, width))
  }

  /// An answer laid out for reading: paragraphs, then the cited passages as quotes, then the feedback.
  func answerLines(_ s: Session, width: Int, feedback: Bool) -> [(String, Style)] {
    var out: [(String, Style)] = []
    let a = answer(s, question)
    let text = a?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
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
      out.append(("", .normal))
      let score = f.score.map { Say.score($0, review.scaleMax) } ?? Say.noScore
      out.append((score, .heading))
      if !f.comment.isEmpty {
        out += Layout.lines(Say.commentLabel + f.comment, width: width).map { ($0.display, .heading) }
      }
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

  public func render(into f: inout Frame) {
    guard rows >= ReaderState.minimumRows && cols >= ReaderState.minimumCols else {
      f.put(Say.terminalTooSmall, row: 0, col: 0, style: .notice)
      return
    }
    switch screen {
    case .grid: drawGrid(&f)
    case .answer: drawAnswer(&f)
    case .presenter: drawPresenter(&f)
    case .order: drawOrder(&f)
    }
    let bar = geometry.statusRow
    if screen != .presenter || message != nil || commentBox != nil || saveError != nil {
      f.fill(row: bar, style: .status)
    }
    if confirmingQuit {
      f.fill(row: bar, style: .notice)
      f.put(
        Layout.clip(" " + Say.quitAfterFailedSave, width: cols), row: bar, col: 0,
        style: .notice)
    } else if let saveError {
      f.put(Layout.clip(" " + Say.saveFailed(saveError) + " ", width: cols), row: bar, col: 0, style: .notice)
    } else if let m = message {
      f.put(" " + m, row: bar, col: 0, style: .status)
    } else if commentBox != nil {
      f.putHints(
        [("Ctrl-Z", Say.hintUndo), ("Enter", Say.hintNewLine)], row: bar, col: 1, limit: cols,
        keeping: ("Esc", Say.hintDone))
    } else {
      let hints: [Hint]
      switch screen {
      case .grid:
        hints = [
          ("j/k/h/l", Say.hintChoose), ("Enter", Say.hintView), ("s", Say.hintSort), ("o", Say.hintOrder),
          ("P", Say.hintPresent), ("q", Say.hintQuit),
        ]
      case .answer:
        hints = [
          ("←/→", Say.hintPrevNextGroup), ("0–\(review.scaleMax)", Say.hintScore), ("c", Say.hintComment),
          ("Tab", Say.hintNextQuestion), ("v", Say.hintSideBySide), ("P", Say.hintPresent),
          ("Esc", Say.hintBack),
        ]
      case .order:
        hints = [("j/k", Say.hintChoose), ("J/K", Say.hintMoveDownUp), ("s", Say.hintShuffle), ("Esc", Say.hintBack)]
      case .presenter: hints = []
      }
      f.putHints(hints, row: bar, col: 1, limit: cols)
    }
  }

  func drawGrid(_ f: inout Frame) {
    header(&f, Say.reviewTitle(all.sessions.count, sort.label))
    let g = geometry
    let nameWidth = g.nameWidth
    let cellWidth = g.cellWidth
    var col = nameWidth
    f.put(
      nameWidth >= 14 ? Say.groupColumnWide : Say.groupColumn, row: ReviewGeometry.gridHeadingRow, col: 0,
      style: .heading,
      limit: nameWidth - 1)
    for q in questions.indices {
      f.put(
        Say.questionColumn(q + 1, wide: cellWidth >= 9), row: ReviewGeometry.gridHeadingRow, col: col,
        style: q == question ? .tocCurrent : .heading, limit: col + cellWidth - 1)
      col += cellWidth
    }
    f.put(Say.readingColumn, row: ReviewGeometry.gridHeadingRow, col: col, style: .heading)
    f.put(
      Say.lastEditColumn, row: ReviewGeometry.gridHeadingRow, col: col + ReviewGeometry.readingWidth, style: .heading)
    let list = sorted
    let first = g.gridFirst(showing: row)
    for (i, s) in list.enumerated() where i >= first {
      let r = ReviewGeometry.gridTop + i - first
      guard r < g.gridEnd else { break }
      f.put(
        Layout.clip(" " + s.group.name, width: nameWidth - 1), row: r, col: 0, style: i == row ? .tocCurrent : .normal)
      var c = nameWidth
      for q in questions.indices {
        let a = answer(s, q)
        let n = CharacterCount.of(a?.text ?? "")
        var cell = n == 0 ? "—" : Say.cell(n, a?.citations.count ?? 0)
        if let score = review.feedback(group: s.group.name, question: q)?.score { cell += " ★\(score)" }
        let selected = i == row && q == question
        if selected { f.fill(row: r, from: c, to: c + cellWidth - 1, style: .selected) }
        f.put(cell, row: r, col: c, style: selected ? .selected : (n == 0 ? .dim : .normal), limit: c + cellWidth - 1)
        c += cellWidth
      }
      f.put("\(progress(s))/\(content.count)", row: r, col: c, style: .dim)
      f.put(LocalTime.text(s.updatedAt, .dayAndTime), row: r, col: c + ReviewGeometry.readingWidth, style: .dim)
    }
    if all.sessions.isEmpty {
      f.put(
        Layout.clip(" " + Say.noSessions, width: cols), row: ReviewGeometry.gridTop + 1, col: 0,
        style: .notice)
    }
    for (k, p) in all.problems.prefix(ReviewGeometry.problemsShown).enumerated() {
      f.put(
        Layout.clip(" ⚠ \(URL(fileURLWithPath: p.file).lastPathComponent): \(p.reason)", width: cols),
        row: g.gridEnd + k, col: 0, style: .notice)
    }
  }

  func drawAnswer(_ f: inout Frame) {
    guard let s = current else { return }
    let list = sorted
    header(&f, Say.answerTitle(question + 1, row + 1, list.count))
    let g = geometry
    let width = g.answerWidth(sideBySide: sideBySide)
    let q = questionLines(width: g.answerQuestionWidth)
    for (i, l) in q.prefix(ReviewGeometry.answerQuestionRows).enumerated() {
      f.put(l.display, row: ReviewGeometry.titleRow + i, col: ReviewGeometry.margin, style: .heading)
    }
    let top = g.answerGroupRow
    let columns: [(Session, Int)] =
      sideBySide && list.count > 1
      ? [(s, ReviewGeometry.margin), (list[(row + 1) % list.count], 2 * ReviewGeometry.margin + width)]
      : [(s, ReviewGeometry.margin)]
    for (session, x) in columns {
      f.put(Layout.clip(groupTitle(session), width: width), row: top, col: x, style: .tocCurrent)
      let lines = answerLines(session, width: width, feedback: true)
      for r in 0..<g.answerRows {
        let i = scroll + r
        guard i < lines.count else { break }
        f.put(lines[i].0, row: top + 2 + r, col: x, style: lines[i].1, limit: x + width)
      }
    }
    if let box = commentBox, let s = current {
      // The comment being written, in a panel over the bottom of the answer.
      let panel = g.commentTop
      for r in panel..<g.statusRow { f.fill(row: r, style: .normal) }
      f.put(String(repeating: "─", count: cols), row: panel, col: 0, style: .dim)
      f.put(" " + Say.commentTitle(s.group.name, question + 1), row: panel + 1, col: 0, style: .heading)
      box.draw(
        into: &f, row: panel + 2, col: ReviewGeometry.margin, rows: g.commentRows, width: box.width, style: .normal)
    }
  }

  func drawPresenter(_ f: inout Frame) {
    let order = presentationOrder
    guard presenting < order.count else { return }
    let s = order[presenting]
    let g = geometry
    let m = g.presenterMargin
    let q = questionLines(width: cols - 2 * m)
    for (i, l) in q.prefix(ReviewGeometry.presenterQuestionRows).enumerated() {
      f.put(l.display, row: ReviewGeometry.titleRow + i, col: m, style: .heading)
    }
    f.put(
      Layout.clip(groupTitle(s) + "  (\(presenting + 1)/\(order.count))", width: cols - 2 * m), row: g.presenterTop - 1,
      col: m, style: .tocCurrent)
    let lines = presenterLines(s)
    for r in 0..<g.presenterRows {
      let i = scroll + r
      guard i < lines.count else { break }
      f.put(lines[i].0, row: g.presenterTop + r, col: m, style: lines[i].1, limit: cols - m)
    }
  }

  func drawOrder(_ f: inout Frame) {
    header(&f, Say.presentationOrder)
    let g = geometry
    let names = review.presentationOrder(all.sessions.map(\.group.name))
    for (i, n) in names.enumerated() {
      let r = ReviewGeometry.orderTop + i
      guard r < g.statusRow else { break }
      if i == orderSelected { f.fill(row: r, style: .selected) }
      f.put(
        Layout.clip(" \(i + 1). \(n)", width: cols), row: r, col: 0, style: i == orderSelected ? .selected : .normal)
    }
  }
}
