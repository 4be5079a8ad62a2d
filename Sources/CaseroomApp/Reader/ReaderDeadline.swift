import FoundationEssentials

extension ReaderState {
  /// When the reader next needs a tick: while it counts the time spent on a
  /// content section not yet read, when that time will be enough (the section then
  /// counts as read), and at least every half `ReadingProgress.idleGap` (a
  /// longer gap is taken for a reader who went away). Otherwise never:
  /// reading alone, nothing happens until a key.
  public func nextTick(after now: Date) -> Date? {
    guard mode == .reading || showsQuestions, !sections.isEmpty, !geometry.tooSmall else { return nil }
    let s = sections[section]
    guard contentNumbers[section] != nil, !read.contains(s.id) else { return nil }
    let longest = ReadingProgress.idleGap / 2
    guard endSeen.contains(s.id) else { return now.addingTimeInterval(longest) }
    let left = ReadingProgress.secondsNeeded(for: s) - seconds[s.id, default: 0]
    return now.addingTimeInterval(min(longest, max(0.05, left)))
  }
}
