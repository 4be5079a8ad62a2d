import CaseroomEngine
import CaseroomReview
import FoundationEssentials

/// The insight view inside the review: opened with `i` from the grid or an
/// answer, fed by the review's look at the folders, and handing a group's
/// answer back to it.
extension ReviewState {
  /// `i`: the insight view (tallied the first time, then kept up to date).
  /// Opened anew, it starts from its list and remembers the group and
  /// question on screen; come back to (from an answer opened over it), it is as it was left.
  mutating func openInsight() {
    if insightPanel == nil { insightPanel = InsightPanel(all) }
    let already = levels.contains { if case .view(.insight) = $0 { true } else { false } }
    stack.open(.insight)
    if var p = insightPanel {
      if !already {
        p.showDetail(nil)
        p.origin = (selected, question)
      }
      p.layText(width: cols)
      insightPanel = p
    }
  }

  /// After a look at the folders: the changed groups tallied again (only once the view has been opened).
  mutating func insightChanged(_ groups: Set<String>) {
    guard var p = insightPanel, !groups.isEmpty else { return }
    p.update(all, changed: groups)
    if screen == .insight { p.layText(width: cols) }
    insightPanel = p
  }

  /// Rows of the insight's content: between the view's tabs and the status bar.
  var insightRows: Int { max(1, rows - 3) }

  mutating func insight(_ key: Key, _ now: Date) {
    guard var p = insightPanel else {
      stack.pop()
      return
    }
    guard let action = Keymap.action(for: key, in: p.keys) else { return }
    switch action {
    case .help: stack.push(.help(scroll: insightHelpScroll))
    case .reload: look(now, force: true, saying: true)
    case .back where p.detail == nil:
      // Back to where the view was opened from: the group and question it showed.
      if let (group, q) = p.origin {
        if let group, order.contains(group) { select(group) }
        question = min(q, max(0, questions.count - 1))
      }
      stack.pop()
    default:
      let outcome = p.handle(action, rows: insightRows, cols: cols)
      p.layText(width: cols)
      insightPanel = p
      clampInsightScroll()
      switch outcome {
      case .jump(let jump)?:
        // The answer opens over the insight: Esc comes back to the groups that cited the sentence.
        select(jump.group)
        question = jump.question
        stack.push(.view(.answer))
        scroll = 0
      case .nothingCited?: message = Say.insightNothingCitedHere
      case nil: break
      }
    }
  }

  /// `?` in the insight view: the help scrolled to the insight's keys.
  var insightHelpScroll: Int {
    let lines = helpLines
    let at = lines.firstIndex { $0.contains(Say.insightHelpTitle) } ?? 0
    return max(0, min(at, lines.count - max(1, rows - 3)))
  }

  /// The views that scroll stop at their last line.
  mutating func clampInsightScroll() {
    guard var p = insightPanel else { return }
    let lines = p.page == .text ? p.textLines.count : insightOverviewLines(p).count
    p.scroll = min(p.scroll, max(0, lines - insightRows))
    insightPanel = p
  }
}
