import CaseroomEngine
import CaseroomReview
import FoundationEssentials

extension ReviewState {
  /// The score box on the status bar: `评分：87  （0–100，Enter 确定，Esc 取消）`, or
  /// with a rubric each criterion's field, the current one bracketed, and
  /// the sum; its keys' hint after them when the bar has room, else on the
  /// row above, so that neither is cut. On a narrow bar the fields before
  /// the current one give way (`…`): the field being typed is always seen.
  func drawScoreBox(_ f: inout Frame, _ box: ScoreBox, row bar: Int) {
    guard box.isRubric else {
      let whole = " " + Say.typingScore(box.typed, box.fields[0].points)
      if TerminalWidth.columns(whole) <= cols || bar == 0 {
        f.put(whole, row: bar, col: 0, style: .status)
      } else {
        f.fill(row: bar - 1, style: .status)
        f.put(
          Layout.clip(" " + Say.scoreBoxHint(box.fields[0].points), width: cols), row: bar - 1, col: 0, style: .status)
        f.put(" " + Say.typingScorePrefix(box.typed), row: bar, col: 0, style: .status)
      }
      f.cursor = (bar, 1 + TerminalWidth.columns(Say.typingScorePrefix(box.typed)))
      return
    }
    let parts = box.fields.enumerated().map { i, field in
      let shown = field.typed.isEmpty ? "_" : field.typed
      return i == box.current
        ? "\(field.name ?? "") [\(shown)]/\(field.points)" : "\(field.name ?? "") \(shown)/\(field.points)"
    }
    let sum = " = \(box.sum)/\(box.points)"
    var first = 0
    func line() -> String {
      " " + Say.scoreLabel + (first > 0 ? "… · " : "") + parts[first...].joined(separator: " · ") + sum
    }
    while first < box.current && TerminalWidth.columns(line()) > cols { first += 1 }
    let text = line()
    let hint = Say.rubricBoxHint
    if TerminalWidth.columns(text + "  " + hint) <= cols || bar == 0 {
      f.put(Layout.clip(text + "  " + hint, width: cols), row: bar, col: 0, style: .status)
    } else {
      f.fill(row: bar - 1, style: .status)
      f.put(Layout.clip(" " + hint, width: cols), row: bar - 1, col: 0, style: .status)
      f.put(Layout.clip(text, width: cols), row: bar, col: 0, style: .status)
    }
    // The cursor after what is typed in the current field.
    let before =
      " " + Say.scoreLabel + (first > 0 ? "… · " : "") + parts[first..<box.current].map { $0 + " · " }.joined()
    let cursor =
      TerminalWidth.columns(before) + TerminalWidth.columns(box.fields[box.current].name ?? "") + 2
      + TerminalWidth.columns(box.fields[box.current].typed)
    if cursor < cols { f.cursor = (bar, cursor) }
  }

  /// The feedback under an answer: the score with its scale (and its
  /// criteria), the confirmed comment, and a draft marked as one.
  func feedbackLines(_ f: Review.Feedback, width: Int) -> [(String, Style)] {
    var out: [(String, Style)] = [("", .normal)]
    out.append((f.score.map { Say.score($0, f.scale ?? review.scaleMax) } ?? Say.noScore, .heading))
    // The criteria the score was given under (kept with it).
    if let given = f.criteria, let rubric = f.rubric, given.count == rubric.count {
      let line = zip(rubric, given).map { Say.criterionScore($0.name, $1, $0.points) }.joined(separator: " · ")
      out += Layout.lines("  " + line, width: width).map { ($0.display, .heading) }
    }
    if review.toScoreAgain(f, question: question) {
      out += Layout.lines(Say.toScoreAgain, width: width).map { ($0.display, .notice) }
    }
    if f.score != nil, !review.isCurrent(f, question: question) {
      let then = f.rubric.map { Say.underRubric(Rubric.line($0)) } ?? Say.onScale(f.scale ?? review.scaleMax)
      let now =
        review.criteria(question: question).map { Say.underRubric(Rubric.line($0)) }
        ?? Say.onScale(review.scaleMax)
      out += Layout.lines(Say.givenUnderOther(then, now), width: width).map { ($0.display, .notice) }
    }
    if !f.comment.isEmpty { out += Self.lines(f.comment, label: Say.commentLabel, width: width, .heading) }
    if let draft = f.draft, commentBox == nil { out += Self.lines(draft, label: Say.draftMark, width: width, .notice) }
    return out
  }

  /// A comment laid out line by line: a comment of several lines keeps its lines, under the text after its label.
  static func lines(_ text: String, label: String, width: Int, _ style: Style) -> [(String, Style)] {
    Layout.labelled(text, label: label, width: width).map { ($0.display, style) }
  }
}
