import CaseroomEngine
import CaseroomSession
import FoundationEssentials
import Glibc

/// Every group's session for one case, gathered from one or several
/// directories and their subfolders (sessions collected from several
/// machines: `collected/laptop1/`, `collected/laptop2/`…, or a shared
/// directory). Files that cannot be used are listed with the reason; the rest
/// are reviewed. Group files are only read, never written.
///
/// A class loaded from directories can be refreshed (`refresh()`): each
/// folder and session file is looked at with `stat`, and only a file that
/// changed is read again, so that a review follows the groups as they write.
public struct ClassSessions: Sendable {
  /// A file that was not reviewed, and why.
  public struct Problem: Sendable, Equatable {
    public var file: String
    public var reason: Reason
    public init(file: String, reason: Reason) {
      self.file = file
      self.reason = reason
    }

    /// Why a file is not reviewed, as values (the app words them, for the
    /// review screen and the printing commands alike); its description is
    /// plain English, for logs, tests and `--json`.
    public enum Reason: Sendable, Equatable, CustomStringConvertible {
      /// The file cannot be read (a folder, a FIFO, the system's error…: the session layer's error says).
      case unreadable(SessionError)
      /// A folder that cannot be listed (the system's error).
      case folderUnreadable(SystemError)
      /// Not valid JSON, or not a valid session (the session layer's error, with the parser's detail).
      case damaged(SessionError)
      /// A session of a newer schema than this program reads.
      case futureSchema(SessionError)
      /// JSON, but not a session.
      case notASession(SessionError)
      /// A session of another case.
      case otherCase(String)
      /// An older copy of a group reviewed from another file.
      case olderDuplicate(group: String, kept: String)
      /// Damaged (the session layer's error), so its backup was reviewed instead: the backup's path.
      case readFromBackup(damage: SessionError, backup: String)

      /// Whether the group was reviewed all the same (from its backup): a warning, not a file skipped.
      public var isWarning: Bool {
        if case .readFromBackup = self { return true }
        return false
      }

      public var description: String {
        switch self {
        case .unreadable(let e):
          // Already said in full ("is a directory, not a file", "no such file", "cannot be read: …").
          let why = e.message
          let whole = ["is ", "no such", "cannot"].contains { why.hasPrefix($0) }
          return whole ? why : "cannot be read: \(why)"
        case .folderUnreadable(let e): return DirectoryListing.ListingError(code: e.code).message
        case .damaged(let e): return "damaged: \(e.message)"
        case .futureSchema(let e): return "future schema: \(e.message)"
        case .notASession(let e): return "not a session: \(e.message)"
        case .otherCase(let id): return "another case: \(id)"
        case .olderDuplicate(let group, let kept): return "duplicate of \(group) in \(kept) (older, not reviewed)"
        case .readFromBackup(let damage, let backup):
          return "damaged: \(damage.message); its backup \(backup) was reviewed instead (the file is left as it is)"
        }
      }
    }
  }

  /// A folder that was read: a `--sessions` directory or one of its subfolders.
  public struct Folder: Sendable, Equatable {
    public var path: String
    /// Session files in it that gave a group (from a backup too).
    public var found: Int
    /// Session files in it that were not reviewed.
    public var skipped: Int
    /// Why the folder itself could not be read (nil when it could): the system's error.
    public var problem: SystemError?
    /// Subfolders in it that were read too.
    public var subfolders = 0
  }

  /// What a refresh found.
  public struct Refresh: Equatable, Sendable {
    /// Files read again (new or changed since the last look), in the order read.
    public var reread: [String] = []
    /// Groups whose session changed, appeared or went away.
    public var changedGroups: Set<String> = []
    /// Whether the list of groups or of problems changed.
    public var listChanged = false
    /// Whether which groups are open in a caseroom process now changed.
    public var writingChanged = false

    public var isEmpty: Bool { changedGroups.isEmpty && !listChanged && !writingChanged }
  }

  public let document: Case
  /// One session per group, sorted by group name.
  public private(set) var sessions: [Session]
  /// Where each session was read from.
  public private(set) var files: [String]
  public private(set) var problems: [Problem]
  /// The folders read, in the order read: each `--sessions` directory, then its subfolders.
  public private(set) var folders: [Folder] = []
  /// Groups whose session is open in a caseroom process now (a live reader in
  /// the group's live folder, or a live session lock): writing now.
  public private(set) var writing: Set<String> = []
  /// Position of each group in `sessions`.
  private var index: [String: Int] = [:]
  /// How the directories looked at the last refresh (nil for a class made in memory).
  var watch: Watch?

  /// How deep subfolders are read: `DIR/laptop1/backup/` at most.
  public static let folderDepth = 2

