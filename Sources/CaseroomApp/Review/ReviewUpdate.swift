import CaseroomEngine
import CaseroomReview
import CaseroomSession
import FoundationEssentials
import Glibc

// MARK: - Keys

extension ReviewState {
  public mutating func handle(_ key: Key, now: Date) {
    self.now = max(self.now, now)
    message = nil
    if key == .resize { return }
    // The top of the stack takes the key (`ReviewStack`).
    switch stack.top {
    case .quitAnyway:
      stack.pop()
      if key == .char("y") || key == .char("Y") {
        wantsQuit = true
        quitAnyway = true
      }
    case .asking(let question):
      stack.pop()
      answerQuestion(key, question, now)
    case .comment(let box, let cell): typing(key, box, cell, now)
    case .help(let scroll): help(key, scroll)
    case .score(let box):
      // A key the box does not take closes it and goes to the view.
      if !enteringScore(key, box, now) { view(key, now) }
    case .jump, .pick, .view: view(key, now)
    }
  }

  /// A key for the view on screen.
  mutating func view(_ key: Key, _ now: Date) {
    switch screen {
    case .grid: grid(key, now)
    case .answer: answer(key, now)
    case .presenter: presenter(key)
    case .order: order(key, now)
    case .files: files(key)
    case .insight: insight(key, now)
    }
  }

  // MARK: Feedback

  /// Changes a group's feedback on a question (the selected one by
  /// default), and marks the review for saving; what it was is kept for `u`.
  mutating func changeFeedback(_ now: Date, on cell: Cell? = nil, _ change: (inout Review.Feedback) -> Void) {
    guard let target = cell ?? selected.map({ Cell(group: $0, question: question) }) else { return }
    cancelledComment = nil
    let before = review.feedback(group: target.group, question: target.question)
    var f = before ?? .init(updatedAt: now)
    change(&f)
    f.updatedAt = now
    review.setFeedback(f, group: target.group, question: target.question)
    reviewChanged = true
    feedbackHistory.append(.init(group: target.group, question: target.question, before: before))
    if feedbackHistory.count > 100 { feedbackHistory.removeFirst() }
    if sort.key.isAboutScores { reorder() }
  }

  /// `u`: the last change of a score or comment undone (on whichever group
  /// it was); after Esc cancelled a comment, that comment back in its box.
  mutating func undoFeedback(_ now: Date) {
    if bringBackCancelledComment() { return }
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
    if sort.key.isAboutScores { reorder() }
    select(last.group)
    question = last.question
    message = Say.feedbackUndone(last.group, last.question + 1)
  }

  /// A digit: on a scale up to 9, the score; above, or with a rubric, the
  /// first digit in the score box (Enter gives it).
  mutating func scoreKey(_ digit: Int, _ now: Date) {
    guard let s = current else { return }
    if review.scaleMax > 9 || review.criteria(question: question) != nil {
      let box = ScoreBox(
        review: review, feedback: review.feedback(group: s.group.name, question: question), question: question)
      stack.push(.score(box))
      _ = enteringScore(.char(Character("\(digit)")), box, now)
      return
    }
    give(digit, now)
  }

  mutating func give(_ score: Int, criteria: [Int?]? = nil, _ now: Date) {
    let scale = review.scale(question: question)
    guard score <= scale else {
      message = Say.scaleIs(scale)
      return
    }
    let rubric = review.criteria(question: question)
    changeFeedback(now) {
      $0.score = score
      $0.scale = scale
      $0.criteria = criteria
      $0.rubric = rubric
    }
    message = Say.scoreSaved(score, scale)
  }

  /// Typing in the score box (`ScoreBox`, the top of the stack). A key it
  /// does not take closes the box and does what it does (returns false).
  mutating func enteringScore(_ key: Key, _ box: ScoreBox, _ now: Date) -> Bool {
    var box = box
    switch box.handle(key) {
    case .typing: stack.replaceTop(.score(box))
    case .refused(let why):
      stack.replaceTop(.score(box))
      message = why
    case .give(let score, let criteria):
      stack.pop()
      give(score, criteria: criteria, now)
    case .cancel: stack.pop()
    case .notMine:
      stack.pop()
      return false
    }
    return true
  }

  mutating func clearScore(_ now: Date) {
    guard let s = current, review.feedback(group: s.group.name, question: question)?.score != nil else { return }
    changeFeedback(now) { $0.score = nil }
    message = Say.scoreCleared
  }

