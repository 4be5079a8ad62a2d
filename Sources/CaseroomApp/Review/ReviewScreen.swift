import CaseroomReview
import Foundation

// MARK: - Screen

extension ReviewState: Screen {
  /// Keys and signals; the review file is saved after every change (and
  /// before the program ends on a signal).
  public mutating func update(_ event: ScreenEvent, now: Date) -> Transition {
    switch event {
    case .key(let key): handle(key, now: now)
    case .tick: break
    case .resize(let rows, let cols): resize(rows: rows, cols: cols)
    case .notice(let text): message = text
    case .terminate:
      saveIfChanged()
      saveDraft(now)
      return .quit
    }
    saveIfChanged()
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
    return .stay
  }

  /// Writes the comment being written beside the review file.
  mutating func saveDraft(_ now: Date) {
    guard let file, let box = commentBox, let s = current, draftSince != nil else { return }
    let draft = CommentDraft(group: s.group.name, question: question, text: box.editor.text, updatedAt: now)
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

extension ReviewState.Sort {
  /// How the grid's header and the status bar name the order.
  var label: String {
    switch self {
    case .name: return Say.sortName
    case .characters: return Say.sortLength
    case .progress: return Say.sortReading
    case .lastEdit: return Say.sortLastEdit
    }
  }
}
