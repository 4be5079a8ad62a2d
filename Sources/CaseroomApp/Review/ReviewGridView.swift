import CaseroomEngine
import CaseroomReview
import CaseroomSession
import FoundationEssentials

extension ReviewState {
  /// The grid: a row per group in the chosen order (the sorted column marked
  /// ▲ or ▼), a column per question (字数, citations, ★score), the group's
  /// total, its reading and its last edit (✎ while it is open in caseroom);
  /// under the groups, each question's mean and total; then the files that
  /// could not be used.
  func drawGrid(_ f: inout Frame) {
    let writing = all.writing.count
    // The phase first: at 80 columns it is what must not be cut.
    header(
      &f,
      (phaseText.map { $0 + "  │  " } ?? "") + Say.reviewTitle(all.sessions.count, sort.label + " " + sort.arrow)
        + (writing > 0 ? Say.groupsWriting(writing) : ""))
    let g = geometry
    drawGridHeading(&f, g)
    let totals = ScoreTotals(review: review, groups: order, questions: questions.count)
    let first = g.gridFirst(showing: row)
    for (i, name) in order.enumerated() where i >= first {
      let r = ReviewGeometry.gridTop + i - first
      guard r < g.gridEnd, let s = all.session(named: name) else { break }
      drawGridRow(&f, g, s, index: i, row: r, totals)
    }
    if all.sessions.isEmpty {
      f.put(
        Layout.clip(" " + Say.noSessions, width: cols), row: ReviewGeometry.gridTop + 1, col: 0, style: .notice)
    }
    drawFooter(&f, totals)
    drawProblems(&f, g)
  }

  /// The grid's column headings, the sorted one marked with its arrow and the selected question highlighted.
  func drawGridHeading(_ f: inout Frame, _ g: ReviewGeometry) {
    let heading = ReviewGeometry.gridHeadingRow
    func mark(_ text: String, _ sorted: Bool) -> String { sorted ? text + sort.arrow : text }
    f.put(
      mark(
        TerminalWidth.columns(Say.groupColumnWide) + 1 < g.nameWidth ? Say.groupColumnWide : Say.groupColumn,
        sort.key == .name), row: heading, col: 0,
      style: .heading, limit: g.nameWidth - 1)
    var col = g.nameWidth
    for q in questions.indices {
      f.put(
        mark(Say.questionColumn(q + 1, wide: g.cellWidth >= 9), sort.key.question == q), row: heading, col: col,
        style: q == question ? .tocCurrent : .heading, limit: col + g.cellWidth - 1)
      col += g.cellWidth
    }
    if g.showsExtras {
      f.put(mark(Say.totalColumn, sort.key == .total), row: heading, col: g.totalColumn, style: .heading)
      f.put(mark(Say.readingColumn, sort.key == .reading), row: heading, col: g.readingColumn, style: .heading)
      f.put(mark(Say.lastEditColumn, sort.key == .lastEdit), row: heading, col: g.lastEditColumn, style: .heading)
    }
  }

  /// One group's row: its name, each question's cell (characters, citations, score), then its total, reading and last edit.
  func drawGridRow(_ f: inout Frame, _ g: ReviewGeometry, _ s: Session, index i: Int, row r: Int, _ totals: ScoreTotals)
  {
    let name = s.group.name
    f.put(Layout.clip(" " + name, width: g.nameWidth - 1), row: r, col: 0, style: i == row ? .tocCurrent : .normal)
    let figures = figure(name)
    var c = g.nameWidth
    for q in questions.indices {
      let n = figures.map { q < $0.characters.count ? $0.characters[q] : 0 } ?? 0
      let cites = figures.map { q < $0.citations.count ? $0.citations[q] : 0 } ?? 0
      let given = review.feedback(group: name, question: q)
      // ☆: given under another rubric or scale, left out of the totals (the answer view says which);
      // a trailing ?: converted, its criteria to be scored again.
      let score = given.flatMap { f in
        f.score.map {
          (review.isCurrent(f, question: q) ? "★" : "☆") + "\($0)"
            + (review.toScoreAgain(f, question: q) ? Say.toScoreAgainMark : "")
        }
      }
      let conflict = figures.map { q < $0.conflicts.count && $0.conflicts[q] } ?? false
      let selectedCell = i == row && q == question
      if selectedCell { f.fill(row: r, from: c, to: c + g.cellWidth - 1, style: .selected) }
      f.put(
        cellText(n, cites, score, conflict: conflict, width: g.cellWidth - 1), row: r, col: c,
        style: selectedCell ? .selected : (conflict ? .notice : n == 0 && cites == 0 ? .dim : .normal),
        limit: c + g.cellWidth - 1)
      c += g.cellWidth
    }
    guard g.showsExtras else { return }
    let t = totals.group(name)
    f.put(t.scored > 0 ? "\(t.total)" : "—", row: r, col: g.totalColumn, style: t.scored > 0 ? .normal : .dim)
    f.put("\(progress(s))/\(content.count)", row: r, col: g.readingColumn, style: .dim)
    let edit = figures.map { Say.ago(now.timeIntervalSince($0.lastEdit), $0.lastEdit) } ?? ""
    let live = all.writing.contains(name)
    f.put(
      (live ? "✎ " : "") + edit, row: r, col: g.lastEditColumn, style: live ? .heading : .dim,
      limit: g.lastEditColumn + ReviewGeometry.lastEditWidth)
  }