  /// `c`: a comment on the selected answer, in a multi-line editor over the bottom of the answer view.
  mutating func openComment() {
    guard let s = current else { return }
    if screen == .grid {
      stack.open(.answer)
      scroll = 0
    }
    let f = review.feedback(group: s.group.name, question: question)
    let cell = Cell(group: s.group.name, question: question)
    // Another window's unconfirmed comment is its own: this box starts from the confirmed comment.
    let other = f?.draft != nil && !ownDrafts.contains(cell)
    let text = other ? f?.comment ?? "" : f?.draft ?? f?.comment ?? ""
    stack.push(.comment(EditorBox(text: text, width: geometry.commentWidth, rows: geometry.commentRows), on: cell))
    if other { message = Say.otherWindowDraft }
  }

  /// `n`: the next answer that has text and no score (or a converted score to be scored again), after the selected one
  /// in the grid's order, on to the following questions.
  mutating func nextUnscored() {
    let n = order.count
    let qs = questions.count
    guard n > 0, qs > 0 else { return }
    for step in 1...(n * qs) {
      let flat = (question * n + row + step) % (n * qs)
      let (q, r) = (flat / n, flat % n)
      let name = order[r]
      // A converted score whose criteria are to be scored again counts as unscored here.
      let f = review.feedback(group: name, question: q)
      guard (figure(name)?.characters[q] ?? 0) > 0,
        f?.score == nil || f.map({ review.toScoreAgain($0, question: q) }) == true
      else { continue }
      question = q
      select(row: r)
      scroll = 0
      if sideBySide && partner == selected { partner = nextPartner() }
      return
    }
    message = Say.allScored
  }

  // MARK: Grid

  mutating func grid(_ key: Key, _ now: Date) {
    let n = order.count
    guard let action = Keymap.action(for: key, in: Keymap.reviewGrid) else {
      if case .paste = key { message = Say.noPasteInReview }
      return
    }
    switch action {
    case .down: select(row: row + 1)
    case .up: select(row: row - 1)
    case .right: question = min(question + 1, questions.count - 1)
    case .left: question = max(question - 1, 0)
    case .first: select(row: 0)
    case .last: select(row: n - 1)
    case .open:
      guard n > 0 else { return }
      stack.open(.answer)
      scroll = 0
    case .score: if case .char(let c) = key, let d = c.wholeNumberValue { scoreKey(d, now) }
    case .clearScore: clearScore(now)
    case .comment: openComment()
    case .nextUnscored: nextUnscored()
    case .undo: undoFeedback(now)
    case .sort:
      sort = sort.next(question: question)
      reorder()
      message = Say.sortedBy(sort.label, sort.descending)
    case .reverseSort:
      sort.descending.toggle()
      reorder()
      message = Say.sortedBy(sort.label, sort.descending)
    case .order: stack.open(.order)
    case .present: present()
    case .reload: look(now, force: true, saying: true)
    case .releaseFeedback, .nextPhase, .extendPhase: classKey(action, now)
    case .files:
      stack.open(.files)
      filesScroll = 0
    case .insight: openInsight()
    case .help: stack.push(.help(scroll: 0))
    case .quit: quit()
    default: break
    }
  }

  /// `q`: quits, unless the review could not be saved: then it asks.
  mutating func quit() {
    if saveError == nil { wantsQuit = true } else { stack.push(.quitAnyway) }
  }

  /// `P`: the presenter, from the selected group (Esc comes back to the view it was opened from).
  mutating func present() {
    guard !order.isEmpty else { return }
    stack.open(.presenter)
    presenting = presentationOrder.firstIndex { $0.group.name == selected } ?? 0
    scroll = 0
  }

  // MARK: One answer (or two side by side)

  /// ←/→: the focused side steps to the previous or next group (past the other side's).
  mutating func step(_ d: Int) {
    let n = order.count
    guard n > 0 else { return }
    var r = (row + d + n) % n
    if sideBySide, n > 2, order[r] == partner { r = (r + d + n) % n }
    select(row: r)
    scroll = 0
  }

