import CaseroomEngine
import CaseroomReview
import FoundationEssentials

/// The review's insight view (`i`): the class as a whole, following it live
/// as the grid does. Three views: the sentences most cited, the case's text
/// with each cited sentence marked by a bar and its count (a cursor line;
/// `n`/`N` go from cited sentence to cited sentence), and coverage and
/// where the answers part (with the key terms). In the first two, Enter on a
/// sentence shows which groups cited it, and Enter on a group opens its
/// answer over the view (Esc comes back to the groups). Tab narrows all of
/// it to one question.
struct InsightPanel {
  enum Page: Int, CaseIterable {
    case passages, text, overview
  }

  /// A group's answer to open.
  struct Jump: Equatable {
    var group: String
    /// 0-based.
    var question: Int
  }

  /// What a key came to, beyond the panel itself.
  enum Outcome: Equatable {
    /// Enter on a group: its answer to open.
    case jump(Jump)
    /// Enter on a line of the case that no group cited.
    case nothingCited
  }

  /// A cited sentence's part of a line of the case's text.
  struct Span: Equatable {
    /// Its place in `insight.passages`, and the sentence (`InsightPanel.key`).
    var passage: Int
    var key: [String]
    /// Groups citing it (for the question chosen), and whether the sentence starts on this line.
    var count: Int
    var starts: Bool
    /// Where it is on the line (columns after the margin), for the shading.
    var columns: Range<Int>
  }

  /// A line of the case's text, and the heat of what is on it.
  struct TextLine: Equatable {
    var text: String
    var style: Style
    /// The cited sentences on the line, in the order of the text.
    var spans: [Span] = []
    /// Where the line starts in the case, so that the cursor stays on its text when the width changes.
    var place = Place(section: 0, paragraph: -1, offset: 0)

    /// The most cited sentence on the line (the margin's count when the cursor is elsewhere).
    var most: Span? { spans.max { $0.count < $1.count } }
    /// Where the cited parts of the line are, for the shading.
    var cited: [Range<Int>] { spans.map(\.columns) }
  }

  /// A place in the case's content sections: the section (in `contentSections`),
  /// the paragraph (-1: the heading) and the UTF-8 offset in it.
  struct Place: Comparable {
    var section: Int
    var paragraph: Int
    var offset: Int

    static func < (a: Place, b: Place) -> Bool {
      (a.section, a.paragraph, a.offset) < (b.section, b.paragraph, b.offset)
    }
  }

  var tally: InsightTally
  private(set) var insight: Insight
  var page: Page = .passages
  /// One question only (1-based), or nil for all.
  var question: Int?
  var selected = 0
  var scroll = 0
  /// The sentence whose groups are shown, as it was last cited (kept, by its
  /// place in the case, across live updates: when no group cites it any more
  /// it stays on screen and says so), and the group chosen there.
  private(set) var detail: Insight.Passage?
  var detailSelected = 0
  /// The line of the case's text the cursor is on (`textLines`), and the
  /// cited sentence the cursor is on there (`key`): several may share a line,
  /// and `n`/`N` stop at each of them.
  var textCursor = 0
  private(set) var textSentence: [String]?
  /// The group and question the review showed when the view was opened: Esc from the view goes back to them.
  var origin: (group: String?, question: Int)?
  /// The selected sentence (section id, paragraph, sentence), kept across a live update.
  private var selectedKey: [String]?
  /// The case laid out with its heat at `textWidth`, for the question filter it was made for.
  private(set) var textLines: [TextLine] = []
  private var textFor: (width: Int, question: Int?, groups: Int)?

  init(_ all: ClassSessions) {
    tally = InsightTally(all)
    insight = tally.insight()
  }

  /// Takes in the groups whose sessions changed; the selection stays on its sentence.
  mutating func update(_ all: ClassSessions, changed: Set<String>) {
    guard !changed.isEmpty else { return }
    // The sentence selected and the group chosen in its list, by what they are, not where they were.
    let key = selectedKey ?? passages[safe: selected].map { Self.key(insight.passages[$0]) }
    let chosen = detailRows[safe: detailSelected]
    tally.update(all, changed: changed)
    insight = tally.insight()
    textFor = nil
    let list = passages
    if let key, let i = list.firstIndex(where: { key == Self.key(insight.passages[$0]) }) {
      selected = i
    }
    selected = min(selected, max(0, list.count - 1))
    if let d = detail {
      let key = Self.key(d)
      detail = insight.passages.first { Self.key($0) == key } ?? Self.uncited(d)
      let rows = detailRows
      detailSelected = chosen.flatMap { c in rows.firstIndex(of: c) } ?? min(detailSelected, max(0, rows.count - 1))
    }
  }

