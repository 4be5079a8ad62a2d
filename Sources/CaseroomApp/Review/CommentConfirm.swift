import CaseroomEngine
import CaseroomReview
import FoundationEssentials

/// A comment is a draft until it is confirmed. While it is written, it is
/// kept as the cell's `draft` in the review file (as it is saved beside it),
/// so it is never lost and never released. Enter confirms a one-line
/// comment, Ctrl-S any (`Keymap.comment`): it becomes the comment that
/// release and exports show. Esc cancels it: the confirmed
/// comment stands as it was, the draft goes, and `u` brings the cancelled
/// text back into the box.
extension ReviewState {
  /// Closes the comment box: Enter or Ctrl-S confirms what it holds, Esc cancels it.
  mutating func closeComment(confirming: Bool, _ now: Date) {
    guard case .comment(let box, let target) = stack.top else { return }
    stack.pop()
    draftSince = nil
    if let file { CommentDraft.remove(beside: file) }
    let text = Self.trimmed(box.editor.text)
    let before = review.feedback(group: target.group, question: target.question)
    // Another window's draft stays as it is: only this window's own goes.
    let own = ownDrafts.remove(target) != nil
    if confirming {
      guard text != (before?.comment ?? "") || (own && before?.draft != nil) else { return }
      changeFeedback(now, on: target) {
        $0.comment = text
        if own { $0.draft = nil }
      }
      message = Say.commentSaved
      return
    }
    let unchanged = text == ((own ? before?.draft : nil) ?? before?.comment ?? "")
    if own, var f = before, f.draft != nil {
      f.draft = nil
      if f.isEmpty {
        review.removeFeedback(group: target.group, question: target.question, now: now)
      } else {
        review.setFeedback(f, group: target.group, question: target.question)
      }
      reviewChanged = true
    }
    guard !(unchanged && !(own && before?.draft != nil)) else { return }
    cancelledComment = (target, box.editor.text)
    message = Say.commentCancelled
  }

  /// A comment as confirmed: without blanks or empty lines before or after it.
  static func trimmed(_ text: String) -> String {
    var t = Substring(text)
    while let c = t.first, c.isWhitespace { t.removeFirst() }
    while let c = t.last, c.isWhitespace { t.removeLast() }
    return String(t)
  }

  /// `u` after Esc cancelled a comment: the box open again on it, holding the cancelled text.
  mutating func bringBackCancelledComment() -> Bool {
    guard let (cell, text) = cancelledComment else { return false }
    cancelledComment = nil
    select(cell.group)
    question = cell.question
    if screen != .answer {
      stack.open(.answer)
      scroll = 0
    }
    stack.push(.comment(EditorBox(text: text, width: geometry.commentWidth, rows: geometry.commentRows), on: cell))
    draftSince = now
    message = Say.commentBack
    return true
  }

  /// The comment being written, kept in the review file as the cell's draft (not a change `u` undoes) —
  /// unless another window's draft is there: this text is then only in this window's draft file.
  mutating func keepDraft(_ text: String, on cell: Cell, _ now: Date) {
    var f = review.feedback(group: cell.group, question: cell.question) ?? .init(updatedAt: now)
    guard f.draft == nil || ownDrafts.contains(cell) else { return }
    ownDrafts.insert(cell)
    guard f.draft != text else { return }
    f.draft = text
    review.setFeedback(f, group: cell.group, question: cell.question)
    reviewChanged = true
  }
}

extension EditorBox {
  /// A comment of more than one line: Enter starts a new line in it, Ctrl-S confirms it (`Keymap.comment`).
  var isMultiLine: Bool { editor.text.contains("\n") }
}
