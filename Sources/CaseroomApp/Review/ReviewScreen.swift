import CaseroomEngine
import CaseroomReview
import FoundationEssentials

// MARK: - Screen

extension ReviewState: Screen {
  /// While a comment is typed: the editor's Alt keys and Alt-Enter.
  public var altKeys: Set<Key> {
    commentBox == nil ? [] : Keymap.editorAltKeys.union(Keymap.altKeys(Keymap.comment))
  }

  /// Keys, ticks, signals and what effects came to. The session folders are
  /// looked at when the run loop tells of a change to them (`watched`,
  /// `.changed`: inotify, else a `stat` once a second), and at most once a
  /// second on other events, so a group's save shows within a second or two;
  /// the review file is saved after every change (and before the program
  /// ends on a signal). Every look and save is an effect the loop performs.
  public mutating func update(_ event: ScreenEvent, now: Date) -> Transition {
    self.now = max(self.now, now)
    outbox = []
    var redraw = false
    switch event {
    case .key(let key):
      redraw = key == .ctrl("l") && commentBox == nil
      handle(key, now: now)
    case .tick: break
    case .changed: followDue = true
    case .resize(let rows, let cols): resize(rows: rows, cols: cols)
    case .notice(let text): message = text
    case .done(let result): done(result, now)
    case .terminate:
      saveIfChanged()
      saveDraft(now)
      return Transition(.quit, effects: outbox)
    case .suspend:
      saveIfChanged()
      saveDraft(now)
      return Transition(.stay, effects: outbox)
    }
    saveIfChanged()
    takeChange()
    look(now)
    followClass(now)
    // A comment being written is kept beside the review file, as a group's answer is saved:
    // after a pause in the typing, and at most 1.5 s after its first unsaved key.
    if let since = draftSince,
      now.timeIntervalSince(since) >= Workspace.saveDeadline
        || now.timeIntervalSince(draftLastKey ?? since) >= Workspace.quietDelay
    {
      saveDraft(now)
    }
    let effects = outbox
    outbox = []
    if wantsQuit {
      if quitAnyway || (!savingReview && !reviewChanged) { return Transition(.quit, effects: effects) }
      if !savingReview && saveError != nil {
        wantsQuit = false
        stack.push(.quitAnyway)
      }
    }
    return Transition(redraw ? .redrawAll : .stay, effects: effects)
  }

  /// What an effect came to.
  mutating func done(_ result: EffectResult, _ now: Date) {
    switch result {
    case .reviewSaved(let sent, let saved, let error):
      savingReview = false
      saveError = error.map(Say.reviewFileProblem)
      // The file as written (merged with another review's saves), unless scores changed meanwhile.
      if let saved, review == sent { review = saved }
    case .commentDraftSaved(let error):
      if let error { saveError = Say.commandError(error) }
    case .looked(let found): looked(found)
    case .classFileRead, .phaseChanged, .feedbackReleased: classDone(result, now)
    default: break
    }
  }

  /// Asks for the comment being written to be kept beside the review file.
  mutating func saveDraft(_ now: Date) {
    guard let file, let box = commentBox, draftSince != nil,
      let target = commentTarget ?? selected.map({ Cell(group: $0, question: question) })
    else { return }
    let draft = CommentDraft(group: target.group, question: target.question, text: box.editor.text, updatedAt: now)
    keepDraft(box.editor.text, on: target, now)
    saveIfChanged()
    draftSince = nil
    outbox.append(.saveCommentDraft(draft, file))
  }

  /// Asks for the review file to be written when something changed (one save at a time).
  mutating func saveIfChanged() {
    guard reviewChanged, let file, !savingReview else { return }
    reviewChanged = false
    savingReview = true
    outbox.append(.saveReview(review, file))
  }
}

extension ReviewSort {
  /// How the grid's header and the status bar name the order.
  var label: String {
    switch key {
    case .name: return Say.sortName
    case .characters(let q): return Say.sortLength(q + 1)
    case .score(let q): return Say.sortScore(q + 1)
    case .total: return Say.sortTotal
    case .lastEdit: return Say.sortLastEdit
    case .reading: return Say.sortReading
    }
  }

  /// ▲ smallest first, ▼ largest first.
  var arrow: String { descending ? "▼" : "▲" }
}
