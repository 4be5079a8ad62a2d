import CaseroomSession
import FoundationEssentials

extension Workspace {
  /// When the workspace next needs a tick. Once a second while anything is
  /// under way — a change not yet saved, a save or a sync or a follow in
  /// flight, a field held or asked for, quitting, a class followed (its
  /// phases' clock, its file). Otherwise only the reader's reading clock and,
  /// for a group, the next follow: at `followEvery` after the last when the
  /// run loop told of a change, else its slow look (`lookEvery`). A change
  /// to the group's file comes as `.changed`: the loop watches `watched`.
  public func nextTick(after now: Date) -> Date? {
    let next = [tickDue(after: now), journalDueAt].compactMap { $0 }.min()
    return next.map { max(now, $0) }
  }

  /// When an edit not yet in the crash journal is due to be written (`CrashJournal.every` after the last).
  var journalDueAt: Date? {
    guard let t = together, t.journalDue, !readOnly else { return nil }
    return t.lastJournal.map { $0.addingTimeInterval(CrashJournal.every) }
  }

  func tickDue(after now: Date) -> Date? {
    let second = now.addingTimeInterval(1)
    if classLink != nil || unsavedSince != nil || saving || wantsQuit { return second }
    let clock = reader.nextTick(after: now)
    guard let t = together else { return clock }
    if !t.started || t.following || t.holding != nil || t.claiming != nil || t.watching != nil { return second }
    let last = t.lastFollow ?? now
    let follow = max(now, last.addingTimeInterval(t.changed ? Together.followEvery : Together.lookEvery))
    return min(clock ?? follow, follow)
  }

  /// A group's file and its live folder (who is in, who writes which field).
  public var watched: [String] {
    guard let t = together else { return [] }
    return [t.file.url.path, t.file.folder.url.path]
  }
}
