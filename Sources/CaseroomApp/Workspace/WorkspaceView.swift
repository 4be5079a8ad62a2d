import CaseroomEngine
import CaseroomSession
import Foundation

extension Workspace {
  /// Rows the editor's text gets (below the question, above the citations line).
  var editorRows: Int { max(1, rows - 2 - questionRows - 1 - (showsCitationLine ? 1 : 0)) }

  /// Whether the editor shows its answer's citations on a line of their own.
  var showsCitationLine: Bool { rows >= 10 }

  /// Rows the question takes above the editor: up to four on tall terminals, one on small ones.
  var questionRows: Int {
    guard case .editing(let q) = screen else { return 0 }
    let lines = Layout.lines(questionLabel(q), width: max(8, cols - 4)).count
    return rows >= 16 ? min(4, lines) : 1
  }

  func questionLabel(_ q: Int) -> String { "\(q + 1)．" + session.answers[q].question }

  /// Keeps the editor's cursor on screen.
  mutating func scrollEditorToCursor() {
    guard var e = editor else { return }
    let (cl, _) = e.cursorLine()
    let cp = e.cursor.paragraph
    if cp < editorTop.paragraph || (cp == editorTop.paragraph && cl < editorTop.line) {
      editorTop = (cp, cl)
    } else {
      // Is the cursor within editorRows lines of the top? Count, but no further.
      var count = 0
      var p = editorTop.paragraph
      var l = editorTop.line
      while (p < cp || (p == cp && l < cl)) && count < editorRows {
        count += 1
        l += 1
        if l >= e.lines(of: p).count {
          p += 1
          l = 0
        }
      }
      if count >= editorRows {
        // Put the cursor's line at the bottom: walk up editorRows - 1 lines from it.
        var tp = cp
        var tl = cl
        for _ in 0..<(editorRows - 1) {
          if tl > 0 {
            tl -= 1
          } else if tp > 0 {
            tp -= 1
            tl = e.lines(of: tp).count - 1
          }
        }
        editorTop = (tp, tl)
      }
    }
    editor = e
  }

  /// Draws the whole screen.
  public mutating func render() -> Frame {
    var f: Frame
    let badge = saveBadge()
    switch screen {
    case .reading, .choosingQuestion, .annotating, .confirmingQuit:
      f = reader.render(reservingStatus: TerminalWidth.columns(badge.text))
    case .answers(let selected):
      f = base()
      drawAnswers(&f, selected)
    case .editing(let q):
      f = base()
      drawEditor(&f, q)
    case .annotations(let selected):
      f = base()
      drawAnnotations(&f, selected)
    }
    if reader.geometry.tooSmall { return f }
    drawStatus(&f, badge)
    return f
  }

  func base() -> Frame {
    var f = Frame(rows: rows, cols: cols)
    reader.drawHeader(&f)
    return f
  }

  func groupLine() -> String {
    let members = session.group.members.isEmpty ? "" : "（" + session.group.members.joined(separator: "、") + "）"
    return "小组 " + session.group.name + members
  }

  func drawAnswers(_ f: inout Frame, _ selected: Int) {
    f.put(" 本组答案 Answers · " + groupLine(), row: 1, col: 0, style: .heading)
    var row = 3
    let rowsList = answerRows
    let sel = min(selected, max(0, rowsList.count - 1))
    // Keep the selection visible.
    let visible = rows - 4
    let first = max(0, sel - visible + 2)
    for (i, r) in rowsList.enumerated() where i >= first {
      guard row < rows - 1 else { break }
      let isSel = i == sel
      if isSel { f.fill(row: row, style: .selected) }
      switch r {
      case .question(let q):
        let a = session.answers[q]
        let count = TextEditor.count(a.text)
        let state = count == 0 ? "未写 empty" : "\(count) 字"
        let cites = a.citations.isEmpty ? "" : " · \(a.citations.count) 引用"
        let right = " [\(state)\(cites)] "
        let rw = TerminalWidth.columns(right)
        f.put(" " + questionLabel(q), row: row, col: 0, style: isSel ? .selected : .normal, limit: cols - rw)
        f.put(right, row: row, col: cols - rw, style: isSel ? .selected : .dim)
      case .citation(let q, let j):
        let c = session.answers[q].citations[j]
        let heading = c.anchor.heading(in: reader.document)
        let text = "     ↳ \(heading ?? "已失效 orphaned") “\(c.anchor.quote)”"
        f.put(
          Layout.clip(text, width: cols), row: row, col: 0, style: isSel ? .selected : (heading == nil ? .notice : .dim)
        )
      }
      row += 1
    }
  }

