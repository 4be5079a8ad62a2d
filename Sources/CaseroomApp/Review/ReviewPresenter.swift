import CaseroomEngine
import CaseroomReview
import CaseroomSession
import FoundationEssentials

// MARK: - The presenter

extension ReviewState {
  /// Keys in the presenter: page by page, group by group, question by
  /// question; a group's number then Enter, or `g` and a list, jumps.
  mutating func presenter(_ key: Key) {
    let list = presentationOrder
    guard !list.isEmpty else {
      stack.home()
      return
    }
    presenting = min(presenting, list.count - 1)
    switch stack.top {
    case .pick(let p):
      pickGroup(key, p, list.count)
      return
    case .jump(let typed):
      if typingNumber(key, typed, list.count) { return }
    default: break
    }
    let rows = presenterRows
    switch Keymap.action(for: key, in: Keymap.reviewPresenter) {
    case .forward?:
      if scroll + rows < presenterLines(list[presenting]).count {
        scroll += rows
      } else if presenting + 1 < list.count {
        presenting += 1
        scroll = 0
      } else if question + 1 < questions.count {
        // On through the next question, from its first group.
        question += 1
        presenting = 0
        scroll = 0
      } else {
        message = Say.lastGroup
      }
    case .backward?:
      if scroll > 0 {
        scroll = max(0, scroll - rows)
      } else if presenting > 0 {
        presenting -= 1
        scroll = lastPage(list[presenting])
      } else if question > 0 {
        question -= 1
        presenting = list.count - 1
        scroll = lastPage(list[presenting])
      }
    case .jump?: if case .char(let c) = key, c.wholeNumberValue != nil { stack.push(.jump(String(c))) }
    case .pick?: stack.push(.pick(presenting))
    case .nextQuestion?:
      question = (question + 1) % questions.count
      scroll = 0
    case .previousQuestion?:
      question = (question + questions.count - 1) % questions.count
      scroll = 0
    case .first?:
      presenting = 0
      scroll = 0
    case .help?: stack.push(.help(scroll: 0))
    case .back?:
      select(list[presenting].group.name)
      stack.pop()
    default: break
    }
  }

  /// A group's number being typed over the presenter (the top of the
  /// stack): Enter jumps to it, Esc closes it; another key closes it and
  /// does what it does in the presenter (returns false).
  mutating func typingNumber(_ key: Key, _ typed: String, _ count: Int) -> Bool {
    var typed = typed
    switch key {
    case .char(let c) where c.wholeNumberValue != nil:
      if typed.count < 4 { typed.append(c) }
      stack.replaceTop(.jump(typed))
    case .backspace:
      typed.removeLast()
      if typed.isEmpty { stack.pop() } else { stack.replaceTop(.jump(typed)) }
    case .enter:
      stack.pop()
      guard let n = Int(typed), n >= 1, n <= count else {
        message = Say.noGroupNumber(typed, count)
        return true
      }
      presenting = n - 1
      scroll = 0
    case .escape: stack.pop()
    default:
      stack.pop()
      return false
    }
    return true
  }

  /// The group picker over the presenter (the top of the stack).
  mutating func pickGroup(_ key: Key, _ p: Int, _ count: Int) {
    switch key {
    case .char("j"), .down: stack.replaceTop(.pick(min(p + 1, count - 1)))
    case .char("k"), .up: stack.replaceTop(.pick(max(p - 1, 0)))
    case .enter:
      presenting = p
      scroll = 0
      stack.pop()
    default: stack.pop()
    }
  }

  /// The first line of a group's last page in the presenter.
  func lastPage(_ s: Session) -> Int {
    let n = presenterLines(s).count
    return max(0, (n - 1) / presenterRows * presenterRows)
  }

  /// Page x of y of the group shown.
  var presenterPage: (page: Int, of: Int) {
    let list = presentationOrder
    guard presenting < list.count else { return (1, 1) }
    let n = presenterLines(list[presenting]).count
    let rows = presenterRows
    return (scroll / rows + 1, max(1, (n + rows - 1) / rows))
  }
}

// MARK: - Looking at the folders

extension ReviewState {
  /// Looks at the session folders and the review file (at most once a
  /// second, unless `force`): a group's save shows in the grid and in the
  /// open answer, the selection stays on its group, a comment being typed
  /// is left as it is. `saying`: tells what was found (`r`).
  public mutating func look(_ now: Date, force: Bool = false, saying: Bool = false) {
    if !force, let last = lastLook, now >= last, now.timeIntervalSince(last) < Self.lookEvery { return }
    guard !looking else { return }
    lastLook = now
    looking = true
    outbox.append(.look(FolderLook(sessions: all, reviewFile: file, review: review, now: now, saying: saying)))
  }

  /// What a look found, taken in.
  mutating func looked(_ r: FolderLookResult) {
    looking = false
    let list = screen == .presenter ? presentationOrder : []
    let presented = presenting < list.count ? list[presenting].group.name : nil
    all = r.sessions
    var feedbackMoved = false
    if let disk = r.reviewOnDisk, review.takeIn(disk) { feedbackMoved = true }
    if !r.found.isEmpty || feedbackMoved {
      for name in r.found.changedGroups {
        figures[name] = all.session(named: name).map { GroupFigures($0, of: all.document, content: content) }
      }
      insightChanged(r.found.changedGroups)
      reorder()
      if let presented, let i = presentationOrder.firstIndex(where: { $0.group.name == presented }) { presenting = i }
    }
    if r.saying { message = Say.lookedAgain(all.sessions.count, r.found.changedGroups.count) }
  }
}