  /// Reads every `*.session.json` in the directories and their subfolders.
  public static func load(case c: Case, from directories: [URL]) -> ClassSessions {
    var all = ClassSessions(document: c, sessions: [])
    all.watch = Watch(roots: directories.map(\.path))
    _ = all.refresh()
    return all
  }

  public init(document: Case, sessions: [Session], files: [String] = [], problems: [Problem] = []) {
    self.document = document
    self.sessions = sessions
    self.files = files
    self.problems = problems
    reindex()
  }

  /// The session of a group, by name.
  public func session(named name: String) -> Session? { index[name].map { sessions[$0] } }

  /// Where a group's session was read from.
  public func file(of name: String) -> String? {
    guard let i = index[name], i < files.count else { return nil }
    return files[i]
  }

  private mutating func reindex() {
    index = [:]
    index.reserveCapacity(sessions.count)
    for (i, s) in sessions.enumerated() where index[s.group.name] == nil { index[s.group.name] = i }
  }

  // MARK: Refreshing

  /// Looks at every folder and session file again (`stat`), reads the files
  /// that changed since the last look, and updates the class. Cheap when
  /// nothing changed: one `stat` per folder, session file and lock.
  /// `now`: the time a half-written lock is judged by.
  @discardableResult
  public mutating func refresh(now: Date = Date()) -> Refresh {
    guard var w = watch else { return Refresh() }
    var scan = Watch.Scan()
    let folderProblems = w.folderProblems
    for root in w.roots { w.visit(root, depth: 0, case: document, into: &scan) }
    var out = Refresh(reread: scan.reread)
    let removed = Set(w.records.keys).subtracting(scan.order)
    for path in removed { w.records[path] = nil }
    w.locks = w.locks.filter { scan.locksSeen.contains($0.key) }
    w.lives = w.lives.filter { scan.livesSeen.contains($0.key) }
    w.folders = w.folders.filter { scan.foldersSeen.contains($0.key) }
    folders = scan.folders

    if !scan.reread.isEmpty || !removed.isEmpty || scan.order != w.order || w.folderProblems != folderProblems {
      w.order = scan.order
      rebuild(from: w, changed: Set(scan.reread).union(removed), into: &out)
    }
    var live: Set<String> = []
    for (name, i) in index {
      guard i < files.count, let key = w.keys[files[i]] else { continue }
      if w.locks[key + ".lock"]?.isLive(now: now) == true || w.lives[key]?.anyLive(now: now) == true {
        live.insert(name)
      }
    }
    if live != writing {
      writing = live
      out.writingChanged = true
    }
    watch = w
    return out
  }

  /// The groups from the records, in scan order: the newest copy of a group
  /// kept, problems in the order found. Updated in place when the same
  /// groups are there (no sort), else sorted again.
  private mutating func rebuild(from w: Watch, changed: Set<String>, into out: inout Refresh) {
    var byGroup: [String: (session: Session, shown: String)] = [:]
    var newProblems: [Problem] = w.folderProblems
    for path in w.order {
      guard let r = w.records[path] else { continue }
      if let p = r.problem { newProblems.append(p) }
      guard let s = r.session else { continue }
      let name = s.group.name
      if let other = byGroup[name] {
        // The same group twice (copied from two machines): the newest is reviewed.
        let keep = s.updatedAt > other.session.updatedAt ? (s, r.shown) : other
        let drop = s.updatedAt > other.session.updatedAt ? other.shown : r.shown
        byGroup[name] = keep
        newProblems.append(Problem(file: drop, reason: .olderDuplicate(group: name, kept: keep.1)))
      } else {
        byGroup[name] = (s, r.shown)
      }
    }
    for path in changed {
      if let s = w.records[path]?.session { out.changedGroups.insert(s.group.name) }
    }
    if newProblems != problems {
      problems = newProblems
      out.listChanged = true
    }
    let sameGroups = byGroup.count == sessions.count && byGroup.keys.allSatisfy { index[$0] != nil }
    if sameGroups {
      for (name, value) in byGroup {
        let i = index[name]!
        if sessions[i] != value.session || files[i] != value.shown {
          out.changedGroups.insert(name)
          sessions[i] = value.session
          files[i] = value.shown
        }
      }
    } else {
      let old = Set(index.keys)
      out.changedGroups.formUnion(old.symmetricDifference(byGroup.keys))
      let sorted = byGroup.sorted { NaturalOrder.less($0.key, $1.key) }
      sessions = sorted.map(\.value.session)
      files = sorted.map(\.value.shown)
      reindex()
      out.listChanged = true
    }
  }
}