  mutating func drawEditor(_ f: inout Frame, _ q: Int) {
    let width = max(8, cols - 4)
    let qLines = Layout.lines(questionLabel(q), width: width)
    for (i, l) in qLines.prefix(questionRows).enumerated() {
      f.put(l.display, row: 1 + i, col: 2, style: .heading)
    }
    let sepRow = 1 + questionRows
    f.put(String(repeating: "─", count: max(0, cols)), row: sepRow, col: 0, style: .dim)
    guard var e = editor else { return }
    let top = sepRow + 1
    var p = editorTop.paragraph
    var l = editorTop.line
    var cursor: (Int, Int)?
    let (cl, cc) = e.cursorLine()
    for r in 0..<editorRows {
      guard p < e.paragraphs.count else { break }
      let lines = e.lines(of: p)
      if l < lines.count {
        f.put(lines[l].display, row: top + r, col: 2, style: .normal, limit: 2 + e.width)
        if p == e.cursor.paragraph && l == cl { cursor = (top + r, 2 + cc) }
      }
      l += 1
      if l >= lines.count {
        p += 1
        l = 0
      }
    }
    editor = e
    if let c = cursor { f.cursor = (c.0, min(c.1, cols - 1)) }
    if showsCitationLine {
      let cites = session.answers[q].citations
      let text =
        cites.isEmpty
        ? " 引用：无 · 在阅读时按 ( ) 选句、c 引用  no citations yet"
        : " 引用 \(cites.count) 处："
          + cites.map { c in
            "\(c.anchor.place(in: reader.document))“\(c.anchor.quote)”"
          }.joined(separator: "；")
      f.put(Layout.clip(text, width: cols), row: rows - 2, col: 0, style: .dim)
    }
  }

  func drawAnnotations(_ f: inout Frame, _ selected: Int) {
    f.put(" 本组批注 Notes · " + groupLine(), row: 1, col: 0, style: .heading)
    if session.annotations.isEmpty {
      f.put("  还没有批注：在阅读时按 ( ) 选句，A 加批注 no notes yet: mark a sentence with ( ), then A", row: 3, col: 0, style: .dim)
    }
    for (i, a) in session.annotations.enumerated() {
      let row = 3 + i
      guard row < rows - 1 else { break }
      let where_ = a.anchor.place(in: reader.document)
      if i == selected { f.fill(row: row, style: .selected) }
      f.put(
        Layout.clip(" ✎ \(a.note) — \(where_) “\(a.anchor.quote)”", width: cols), row: row, col: 0,
        style: i == selected ? .selected : .normal)
    }
  }

  /// The save state shown in the bottom right corner, and its style.
  func saveBadge() -> (text: String, style: Style) {
    if readOnlyHolder != nil { return (" 只读 read-only ", .notice) }
    if let err = saveError { return (" 保存失败 SAVE FAILED: \(err) — 重试中 ", .notice) }
    if unsavedSince != nil { return (" 未保存 ", .status) }
    if let t = lastSave { return (" 已保存 \(LocalTime.text(t, .time)) ", .status) }
    return ("", .status)
  }

  func drawStatus(_ f: inout Frame, _ badge: (text: String, style: Style)) {
    let row = rows - 1
    var text: String?  // a question, a warning or a message, instead of the hints
    var style = Style.status
    var lead = ""
    var hints: [Hint] = []
    switch screen {
    case .choosingQuestion:
      text = " 引用到第几题？按 1–\(session.answers.count)，Esc 取消  cite in which question?"
    case .annotating(_, let note):
      f.fill(row: row, style: .status)
      let c = f.put(" 批注 note: " + note, row: row, col: 0, style: .prompt)
      f.cursor = (row, min(c, cols - 1))
      return
    case .confirmingQuit:
      text = " 保存失败！仍要退出？y 退出 / n 返回  SAVE FAILED — quit anyway? y/n"
      style = .notice
    case .answers:
      text = message
      hints = [("j/k", "选择"), ("Enter", "编辑/跳到引文"), ("d", "删除引用"), ("Esc", "返回阅读")]
    case .editing:
      text = message
      lead = " 字数 \(editor?.characterCount ?? 0)  "
      hints = [("Esc", "返回"), ("Ctrl-Z", "撤销"), ("Ctrl-Y", "重做")]
    case .annotations:
      text = message
      hints = [("Enter", "跳转"), ("d", "删除"), ("Esc", "返回")]
    case .reading:
      text = message.map { " " + $0 }
    }
    let keepCursor = f.cursor
    let badgeWidth = TerminalWidth.columns(badge.text)
    // In the reader without a message of ours, its own bar stays (it left room for the badge).
    let readerBar = screen == .reading && text == nil
    let percentWidth = readerBar ? TerminalWidth.columns(" \(reader.percent)% ") : 0
    let badgeX = max(0, cols - percentWidth - badgeWidth)
    if !readerBar {
      f.fill(row: row, style: style)
      if let text {
        f.put(text, row: row, col: 0, style: style, limit: badgeX)
      } else {
        let c = f.put(lead, row: row, col: 0, style: .status, limit: badgeX)
        f.putHints(hints, row: row, col: max(1, c), limit: badgeX)
      }
    } else if badgeWidth > 0 {
      f.fill(row: row, from: badgeX, to: cols - percentWidth, style: .status)
    }
    if badgeWidth > 0 { f.put(badge.text, row: row, col: badgeX, style: badge.style, limit: cols - percentWidth) }
    f.cursor = keepCursor
  }
}
