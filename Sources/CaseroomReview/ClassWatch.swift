import CaseroomEngine
import CaseroomSession
import FoundationEssentials
import Glibc

extension ClassSessions {
  /// How the session folders looked at the last refresh: each folder's
  /// listing (read again only when the folder changed), each session file
  /// with what reading it gave, each lock.
  struct Watch: Sendable {
    var roots: [String]
    var folders: [String: FolderState] = [:]
    /// Session file → what it gave, with the file's signature when read.
    var records: [String: Record] = [:]
    /// Lock file → the lock as last read.
    var locks: [String: LiveLock] = [:]
    /// Session file → the readers' locks in its live folder (`.<session>.live/`), as last listed.
    var lives: [String: LiveReaders] = [:]
    /// Session files in the order found (folders in order, names sorted).
    var order: [String] = []
    /// The path a session was shown as read from (itself, or its backup) → its file.
    var keys: [String: String] = [:]
    /// Folders that cannot be read, as problems.
    var folderProblems: [Problem] = []

    init(roots: [String]) { self.roots = roots }

    struct FolderState: Sendable {
      var signature: FileStamp?
      var sessionNames: [String] = []
      /// Lock files by name, with their inodes.
      var locks: [String: UInt64] = [:]
      /// The groups' live folders (hidden) by name.
      var lives: Set<String> = []
      var subfolders: [String] = []
      var problem: SystemError?
    }

    struct Record: Sendable {
      var signature: FileStamp
      var session: Session?
      /// Where the session was read from: the file, or its backup.
      var shown: String
      /// Why it was not reviewed, or the warning it was reviewed with.
      var problem: Problem?
    }

    /// What one look at the folders found.
    struct Scan {
      var order: [String] = []
      var reread: [String] = []
      var folders: [Folder] = []
      var foldersSeen: Set<String> = []
      var locksSeen: Set<String> = []
      var livesSeen: Set<String> = []
    }

    /// The readers open on a group, from its live folder (`LiveFolder`):
    /// listed again only when the folder changed (a reader came or went);
    /// whether each one's process lives is asked at every look.
    struct LiveReaders: Sendable {
      var signature: FileStamp?
      var readers: [LiveLock] = []

      init(path: String) {
        signature = FileStamp(path: path)
        guard case .success(let entries) = DirectoryListing.read(path) else { return }
        let prefix = path + "/"
        for e in entries where e.name.hasPrefix("reader-") && e.name.hasSuffix(".lock") {
          if let lock = LiveLock(path: prefix + e.name) { readers.append(lock) }
        }
      }

      func anyLive(now: Date) -> Bool { readers.contains { $0.isLive(now: now) } }
    }

    /// Looks at a folder: lists it again if it changed, stats each session
    /// file and lock in it (reading those that changed), then its subfolders.
    mutating func visit(_ path: String, depth: Int, case c: Case, into scan: inout Scan) {
      guard !scan.foldersSeen.contains(path) else { return }
      scan.foldersSeen.insert(path)
      if depth == 0 { folderProblems.removeAll { $0.file == path } }
      let state = folderState(path, depth: depth)
      if let problem = state.problem {
        folderProblems.removeAll { $0.file == path }
        folderProblems.append(Problem(file: path, reason: .folderUnreadable(problem)))
        scan.folders.append(Folder(path: path, found: 0, skipped: 0, problem: problem))
        return
      }
      folderProblems.removeAll { $0.file == path }
      var folder = Folder(path: path, found: 0, skipped: 0, problem: nil, subfolders: state.subfolders.count)
      let prefix = path.hasSuffix("/") ? path : path + "/"
      for name in state.sessionNames {
        visitSession(name, in: prefix, state, case: c, into: &scan, counting: &folder)
      }
      scan.folders.append(folder)
      for sub in state.subfolders { visit(prefix + sub, depth: depth + 1, case: c, into: &scan) }
    }

