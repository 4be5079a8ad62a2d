import CaseroomSession
import FoundationEssentials

extension Workspace {
  /// The answer or the note written here, as the crash journal keeps it (nil: none is written here).
  func journalEntry(now: Date) -> CrashJournal.Entry? {
    guard let t = together else { return nil }
    switch screen {
    case .editing(let q):
      guard let box = answerBox, !box.readOnly else { return nil }
      // Its base: the text as last sent to the file or taken in from it.
      return .answer(q, text: box.editor.text, base: session.answers[q].text, member: t.member, at: now)
    case .annotating(let p, let index):
      guard let box = noteBox, !box.readOnly else { return nil }
      let d = Session.Draft(anchor: anchor(p), note: index, text: box.editor.text, updatedAt: now)
      return .note(d, member: draftWriter, at: now)
    default: return nil
    }
  }

  /// Writes the last edit to the crash journal: every edit of a text up to
  /// `CrashJournal.everyEdit` bytes, a longer one at most every
  /// `CrashJournal.every` (`journalDueAt` wakes the loop for it).
  mutating func journalIfDue(_ now: Date) {
    guard var t = together, t.journalDue, !readOnly else { return }
    // The size as the editor counts it (joining a long text on every key would cost more than the edit).
    let size = fieldBox?.editor.byteCount ?? 0
    if size > CrashJournal.everyEdit, let last = t.lastJournal, now < last.addingTimeInterval(CrashJournal.every) {
      return
    }
    t.journalDue = false
    if let entry = journalEntry(now: now) {
      outbox.append(.together(.journal(t.journal, entry)))
      t.lastJournal = now
      t.journalled = true
    }
    together = t
  }
}
