import FoundationEssentials

/// Why a sync did not finish, as a value with what the message needs (the
/// clone, the class repository, git's own words); the app and the command
/// line word it (`Say.syncWhy`). The work is always kept: committed in this
/// clone, or left as it was.
public struct SyncError: Error, Equatable, Sendable, CustomStringConvertible {
  public enum Kind: Equatable, Sendable {
    /// The folder is not in a git clone (git's words).
    case notAClone(folder: String, git: GitSaid)
    /// The clone has no remote to sync with.
    case noRemote(clone: String)
    /// The class repository cannot be reached (no network, a missing share, a wrong address).
    case offline(remote: String, git: GitSaid)
    /// The class repository refused the push (permissions, a protected branch…).
    case refused(remote: String, git: GitSaid)
    /// Others pushed every time this clone tried.
    case race(remote: String, tries: Int)
    /// Git could not merge these files (none named: the class repository's changes); the merge was abandoned.
    case conflict(files: [String], git: GitSaid)
    /// A merge of the user's own is unfinished in the clone.
    case mergeUnfinished(clone: String)
    /// A save of a session the merge would change held its write lock longer than `wait` seconds.
    case sessionBusy(file: String, wait: Int)
    /// The `git` program is not installed.
    case noGit
    /// The clone is on no branch (detached HEAD); `classBranch` is the one to switch to.
    case detached(clone: String, classBranch: String)
    /// The clone is on a branch other than the class's (nobody would receive the work).
    case otherBranch(clone: String, branch: String, tracks: String, classBranch: String)
    /// A rebase, cherry-pick or revert (`command`) is under way in the clone.
    case unfinished(clone: String, command: String)
    /// `git status` failed in the clone.
    case status(clone: String, git: GitSaid)
    /// The clone's changes could not be committed.
    case commit(clone: String, git: GitSaid)
    /// A class problem on the way (git failing in a step, a file that cannot be written…), as a value.
    case classProblem(ClassError)
    /// Anything else that failed (its own words).
    case failed(String)
  }

  public var kind: Kind
  /// What this sync committed in the clone before it stopped (the work is kept there and
  /// goes at the next sync); nil when it committed nothing.
  public var committed: SyncCommit?
  /// Whether the message should say that the work is kept, committed in this clone.
  public var keptInClone: Bool

  public init(_ kind: Kind, committed: SyncCommit? = nil, keptInClone: Bool = false) {
    self.kind = kind
    self.committed = committed
    self.keptInClone = keptInClone
  }

  /// For logs and tests: the case and its values (a user reads `Say.syncWhy`).
  public var description: String { "sync: \(kind)" }
}
