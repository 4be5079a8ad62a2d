import CaseroomEngine
import CaseroomSession
import Foundation

/// Every group's session for one case, gathered from one or several
/// directories (sessions collected from several machines, or a shared
/// directory). Files that cannot be used are listed with the reason; the
/// rest are reviewed. Group files are only read, never written.
public struct ClassSessions: Sendable {
  /// A file that was not reviewed, and why.
  public struct Problem: Sendable, Equatable {
    public var file: String
    public var reason: Reason
    public init(file: String, reason: Reason) {
      self.file = file
      self.reason = reason
    }

    /// Why a file is not reviewed. Its description is the plain English the
    /// printing commands and summaries use; the review screen words it itself.
    public enum Reason: Sendable, Equatable, CustomStringConvertible {
      /// The file or folder cannot be read (the system's reason).
      case unreadable(String)
      /// Not valid JSON, or not a valid session (with the parser's detail).
      case damaged(String)
      /// A session of a newer schema than this program reads.
      case futureSchema(String)
      /// JSON, but not a session.
      case notASession(String)
      /// A session of another case.
      case otherCase(String)
      /// An older copy of a group reviewed from another file.
      case olderDuplicate(group: String, kept: String)
      /// Damaged (the parser's detail), so its backup was reviewed instead: the backup's path.
      case readFromBackup(damage: String, backup: String)

      /// Whether the group was reviewed all the same (from its backup): a warning, not a file skipped.
      public var isWarning: Bool {
        if case .readFromBackup = self { return true }
        return false
      }

      public var description: String {
        switch self {
        case .unreadable(let why):
          // Already said in full ("is a directory, not a file", "no such file", "cannot be read: …").
          let whole = ["is ", "no such", "cannot"].contains { why.hasPrefix($0) }
          return whole ? why : "cannot be read: \(why)"
        case .damaged(let detail): return "damaged: \(detail)"
        case .futureSchema(let detail): return "future schema: \(detail)"
        case .notASession(let detail): return "not a session: \(detail)"
        case .otherCase(let id): return "another case: \(id)"
        case .olderDuplicate(let group, let kept): return "duplicate of \(group) in \(kept) (older, not reviewed)"
        case .readFromBackup(let damage, let backup):
          return "damaged: \(damage); its backup \(backup) was reviewed instead (the file is left as it is)"
        }
      }
    }
  }

  public let document: Case
  /// One session per group, sorted by group name.
  public let sessions: [Session]
  /// Where each session was read from.
  public let files: [String]
  public let problems: [Problem]

  /// Reads every `*.session.json` in the directories.
  public static func load(case c: Case, from directories: [URL]) -> ClassSessions {
    var byGroup: [String: (Session, String)] = [:]
    var problems: [Problem] = []
    for dir in directories {
      let store = SessionStore(directory: dir)
      let names: [String]
      do {
        names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
      } catch {
        problems.append(Problem(file: dir.path, reason: .unreadable(error.localizedDescription)))
        continue
      }
      for name in names where name.hasSuffix(".session.json") {
        let url = dir.appendingPathComponent(name)
        var path = url.path
        let s: Session
        do {
          s = try store.load(url)
        } catch let e {
          let backup = SessionStore.backupURL(of: url)
          if e.isDamage, let b = store.backup(of: url), b.caseId == c.id {
            // A damaged file with a good backup beside it: the backup is reviewed, and said so.
            problems.append(Problem(file: path, reason: .readFromBackup(damage: e.message, backup: backup.path)))
            s = b
            path = backup.path
          } else {
            switch e.kind {
            case .futureSchema: problems.append(Problem(file: path, reason: .futureSchema(e.message)))
            case .foreign: problems.append(Problem(file: path, reason: .notASession(e.message)))
            case .io, .locked: problems.append(Problem(file: path, reason: .unreadable(e.message)))
            case .corrupt: problems.append(Problem(file: path, reason: .damaged(e.message)))
            }
            continue
          }
        }
        guard s.caseId == c.id else {
          problems.append(Problem(file: path, reason: .otherCase(s.caseId)))
          continue
        }
        if let (other, otherPath) = byGroup[s.group.name] {
          // The same group twice (copied from two machines): the newest is reviewed.
          let (keep, drop) = s.updatedAt > other.updatedAt ? ((s, path), otherPath) : ((other, otherPath), path)
          byGroup[s.group.name] = keep
          problems.append(
            Problem(file: drop, reason: .olderDuplicate(group: s.group.name, kept: keep.1)))
        } else {
          byGroup[s.group.name] = (s, path)
        }
      }
    }
    let sorted = byGroup.values.sorted { NaturalOrder.less($0.0.group.name, $1.0.group.name) }
    return ClassSessions(document: c, sessions: sorted.map(\.0), files: sorted.map(\.1), problems: problems)
  }

  public init(document: Case, sessions: [Session], files: [String] = [], problems: [Problem] = []) {
    self.document = document
    self.sessions = sessions
    self.files = files
    self.problems = problems
  }

  /// The session of a group, by name.
  public func session(named name: String) -> Session? { sessions.first { $0.group.name == name } }
}
