import CaseroomClass
import CaseroomEngine
import CaseroomReview
import Foundation

/// The class around the review (`caseroom review --class`): the phase now,
/// read from `class.json` as the groups' readers read it; releasing the
/// feedback to the groups and starting the next phase (both ask first);
/// giving the running phase five more minutes; and, while the groups
/// present, how long each group's turn on the presenter has taken.
public struct ReviewClass {
  public let folder: ClassFolder
  var watch: ClassFileWatch
  /// The phase now (nil: none running).
  var phase: PhaseStatus?
  /// The group on the presenter, and since when.
  var turn: (group: String, since: Date)?
  /// Each group's time on the presenter so far (the turn now not included).
  var spoken: [String: TimeInterval] = [:]

  /// `+`: the running phase is given this many minutes more.
  public static let extendMinutes = 5

  public init(folder: ClassFolder) {
    self.folder = folder
    watch = ClassFileWatch(url: folder.classFile)
  }

  /// A group's time on the presenter, the turn now included.
  func time(of group: String, now: Date) -> TimeInterval {
    (spoken[group] ?? 0) + (turn?.group == group ? max(0, now.timeIntervalSince(turn!.since)) : 0)
  }
}

/// What the review asks before doing it (`y` does it, any other key does not).
enum ReviewQuestion: Equatable {
  case release
  case nextPhase(String)
}

extension ReviewState {
  /// Follows the class on every tick: the phase (a `stat` of `class.json`,
  /// read again only when it changed), and the presenter's turn timer.
  mutating func followClass(_ now: Date) {
    guard var c = classroom else { return }
    _ = c.watch.poll()
    c.phase = c.watch.file.flatMap { PhaseStatus($0, at: now) }
    let onScreen = screen == .presenter ? presentationOrder[safe: presenting]?.group.name : nil
    if c.turn?.group != onScreen {
      if let t = c.turn { c.spoken[t.group, default: 0] += max(0, now.timeIntervalSince(t.since)) }
      c.turn = onScreen.map { ($0, now) }
    }
    classroom = c
  }

  /// The phase for a header: `小组发言 · 还剩 12 分钟` (nil outside a class or between phases).
  var phaseText: String? {
    guard let p = classroom?.phase else { return nil }
    return Say.phase(p)
  }

  /// Whether the presenter times the groups' turns: during the class's 小组发言.
  var timingTurns: Bool { classroom?.phase?.phase.isPresentations == true }

  /// `R`, `>`, `+`: what the class keys do (outside a class they say so).
  mutating func classKey(_ action: ReviewAction, _ now: Date) {
    guard let c = classroom else {
      message = Say.onlyInAClass
      return
    }
    switch action {
    case .releaseFeedback: asking = .release
    case .nextPhase:
      let file = c.watch.file
      let next = (file?.current?.number ?? 0) + 1
      guard let file, next <= file.phases.count else {
        message = Say.noNextPhase(c.folder.root.path)
        return
      }
      asking = .nextPhase(file.phases[next - 1].title)
    case .extendPhase:
      changePhase(now) { f throws(ClassError) in try f.extend(minutes: ReviewClass.extendMinutes, now: now) }
    default: break
    }
  }

  /// The answer to what was asked: `y` does it.
  mutating func answerQuestion(_ key: Key, _ now: Date) {
    guard let question = asking else { return }
    asking = nil
    guard key == .char("y") || key == .char("Y") else {
      message = Say.notDone
      return
    }
    switch question {
    case .release: releaseFeedback(now)
    case .nextPhase: changePhase(now) { f throws(ClassError) in try f.advance(now: now) }
    }
  }

  /// Writes every group's scores and comments to the class's `feedback/`.
  mutating func releaseFeedback(_ now: Date) {
    guard let c = classroom else { return }
    saveIfChanged()
    do {
      let written = try FeedbackRelease.release(review, of: all, to: c.folder.feedback, now: now)
      let drafts = FeedbackRelease.drafts(review, of: all) + (commentBox == nil ? 0 : 1)
      message = Say.feedbackReleased(written.count) + (drafts > 0 ? Say.draftsLeftOut(drafts) : "")
    } catch {
      message = Say.classActionFailed(error.description)
    }
  }

  /// Changes the phase in `class.json` (every reader sees it within a tick).
  mutating func changePhase(_ now: Date, _ change: (inout ClassFile) throws(ClassError) -> Void) {
    guard var c = classroom else { return }
    do {
      var file = try c.folder.load()
      try change(&file)
      try c.folder.save(file)
      _ = c.watch.poll()
      c.phase = c.watch.file.flatMap { PhaseStatus($0, at: now) }
      classroom = c
      message = phaseText.map(Say.phaseNow) ?? Say.noPhaseRunning
    } catch {
      message = Say.classActionFailed(error.description)
    }
  }
}

extension Array {
  subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
