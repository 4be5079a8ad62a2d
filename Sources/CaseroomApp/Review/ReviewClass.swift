import CaseroomClass
import CaseroomEngine
import CaseroomReview
import FoundationEssentials
import Glibc

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
  /// A look at the class file asked for and not yet done, and when it was asked.
  var watching = false
  var watchedAt: Date?
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
  /// Follows the class on every tick: the phase (the class file looked at
  /// every 250 ms as an effect: a `stat`, read again only when it changed),
  /// and the presenter's turn timer.
  mutating func followClass(_ now: Date) {
    guard var c = classroom else { return }
    c.phase = c.watch.file.flatMap { PhaseStatus($0, at: now) }
    if !c.watching, now.timeIntervalSince(c.watchedAt ?? .distantPast) >= Workspace.classFileEvery {
      c.watching = true
      c.watchedAt = now
      outbox.append(.readClassFile(c.watch))
    }
    let onScreen = screen == .presenter ? presentationOrder[safe: presenting]?.group.name : nil
    if c.turn?.group != onScreen {
      if let t = c.turn { c.spoken[t.group, default: 0] += max(0, now.timeIntervalSince(t.since)) }
      c.turn = onScreen.map { ($0, now) }
    }
    classroom = c
  }

  /// What an effect of the class came to.
  mutating func classDone(_ result: EffectResult, _ now: Date) {
    guard var c = classroom else { return }
    switch result {
    case .classFileRead(let watch):
      c.watching = false
      c.watch = watch
    case .phaseChanged(.success(let watch)):
      c.watch = watch
      c.phase = watch.file.flatMap { PhaseStatus($0, at: now) }
      classroom = c
      message = phaseText.map(Say.phaseNow) ?? Say.noPhaseRunning
      return
    case .phaseChanged(.failure(let error)): message = Say.classActionFailed(Say.commandError(error))
    case .feedbackReleased(.success(let count)):
      message = Say.feedbackReleased(count) + (draftsLeftOut > 0 ? Say.draftsLeftOut(draftsLeftOut) : "")
    case .feedbackReleased(.failure(let error)): message = Say.classActionFailed(Say.commandError(error))
    default: break
    }
    c.phase = c.watch.file.flatMap { PhaseStatus($0, at: now) }
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
      changePhase(.extend(minutes: ReviewClass.extendMinutes), now)
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
    case .nextPhase: changePhase(.advance, now)
    }
  }

  /// Writes every group's scores and comments to the class's `feedback/`
  /// (the review file is saved too).
  mutating func releaseFeedback(_ now: Date) {
    guard let c = classroom else { return }
    saveIfChanged()
    // Drafts (comments not confirmed) stay behind: the message says how many.
    draftsLeftOut = FeedbackRelease.drafts(review, of: all) + (commentBox == nil ? 0 : 1)
    outbox.append(.releaseFeedback(review, all, to: c.folder.feedback, now: now))
  }

  /// Changes the phase in `class.json` (every reader sees it within a tick).
  mutating func changePhase(_ change: PhaseChange, _ now: Date) {
    guard let c = classroom else { return }
    outbox.append(.changePhase(c.folder, change, now: now))
  }
}

extension Array {
  subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
