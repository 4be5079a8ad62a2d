import CaseroomEngine
import CaseroomSession
import FoundationEssentials

/// Something taken out of the session that `u` (or Ctrl-Z) in the list where
/// it happened brings back: nothing is removed without a way back.
enum Removal: Equatable {
  case citation(question: Int, index: Int, Session.Citation)
  case note(index: Int, Session.Annotation)
  /// An answer emptied in the editor (its text before).
  case answer(question: Int, text: String)

  /// What the status bar says when it happens.
  var done: String {
    switch self {
    case .citation: return Say.citationRemoved
    case .note: return Say.noteRemoved
    case .answer(let q, _): return Say.answerCleared(q + 1)
    }
  }

  /// What it says when it is undone.
  var undone: String {
    switch self {
    case .citation: return Say.citationRestored
    case .note: return Say.noteRestored
    case .answer(let q, _): return Say.answerRestored(q + 1)
    }
  }
}

extension Workspace {
  /// Records a removal (the last 100 are kept) and says how to undo it.
  mutating func removed(_ r: Removal, _ now: Date) {
    removals.append(r)
    if removals.count > 100 { removals.removeFirst() }
    refreshAnnotations()
    changed(now)
    saveRequested = true
    message = r.done
  }

  /// `u`: brings back the last thing removed.
  mutating func undoRemoval(_ now: Date) {
    guard !readOnly, let r = removals.popLast() else {
      message = Say.nothingToUndoRemoved
      return
    }
    switch r {
    case .citation(let q, let i, let c):
      session.answers[q].citations.insert(c, at: min(i, session.answers[q].citations.count))
      screen = .answers(
        selected: answerRows.firstIndex(of: .citation(q, min(i, session.answers[q].citations.count - 1))) ?? 0)
    case .note(let i, let a):
      session.annotations.insert(a, at: min(i, session.annotations.count))
      refreshAnnotations()
      screen = .annotations(selected: min(i, session.annotations.count - 1))
    case .answer(let q, let text):
      session.answers[q].text = text
      session.answers[q].updatedAt = now
      screen = .answers(selected: answerRows.firstIndex(of: .question(q)) ?? 0)
    }
    refreshAnnotations()
    changed(now)
    saveRequested = true
    message = r.undone
  }
}
