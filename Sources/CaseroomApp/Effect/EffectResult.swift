import CaseroomClass
import CaseroomEngine
import CaseroomReview
import CaseroomSession
import FoundationEssentials

/// What an effect came to, handed back to the screen that asked for it.
public enum EffectResult: Sendable {
  /// The session as written, or why it was not.
  case sessionSaved(Session, error: SaveFailure?)
  case synced(SyncOutcome)
  case feedbackRead(ReleasedFeedback?, TrustedFeedback)
  case classFileRead(ClassFileWatch)
  /// The review as written (merged with the file), or why it was not.
  case reviewSaved(sent: Review, saved: Review?, error: ReviewFileError?)
  case commentDraftSaved(error: (any Error)?)
  case looked(FolderLookResult)
  case phaseChanged(Result<ClassFileWatch, ClassError>)
  case feedbackReleased(Result<Int, ClassError>)
  case sessionOpened(SessionOpening, Result<OpenedSession, any Error>)
  case groupsListed(GroupList)
  case caseOpened(Result<OpenedScreen, any Error>)
  case together(TogetherResult)
  /// The case file as written (the text sent), or why it was not.
  case caseWritten(CaseFileWrite, error: (any Error)?)
}

/// The first screen made on a worker for a case just opened; handed over
/// whole to the loop, never shared.
public struct OpenedScreen: @unchecked Sendable {
  public let screen: any Screen
}

/// Why a session was not saved, as the layers below said it (a refusal, a
/// session error, a write error); the screen words it (`Say.saveProblem`).
public struct SaveFailure: Error, Sendable {
  public var error: any Error
  public init(_ error: any Error) { self.error = error }
}

/// What a sync did: the report or the failure, and the file as the merge left it.
public struct SyncOutcome: Sendable {
  /// The session saved before git ran (the merge's base).
  public var sent: Session
  public var saveError: SaveFailure?
  public var report: Result<ClassSync.Report, SyncError>
  /// The session file after the sync (nil: it could not be read).
  public var merged: Session?
  public var at: Date
}

/// What a look at the folders found.
public struct FolderLookResult: Sendable {
  public var sessions: ClassSessions
  public var found: ClassSessions.Refresh
  /// The review file as another process saved it since (nil: unchanged).
  public var reviewOnDisk: Review?
  public var saying: Bool
}
