import CaseroomEngine
import CaseroomReview
import CaseroomSession
import FoundationEssentials

extension ReviewState {
  /// The presenter: the question on top, the group's name and place, its
  /// answer filling the screen in large margins, page x/y at the bottom; `g`
  /// lists the groups over it.
  func drawPresenter(_ f: inout Frame) {
    let order = presentationOrder
    guard presenting < order.count else { return }
    let s = order[presenting]
    let g = geometry
    let m = g.presenterMargin
    let q = questionLines(width: cols - 2 * m)
    for (i, l) in q.prefix(ReviewGeometry.presenterQuestionRows).enumerated() {
      f.put(l.display, row: ReviewGeometry.titleRow + i, col: m, style: .heading)
    }
    let timer = timingTurns ? "  " + Say.turnTime(classroom?.time(of: s.group.name, now: now) ?? 0) : ""
    f.put(
      Layout.clip(groupTitle(s) + "  (\(presenting + 1)/\(order.count))" + timer, width: cols - 2 * m),
      row: g.presenterTop - 1, col: m, style: .tocCurrent)
    let lines = presenterLines(s)
    for r in 0..<g.presenterRows {
      let i = scroll + r
      guard i < lines.count else { break }
      f.put(lines[i].0, row: g.presenterTop + r, col: m, style: lines[i].1, limit: cols - m)
    }
    if let p = picking { drawPicker(&f, order, selected: p) }
  }

  /// The group picker: the presentation order, numbered, over the answer.
  func drawPicker(_ f: inout Frame, _ order: [Session], selected p: Int) {
    let g = geometry
    let top = g.presenterTop - 1
    let rows = max(1, g.statusRow - top)
    let first = max(0, p - rows + 1)
    for r in top..<g.statusRow { f.fill(row: r, style: .normal) }
    for (i, s) in order.enumerated() where i >= first {
      let r = top + i - first
      guard r < g.statusRow else { break }
      if i == p { f.fill(row: r, from: g.presenterMargin, to: cols - g.presenterMargin, style: .selected) }
      f.put(
        Layout.clip("\(i + 1). " + groupTitle(s), width: cols - 2 * g.presenterMargin), row: r, col: g.presenterMargin,
        style: i == p ? .selected : .normal)
    }
  }
}
