import CaseroomEngine
import CaseroomSession
import Foundation

/// Every group's session for one case, gathered from one or several
/// directories (sessions collected from several machines, or a shared
/// directory). Files that cannot be used are listed with the reason; the
/// rest are reviewed. Group files are only read, never written.
public struct ClassSessions: Sendable {
  public struct Problem: Sendable, Equatable {
    public var file: String
    public var reason: String
    public init(file: String, reason: String) {
      self.file = file
      self.reason = reason
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
      let names: [String]
      do {
        names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
      } catch {
        problems.append(Problem(file: dir.path, reason: "cannot be read: \(error.localizedDescription)"))
        continue
      }
      for name in names where name.hasSuffix(".session.json") {
        let path = dir.appendingPathComponent(name).path
        let s: Session
        do {
          s = try Session.decode(Data(contentsOf: URL(fileURLWithPath: path)), file: path)
        } catch let e as SessionError {
          let kind: String
          switch e.kind {
          case .futureSchema: kind = "future schema"
          case .foreign: kind = "not a session"
          default: kind = "damaged"
          }
          problems.append(Problem(file: path, reason: "\(kind): \(e.message)"))
          continue
        } catch {
          problems.append(Problem(file: path, reason: "cannot be read: \(error.localizedDescription)"))
          continue
        }
        guard s.caseId == c.id else {
          problems.append(Problem(file: path, reason: "another case: \(s.caseId)"))
          continue
        }
        if let (other, otherPath) = byGroup[s.group.name] {
          // The same group twice (copied from two machines): the newest is reviewed.
          let (keep, drop) = s.updatedAt > other.updatedAt ? ((s, path), otherPath) : ((other, otherPath), path)
          byGroup[s.group.name] = keep
          problems.append(
            Problem(file: drop, reason: "duplicate of \(s.group.name) in \(keep.1) (older, not reviewed)"))
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
