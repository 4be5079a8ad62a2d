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

  /// A line of the case's text, and the heat of what is on it.
  struct TextLine: Equatable {
    var text: String
    var style: Style
    /// Groups citing the most cited sentence on the line (0: none), and whether the line starts that sentence.
    var count: Int
    var starts: Bool
    /// Where the cited part of the line is (columns after the margin), for the shading.
    var cited: [Range<Int>]
    /// The most cited sentence on the line (its place in `insight.passages`), for Enter.
    var passage: Int? = nil
    /// Where the line starts in the case, so that the cursor stays on its text when the width changes.
    var place = Place(section: 0, paragraph: -1, offset: 0)
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
  /// The sentence whose groups are shown (its place in `insight.passages`), and the group chosen there.
  var detail: Int?
  var detailSelected = 0
  /// The line of the case's text the cursor is on (`textLines`).
  var textCursor = 0
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
    tally.update(all, changed: changed)
    insight = tally.insight()
    textFor = nil
    let list = passages
    if let key = selectedKey, let i = list.firstIndex(where: { key == Self.key(insight.passages[$0]) }) {
      selected = i
    }
    selected = min(selected, max(0, list.count - 1))
    if let d = detail, d >= insight.passages.count { detail = nil }
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
    guard let d = detail, d < insight.passages.count else { return [] }
    return insight.passages[d].questions.filter { question == nil || $0.question == question }.flatMap { use in
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
      case .back: detail = nil
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
      case .text: moveCursor(to: textCursor + delta, rows: rows)
      case .overview: scroll = max(0, scroll + delta)
      }
    case .nextCited, .previousCited:
      guard self.page == .text else { return nil }
      let forward = action == .nextCited
      let order =
        forward ? Array(textLines.indices.dropFirst(textCursor + 1)) : textLines.indices.prefix(textCursor).reversed()
      if let i = order.first(where: { textLines[$0].passage != nil && textLines[$0].starts }) {
        moveCursor(to: i, rows: rows)
      }
    case .open:
      switch self.page {
      case .passages:
        guard passages.indices.contains(selected) else { return nil }
        detail = passages[selected]
      case .text:
        guard let d = textLines[safe: textCursor]?.passage else { return .nothingCited }
        detail = d
      case .overview: return nil
      }
      detailSelected = 0
    default: break
    }
    return nil
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
          text: s.heading + Say.insightSectionHeat(perQuestion), style: .heading, count: 0, starts: false, cited: [],
          place: Place(section: k, paragraph: -1, offset: 0)))
      for (pi, para) in s.paragraphs.enumerated() {
        let sentences = Sentences.ranges(in: para.text)
        let counts = heat[s.id]?[pi] ?? [:]
        for line in Layout.lines(ParagraphShape(para.text), width: textWidth, style: .body(width: textWidth)) {
          var most = 0
          var starts = false
          var passage: Int?
          var shaded: [Range<Int>] = []
          for (si, r) in sentences.enumerated()
          where r.lowerBound < line.range.upperBound && line.range.lowerBound < r.upperBound {
            guard let (n, k) = counts[si] else { continue }
            if n > most {
              most = n
              starts = r.lowerBound >= line.range.lowerBound
              passage = k
            }
            let from = max(r.lowerBound, line.range.lowerBound)
            let to = min(r.upperBound, line.range.upperBound)
            let lead = TerminalWidth.columns(line.lead)
            let a = lead + TerminalWidth.columns(Self.slice(para.text, line.range.lowerBound..<from))
            let b = a + TerminalWidth.columns(Self.slice(para.text, from..<to))
            shaded.append(a..<b)
          }
          out.append(
            TextLine(
              text: line.display, style: .normal, count: most, starts: starts, cited: shaded, passage: passage,
              place: Place(section: k, paragraph: pi, offset: line.range.lowerBound)))
        }
        out.append(
          TextLine(
            text: "", style: .normal, count: 0, starts: false, cited: [],
            place: Place(section: k, paragraph: pi, offset: para.text.utf8.count)))
      }
    }
    textLines = out
    // The cursor on the line holding the text it was on (the width may have changed).
    textCursor = keep.flatMap { at in out.lastIndex { $0.place <= at } } ?? min(textCursor, max(0, out.count - 1))
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
