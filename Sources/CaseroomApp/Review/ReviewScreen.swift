import CaseroomEngine
import CaseroomReview
import Foundation

// MARK: - Screen

extension ReviewState: Screen {
  /// Keys, ticks and signals. The session folders are looked at once a
  /// second whatever happens (a tick comes every 250 ms without a key), so a
  /// group's save shows within a second or two; the review file is saved
  /// after every change (and before the program ends on a signal).
  public mutating func update(_ event: ScreenEvent, now: Date) -> Transition {
    self.now = max(self.now, now)
    var redraw = false
    switch event {
    case .key(let key):
      redraw = key == .ctrl("l") && commentBox == nil
      handle(key, now: now)
    case .tick: break
    case .resize(let rows, let cols): resize(rows: rows, cols: cols)
    case .notice(let text): message = text
    case .terminate:
      saveIfChanged()
      saveDraft(now)
      return .quit
    }
    saveIfChanged()
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
    if wantsQuit { return .quit }
    if let text = pendingCopy {
      pendingCopy = nil
      return .copy(text)
    }
    return redraw ? .redrawAll : .stay
  }

  /// Writes the comment being written beside the review file.
  mutating func saveDraft(_ now: Date) {
    guard let file, let box = commentBox, draftSince != nil,
      let target = commentTarget ?? selected.map({ Cell(group: $0, question: question) })
    else { return }
    let draft = CommentDraft(group: target.group, question: target.question, text: box.editor.text, updatedAt: now)
    keepDraft(box.editor.text, on: target, now)
    saveIfChanged()
    do {
      try draft.save(beside: file)
      draftSince = nil
    } catch {
      saveError = "\(error)"
    }
  }

  /// Writes the review file when something changed.
  mutating func saveIfChanged() {
    guard reviewChanged, let file else { return }
    do {
      try review.save(file)
      saveError = nil
      reviewChanged = false
    } catch {
      saveError = "\(error)"
    }
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
