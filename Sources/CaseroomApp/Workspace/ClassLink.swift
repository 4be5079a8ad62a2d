import CaseroomClass
import CaseroomEngine
import CaseroomSession
import FoundationEssentials
import Glibc

/// What ties a group's workspace to its class: the class file (the plan's
/// phase and its time left, on the status bar), the feedback the instructor
/// released, and syncing the sessions folder with the class repository.
public struct ClassLink: Sendable {
  /// The class file, watched (one `stat` every 250 ms, as an effect); nil outside a class folder.
  var watch: ClassFileWatch?
  /// Where released feedback is (a class folder's or repository's `feedback/`).
  let feedbackFolder: URL?
  /// A git clone of the class repository to sync (the sessions folder), and the merge driver to install.
  let syncDirectory: URL?
  let syncDriver: String?
  /// `--sync`: sync this often, besides the key.
  let autoSync: TimeInterval?
  /// The phase now (worked out at each update).
  var phase: PhaseStatus?
  /// The group's released feedback: read when the answers are shown, and
  /// again every second while they are (a release shows without a key).
  var feedback: ReleasedFeedback?
  var feedbackReadAt: Date?
  /// Which feedback files may be believed (in a signed class: the instructor's signed versions).
  var trustedFeedback: TrustedFeedback?
  /// When the last sync ran, and what it did (one line).
  var lastSync: (at: Date, result: String)?
  /// When the last sync that finished ran (the status bar's `同步于`; not moved by a failure).
  var syncedAt: Date?
  /// A sync asked for and not yet done (git runs on a worker; keys are answered meanwhile).
  var syncing = false
  /// A look at the class file, or a read of the feedback, asked for and not yet done; and when it was asked.
  var watching = false
  var watchedAt: Date?
  var readingFeedback = false

  public init(
    classFile: URL? = nil, feedbackFolder: URL? = nil, syncDirectory: URL? = nil, syncDriver: String? = nil,
    autoSync: TimeInterval? = nil
  ) {
    watch = classFile.map { ClassFileWatch(url: $0) }
    self.feedbackFolder = feedbackFolder
    self.syncDirectory = syncDirectory
    self.syncDriver = syncDriver
    self.autoSync = autoSync
  }
}

extension Workspace {
  /// How often the class file is looked at, and the feedback read while the answers are shown.
  static let classFileEvery: TimeInterval = 0.25
  static let feedbackEvery: TimeInterval = 1

  /// Follows the class: a new phase or more time is seen within a quarter
  /// of a second (the class file is looked at, at the cost of a `stat`, on a
  /// worker); while the answers are shown the released feedback is read
  /// every second; with `--sync`, syncs when it is due. The phase is worked
  /// out here from the file last read and `now`.
  mutating func followClass(_ now: Date) {
    guard var link = classLink else { return }
    if let watch = link.watch {
      link.phase = watch.file.flatMap { PhaseStatus($0, at: now) }
      if !link.watching, now.timeIntervalSince(link.watchedAt ?? .distantPast) >= Self.classFileEvery {
        link.watching = true
        link.watchedAt = now
        outbox.append(.readClassFile(watch))
      }
    }
    classLink = link
    if case .answers = screen, link.feedbackFolder != nil,
      now.timeIntervalSince(link.feedbackReadAt ?? .distantPast) >= Self.feedbackEvery
    {
      readFeedback(now)
    }
    if let every = link.autoSync, link.syncDirectory != nil, screen == .reading, !link.syncing,
      now.timeIntervalSince(link.lastSync?.at ?? .distantPast) >= every
    {
      sync(now)
    }
  }

  /// Asks for the released feedback again (the answers view shows it under each answer).
  mutating func readFeedback(_ now: Date) {
    guard var link = classLink, let folder = link.feedbackFolder, !link.readingFeedback else { return }
    link.readingFeedback = true
    link.feedbackReadAt = now
    classLink = link
    outbox.append(
      .readFeedback(
        FeedbackQuery(
          folder: folder, session: file?.url, group: session.group.name, caseId: session.caseId,
          trust: link.trustedFeedback)))
  }