    /// What a folder holds: listed again only when its stamp changed (a file or folder came or went).
    mutating func folderState(_ path: String, depth: Int) -> FolderState {
      let signature = FileStamp(path: path)
      if let known = folders[path], signature != nil, known.signature == signature { return known }
      var state = FolderState(signature: signature)
      switch DirectoryListing.read(path) {
      case .failure(let e): state.problem = SystemError(e.code)
      case .success(let entries):
        var sessions: [String] = []
        var subfolders: [String] = []
        for e in entries {
          if e.name.hasSuffix(".session.json") {
            sessions.append(e.name)
          } else if e.name.hasSuffix(".session.json.lock") {
            state.locks[e.name] = e.inode
          } else if e.isDirectory && e.name.hasPrefix(".") && e.name.hasSuffix(".session.json.live") {
            state.lives.insert(e.name)
          } else if e.isDirectory && !e.name.hasPrefix(".") && depth < ClassSessions.folderDepth {
            subfolders.append(e.name)
          }
        }
        state.sessionNames = sessions.sorted()
        state.subfolders = subfolders.sorted(by: NaturalOrder.less)
      }
      folders[path] = state
      return state
    }

    /// One session file of a folder: read again when its stamp changed; its
    /// live folder (a group writing together) and its lock looked at.
    mutating func visitSession(
      _ name: String, in prefix: String, _ state: FolderState, case c: Case, into scan: inout Scan,
      counting folder: inout Folder
    ) {
      let file = prefix + name
      guard let sig = FileStamp(path: file) else { return }  // gone since the listing
      if records[file]?.signature != sig {
        records[file] = Record.read(file, signature: sig, case: c)
        scan.reread.append(file)
      }
      let record = records[file]!
      keys[record.shown] = file
      scan.order.append(file)
      if record.session != nil { folder.found += 1 } else { folder.skipped += 1 }
      // A group writing together: its readers are in its live folder (one `stat` when nobody came or went).
      if state.lives.contains("." + name + ".live") {
        let livePath = prefix + "." + name + ".live"
        scan.livesSeen.insert(file)
        if lives[file]?.signature != FileStamp(path: livePath) { lives[file] = LiveReaders(path: livePath) }
      }
      let lockName = name + ".lock"
      guard let inode = state.locks[lockName] else { return }
      let lockPath = prefix + lockName
      scan.locksSeen.insert(lockPath)
      // A lock is made and removed by name (link, unlink), never written in place: the same
      // inode is the same lock, and only whether its process lives is asked again.
      guard locks[lockPath]?.signature.inode != inode else { return }
      let lockSignature = FileStamp(path: lockPath)
      if locks[lockPath]?.signature != lockSignature { locks[lockPath] = LiveLock(path: lockPath) }
    }
  }
}

extension ClassSessions.Watch.Record {
  /// Reads one session file: a damaged file with a good backup is read from
  /// the backup, with a warning naming both; anything else unusable is a
  /// problem with its reason.
  static func read(_ path: String, signature: FileStamp, case c: Case) -> Self {
    let url = URL(fileURLWithPath: path)
    let store = SessionStore(directory: url.deletingLastPathComponent())
    typealias Problem = ClassSessions.Problem
    var shown = path
    var warning: Problem?
    let s: Session
    do {
      s = try store.load(url)
    } catch let e {
      let backup = SessionStore.backupURL(of: url)
      if e.isDamage, let b = store.backup(of: url), b.caseId == c.id {
        // A damaged file with a good backup beside it: the backup is reviewed, and said so.
        warning = Problem(file: path, reason: .readFromBackup(damage: e, backup: backup.path))
        s = b
        shown = backup.path
      } else {
        let reason: Problem.Reason
        switch e.kind {
        case .futureSchema: reason = .futureSchema(e)
        case .foreign: reason = .notASession(e)
        case .io, .locked: reason = .unreadable(e)
        case .corrupt: reason = .damaged(e)
        }
        return Self(signature: signature, session: nil, shown: path, problem: Problem(file: path, reason: reason))
      }
    }
    guard s.caseId == c.id else {
      return Self(
        signature: signature, session: nil, shown: shown, problem: Problem(file: shown, reason: .otherCase(s.caseId)))
    }
    return Self(signature: signature, session: s, shown: shown, problem: warning)
  }
}

extension ClassSessions {
  /// What a screen following the class watches for changes (the review, with
  /// inotify): every folder read — the directories, their subfolders — and
  /// the live folder of each group writing together. Sorted, so that the
  /// same folders give the same list.
  public var followedPaths: [String] {
    guard let w = watch else { return [] }
    let lives = w.lives.keys.map { file -> String in
      let slash = file.lastIndex(of: "/").map { file.index(after: $0) } ?? file.startIndex
      return String(file[..<slash]) + "." + String(file[slash...]) + ".live"
    }
    return w.roots + (Set(w.folders.keys).subtracting(w.roots).union(lives)).sorted()
  }
}
