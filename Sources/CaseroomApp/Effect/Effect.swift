import CaseroomClass
import CaseroomEngine
import CaseroomReview
import CaseroomSession
import FoundationEssentials

/// Something a screen's `update` asks the world to do, as a value: a save, a
/// sync, a look at a folder, a copy to the clipboard. The run loop performs
/// it off the drawing thread (`perform()`) and hands the result back to the
/// screen as `.done(EffectResult)`; tests perform it in place. Screens keep
/// no closures and do no input or output themselves.
public enum Effect: Sendable {
  /// Put text on the terminal's clipboard (the edge does it: OSC 52).
  case copy(String)
  /// Write a group's session to its file → `.sessionSaved`.
  case saveSession(OpenedSession, Session)
  /// Give the session's lock back (quitting).
  case closeSession(OpenedSession)
  /// Save, sync the sessions folder with the class repository (git), read the merged file → `.synced`.
  case sync(SyncJob)
  /// Read the group's released feedback → `.feedbackRead`.
  case readFeedback(FeedbackQuery)
  /// Look at the class file (one `stat`; read when it changed) → `.classFileRead`.
  case readClassFile(ClassFileWatch)
  /// Remember where a reader alone stopped.
  case savePositions(ReadingPositions, URL)
  /// Write the review file (merged with what another review saved) → `.reviewSaved`.
  case saveReview(Review, URL)
  /// Keep the comment being written beside the review file → `.commentDraftSaved`.
  case saveCommentDraft(CommentDraft, URL)
  /// Look at the session folders and the review file → `.looked`.
  case look(FolderLook)
  /// Change the class's phase in its class file → `.phaseChanged`.
  case changePhase(ClassFolder, PhaseChange, now: Date)
  /// Write every group's feedback to the class's `feedback/` → `.feedbackReleased`.
  case releaseFeedback(Review, ClassSessions, to: URL, now: Date)
  /// Open a group's session (the group picker, the choice screens) → `.sessionOpened`.
  case openSession(SessionOpening)
  /// List the groups of the case again (the group picker, when the sessions folder changed), or
  /// only who reads each of these (`presenceOf`: every few seconds) → `.groupsListed`.
  case listGroups(ReadingStart, presenceOf: [SessionStore.Entry]?)
  /// Open the case chosen in the case picker, and make its first screen → `.caseOpened`.
  case openCase(CaseOpening)
  /// A group writing together: follow, save, lock a field → `.together`.
  case together(TogetherEffect)
  /// Write a case file the import review made (`w`) → `.caseWritten`.
  case writeCase(CaseFileWrite)

  /// Which worker performs it: git, which may take seconds, has its own, so
  /// that saves and looks are not held up behind a sync.
  public var lane: Lane {
    if case .sync = self { return .git }
    return .files
  }

  public enum Lane: Sendable, CaseIterable { case files, git }

  /// A short name, for tests and traces.
  public var name: String {
    switch self {
    case .copy: "copy"
    case .saveSession: "saveSession"
    case .closeSession: "closeSession"
    case .sync: "sync"
    case .readFeedback: "readFeedback"
    case .readClassFile: "readClassFile"
    case .savePositions: "savePositions"
    case .saveReview: "saveReview"
    case .saveCommentDraft: "saveCommentDraft"
    case .look: "look"
    case .changePhase: "changePhase"
    case .releaseFeedback: "releaseFeedback"
    case .openSession: "openSession"
    case .listGroups: "listGroups"
    case .openCase: "openCase"
    case .together(let t): "together." + t.name
    case .writeCase: "writeCase"
    }
  }
}

/// A sync of the sessions folder: the session is saved first (as it was
/// when `S` was pressed), then git runs, then the file is read back.
public struct SyncJob: Sendable {
  public var directory: URL
  public var options: ClassSync.Options
  public var file: OpenedSession
  /// The session as it is saved before the sync: the base of the merge with what was typed meanwhile.
  public var session: Session
  public var now: Date
  /// A group writing together: the member at this reader and the file's generation its session
  /// comes from; the save before git runs is then a merging save (`GroupFile`).
  public var member: String?
  public var generation: Int?
}

/// A case file's text and where it goes (the import review's `w`).
public struct CaseFileWrite: Sendable, Equatable {
  public var text: String
  public var url: URL
}

/// Where a group's released feedback may be.
public struct FeedbackQuery: Sendable {
  public var folder: URL
  public var session: URL?
  public var group: String
  public var caseId: String
  /// What is known of which files may be believed (nil: not looked up yet).
  public var trust: TrustedFeedback?
}

/// A look at the review's session folders and its file, at a time (for the locks' liveness).
public struct FolderLook: Sendable {
  public var sessions: ClassSessions
  public var reviewFile: URL?
  public var review: Review
  public var now: Date
  /// `r`: tell what was found.
  public var saying: Bool
}

/// A change of the class's phase.
public enum PhaseChange: Sendable, Equatable {
  case advance
  case extend(minutes: Int)
}

/// Opening a group's session from a screen, and where it leads.
public struct SessionOpening: Sendable {
  public enum Way: Sendable {
    /// The group's session, made if new.
    case group(String, members: [String])
    /// The same, taking over the lock of a process that may still run (`--take-over`, after asking).
    case takeOver(String, members: [String])
    /// A session file listed in the picker.
    case existing(URL, Session)
    /// A damaged file whose backup is usable: from the backup, or afresh.
    case recover(SessionOpener.Recovery, file: URL, group: Session.Group)
  }

  public var start: ReadingStart
  public var way: Way
}

/// Opening a case chosen in the case picker, as reading starts in it.
public struct CaseOpening: Sendable {
  public var url: URL
  public var start: ReadingStart
  /// `--section`: where to open it.
  public var section: String?
  public var now: Date
}

/// A case that cannot be opened where `--section` asks.
public struct NoSuchSection: Error, CustomStringConvertible {
  public var description: String
}
