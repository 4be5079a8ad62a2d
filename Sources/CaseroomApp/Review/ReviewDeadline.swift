import CaseroomClass
import CaseroomEngine
import FoundationEssentials

extension ReviewState {
  /// What the run loop watches for the review (inotify, else a `stat` once a
  /// second): the session folders and their subfolders, the live folders of
  /// groups writing together, the review file and the class file. A change
  /// comes as `.changed`, and the review looks at once.
  public var watched: [String] {
    var paths = all.followedPaths
    // The review file once its folder is there (before its first save, nobody
    // else has written it: a watch by `stat` once a second would be for nothing).
    if let file, FileStamp.of(file.deletingLastPathComponent()) != nil { paths.append(file.path) }
    if let c = classroom { paths.append(c.folder.classFile.path) }
    return paths
  }

  /// When the review next needs a tick: only for what changes with the clock
  /// alone — a comment draft due to be kept, the presenter's turn timer
  /// (seconds), the phase's time left, the grid's "2 分钟前" labels, and a
  /// look every `Together.lookEvery` while a group is shown writing (a
  /// reader that died tells no one). Nil when nothing on screen can change
  /// until a key or a watched file changes: an idle review does not wake.
  public func nextTick(after now: Date) -> Date? {
    var due: [Date] = []
    if followDue && !looking && !(classroom?.watching ?? false) { due.append(now) }
    if let since = draftSince {
      due.append(
        min(
          since.addingTimeInterval(Workspace.saveDeadline),
          (draftLastKey ?? since).addingTimeInterval(Workspace.quietDelay)))
    }
    if timingTurns && screen == .presenter { due.append(now.addingTimeInterval(1)) }
    if let ends = classroom?.phase?.endsAt {
      due.append(now.addingTimeInterval(Self.untilTimeLeftChanges(ends.timeIntervalSince(now))))
    }
    if !all.writing.isEmpty { due.append((lastLook ?? now).addingTimeInterval(Together.lookEvery)) }
    let ages = all.sessions.compactMap { figures[$0.group.name]?.lastEdit }.compactMap {
      Self.untilAgoChanges(now.timeIntervalSince($0))
    }
    if let soonest = ages.min() { due.append(now.addingTimeInterval(soonest)) }
    return due.min().map { max($0, now) }
  }

  /// A change the loop told of, taken in once no look is in flight: the
  /// folders and the class file are looked at now, whenever they last were.
  mutating func takeChange() {
    guard followDue, !looking, !(classroom?.watching ?? false) else { return }
    followDue = false
    lastLook = nil
    classroom?.watchedAt = nil
  }

  /// Seconds until `Say.ago` of an age says something else (a minute, an
  /// hour, a day on); nil once it shows a date, which no longer changes.
  static func untilAgoChanges(_ age: TimeInterval) -> TimeInterval? {
    let s = max(0, age)
    let step: TimeInterval
    if s < 3600 {
      step = 60
    } else if s < 86400 {
      step = 3600
    } else if s < 7 * 86400 {
      step = 86400
    } else {
      return nil
    }
    return step - s.truncatingRemainder(dividingBy: step)
  }

  /// Seconds until `Say.timeLeft` says something else: each minute above a
  /// minute left, each second in the last minute, each minute over.
  static func untilTimeLeftChanges(_ remaining: TimeInterval) -> TimeInterval {
    if remaining > 60 {
      let step = remaining.truncatingRemainder(dividingBy: 60)
      return step == 0 ? 60 : step
    }
    if remaining > 0 {
      let step = remaining.truncatingRemainder(dividingBy: 1)
      return step == 0 ? 1 : step
    }
    return 60 - (-remaining).truncatingRemainder(dividingBy: 60)
  }
}