  /// A sentence no group cites any more: its text and place, no groups.
  static func uncited(_ p: Insight.Passage) -> Insight.Passage {
    var p = p
    p.count = 0
    p.groups = []
    p.questions = []
    return p
  }

  /// Shows the groups of a sentence (its place in `insight.passages`).
  mutating func showDetail(_ passage: Int?) {
    detail = passage.flatMap { insight.passages[safe: $0] }
    detailSelected = 0
  }

  static func key(_ p: Insight.Passage) -> [String] { [p.section, "\(p.paragraph)", "\(p.sentence)"] }

  /// The sentences listed, most cited first (for the question chosen).
  var passages: [Int] {
    guard let q = question else { return Array(insight.passages.indices) }
    return q - 1 < insight.questions.count ? insight.questions[q - 1].top : []
  }

  /// Groups citing a sentence for the question chosen (all questions: each group once).
  func count(_ p: Insight.Passage) -> Int { question.map { p.groups(question: $0).count } ?? p.count }

  /// The groups of the sentence shown in detail, with the question each cited it for.
  var detailRows: [Jump] {
    guard let d = detail else { return [] }
    return d.questions.filter { question == nil || $0.question == question }.flatMap { use in
      use.groups.map { Jump(group: $0, question: use.question - 1) }
    }
  }

  mutating func select(_ i: Int) {
    let list = passages
    selected = max(0, min(i, list.count - 1))
    selectedKey = list.isEmpty ? nil : Self.key(insight.passages[list[selected]])
  }

  /// A key: what it came to beyond the panel (a group's answer to open, or nothing cited where Enter was pressed).
  mutating func handle(_ action: InsightAction, rows: Int, cols: Int) -> Outcome? {
    let page = max(1, rows - 1)
    if let _ = detail {
      let n = detailRows.count
      switch action {
      case .down: detailSelected = min(detailSelected + 1, max(0, n - 1))
      case .up: detailSelected = max(0, detailSelected - 1)
      case .first: detailSelected = 0
      case .last: detailSelected = max(0, n - 1)
      case .open: return detailRows.indices.contains(detailSelected) ? .jump(detailRows[detailSelected]) : nil
      case .back: showDetail(nil)
      default: break
      }
      return nil
    }
    switch action {
    case .nextPage, .previousPage:
      let all = Page.allCases
      let step = action == .nextPage ? 1 : all.count - 1
      self.page = all[(self.page.rawValue + step) % all.count]
      scroll = 0
      textCursor = 0
      textSentence = nil
    case .nextQuestion, .previousQuestion:
      let n = insight.questions.count
      let now = question ?? 0
      let next = (now + (action == .nextQuestion ? 1 : n)) % (n + 1)
      question = next == 0 ? nil : next
      select(0)
      textFor = nil
      if self.page != .text { scroll = 0 }
    case .down, .up, .pageDown, .pageUp, .first, .last:
      let delta: Int
      switch action {
      case .down: delta = 1
      case .up: delta = -1
      case .pageDown: delta = page
      case .pageUp: delta = -page
      case .first: delta = -Int.max / 2
      default: delta = Int.max / 2
      }
      switch self.page {
      case .passages: select(selected + delta)
      case .text:
        moveCursor(to: textCursor + delta, rows: rows)
        textSentence = textLines[safe: textCursor]?.most?.key
      case .overview: scroll = max(0, scroll + delta)
      }
    case .nextCited, .previousCited:
      guard self.page == .text else { return nil }
      // Every cited sentence where it starts, in the order of the text; the cursor's among them.
      let stops = textLines.indices.flatMap { l in
        textLines[l].spans.indices.filter { textLines[l].spans[$0].starts }.map { (line: l, span: $0) }
      }
      let here = (textCursor, textLines[safe: textCursor]?.spans.firstIndex { $0.key == textSentence } ?? -1)
      let next =
        action == .nextCited
        ? stops.first { ($0.line, $0.span) > here } : stops.last { ($0.line, $0.span) < here }
      if let next {
        moveCursor(to: next.line, rows: rows)
        textSentence = textLines[next.line].spans[next.span].key
      }
    case .open:
      switch self.page {
      case .passages:
        guard passages.indices.contains(selected) else { return nil }
        showDetail(passages[selected])
      case .text:
        guard let d = cursorSpan?.passage else { return .nothingCited }
        showDetail(d)
      case .overview: return nil
      }
    default: break
    }
    return nil
  }

