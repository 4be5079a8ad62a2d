import CaseroomEngine
import CaseroomReview
import FoundationEssentials

extension ReviewState {
  /// The score box on the status bar: `评分：87  （0–100，Enter 确定，Esc 取消）`, or
  /// with a rubric each criterion's field, the current one bracketed, and the sum.
  func drawScoreBox(_ f: inout Frame, _ box: ScoreBox, row bar: Int) {
    guard box.isRubric else {
      f.put(" " + Say.typingScore(box.typed, box.fields[0].points), row: bar, col: 0, style: .status)
      f.cursor = (bar, 1 + TerminalWidth.columns(Say.typingScorePrefix(box.typed)))
      return
    }
    var text = " " + Say.scoreLabel
    var cursor = 0
    for (i, field) in box.fields.enumerated() {
      if i > 0 { text += " · " }
      let shown = field.typed.isEmpty ? "_" : field.typed
      if i == box.current {
        text += "\(field.name ?? "") ["
        cursor = TerminalWidth.columns(text) + TerminalWidth.columns(field.typed)
        text += "\(shown)]/\(field.points)"
      } else {
        text += "\(field.name ?? "") \(shown)/\(field.points)"
      }
    }
    text += " = \(box.sum)/\(box.points)  " + Say.rubricBoxHint
    f.put(Layout.clip(text, width: cols), row: bar, col: 0, style: .status)
    if cursor < cols { f.cursor = (bar, cursor) }
  }

  /// The feedback under an answer: the score with its scale (and its
  /// criteria), the confirmed comment, and a draft marked as one.
  func feedbackLines(_ f: Review.Feedback, width: Int) -> [(String, Style)] {
    var out: [(String, Style)] = [("", .normal)]
    out.append((f.score.map { Say.score($0, f.scale ?? review.scaleMax) } ?? Say.noScore, .heading))
    if let given = f.criteria, let rubric = review.rubric?.criteria(question: question), given.count == rubric.count {
      let line = zip(rubric, given).map { Say.criterionScore($0.name, $1, $0.points) }.joined(separator: " · ")
      out += Layout.lines("  " + line, width: width).map { ($0.display, .heading) }
    }
    if !f.comment.isEmpty {
      out += Layout.lines(Say.commentLabel + f.comment, width: width).map { ($0.display, .heading) }
    }
    if let draft = f.draft, commentBox == nil {
      out += Layout.lines(Say.draftMark + draft, width: width).map { ($0.display, .notice) }
    }
    return out
  }
}
