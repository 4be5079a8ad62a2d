import CaseroomEngine

/// How far a group's answer to a question is, for the questions panel.
public struct QuestionNote: Equatable, Sendable {
  /// `未写`, or `95 字 · 1 引用`.
  public var status: String
  /// The start of the answer (empty when none).
  public var preview: String

  public init(status: String, preview: String) {
    self.status = status
    self.preview = preview
  }
}

// MARK: - The questions, in full

extension ReaderState {
  /// Whether the questions are shown (a side pane on wide terminals, else over the text).
  public var showsQuestions: Bool {
    if case .questions = mode { return true }
    return false
  }

  /// `Q`: shows the questions; the text keeps its place when the pane narrows it.
  mutating func showQuestions(selected: Int) {
    guard !document.questions.isEmpty else {
      message = Say.noQuestions
      return
    }
    let here = anchor
    mode = .questions(selected: min(selected, document.questions.count - 1))
    go(to: here)
  }

  mutating func closeQuestions() {
    let here = anchor
    mode = .reading
    go(to: here)
  }

  /// Keys while the questions are shown: j/k choose, Enter edits the answer;
  /// on a wide terminal the text beside them still pages.
  mutating func questions(_ key: Key, _ selected: Int) {
    let n = document.questions.count
    switch Keymap.action(for: key, in: Keymap.questionsPanel) {
    case .down?: mode = .questions(selected: min(selected + 1, n - 1))
    case .up?: mode = .questions(selected: max(selected - 1, 0))
    case .question?:
      guard let q = key.questionNumber, q <= n else {
        message = Say.noSuchQuestion(key.label)
        return
      }
      mode = .questions(selected: q - 1)
    case .open?:
      guard hasSession else {
        message = Say.chooseAGroupFirst
        return
      }
      // The panel stays open under the editor: Esc there comes back to it.
      request = .editAnswer(selected)
    case .back?: closeQuestions()
    case .help?: mode = .help(scroll: 0)
    default:
      // Beside the text, the reading keys still read.
      guard geometry.paneWidth > 0, let action = Keymap.action(for: key) else { return }
      switch action {
      case .pageDown, .pageUp, .halfDown, .halfUp, .nextSection, .previousSection, .top, .bottom:
        perform(action)
      default: break
      }
    }
  }

  /// The questions laid out at a width: each in full, then its answer's state
  /// and start; the line numbers where each question starts.
  func questionLines(width: Int) -> [(text: String, question: Int, style: Style)] {
    var out: [(String, Int, Style)] = []
    let w = max(8, width)
    for (i, q) in document.questions.enumerated() {
      if i > 0 { out.append(("", i, .normal)) }
      // The question's lines line up under its first character, after the number.
      let number = "\(i + 1)．"
      let indent = String(repeating: " ", count: TerminalWidth.columns(number))
      let style = ParagraphStyle(firstLead: number, restLead: indent)
      for l in Layout.lines(q, width: w, style: style) { out.append((l.display, i, .normal)) }
      if i < questionNotes.count {
        let note = questionNotes[i]
        let tail = note.preview.isEmpty ? "" : Say.colon + note.preview
        out.append((Layout.clip(indent + note.status + tail, width: w), i, .dim))
      }
    }
    return out
  }

  /// Draws the questions from row 1 (a title row first when over the text),
  /// the selected one highlighted and kept on screen.
  func drawQuestions(_ f: inout Frame, x: Int, width: Int, title: Bool) {
    var selected = 0
    if case .questions(let s) = mode { selected = s }
    var row = 1
    if title {
      f.put(Say.questions, row: row, col: x, style: .heading)
      row += 1
    }
    if let presence, row < rows - 2 {
      f.put(Layout.clip(presence, width: width), row: row, col: x, style: .dim, limit: x + width)
      row += 1
    }
    let lines = questionLines(width: width)
    let visible = max(1, rows - 1 - row)
    // Scroll so that the whole selected question shows, when it fits.
    let first = lines.firstIndex { $0.question == selected && !$0.text.isEmpty } ?? 0
    let last = lines.lastIndex { $0.question == selected } ?? first
    let top = last - first + 1 <= visible ? max(0, min(first, last - visible + 1)) : first
    for (i, l) in lines.enumerated() where i >= top {
      guard row < rows - 1 else { break }
      let isSelected = l.question == selected && !l.text.isEmpty
      if isSelected { f.fill(row: row, from: x - 1, to: x + width + 1, style: .selected) }
      f.put(l.text, row: row, col: x, style: isSelected ? .selected : l.style, limit: x + width)
      row += 1
    }
  }
}
