import CaseroomEngine
import CaseroomReview
import CaseroomSession
import Foundation

extension ReviewState {
  /// Rows of text in the presenter (between the question block and the bottom bar).
  var presenterRows: Int { max(1, rows - 2 - presenterTop) }
  var presenterMargin: Int { cols >= 100 ? 8 : cols >= 60 ? 4 : 1 }
  var presenterTop: Int { 1 + min(4, questionLines(width: cols - 2 * presenterMargin).count) + 2 }

  func questionLines(width: Int) -> [LaidLine] {
    Layout.lines("思考题 \(question + 1)：" + questions[question], width: max(8, width))
  }

  /// An answer laid out for reading: paragraphs, then the cited passages as quotes, then the feedback.
  func answerLines(_ s: Session, width: Int, feedback: Bool) -> [(String, Style)] {
    var out: [(String, Style)] = []
    let a = s.answers[safe: question]
    let text = a?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    if text.isEmpty {
      out.append(("（未作答 no answer）", .dim))
    } else {
      for (i, p) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
        if i > 0 { out.append(("", .normal)) }
        out += Layout.lines(String(p), width: width, style: .body(width: width)).map { ($0.display, .normal) }
      }
    }
    if let cites = a?.citations, !cites.isEmpty {
      out.append(("", .normal))
      out.append(("引文 Cited passages", .heading))
      for c in cites {
        let heading = c.anchor.heading(in: all.document)
        let style = ParagraphStyle(firstLead: "  “", restLead: "   ")
        out += Layout.lines(c.anchor.quote + "”", width: width, style: style).map { ($0.display, .dim) }
        out.append(("    — " + (heading ?? "已失效 orphaned"), heading == nil ? .notice : .dim))
      }
    }
    if feedback, let f = review.feedback(group: s.group.name, question: question) {
      out.append(("", .normal))
      let score = f.score.map { "评分 Score \($0)/\(review.scaleMax)" } ?? "未评分 no score"
      out.append((score, .heading))
      if !f.comment.isEmpty {
        out += Layout.lines("点评：" + f.comment, width: width).map { ($0.display, .heading) }
      }
    }
    return out
  }

  func presenterLines(_ s: Session) -> [(String, Style)] {
    answerLines(s, width: cols - 2 * presenterMargin, feedback: false)
  }

  func header(_ f: inout Frame, _ title: String) {
    f.fill(row: 0, style: .header)
    f.put(" " + all.document.title + "  │  " + title, row: 0, col: 0, style: .header)
  }

  func groupTitle(_ s: Session) -> String {
    s.group.name + (s.group.members.isEmpty ? "" : "（" + s.group.members.joined(separator: "、") + "）")
  }

  public func render() -> Frame {
    var f = Frame(rows: rows, cols: cols)
    guard rows >= ReaderState.minimumRows && cols >= ReaderState.minimumCols else {
      f.put("终端太小 too small", row: 0, col: 0, style: .notice)
      return f
    }
    switch screen {
    case .grid: drawGrid(&f)
    case .answer: drawAnswer(&f)
    case .presenter: drawPresenter(&f)
    case .order: drawOrder(&f)
    }
    let bar = rows - 1
    if screen != .presenter || message != nil || draft != nil { f.fill(row: bar, style: .status) }
    if let d = draft {
      let c = f.put(" 点评 comment: " + d, row: bar, col: 0, style: .prompt)
      f.cursor = (bar, min(c, cols - 1))
    } else if let m = message {
      f.put(" " + m, row: bar, col: 0, style: .status)
    } else {
      let hints: [Hint]
      switch screen {
      case .grid: hints = [("j/k/h/l", "选择"), ("Enter", "查看"), ("s", "排序"), ("o", "发言顺序"), ("P", "演示"), ("q", "退出")]
      case .answer:
        hints = [
          ("←/→", "上/下一组"), ("0–\(review.scaleMax)", "评分"), ("c", "点评"), ("Tab", "下一题"), ("v", "并排"), ("P", "演示"),
          ("Esc", "返回"),
        ]
      case .order: hints = [("j/k", "选择"), ("J/K", "下移/上移"), ("s", "随机"), ("Esc", "返回")]
      case .presenter: hints = []
      }
      f.putHints(hints, row: bar, col: 1, limit: cols)
    }
    return f
  }

  func drawGrid(_ f: inout Frame) {
    header(&f, "评阅 Review · \(all.sessions.count) 组 · 排序 \(sort.rawValue)")
    let nameWidth = min(20, max(10, cols / 5))
    let cellWidth = max(8, (cols - nameWidth - 8 - 12) / max(1, questions.count))
    var col = nameWidth
    f.put(nameWidth >= 14 ? " 小组 group" : " 小组", row: 2, col: 0, style: .heading, limit: nameWidth - 1)
    for q in questions.indices {
      f.put(
        cellWidth >= 9 ? "思考题\(q + 1)" : "题\(q + 1)", row: 2, col: col, style: q == question ? .tocCurrent : .heading,
        limit: col + cellWidth - 1)
      col += cellWidth
    }
    f.put("阅读", row: 2, col: col, style: .heading)
    f.put("最近修改", row: 2, col: col + 7, style: .heading)
    let list = sorted
    let visible = rows - 6
    let first = max(0, row - visible + 1)
    for (i, s) in list.enumerated() where i >= first {
      let r = 3 + i - first
      guard r < rows - 2 - min(2, all.problems.count) else { break }
      f.put(" " + s.group.name, row: r, col: 0, style: i == row ? .tocCurrent : .normal, limit: nameWidth - 1)
      var c = nameWidth
      for q in questions.indices {
        let a = s.answers[safe: q]
        let n = CharacterCount.of(a?.text ?? "")
        var cell = n == 0 ? "—" : "\(n)字 \(a?.citations.count ?? 0)引"
        if let score = review.feedback(group: s.group.name, question: q)?.score { cell += " ★\(score)" }
        let selected = i == row && q == question
        if selected { f.fill(row: r, from: c, to: c + cellWidth - 1, style: .selected) }
        f.put(cell, row: r, col: c, style: selected ? .selected : (n == 0 ? .dim : .normal), limit: c + cellWidth - 1)
        c += cellWidth
      }
      f.put("\(progress(s))/\(content.count)", row: r, col: c, style: .dim)
      f.put(LocalTime.text(s.updatedAt, .dayAndTime), row: r, col: c + 7, style: .dim)
    }
    if all.sessions.isEmpty {
      f.put(" 没有找到这个案例的小组记录 no sessions for this case", row: 4, col: 0, style: .notice)
    }
    for (k, p) in all.problems.prefix(2).enumerated() {
      f.put(
        " ⚠ \(URL(fileURLWithPath: p.file).lastPathComponent): \(p.reason)",
        row: rows - 3 + k - min(2, all.problems.count) + 1, col: 0, style: .notice)
    }
  }

  func drawAnswer(_ f: inout Frame) {
    guard let s = current else { return }
    let list = sorted
    header(&f, "思考题 \(question + 1) · \(row + 1)/\(list.count)")
    let width = sideBySide ? (cols - 6) / 2 : min(100, cols - 4)
    let q = questionLines(width: cols - 4)
    for (i, l) in q.prefix(3).enumerated() { f.put(l.display, row: 1 + i, col: 2, style: .heading) }
    let top = 1 + min(3, q.count) + 1
    let columns: [(Session, Int)] =
      sideBySide && list.count > 1 ? [(s, 2), (list[(row + 1) % list.count], 4 + width)] : [(s, 2)]
    for (session, x) in columns {
      f.put(groupTitle(session), row: top, col: x, style: .tocCurrent, limit: x + width)
      let lines = answerLines(session, width: width, feedback: true)
      for r in 0..<max(0, rows - top - 3) {
        let i = scroll + r
        guard i < lines.count else { break }
        f.put(lines[i].0, row: top + 2 + r, col: x, style: lines[i].1, limit: x + width)
      }
    }
  }

  func drawPresenter(_ f: inout Frame) {
    let order = presentationOrder
    guard presenting < order.count else { return }
    let s = order[presenting]
    let m = presenterMargin
    let q = questionLines(width: cols - 2 * m)
    for (i, l) in q.prefix(4).enumerated() { f.put(l.display, row: 1 + i, col: m, style: .heading) }
    f.put(groupTitle(s) + "  (\(presenting + 1)/\(order.count))", row: presenterTop - 1, col: m, style: .tocCurrent)
    let lines = presenterLines(s)
    for r in 0..<presenterRows {
      let i = scroll + r
      guard i < lines.count else { break }
      f.put(lines[i].0, row: presenterTop + r, col: m, style: lines[i].1, limit: cols - m)
    }
  }

  func drawOrder(_ f: inout Frame) {
    header(&f, "发言顺序 Presentation order")
    let names = review.presentationOrder(all.sessions.map(\.group.name))
    for (i, n) in names.enumerated() {
      let r = 2 + i
      guard r < rows - 1 else { break }
      if i == orderSelected { f.fill(row: r, style: .selected) }
      f.put(" \(i + 1). \(n)", row: r, col: 0, style: i == orderSelected ? .selected : .normal)
    }
  }
}
