import CaseroomEngine
import FoundationEssentials

/// The slides of a deck, decided once for Markdown and HTML: a title slide
/// (continued when the class is long), then question by question the
/// answers; an answer too long for one slide continues on the following
/// slides, marked （续）.
///
/// How much goes on a slide is measured in the deck's own unit `u` (1 % of
/// the width of a 16:9 slide, the narrowest shape a projector has: any other
/// shape gives at least as much room at the same font size), from the sizes
/// the HTML deck's style gives each part. A paragraph's height is its lines
/// at the answer's font (a Hanzi one em wide, Latin letters half) times the
/// line height, with room kept for line-breaking rules; a paragraph that
/// does not fit is split between sentences.
struct SlidePlan {
  struct Paragraph: Equatable {
    var text: String
    /// The rest of a paragraph begun on the slide before (no first-line indent).
    var continued: Bool
  }

  enum Slide: Equatable {
    /// The deck's title; the groups listed (all), or one group's members.
    case title(groups: [ExportDocument.Group], members: [String]?, continued: Bool)
    case question(number: Int, text: String)
    /// A part of one group's answer to one question.
    case answer(
      group: ExportDocument.Group, number: Int, paragraphs: [Paragraph], citations: [ExportDocument.CitedPassage],
      feedback: Bool, continued: Bool)
    /// A group's scores over the questions, and its total (a group's own deck, with feedback).
    case scores(group: ExportDocument.Group)
    /// The questions a group did not answer, on one slide (1-based).
    case unanswered(group: ExportDocument.Group, questions: [Int])
    /// The class as a whole on one question (1-based): its most cited sentences as bars.
    case insight(number: Int)
  }

  /// Sentences on an insight slide (each two lines at most, at 1.6u: with
  /// the heading, the question and a line of terms, they fit a 16:9 slide).
  static let insightPassages = 5

  // The deck's sizes, in u (see HTMLDeck.css): keep the two in step.
  static let slideHeight = 56.25
  static let paddingTop = 3.5
  static let paddingBottom = 3.5
  static let contentWidth = 90.0
  /// Kept clear at the bottom for the slide counter.
  static let counterRoom = 2.5
  /// The answer slide's heading (one line), and the question under it (at most three lines, at 1.6u).
  static let headingLine = 2.6 * 1.3 + 0.3
  static let askedFont = 1.6
  static let askedLine = 1.6 * 1.45
  static let askedInset = 0.3 + 0.8
  static let headGap = 1.0
  static let answerFont = 2.0
  static let answerLine = 2.0 * 1.6
  static let quoteFont = 1.7
  static let quoteLine = 1.7 * 1.5
  static let citeLine = 1.4 * 1.4
  static let quoteBox = 1.0 + 0.6
  static let quoteInset = 2.4 + 0.3
  static let feedbackFont = 1.8
  static let feedbackLine = 1.8 * 1.5
  static let feedbackGap = 0.6
  /// Room kept on each line for line-breaking rules (a closing mark pushed down with its character).
  static let lineSlack = 2.0
  /// Groups listed on a title slide (three columns).
  static let groupsPerTitle = 36

  /// The body's room on an answer slide under a question (the most, under a question of three lines or more).
  static func answerBudget(_ question: String = "") -> Double {
    let asked = min(3, lines(question, font: askedFont, width: contentWidth - askedInset, indent: false))
    return slideHeight - paddingTop - paddingBottom - counterRoom - headingLine - Double(asked) * askedLine - headGap
  }

  /// Ems per line for text at a font size (in u) across a width (in u).
  static func ems(font: Double, width: Double = contentWidth) -> Double { width / font - lineSlack }

  /// Width of text in ems: a double-width character is one em, any other half.
  static func emWidth(_ s: some StringProtocol) -> Double { Double(TerminalWidth.columns(s)) / 2 }

  /// Lines a paragraph takes at a font across a width, with its first-line indent (2 em) when it has one.
  static func lines(_ s: some StringProtocol, font: Double, width: Double = contentWidth, indent: Bool) -> Int {
    max(1, Int(((emWidth(s) + (indent ? 2 : 0)) / ems(font: font, width: width)).rounded(.up)))
  }

  static func height(_ p: Paragraph) -> Double {
    Double(lines(p.text, font: answerFont, indent: !p.continued)) * answerLine
  }

  static func height(_ c: ExportDocument.CitedPassage) -> Double {
    quoteBox + Double(lines(c.quote, font: quoteFont, width: contentWidth - quoteInset, indent: false)) * quoteLine
      + citeLine
  }

  static func feedbackHeight(_ a: ExportDocument.Answer) -> Double {
    var h = 0.0
    if a.score != nil { h += feedbackGap + feedbackLine }
    if let c = a.comment { h += feedbackGap + Double(lines(c, font: feedbackFont, indent: false)) * feedbackLine }
    return h
  }

