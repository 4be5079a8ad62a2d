import CaseroomEngine
import CaseroomReview
import FoundationEssentials

extension ReviewState {
  /// The insight view: the header, the three views' tabs (and the question
  /// chosen), then the view.
  func drawInsight(_ f: inout Frame) {
    guard let p = insightPanel else { return }
    header(&f, Say.insightHeader(p.insight.groups, p.question))
    var x = 1
    for page in InsightPanel.Page.allCases {
      let name = " " + insightPageName(page) + " "
      x = f.put(name, row: 1, col: x, style: page == p.page ? .selected : .dim, limit: cols) + 1
    }
    let top = 2
    if let none = InsightReport.noSessions(all) {
      // Nothing to tally: said plainly, with where to look.
      var row = top
      for l in Layout.lines(none, width: max(10, cols - 2))
        + Layout.lines(Say.insightSeeFolders, width: max(10, cols - 2))
      where row < geometry.statusRow {
        f.put(l.display, row: row, col: 1, style: .notice)
        row += 1
      }
      return
    }
    if p.detail != nil {
      drawInsightDetail(&f, p, top: top)
      return
    }
    switch p.page {
    case .passages: drawInsightPassages(&f, p, top: top)
    case .text: drawInsightText(&f, p, top: top)
    case .overview:
      let lines = insightOverviewLines(p)
      for r in 0..<insightRows {
        let i = p.scroll + r
        guard i < lines.count else { break }
        f.put(lines[i].0, row: top + r, col: 1, style: lines[i].1, limit: cols - 1)
      }
    }
  }

  func insightPageName(_ page: InsightPanel.Page) -> String {
    switch page {
    case .passages: return Say.insightPagePassages
    case .text: return Say.insightPageText
    case .overview: return Say.insightPageOverview
    }
  }

  /// One row per sentence, most cited first: a bar, the count, the sentence, its section.
  func drawInsightPassages(_ f: inout Frame, _ p: InsightPanel, top: Int) {
    let list = p.passages
    guard !list.isEmpty else {
      f.put(Layout.clip(" " + Say.insightNoCitations, width: cols), row: top, col: 0, style: .dim)
      return
    }
    let bar = cols >= 60 ? 8 : 4
    let first = max(0, min(p.selected - insightRows + 1, list.count - insightRows))
    // The sections in a column as wide as the widest of them (a quarter of the screen at most; none when narrow).
    let widest = list.map { TerminalWidth.columns(p.insight.passages[$0].heading) }.max() ?? 0
    let headingWidth = cols >= 70 ? min(cols / 4, widest + 2) : 0
    for r in 0..<insightRows {
      let i = max(0, first) + r
      guard i < list.count else { break }
      let passage = p.insight.passages[list[i]]
      let n = p.count(passage)
      let row = top + r
      let chosen = i == p.selected
      if chosen { f.fill(row: row, style: .selected) }
      var x = f.put(
        InsightReport.bar(n, of: max(1, p.insight.groups), width: bar), row: row, col: 1,
        style: chosen ? .selected : .cited)
      x = f.put(
        " " + InsightReport.pad(Say.insightCount(n), 5) + " ", row: row, col: x, style: chosen ? .selected : .heading)
      let textEnd = cols - 1 - headingWidth
      f.put(
        Layout.clip(passage.text, width: max(4, textEnd - x)), row: row, col: x, style: chosen ? .selected : .normal)
      if headingWidth > 0 {
        f.put(
          Layout.clip("  " + passage.heading, width: headingWidth), row: row, col: textEnd,
          style: chosen ? .selected : .dim)
      }
    }
  }