  /// `S` (and `--sync`): saves, syncs the sessions folder with the class
  /// repository (git, on a worker: keys are answered meanwhile) and, when
  /// that is done, takes in what the others wrote (`synced`).
  mutating func sync(_ now: Date) {
    guard var link = classLink, let dir = link.syncDirectory, let driver = link.syncDriver, let file else {
      message = Say.syncNeedsAClone
      return
    }
    guard !link.syncing else {
      message = Say.syncing
      return
    }
    var options = ClassSync.Options(driver: driver)
    options.identity = GitIdentity.here(member: together?.member, group: session.group.name)
    requestSave(now: now)
    let s = sessionToSave(now: now)
    saveRequested = false
    link.syncing = true
    classLink = link
    message = Say.syncing
    var job = SyncJob(directory: dir, options: options, file: file, session: s, now: now)
    job.member = together?.member
    job.generation = together?.generation
    outbox.append(.sync(job))
  }

  /// What an effect of the class came to.
  mutating func classDone(_ result: EffectResult, _ now: Date) {
    guard var link = classLink else { return }
    switch result {
    case .classFileRead(let watch):
      link.watch = watch
      link.watching = false
      link.phase = watch.file.flatMap { PhaseStatus($0, at: now) }
      classLink = link
    case .feedbackRead(let found, let trust):
      link.feedback = found
      link.trustedFeedback = trust
      link.readingFeedback = false
      classLink = link
    case .synced(let outcome):
      link.syncing = false
      classLink = link
      synced(outcome, now)
    default: break
    }
  }

  /// A sync is done: the save before it counts as a save; what others wrote
  /// is merged with what was typed while git ran (a group writing together:
  /// by the follow that comes at once, over what its save wrote; else
  /// three-way, from the session as it was sent); the status bar says what the sync did.
  mutating func synced(_ o: SyncOutcome, _ now: Date) {
    saved(o.sent, at: now, error: o.saveError.map { Say.saveProblem($0.error) })
    let result: String
    switch o.report {
    case .success(let report):
      result =
        Say.synced(report.received.count, pushed: report.pushed, conflicts: report.conflicted.count)
        + (report.restored.isEmpty ? "" : Say.restoredInstructorFiles(report.restored.count, aside: report.aside))
        + (report.tookKey == nil ? "" : Say.tookInstructorKey)
      classLink?.syncedAt = o.at
      classLink?.trustedFeedback?.forget()
      if let theirs = o.merged { takeIn(theirs, base: o.sent, now) }
      // A group writing together takes the merge in by a follow, at once (as another member's save).
      together?.lastFollow = nil
    case .failure(let error): result = Say.syncFailure(error)
    }
    classLink?.lastSync = (o.at, result)
    message = result
  }

  /// Takes in the session file as a sync left it.
  mutating func takeIn(_ theirs: Session, base: Session, _ now: Date) {
    let ours = currentSession
    // An answer watched here is the writer's as it came (this reader's lagging view of it is no edit).
    let watched = together?.watchedAnswer
    guard
      var merged = (try? SessionMerge.merge(base: base, ours: ours.leaving(answer: watched, as: base), theirs: theirs))?
        .session
    else { return }
    merged.revision = theirs.revision
    merged.updatedAt = theirs.updatedAt
    merged.conform(to: reader.document)
    guard merged != ours else { return }
    let typedMeanwhile = merged.answers != theirs.answers || merged.annotations != theirs.annotations
    session = merged
    // The editor shows the merged text (another member's, live), its cursor kept where the text allows.
    if case .editing(let q) = screen, let box = answerBox, box.editor.text != merged.answers[q].text {
      answerBox = box.showing(merged.answers[q].text)
    }
    showWatchedNote(merged)
    refreshAnnotations()
    if typedMeanwhile { changed(now) }
  }

  /// The phase and the last sync, for the status bar (`讨论 · 还剩 12 分钟`).
  var classStatus: String? {
    guard let link = classLink else { return nil }
    var parts: [String] = []
    if let p = link.phase { parts.append(Say.phase(p)) }
    if link.syncing {
      parts.append(Say.syncing)
    } else if let at = link.syncedAt {
      parts.append(Say.lastSync(LocalTime.text(at, .time)))
    }
    return parts.isEmpty ? nil : parts.joined(separator: " · ")
  }
}
