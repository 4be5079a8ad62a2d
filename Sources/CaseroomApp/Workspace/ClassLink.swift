import CaseroomClass
import CaseroomEngine
import CaseroomSession
import Foundation

/// What ties a group's workspace to its class: the class file (the plan's
/// phase and its time left, on the status bar), the feedback the instructor
/// released, and syncing the sessions folder with the class repository.
public struct ClassLink: Sendable {
  /// The class file, watched (one `stat` a tick); nil outside a class folder.
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
  /// Which feedback files may be believed (made at the first read).
  var trustedFeedback: TrustedFeedback?
  /// When the last sync ran, and what it did (one line).
  var lastSync: (at: Date, result: String)?
  /// When the last sync that finished ran (the status bar's `同步于`; not moved by a failure).
  var syncedAt: Date?

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
  /// Follows the class: a new phase or more time is seen within one tick
  /// (the class file is looked at every 250 ms, at the cost of a `stat`);
  /// with `--sync`, syncs when it is due.
  mutating func followClass(_ now: Date) {
    guard var link = classLink else { return }
    if var watch = link.watch {
      _ = watch.poll()
      link.watch = watch
      link.phase = watch.file.flatMap { PhaseStatus($0, at: now) }
    }
    classLink = link
    if case .answers = screen, link.feedbackFolder != nil,
      now.timeIntervalSince(link.feedbackReadAt ?? .distantPast) >= 1
    {
      readFeedback(now)
    }
    if let every = link.autoSync, link.syncDirectory != nil, screen == .reading,
      now.timeIntervalSince(link.lastSync?.at ?? .distantPast) >= every
    {
      sync(now)
    }
  }

  /// The released feedback, read again (the answers view shows it under each answer).
  mutating func readFeedback(_ now: Date) {
    guard var link = classLink, let folder = link.feedbackFolder else { return }
    let name = session.group.name
    let id = session.caseId
    // In a signed class, only what the instructor signed (checked again when the file changes).
    var trusted = link.trustedFeedback ?? TrustedFeedback(folder: folder)
    link.feedback = trusted.load(forSession: file?.url, group: name, caseId: id, in: folder)
    link.trustedFeedback = trusted
    link.feedbackReadAt = now
    classLink = link
  }

  /// `S` (and `--sync`): saves, syncs the sessions folder with the class
  /// repository (git), and takes in what the others wrote.
  mutating func sync(_ now: Date) {
    guard var link = classLink, let dir = link.syncDirectory, let driver = link.syncDriver, let file else {
      message = Say.syncNeedsAClone
      return
    }
    requestSave(now: now)
    saveIfNeeded(now)
    var options = ClassSync.Options(driver: driver)
    options.ownSessions = [file.url.path]
    options.identity = GitIdentity.here(group: session.group.name)
    do {
      let report = try ClassSync(directory: dir, options: options).run(now: now)
      link.syncedAt = now
      link.trustedFeedback?.forget()
      link.lastSync = (
        now,
        Say.synced(report.received.count, pushed: report.pushed, conflicts: report.conflicted.count)
          + (report.restored.isEmpty ? "" : Say.restoredInstructorFiles(report.restored.count, aside: report.aside))
      )
      // What others wrote was merged into the file: take it in.
      if let merged = try? file.reload(), merged != session {
        var s = merged
        s.conform(to: reader.document)
        session = s
        refreshAnnotations()
      }
    } catch {
      link.lastSync = (now, Say.syncFailure(error))
    }
    classLink = link
    message = link.lastSync?.result
  }

  /// The phase and the last sync, for the status bar (`讨论 · 还剩 12 分钟`).
  var classStatus: String? {
    guard let link = classLink else { return nil }
    var parts: [String] = []
    if let p = link.phase { parts.append(Say.phase(p)) }
    if let at = link.syncedAt { parts.append(Say.lastSync(LocalTime.text(at, .time))) }
    return parts.isEmpty ? nil : parts.joined(separator: " · ")
  }
}