  /// A sentence in full, then the groups that cited it (per question): Enter opens one's answer.
  func drawInsightDetail(_ f: inout Frame, _ p: InsightPanel, top: Int) {
    guard let passage = p.detail else { return }
    let width = max(10, cols - 4)
    var row = top
    // A third of the rows at most; a sentence longer than that ends in …
    let lines = Layout.lines(quoted(passage.text), width: width).map(\.display)
    for l in Layout.first(lines, rows: max(1, insightRows / 3), width: width) {
      f.put(l, row: row, col: 2, style: .cited)
      row += 1
    }
    f.put(Layout.clip("  — " + passage.heading, width: cols), row: row, col: 0, style: .dim)
    row += 2
    let rows = p.detailRows
    // A sentence the class stopped citing (an answer changed while it was open) says so.
    f.put(
      Layout.clip(
        " " + (rows.isEmpty ? Say.insightNoLongerCited : Say.insightCitedBy(Set(rows.map(\.group)).count)), width: cols),
      row: row, col: 0, style: rows.isEmpty ? .notice : .heading)
    row += 1
    let room = max(1, geometry.statusRow - row)
    let first = max(0, min(p.detailSelected - room + 1, rows.count - room))
    for (k, jump) in rows.enumerated().dropFirst(first).prefix(room) {
      let chosen = k == p.detailSelected
      if chosen { f.fill(row: row, style: .selected) }
      f.put(
        Layout.clip("  " + Say.insightForQuestion(jump.question + 1, jump.group), width: cols - 1), row: row, col: 0,
        style: chosen ? .selected : .normal)
      row += 1
    }
  }

  /// The case's text, each cited sentence with a bar and its count in the
  /// margin, its text shaded; the cursor's line marked (▸), the cited
  /// sentence the cursor is on shown selected (on every line it spans; the
  /// whole line when nothing on it is cited).
  func drawInsightText(_ f: inout Frame, _ p: InsightPanel, top: Int) {
    let lines = p.textLines
    let groups = max(1, p.insight.groups)
    let first = p.textScroll(rows: insightRows)
    let sentence = p.cursorSpan?.key
    for r in 0..<insightRows {
      let i = first + r
      guard i < lines.count else { break }
      let line = lines[i]
      let row = top + r
      let cursor = i == p.textCursor
      if cursor { f.put("▸", row: row, col: 0, style: .heading) }
      // The margin: the cursor's sentence where it is on the line, else the most cited there.
      if let span = line.spans.first(where: { $0.key == sentence }) ?? line.most {
        f.put(InsightReport.bar(span.count, of: groups, width: 3), row: row, col: 1, style: .cited)
        if span.starts {
          let n = "\(span.count)"
          f.put(n, row: row, col: InsightPanel.margin - 1 - TerminalWidth.columns(n), style: .heading)
        }
      }
      let x = line.style == .heading ? 1 : InsightPanel.margin
      let wholeLine = cursor && line.spans.isEmpty
      f.put(
        line.text.isEmpty && cursor ? " " : line.text, row: row, col: x, style: wholeLine ? .selected : line.style,
        limit: cols)
      for span in line.spans {
        // Shading: the cited part of the line drawn again in the cited style (the cursor's sentence: selected).
        let text = Self.columns(line.text, span.columns)
        f.put(
          text, row: row, col: x + span.columns.lowerBound, style: span.key == sentence ? .selected : .cited,
          limit: cols)
      }
    }
  }

  /// The part of a line between two columns.
  static func columns(_ s: String, _ r: Range<Int>) -> String {
    var col = 0
    var out = ""
    for c in s {
      let w = TerminalWidth.columns(c)
      if col >= r.lowerBound && col + w <= r.upperBound { out.append(c) }
      col += w
      if col >= r.upperBound { break }
    }
    return out
  }

  /// Coverage and where the answers part: the insight's report, wrapped to the screen.
  func insightOverviewLines(_ p: InsightPanel) -> [(String, Style)] {
    var i = p.insight
    if let q = p.question { i.questions = i.questions.filter { $0.number == q } }
    let width = max(10, cols - 2)
    var out: [(String, Style)] = []
    for raw in InsightReport.text(i, width: width).split(separator: "\n", omittingEmptySubsequences: false) {
      let line = String(raw)
      let indent = String(repeating: " ", count: line.prefix { $0 == " " }.count)
      let style: Style = indent.isEmpty && !line.isEmpty ? .heading : .normal
      if line.isEmpty {
        out.append(("", .normal))
        continue
      }
      let body = String(line.dropFirst(indent.count))
      for l in Layout.lines(body, width: width, style: ParagraphStyle(firstLead: indent, restLead: indent + "  ")) {
        out.append((l.display, style))
      }
    }
    return out
  }
}