  /// The cited sentence the cursor is on, on the cursor's line.
  var cursorSpan: Span? {
    guard let line = textLines[safe: textCursor] else { return nil }
    return line.spans.first { $0.key == textSentence } ?? line.most
  }

  /// The text view's cursor on a line, scrolled into view.
  mutating func moveCursor(to line: Int, rows: Int) {
    scroll = textScroll(rows: rows)
    textCursor = max(0, min(line, textLines.count - 1))
    if textCursor < scroll { scroll = textCursor }
    if textCursor >= scroll + rows { scroll = textCursor - rows + 1 }
  }

  // MARK: The case's text with its heat

  /// Lays out the case's content sections at a width, each cited sentence
  /// with its count in the margin, its text shaded (when the width or the
  /// counts changed since the last time).
  mutating func layText(width: Int) {
    guard page == .text else { return }
    if let t = textFor, t.width == width, t.question == question, t.groups == insight.groups { return }
    textFor = (width, question, insight.groups)
    // section → paragraph → sentence → (groups citing it, its place in `insight.passages`)
    var heat: [String: [Int: [Int: (count: Int, passage: Int)]]] = [:]
    for (k, p) in insight.passages.enumerated() {
      let n = count(p)
      if n > 0 { heat[p.section, default: [:]][p.paragraph, default: [:]][p.sentence] = (n, k) }
    }
    let textWidth = max(8, width - InsightPanel.margin)
    var out: [TextLine] = []
    let keep = textLines[safe: textCursor]?.place
    for (k, s) in tally.document.contentSections.enumerated() {
      let cited = insight.sections.first { $0.id == s.id }
      let perQuestion = question.flatMap { q in cited?.perQuestion[safe: q - 1] } ?? cited?.groups ?? 0
      out.append(
        TextLine(
          text: s.heading + Say.insightSectionHeat(perQuestion), style: .heading,
          place: Place(section: k, paragraph: -1, offset: 0)))
      for (pi, para) in s.paragraphs.enumerated() {
        let sentences = Sentences.ranges(in: para.text)
        let counts = heat[s.id]?[pi] ?? [:]
        for line in Layout.lines(ParagraphShape(para.text), width: textWidth, style: .body(width: textWidth)) {
          var spans: [Span] = []
          for (si, r) in sentences.enumerated()
          where r.lowerBound < line.range.upperBound && line.range.lowerBound < r.upperBound {
            guard let (n, k) = counts[si] else { continue }
            let from = max(r.lowerBound, line.range.lowerBound)
            let to = min(r.upperBound, line.range.upperBound)
            let lead = TerminalWidth.columns(line.lead)
            let a = lead + TerminalWidth.columns(Self.slice(para.text, line.range.lowerBound..<from))
            let b = a + TerminalWidth.columns(Self.slice(para.text, from..<to))
            spans.append(
              Span(
                passage: k, key: [s.id, "\(pi)", "\(si)"], count: n, starts: r.lowerBound >= line.range.lowerBound,
                columns: a..<b))
          }
          out.append(
            TextLine(
              text: line.display, style: .normal, spans: spans,
              place: Place(section: k, paragraph: pi, offset: line.range.lowerBound)))
        }
        out.append(
          TextLine(
            text: "", style: .normal,
            place: Place(section: k, paragraph: pi, offset: para.text.utf8.count)))
      }
    }
    textLines = out
    // The cursor on the line holding the text it was on (the width may have changed).
    textCursor = keep.flatMap { at in out.lastIndex { $0.place <= at } } ?? min(textCursor, max(0, out.count - 1))
    // On the sentence it was on (still cited), else the line's most cited.
    guard let sentence = textSentence else { return }
    if out[safe: textCursor]?.spans.contains(where: { $0.key == sentence }) == true { return }
    if let l = out.firstIndex(where: { $0.spans.contains { $0.key == sentence && $0.starts } }) {
      textCursor = l
    } else {
      textSentence = out[safe: textCursor]?.most?.key
    }
  }

  /// The text view's first line shown: as scrolled, moved so that the cursor is on screen.
  func textScroll(rows: Int) -> Int {
    min(max(scroll, textCursor - rows + 1), textCursor)
  }

  /// Columns before the case's text: a bar and a count.
  static let margin = 7

  static func slice(_ s: String, _ r: Range<Int>) -> Substring {
    let u = s.utf8
    let a = u.index(u.startIndex, offsetBy: max(0, min(r.lowerBound, u.count)))
    let b = u.index(u.startIndex, offsetBy: max(0, min(r.upperBound, u.count)))
    return s[a..<b]
  }
}
