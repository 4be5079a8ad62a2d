import CaseroomEngine
import CaseroomReview
import FoundationEssentials

/// `caseroom insight` as text, in the interface's language: the sections
/// with bars (groups citing each, per question, and groups that read it to
/// the end), the most cited sentences, coverage, then per question the top
/// passages, lone passages, groups citing nothing and the key terms.
public enum InsightReport {
  /// Sentences listed under "most cited", and per question.
  public static let topShown = 10

  public static func text(_ i: Insight, width: Int = 100) -> String {
    var out = Say.insightTitle(i.title, i.groups, i.passages.count) + "\n\n"
    out += Say.insightSections + "\n"
    let headingWidth = min(24, i.sections.map { TerminalWidth.columns($0.heading) }.max() ?? 0)
    for s in i.sections {
      let per = s.perQuestion.enumerated().map { Say.insightPerQuestion($0.offset + 1, $0.element) }.joined(
        separator: " · ")
      out +=
        "  " + pad(s.heading, headingWidth) + " " + bar(s.groups, of: i.groups, width: 12) + " "
        + Say.insightSectionLine(s.groups, per, s.readToEnd) + "\n"
    }
    out += "\n" + Say.insightTopPassages + "\n"
    for p in i.passages.prefix(topShown) { out += passage(p, i, width: width) }
    if i.passages.isEmpty { out += "  " + Say.insightNone + "\n" }
    out += "\n" + Say.insightCoverage + "\n"
    out += "  " + Say.insightNotRead(list(i.notReadToEnd)) + "\n"
    out += "  " + Say.insightNotCited(list(i.notCited)) + "\n"
    for q in i.questions {
      out += "\n" + Say.questionNumber(q.number) + q.text + "\n"
      out += "  " + Say.insightQuestionFigures(q.answered, q.citing, q.orphaned) + "\n"
      out += "  " + Say.insightTop + "\n"
      for k in q.top.prefix(topShown) {
        let p = i.passages[k]
        let n = p.groups(question: q.number).count
        out +=
          "    " + pad(Say.insightCount(n), 5) + " " + bar(n, of: i.groups, width: 10) + " "
          + Layout.clip(p.text, width: max(20, width - 24)) + "\n"
      }
      if q.top.isEmpty { out += "    " + Say.insightNone + "\n" }
      out += "  " + Say.insightLone + (q.lone.isEmpty ? Say.insightNone : "") + "\n"
      for l in q.lone.prefix(topShown) {
        out += "    " + Layout.clip(Say.insightLoneItem(l.group, i.passages[l.passage].text), width: width - 4) + "\n"
      }
      out += "  " + Say.insightCiteNothing + list(q.citeNothing) + "\n"
      out +=
        "  " + Say.insightTerms
        + (q.terms.isEmpty
          ? Say.insightNone
          : q.terms.map { Say.insightTerm($0.term, $0.groups.count) }.joined(separator: Say.listSeparator)) + "\n"
    }
    return out
  }

  /// What to say when the folders read hold no session of the case (an
  /// empty folder, the wrong one, or sessions of another case), or nil when they hold some.
  public static func noSessions(_ all: ClassSessions) -> String? {
    guard all.sessions.isEmpty else { return nil }
    let folders = all.folders.map(\.path)
    var others: [String] = []
    for p in all.problems {
      if case .otherCase(let id) = p.reason, !others.contains(id) { others.append(id) }
    }
    return Say.insightNoSessions(
      all.document.id, folders.isEmpty ? Say.insightNone : folders.prefix(3).joined(separator: Say.listSeparator),
      otherCases: others.isEmpty ? nil : others.joined(separator: Say.listSeparator))
  }

  static func passage(_ p: Insight.Passage, _ i: Insight, width: Int) -> String {
    var out =
      "  " + pad(Say.insightCount(p.count), 5) + " " + bar(p.count, of: i.groups, width: 10) + " "
      + Layout.clip(p.text, width: max(20, width - 22)) + "\n"
    out += "        " + Say.insightSectionOf(p.heading) + "  "
    out += p.questions.map { Say.insightUse($0.question, $0.groups.joined(separator: Say.listSeparator)) }.joined(
      separator: "  ")
    return out + "\n"
  }

  static func list(_ items: [String]) -> String {
    items.isEmpty ? Say.insightNone : items.joined(separator: Say.listSeparator)
  }

  /// A bar of `width` cells for `n` of `total` (eighths for the last cell), padded with spaces.
  public static func bar(_ n: Int, of total: Int, width: Int) -> String {
    guard total > 0, n > 0 else { return String(repeating: " ", count: width) }
    let eighths = max(1, Int((Double(n) / Double(total) * Double(width * 8)).rounded()))
    let full = min(width, eighths / 8)
    let parts = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    var s = String(repeating: "█", count: full)
    if full < width { s += parts[eighths % 8] }
    return s + String(repeating: " ", count: max(0, width - s.count))
  }

  static func pad(_ s: String, _ width: Int) -> String {
    let cut = Layout.clip(s, width: width)
    return cut + String(repeating: " ", count: max(0, width - TerminalWidth.columns(cut)))
  }
}
