import CaseroomEngine

/// Why a session file could not be read or written: the file, the place and
/// what, as a value (the app words it: `Say.sessionProblem`).
public struct SessionError: FileProblem, Equatable, Sendable {
  public enum Kind: Sendable, Equatable {
    /// Truncated, not JSON, or JSON of the wrong shape.
    case corrupt
    /// A JSON file that is not a session.
    case foreign
    /// A session from a newer version of caseroom.
    case futureSchema
    /// Cannot be read or written (permissions, disk full…).
    case io
    /// Held by another caseroom process.
    case locked
  }

  /// What is wrong, with what the words need. Details from elsewhere (the
  /// system's reason, a decoder's) are kept as they are.
  public indirect enum What: Equatable, Sendable {
    /// The whole file could not be read (`reason` says why), or the loader refused it (`unreadable`).
    case unreadable
    /// Not a session a decoder could read (its words).
    case undecodable(String)
    /// The session could not be encoded (the encoder's words).
    case cannotEncode(String)
    /// The file could not be written (the step and the system's error).
    case cannotWrite(FileWriteError)
    /// A damaged file could not be moved out of the way (the system's error).
    case cannotMoveAside(SystemError)
    /// A damaged file could not be moved out of the way: every name for it is taken.
    case tooManyDamagedCopies
    /// The backup is a session of another case (its id).
    case backupOfOtherCase(String)
    /// A damaged file that is a symbolic link: not recovered in place.
    case symbolicLinkNotRecovered
    /// A damaged file that cannot be recovered now: the session is read-only for this reason.
    case cannotRecoverNow(OpenedSession.ReadOnly)
    /// A new group's session that cannot be created: no lock can be made.
    case cannotCreate(SessionLock.Unavailable)
    /// A group's live folder is not a folder.
    case liveFolderNotAFolder
    /// A group's live folder cannot be made (the system's error).
    case cannotCreateFolder(SystemError)
    /// The group's file now holds another session (its group and case): not written over.
    case holdsAnotherSession(group: String, caseId: String)
    /// Two sessions that cannot be merged.
    case cannotMerge(SessionMerge.Failure)
    /// The group's write lock cannot be opened (the system's error).
    case writeLockUnopenable(SystemError)
    /// Another reader's save held the write lock past the wait.
    case saveDidNotEnd
    /// The write lock cannot be taken (the system's error).
    case cannotLock(SystemError)
  }

  public var file: String
  public var line: Int
  public var kind: Kind
  public var what: What
  /// Why the whole file could not be read, as a value (the app words it).
  public var reason: FileReadError.Kind?
  /// Why the file could not be read as a session, as data (nil: another problem).
  public var unreadable: VersionedFileError?

  public init(file: String, line: Int = 0, kind: Kind, _ what: What, reason: FileReadError.Kind? = nil) {
    self.file = file
    self.line = line
    self.kind = kind
    self.what = what
    self.reason = reason
  }

  /// A session file the loader refused (`VersionedFile`).
  public init(_ e: VersionedFileError) {
    let kind: Kind
    switch e.problem {
    case .unreadable: kind = .io
    case .noSchema, .otherKind: kind = .foreign
    case .otherVersion: kind = .futureSchema
    default: kind = .corrupt
    }
    self.init(file: e.file, line: e.line, kind: kind, .unreadable)
    unreadable = e
  }

  /// For logs and tests: the case and its values (a user reads `Say.sessionProblem`).
  public var message: String {
    if let reason { return FileReadError(path: file, reason).message }
    if let unreadable { return unreadable.message }
    return "\(what)"
  }
}
