import CaseroomEngine
import CaseroomReview
import CaseroomSession
import Foundation

// MARK: - Keys

extension ReviewState {
  public mutating func handle(_ key: Key, now: Date) {
    message = nil
    if key == .resize { return }
    if confirmingQuit {
      confirmingQuit = false
      if key == .char("y") || key == .char("Y") { wantsQuit = true }
      return
    }
    if commentBox != nil {
      typing(key, now)
      return
    }
    switch screen {
    case .grid: grid(key, now)
    case .answer: answer(key, now)
    case .presenter: presenter(key)
    case .order: order(key, now)
    }
  }

  /// Changes the selected group's feedback on the current question, and marks
  /// the review for saving; what it was is kept for `u`.
  mutating func changeFeedback(_ now: Date, _ change: (inout Review.Feedback) -> Void) {
    guard let s = current else { return }
    let before = review.feedback(group: s.group.name, question: question)
    var f = before ?? .init(updatedAt: now)
    change(&f)
    f.updatedAt = now
    review.setFeedback(f, group: s.group.name, question: question)
    reviewChanged = true
    feedbackHistory.append(.init(group: s.group.name, question: question, before: before))
    if feedbackHistory.count > 100 { feedbackHistory.removeFirst() }
  }

  /// `u`: the last change of a score or comment undone (on whichever group it was).
  mutating func undoFeedback(_ now: Date) {
    guard let last = feedbackHistory.popLast() else {
      message = Say.nothingToUndoFeedback
      return
    }
    if let before = last.before {
      review.setFeedback(before, group: last.group, question: last.question)
    } else {
      review.removeFeedback(group: last.group, question: last.question, now: now)
    }
    reviewChanged = true
    if let i = sorted.firstIndex(where: { $0.group.name == last.group }) { row = i }
    question = last.question
    message = Say.feedbackUndone(last.group, last.question + 1)
  }

  mutating func grid(_ key: Key, _ now: Date) {
    let n = all.sessions.count
    switch key {
    case .char("j"), .down: row = min(row + 1, max(0, n - 1))
    case .char("k"), .up: row = max(row - 1, 0)
    case .char("l"), .right, .tab: question = min(question + 1, questions.count - 1)
    case .char("h"), .left, .backTab: question = max(question - 1, 0)
    case .enter:
      guard n > 0 else { return }
      screen = .answer
      scroll = 0
    case .char("s"):
      let all = Sort.allCases
      sort = all[(all.firstIndex(of: sort)! + 1) % all.count]
      message = Say.sortedBy(sort.label)
    case .char("o"): screen = .order
    case .char("P"):
      guard n > 0 else { return }
      screen = .presenter
      presenting = 0
      scroll = 0
    case .char("q"), .ctrl("c"): quit()
    case .char("u"), .ctrl("z"): undoFeedback(now)
    case .escape: break  // the top level: Esc goes nowhere, q quits
    case .paste: message = Say.noPasteInReview
    default: break
    }
  }

  /// `q`: quits, unless the review could not be saved: then it asks.
  mutating func quit() {
    if saveError == nil { wantsQuit = true } else { confirmingQuit = true }
  }

  mutating func step(_ d: Int) {
    let n = all.sessions.count
    guard n > 0 else { return }
    row = (row + d + n) % n
    scroll = 0
  }