  /// Under the footer: the files skipped or read with a warning, the last row saying how many more.
  func drawProblems(_ f: inout Frame, _ g: ReviewGeometry) {
    let problems = all.problems
    for (k, p) in problems.prefix(g.problemRows).enumerated() {
      let more = problems.count - g.problemRows
      let text =
        k == g.problemRows - 1 && more > 0
        ? Say.moreProblems(more + 1)
        : "\(URL(fileURLWithPath: p.file).lastPathComponent): \(Say.reason(p.reason))"
      f.put(
        Layout.clip(" ⚠ " + text, width: cols), row: g.footerTop + ReviewGeometry.footerRows + k, col: 0, style: .notice
      )
    }
  }

  /// Under the groups: each question's mean score and total (with how many were scored), and the totals' mean.
  func drawFooter(_ f: inout Frame, _ totals: ScoreTotals) {
    let g = geometry
    let meanRow = g.footerTop
    let totalRow = g.footerTop + 1
    f.put(Say.meanRow, row: meanRow, col: 0, style: .heading, limit: g.nameWidth - 1)
    let total = TerminalWidth.columns(Say.totalRow) < g.nameWidth ? Say.totalRow : Say.totalRowShort
    f.put(total, row: totalRow, col: 0, style: .heading, limit: g.nameWidth - 1)
    var c = g.nameWidth
    for q in questions.indices {
      let figures = totals.questions[q]
      f.put(
        figures.scored > 0 ? "★" + ScoreTotals.text(figures.mean) : "—", row: meanRow, col: c,
        style: figures.scored > 0 ? .heading : .dim, limit: c + g.cellWidth - 1)
      f.put(
        figures.scored > 0 ? "★\(figures.total) (\(figures.scored))" : "—", row: totalRow, col: c,
        style: figures.scored > 0 ? .heading : .dim, limit: c + g.cellWidth - 1)
      c += g.cellWidth
    }
    guard g.showsExtras else { return }
    f.put(
      ScoreTotals.text(totals.totals.mean), row: meanRow, col: g.totalColumn,
      style: totals.totals.scored > 0 ? .heading : .dim,
      limit: g.readingColumn - 1)
  }

  /// A grid cell: ⚠ when the answer holds a merge's conflict, 字数, citations
  /// and the score (`322字 1引 ★10`). Where the column is too narrow it
  /// shortens by one rule: the spaces go first (`322字1引★10`), then the
  /// citations (`322字 ★10`); the score is never cut. An answer of citations
  /// only shows them (`0字 2引`); nothing at all is `—`.
  func cellText(_ n: Int, _ cites: Int, _ score: String?, conflict: Bool = false, width: Int) -> String {
    let flag = conflict ? Say.conflictMark : ""
    guard n > 0 || cites > 0 else { return flag + "—" + (score.map { " " + $0 } ?? "") }
    let forms = [
      Say.cell(n, cites) + (score.map { " " + $0 } ?? ""),
      Say.tightCell(n, cites) + (score ?? ""),
      (n > 0 ? Say.characterCell(n) : Say.citationCell(cites)) + (score.map { " " + $0 } ?? ""),
      (n > 0 ? Say.characterCell(n) : Say.citationCell(cites)) + (score ?? ""),
    ].map { flag + $0 }
    return forms.first { TerminalWidth.columns($0) <= width } ?? forms.last!
  }
}
