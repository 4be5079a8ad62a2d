import CaseroomEngine
import CaseroomReview
import FoundationEssentials

/// The insight view inside the review: opened with `i` from the grid or an
/// answer, fed by the review's look at the folders, and handing a group's
/// answer back to it.
extension ReviewState {
  /// `i`: the insight view (tallied the first time, then kept up to date).
  mutating func openInsight() {
    if insightPanel == nil { insightPanel = InsightPanel(all) }
    stack.open(.insight)
    if var p = insightPanel {
      p.detail = nil
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
    guard let action = Keymap.action(for: key, in: Keymap.insight) else { return }
    switch action {
    case .help: stack.push(.help(scroll: 0))
    case .reload: look(now, force: true, saying: true)
    case .back where p.detail == nil: stack.pop()
    default:
      if let jump = p.handle(action, rows: insightRows, cols: cols) {
        // The answer takes the insight's place (Esc from it is the view under the insight).
        select(jump.group)
        question = jump.question
        stack.pop()
        stack.open(.answer)
        scroll = 0
      }
      p.layText(width: cols)
      insightPanel = p
      clampInsightScroll()
    }
  }

  /// The views that scroll stop at their last line.
  mutating func clampInsightScroll() {
    guard var p = insightPanel else { return }
    let lines = p.page == .text ? p.textLines.count : insightOverviewLines(p).count
    p.scroll = min(p.scroll, max(0, lines - insightRows))
    insightPanel = p
  }
}
