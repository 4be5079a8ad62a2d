import CaseroomEngine
import CaseroomSession
import FoundationEssentials

/// Something about a class that went wrong, as a value: the file or folder
/// it is about and what is wrong with it. The app and the command line word
/// it (`Say.classProblem`): `path: words`.
public struct ClassError: Error, Equatable, Sendable, CustomStringConvertible {
  public enum What: Equatable, Sendable {
    /// `class phase N` past the plan.
    case noPhase(Int, count: Int)
    /// `--minutes` of 0 or less.
    case minutesAtLeastOne
    /// `class phase` after the last one.
    case lastPhase(Int)
    /// `--minutes` without N and no phase running.
    case noPhaseRunning
    /// A folder without class.json.
    case notAClassFolder
    /// `class init` where there is a class already.
    case alreadyAClassFolder
    case noUnixGroup(String)
    /// Something that should be a folder is not.
    case notAFolder
    /// A folder that cannot be made (the system's reason).
    case cannotCreate(SystemError)
    /// A file that cannot be read.
    case unreadable(FileReadError.Kind)
    /// JSON that is not a class file (the decoder's detail).
    case notAClassFile(String)
    /// A class file of another schema (a newer caseroom's).
    case otherSchema(String, expected: String)
    case noPhases
    /// The `git` program is not installed.
    case gitMissing
    /// A released feedback file that cannot be used (its detail).
    case badFeedback(String)
    /// `--signing-key` given for a folder that is in no git clone.
    case notInAClone
    /// `--signing-key` given in a class whose class.json records no instructor's key.
    case classNotSigned
    /// `--signing-key` names no readable private key.
    case noPrivateKey
    /// A student's local edit of an instructor's file could not be put aside (the system's words).
    case cannotPutAside(SystemError)
    /// `git <command>` failed: git's own words (its standard error) as the detail.
    case git(command: String, detail: GitSaid)
    /// git could not be started (the system's or env's words).
    case cannotRunGit(String)
    /// `ssh-keygen` could not make a signing key (its words; nil: not installed).
    case cannotMakeKey(String?)
    /// Not an SSH public key.
    case notAPublicKey
    /// `--signing-key` given where the folder (its path) is in no git clone.
    case signingKeyOutsideClone(String)
    /// The key is not the one class.json records (that one).
    case notTheClassKey(recorded: String)
    /// The class repository's place is taken.
    case repositoryExists
    /// A path cannot be given a Unix group (its name; the system's reason; whether one must join it).
    case cannotGiveGroup(String, reason: SystemError, notAMember: Bool)
    /// A path cannot be given a mode (octal; the system's reason).
    case cannotGiveMode(String, reason: SystemError)
    /// A file cannot be encoded (the encoder's words).
    case cannotEncode(String)
    /// A file cannot be written (the writer's words).
    case cannotWrite(FileWriteError)
    /// A session file that is empty (git's merge driver).
    case emptySession
    /// A session file that cannot be read as one (why, from the session layer).
    case notASession(SessionError)
    /// Two sessions that cannot be merged.
    case cannotMerge(SessionMerge.Failure)
    /// Released feedback: its scale (`scaleMax`) is past the review's range.
    case feedbackScale(Int, max: Int)
    /// Released feedback: a question number below 1.
    case feedbackQuestion(Int)
    /// Released feedback: a question's own scale past the review's range.
    case feedbackQuestionScale(question: Int, scale: Int, max: Int)
    /// Released feedback: a score past its scale.
    case feedbackScore(question: Int, score: Int, top: Int)
    /// Anything else, in the words of what failed (git's, the system's).
    case other(String)
  }

  public var file: String
  public var what: What
  /// Why a class's file could not be read, as data (nil: another problem).
  public var unreadable: VersionedFileError?

  public init(file: String, _ what: What) {
    self.file = file
    self.what = what
  }

  /// Anything else, in the words of what failed.
  public init(file: String, _ message: String) {
    self.init(file: file, .other(message))
  }

  /// A class file or a feedback file the loader refused (`VersionedFile`).
  public init(_ e: VersionedFileError) {
    self.init(file: e.file, .other(e.message))
    unreadable = e
  }

  /// The words of `.other` (empty for the other cases, which the app words).
  public var message: String {
    if case .other(let words) = what { return words }
    return ""
  }

  /// For logs and tests: the file and the case with its values.
  public var description: String { file.isEmpty ? "\(what)" : "\(file): \(what)" }
}
