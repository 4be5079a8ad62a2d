import FoundationEssentials

/// Why a sync did not finish, in one message that says what happened to the
/// work (always kept: committed in this clone, or left as it was).
public struct SyncError: Error, Equatable, Sendable, CustomStringConvertible {
  public enum Kind: Equatable, Sendable {
    /// The folder is not in a git clone.
    case notAClone
    /// The clone has no remote to sync with.
    case noRemote
    /// The class repository cannot be reached (no network, a missing share, a wrong address).
    case offline
    /// The class repository refused the push (permissions, a protected branch…).
    case refused
    /// Others pushed every time this clone tried (after several tries).
    case race
    /// Git could not merge (a file caseroom does not merge, edited on both sides).
    case conflict
    /// A save of a session the merge would change held its write lock too long.
    case sessionBusy
    /// The `git` program is not installed.
    case noGit
    /// The clone is on a branch other than the class's (nobody would receive the work).
    case otherBranch
    /// A rebase, cherry-pick or revert is under way in the clone.
    case unfinished
    /// Anything else git refused.
    case failed
  }

  public var kind: Kind
  public var message: String

  public init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }

  public var description: String { message }
}