  // MARK: Planning

  static func slides(_ d: ExportDocument, all: Bool) -> [Slide] {
    var out: [Slide] = []
    if all {
      let chunks = stride(from: 0, to: max(1, d.groups.count), by: groupsPerTitle).map {
        Array(d.groups[min($0, d.groups.count)..<min($0 + groupsPerTitle, d.groups.count)])
      }
      for (i, chunk) in chunks.enumerated() { out.append(.title(groups: chunk, members: nil, continued: i > 0)) }
    } else {
      out.append(.title(groups: Array(d.groups.prefix(1)), members: d.groups.first?.members ?? [], continued: false))
    }
    for (q, question) in d.case.questions.enumerated() {
      if all { out.append(.question(number: q + 1, text: question)) }
      for g in d.groups where q < g.answers.count && !g.answers[q].isUnanswered { out += answer(g, q) }
      if all, d.insight?.questions.indices.contains(q) == true { out.append(.insight(number: q + 1)) }
    }
    // What a group did not answer: one slide per group, not one per question.
    for g in d.groups {
      let missing = g.answers.indices.filter { g.answers[$0].isUnanswered }.map { $0 + 1 }
      if !missing.isEmpty { out.append(.unanswered(group: g, questions: missing)) }
    }
    if !all, let g = d.groups.first, d.feedback != .none, g.answers.contains(where: { $0.score != nil }) {
      out.append(.scores(group: g))
    }
    return out
  }

  /// One group's answer to a question, over as many slides as it needs: its
  /// paragraphs, then its cited passages, then the feedback, on the last.
  static func answer(_ g: ExportDocument.Group, _ q: Int) -> [Slide] {
    let a = g.answers[q]
    let text = a.text.trimmingSpacesAndLineBreaks()
    var pending = text.split(separator: "\n").map { String($0).trimmingSpaces() }.filter {
      !$0.isEmpty
    }.map { Paragraph(text: $0, continued: false) }
    var parts: [([Paragraph], [ExportDocument.CitedPassage])] = []
    var page: [Paragraph] = []
    var cites: [ExportDocument.CitedPassage] = []
    let budget = answerBudget(a.question)
    var room = budget
    func next() {
      parts.append((page, cites))
      page = []
      cites = []
      room = budget
    }
    while !pending.isEmpty {
      let p = pending.removeFirst()
      let h = height(p)
      if h <= room {
        page.append(p)
        room -= h
        continue
      }
      // Split: as many sentences as fit in what is left (a whole slide if too little is left).
      let linesLeft = Int(room / answerLine)
      if linesLeft < 2 && !page.isEmpty {
        next()
        pending.insert(p, at: 0)
        continue
      }
      let (head, tail) = split(p, lines: max(1, linesLeft))
      page.append(head)
      if !tail.isEmpty { pending.insert(Paragraph(text: tail, continued: true), at: 0) }
      next()
    }
    for c in a.citations {
      let h = height(c)
      if h > room && (!page.isEmpty || !cites.isEmpty) { next() }
      cites.append(c)
      room -= h
    }
    if feedbackHeight(a) > room && (!page.isEmpty || !cites.isEmpty) { next() }
    if !page.isEmpty || !cites.isEmpty || parts.isEmpty || feedbackHeight(a) > 0 { parts.append((page, cites)) }
    return parts.enumerated().map { i, part in
      .answer(
        group: g, number: q + 1, paragraphs: part.0, citations: part.1, feedback: i == parts.count - 1,
        continued: i > 0)
    }
  }

  /// The first part of a paragraph that fits in `lines` lines (ending at a
  /// sentence's end when one is there, else anywhere), and the rest.
  static func split(_ p: Paragraph, lines: Int) -> (Paragraph, String) {
    let capacity = Double(lines) * ems(font: answerFont) - (p.continued ? 0 : 2)
    var used = 0.0
    var cut = p.text.startIndex
    var sentenceEnd: String.Index?
    var i = p.text.startIndex
    while i < p.text.endIndex {
      let c = p.text[i]
      let w = Double(TerminalWidth.columns(c)) / 2
      if used + w > capacity { break }
      used += w
      i = p.text.index(after: i)
      cut = i
      if "。！？；!?;…」”".contains(c) { sentenceEnd = i }
    }
    if let end = sentenceEnd,
      p.text.distance(from: p.text.startIndex, to: end) * 2 >= p.text.distance(from: p.text.startIndex, to: cut)
    {
      cut = end
    }
    if cut == p.text.startIndex { cut = p.text.index(after: cut) }
    // Closing marks stay with the text before them.
    while cut < p.text.endIndex, BreakRules.isForbiddenLineStart(p.text[cut]) { cut = p.text.index(after: cut) }
    return (Paragraph(text: String(p.text[..<cut]), continued: p.continued), String(p.text[cut...]))
  }
}
