import CaseroomClass
import CaseroomEngine
import CaseroomReview
import CaseroomSession
import FoundationEssentials

extension Effect {
  /// Performs the effect: the one place in the app that reads and writes
  /// files and runs git (through the layers below). The run loop calls it on
  /// a worker thread; nil: nothing to hand back.
  public func perform() -> EffectResult? {
    switch self {
    case .copy: return nil
    case .saveSession(let file, let s): return .sessionSaved(s, error: Self.save(s, to: file))
    case .closeSession(let file):
      file.close()
      return nil
    case .sync(let job): return .synced(Self.sync(job))
    case .readFeedback(let q):
      // In a signed class, only what the instructor signed (a file's verdict kept until it changes).
      var trust = q.trust ?? TrustedFeedback(folder: q.folder)
      let found = (try? trust.load(forSession: q.session, group: q.group, caseId: q.caseId, in: q.folder)) ?? nil
      return .feedbackRead(found, trust)
    case .readClassFile(var watch):
      _ = watch.poll()
      return .classFileRead(watch)
    case .savePositions(let positions, let url):
      try? positions.save(url)
      return nil
    case .saveReview(let review, let url):
      var saved = review
      do {
        try saved.save(url)
        return .reviewSaved(sent: review, saved: saved, error: nil)
      } catch {
        return .reviewSaved(sent: review, saved: nil, error: error)
      }
    case .writeCase(let job):
      do {
        try TextFile.write(job.text, to: job.url)
        return .caseWritten(job, error: nil)
      } catch {
        // A folder gone (or never there) is named, rather than the temporary file that could not be made in it.
        let folder = job.url.deletingLastPathComponent()
        var isFolder = false
        if !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) || !isFolder {
          return .caseWritten(job, error: MissingFolder(path: folder.path))
        }
        return .caseWritten(job, error: error)
      }
    case .saveCommentDraft(let draft, let url):
      do {
        try draft.save(beside: url)
        return .commentDraftSaved(error: nil)
      } catch {
        return .commentDraftSaved(error: error)
      }
    case .look(let look): return .looked(Self.look(look))
    case .changePhase(let folder, let change, let now): return .phaseChanged(Self.change(folder, change, now: now))
    case .releaseFeedback(let review, let all, let folder, let now):
      if let refused = Self.notTheInstructor(folder.deletingLastPathComponent()) {
        return .feedbackReleased(.failure(refused))
      }
      do throws(ClassError) {
        return .feedbackReleased(.success(try FeedbackRelease.release(review, of: all, to: folder, now: now).count))
      } catch {
        return .feedbackReleased(.failure(error))
      }
    case .openSession(let o): return .sessionOpened(o, Result { try o.open() })
    case .listGroups(let start, let files): return .groupsListed(start.groups(presenceOf: files))
    case .openCase(let o): return .caseOpened(Result { try o.open() })
    case .together(let t): return t.perform()
    }
  }

  static func save(_ s: Session, to file: OpenedSession) -> SaveFailure? {
    do {
      try file.save(s)
      return nil
    } catch {
      return SaveFailure(error)
    }
  }

  static func sync(_ job: SyncJob) -> SyncOutcome {
    var saveError: SaveFailure?
    if let group = job.file.group, let member = job.member {
      // A group writing together: merged with the others' saves, as every save.
      do { _ = try group.save(job.session, as: member, now: job.now, from: job.generation) } catch {
        saveError = SaveFailure(error)
      }
    } else {
      saveError = save(job.session, to: job.file)
    }
    let report = Result { () throws(SyncError) in
      try ClassSync(directory: job.directory, options: job.options).run(now: job.now)
    }
    // What others wrote was merged into the file. A group's reader follows it (its GroupFile's base is
    // what the save wrote); a reader holding the session's lock reads it back and takes it as its own.
    let merged = job.file.group == nil ? (try? job.file.reload()) : nil
    return SyncOutcome(sent: job.session, saveError: saveError, report: report, merged: merged, at: job.now)
  }

  static func look(_ l: FolderLook) -> FolderLookResult {
    var sessions = l.sessions
    let found = sessions.refresh(now: l.now)
    let disk = l.reviewFile.flatMap { l.review.changedOnDisk($0) }
    return FolderLookResult(sessions: sessions, found: found, reviewOnDisk: disk, saying: l.saying)
  }

  static func change(_ folder: ClassFolder, _ change: PhaseChange, now: Date) -> Result<ClassFileWatch, ClassError> {
    if let refused = notTheInstructor(folder.root) { return .failure(refused) }
    do throws(ClassError) {
      var file = try folder.load()
      switch change {
      case .advance: try file.advance(now: now)
      case .extend(let minutes): try file.extend(minutes: minutes, now: now)
      }
      try folder.save(file)
      var watch = ClassFileWatch(url: folder.classFile)
      _ = watch.poll()
      return .success(watch)
    } catch {
      return .failure(error)
    }
  }
}

extension SessionOpening {
  /// Opens the session the way asked (with the draft a failed save left, if any).
  func open() throws -> OpenedSession { start.lookForDraft(try opening()) }

  private func opening() throws -> OpenedSession {
    let opener = start.opener
    let document = start.document
    switch way {
    case .group(let name, let members): return try opener.open(group: name, members: members, of: document)
    case .takeOver(let name, let members):
      let taken = SessionOpener(store: opener.store, recovery: opener.recovery, options: .takeOver)
      return try taken.open(group: name, members: members, of: document)
    case .existing(let url, let session): return try opener.open(existing: url, session, of: document)
    case .recover(let way, let file, let group): return try opener.recover(way, file: file, group: group, of: document)
    }
  }
}

extension CaseOpening {
  /// Opens the case (headings now, each section's text when shown), finds
  /// `--section` in it, and makes the first screen; bytes that are not UTF-8 are said on it.
  func open() throws -> OpenedScreen {
    let (document, source) = try CaseFormat.open(url, index: CaseIndex.standard())
    source.detach()
    var chosen = start.reading(document)
    if let section {
      guard let a = ReaderState.startAnchor(section, in: document) else {
        throw NoSuchSection(
          description: Say.noSuchSection(
            section, count: document.contentSections.count, headings: document.readingSections.map(\.heading)))
      }
      chosen.start = a
    }
    var next = try chosen.firstScreen()
    if let problem = source.encodingProblem(file: url.lastPathComponent) {
      _ = next.update(.notice(Say.badBytes(url.lastPathComponent, problem.line)), now: now)
    }
    return OpenedScreen(screen: next)
  }
}