  mutating func answer(_ key: Key, _ now: Date) {
    switch key {
    case .right, .char("n"), .char("l"): step(1)
    case .left, .char("p"), .char("h"): step(-1)
    case .char("j"), .down: scroll += 1
    case .char("k"), .up: scroll = max(0, scroll - 1)
    case .char(" "), .pageDown: scroll += max(1, rows - 4)
    case .char("b"), .pageUp: scroll = max(0, scroll - max(1, rows - 4))
    case .tab: question = (question + 1) % questions.count
    case .backTab: question = (question + questions.count - 1) % questions.count
    case .char(let c) where c.wholeNumberValue != nil:
      let v = c.wholeNumberValue!
      guard v <= review.scaleMax, current != nil else {
        message = Say.scaleIs(review.scaleMax)
        return
      }
      changeFeedback(now) { $0.score = v }
      message = Say.scoreSaved(v, review.scaleMax)
    case .char("x"):
      guard let s = current, review.feedback(group: s.group.name, question: question) != nil else { return }
      changeFeedback(now) { $0.score = nil }
      message = Say.scoreCleared
    case .char("u"), .ctrl("z"): undoFeedback(now)
    case .char("c"):
      guard let s = current else { return }
      commentBox = EditorBox(
        text: review.feedback(group: s.group.name, question: question)?.comment ?? "",
        width: geometry.commentWidth, rows: geometry.commentRows)
    case .char("v"):
      if cols >= 120 { sideBySide.toggle() } else { message = Say.sideBySideNeeds(120) }
    case .char("P"):
      screen = .presenter
      presenting = presentationOrder.firstIndex { $0.group.name == current?.group.name } ?? 0
      scroll = 0
    case .escape, .char("q"), .ctrl("c"): screen = .grid
    default: break
    }
  }

  /// Writing a comment: Esc keeps it (Enter starts a new line).
  mutating func typing(_ key: Key, _ now: Date) {
    guard var box = commentBox else { return }
    if key == .escape {
      commentBox = nil
      draftSince = nil
      if let file { CommentDraft.remove(beside: file) }
      guard let s = current else { return }
      let comment = box.editor.text.trimmingBlanks()
      guard comment != (review.feedback(group: s.group.name, question: question)?.comment ?? "") else { return }
      changeFeedback(now) { $0.comment = comment }
      message = Say.commentSaved
      return
    }
    let outcome = box.handle(key, now: now, clipboard: clipboard)
    box.fit(rows: geometry.commentRows, width: geometry.commentWidth)
    commentBox = box
    if outcome.isEdited {
      if draftSince == nil { draftSince = now }
      draftLastKey = now
    }
    if let text = outcome.clipboard {
      clipboard = text
      pendingCopy = text
    }
    if let m = outcome.message { message = m }
  }

  mutating func presenter(_ key: Key) {
    let order = presentationOrder
    guard !order.isEmpty else {
      screen = .grid
      return
    }
    switch key {
    case .char(" "), .right, .pageDown, .char("n"), .enter:
      if scroll + presenterRows < presenterLines(order[presenting]).count {
        scroll += presenterRows
      } else if presenting + 1 < order.count {
        presenting += 1
        scroll = 0
      } else {
        message = Say.lastGroup
      }
    case .left, .pageUp, .char("b"), .char("p"):
      if scroll > 0 {
        scroll = max(0, scroll - presenterRows)
      } else if presenting > 0 {
        presenting -= 1
        scroll = 0
      }
    case .tab: question = (question + 1) % questions.count
    case .escape, .char("q"), .ctrl("c"): screen = .grid
    default: break
    }
  }

  mutating func order(_ key: Key, _ now: Date) {
    var names = review.presentationOrder(all.sessions.map(\.group.name))
    let n = names.count
    guard n > 0 else {
      screen = .grid
      return
    }
    switch key {
    case .char("j"), .down: orderSelected = min(orderSelected + 1, n - 1)
    case .char("k"), .up: orderSelected = max(orderSelected - 1, 0)
    case .char("J"):
      guard orderSelected + 1 < n else { return }
      names.swapAt(orderSelected, orderSelected + 1)
      orderSelected += 1
      review.order = names
      reviewChanged = true
    case .char("K"):
      guard orderSelected > 0 else { return }
      names.swapAt(orderSelected, orderSelected - 1)
      orderSelected -= 1
      review.order = names
      reviewChanged = true
    case .char("s"):
      review.shuffle(names, seed: UInt64(max(0, now.timeIntervalSince1970 * 1000)))
      reviewChanged = true
      message = Say.shuffled
    case .escape, .char("q"), .char("o"), .ctrl("c"): screen = .grid
    default: break
    }
  }
}