  mutating func answer(_ key: Key, _ now: Date) {
    guard let action = Keymap.action(for: key, in: Keymap.reviewAnswer) else {
      if case .paste = key { message = Say.noPasteInReview }
      return
    }
    let page = max(1, geometry.answerRows - 1)
    switch action {
    case .nextGroup: step(1)
    case .previousGroup: step(-1)
    case .scrollDown: scroll += 1
    case .scrollUp: scroll = max(0, scroll - 1)
    case .pageDown: scroll += page
    case .pageUp: scroll = max(0, scroll - page)
    case .nextQuestion: question = (question + 1) % questions.count
    case .previousQuestion: question = (question + questions.count - 1) % questions.count
    case .score: if case .char(let c) = key, let d = c.wholeNumberValue { scoreKey(d, now) }
    case .clearScore: clearScore(now)
    case .comment: openComment()
    case .nextUnscored: nextUnscored()
    case .undo: undoFeedback(now)
    case .sideBySide:
      guard cols >= ReviewGeometry.sideBySideColumns else {
        message = Say.sideBySideNeeds(ReviewGeometry.sideBySideColumns)
        return
      }
      sideBySide.toggle()
      if sideBySide {
        partner = nextPartner()
        partnerScroll = 0
        focusRight = false
      }
    case .switchSide:
      guard sideBySide, let other = partner, let mine = selected else {
        message = Say.notSideBySide
        return
      }
      partner = mine
      select(other)
      swap(&scroll, &partnerScroll)
      focusRight.toggle()
    case .present: present()
    case .reload: look(now, force: true, saying: true)
    case .releaseFeedback, .nextPhase, .extendPhase: classKey(action, now)
    case .insight: openInsight()
    case .help: stack.push(.help(scroll: 0))
    case .back: stack.pop()
    default: break
    }
    if let s = current {
      scroll = min(
        scroll, max(0, answerLines(s, width: geometry.answerWidth(sideBySide: sideBySide), feedback: true).count - 1))
    }
  }

  /// Writing a comment (`Keymap.comment`): Enter confirms a one-line
  /// comment, Ctrl-S any; Alt-Enter (or Enter in a multi-line comment)
  /// starts a new line; Esc cancels it (`CommentConfirm`).
  mutating func typing(_ key: Key, _ box: EditorBox, _ cell: Cell, _ now: Date) {
    var key = key
    switch Keymap.action(for: key, in: Keymap.comment) {
    case .confirm?:
      closeComment(confirming: true, now)
      return
    case .confirmOneLine? where !box.isMultiLine:
      closeComment(confirming: true, now)
      return
    case .cancel?:
      closeComment(confirming: false, now)
      return
    case .newLine?: key = .enter
    default: break
    }
    var box = box
    let outcome = box.handle(key, now: now, clipboard: clipboard)
    box.fit(rows: geometry.commentRows, width: geometry.commentWidth)
    stack.replaceTop(.comment(box, on: cell))
    if outcome.isEdited {
      if draftSince == nil { draftSince = now }
      draftLastKey = now
    }
    if let text = outcome.clipboard {
      clipboard = text
      outbox.append(.copy(text))
    }
    if let m = outcome.message { message = m }
  }

  // MARK: Help, files, order

  mutating func help(_ key: Key, _ scroll: Int) {
    let visible = max(1, rows - 3)
    let maxScroll = max(0, helpLines.count - visible)
    switch key {
    case .char("j"), .down: stack.replaceTop(.help(scroll: min(scroll + 1, maxScroll)))
    case .char("k"), .up: stack.replaceTop(.help(scroll: max(scroll - 1, 0)))
    case .char(" "), .pageDown: stack.replaceTop(.help(scroll: min(scroll + visible, maxScroll)))
    case .char("b"), .pageUp: stack.replaceTop(.help(scroll: max(scroll - visible, 0)))
    default: stack.pop()
    }
  }

  mutating func files(_ key: Key) {
    switch Keymap.action(for: key, in: Keymap.reviewFiles) {
    case .scrollDown?: filesScroll = min(filesScroll + 1, max(0, filesLines.count - 1))
    case .scrollUp?: filesScroll = max(0, filesScroll - 1)
    case .help?: stack.push(.help(scroll: 0))
    case .back?: stack.pop()
    default: break
    }
  }

  mutating func order(_ key: Key, _ now: Date) {
    var names = review.presentationOrder(all.sessions.map(\.group.name))
    let n = names.count
    guard n > 0 else {
      stack.home()
      return
    }
    orderSelected = min(orderSelected, n - 1)
    switch Keymap.action(for: key, in: Keymap.reviewOrder) {
    case .down?: orderSelected = min(orderSelected + 1, n - 1)
    case .up?: orderSelected = max(orderSelected - 1, 0)
    case .moveDown?:
      guard orderSelected + 1 < n else { return }
      names.swapAt(orderSelected, orderSelected + 1)
      orderSelected += 1
      review.order = names
      reviewChanged = true
    case .moveUp?:
      guard orderSelected > 0 else { return }
      names.swapAt(orderSelected, orderSelected - 1)
      orderSelected -= 1
      review.order = names
      reviewChanged = true
    case .shuffle?:
      review.shuffle(names, seed: UInt64(max(0, now.timeIntervalSince1970 * 1000)))
      reviewChanged = true
      message = Say.shuffled
    case .help?: stack.push(.help(scroll: 0))
    case .back?: stack.pop()
    default: break
    }
  }
}

extension ReviewSort.Key {
  /// Whether a score changed may move the groups.
  var isAboutScores: Bool {
    switch self {
    case .score, .total: return true
    default: return false
    }
  }
}
