import CaseroomSession
import FoundationEssentials

/// What a sync committed of this clone's changes, as a value: each group and
/// what changed in its session, feedback released, other class files. The
/// app words it for the status bar and `caseroom sync` (`Say.commitWhat`);
/// the commit message kept in git's history is its English (`message`), which
/// no screen shows.
public struct SyncCommit: Equatable, Sendable {
  public struct Group: Equatable, Sendable {
    public var name: String
    public var change: Change

    public init(name: String, change: Change) {
      self.name = name
      self.change = change
    }
  }

  /// What changed in a group's session.
  public enum Change: Equatable, Sendable {
    case removed
    /// A new session: its members, the answers written (numbered from 1).
    case new(members: [String], answers: [Int])
    case changed(Edits)
  }

  /// What changed in a session already there (nothing at all: only saved).
  public struct Edits: Equatable, Sendable {
    /// Answers edited (numbered from 1).
    public var answers: [Int] = []
    public var citationsAdded = 0, citationsRemoved = 0, notesAdded = 0, notesRemoved = 0
    public var notesEdited = false, reading = false, position = false, members = false

    public var isEmpty: Bool { self == Edits() }

    public init() {}
  }

  public var groups: [Group] = []
  /// Released feedback files.
  public var feedback = 0
  /// Other class files (their names).
  public var classFiles: [String] = []

  public init(groups: [Group] = [], feedback: Int = 0, classFiles: [String] = []) {
    (self.groups, self.feedback, self.classFiles) = (groups, feedback, classFiles)
  }

  /// The first line of `message`.
  public var subject: String { String(message.split(separator: "\n").first ?? "") }

  /// The commit message (English, for git's history): a subject, then a line each.
  public var message: String {
    var lines = groups.map { "\($0.name): \($0.change.english)" }
    if feedback > 0 { lines.append("feedback released to \(feedback) group\(feedback == 1 ? "" : "s")") }
    if !classFiles.isEmpty { lines.append("class files: \(classFiles.joined(separator: ", "))") }
    let subject: String
    if groups.count == 1, lines.count == 1 {
      return lines[0]
    } else if groups.count == 1 {
      subject = "\(groups[0].name) and class files"
    } else if !groups.isEmpty {
      subject =
        "\(groups.count) groups: \(groups.prefix(4).map(\.name).joined(separator: ", "))\(groups.count > 4 ? "…" : "")"
    } else {
      subject = lines.first ?? "class files"
    }
    return subject + "\n\n" + lines.joined(separator: "\n") + "\n"
  }
}

extension SyncCommit.Change {
  /// In a few English words (the commit message's).
  public var english: String {
    switch self {
    case .removed: return "session removed"
    case .new(let members, let answers):
      let who = members.isEmpty ? "" : " (\(members.joined(separator: "、")))"
      return "new session\(who)"
        + (answers.isEmpty ? "" : ", answers \(answers.map(String.init).joined(separator: ", "))")
    case .changed(let e):
      var parts: [String] = []
      if !e.answers.isEmpty {
        parts.append(
          (e.answers.count == 1 ? "answer " : "answers ") + e.answers.map(String.init).joined(separator: ", ")
            + " edited")
      }
      if e.citationsAdded > 0 { parts.append("+\(e.citationsAdded) citation(s)") }
      if e.citationsRemoved > 0 { parts.append("-\(e.citationsRemoved) citation(s)") }
      if e.notesAdded > 0 { parts.append("+\(e.notesAdded) note(s)") }
      if e.notesRemoved > 0 { parts.append("-\(e.notesRemoved) note(s)") }
      if e.notesEdited { parts.append("notes edited") }
      if e.reading { parts.append("reading progress") }
      if e.position { parts.append("position") }
      if e.members { parts.append("members") }
      return parts.isEmpty ? "saved" : parts.joined(separator: ", ")
    }
  }

  /// What changed between two versions of a session (nil: gone, or new).
  static func between(_ old: Session?, _ new: Session?) -> Self {
    guard let new else { return .removed }
    guard let old else {
      return .new(
        members: new.group.members, answers: new.answers.indices.filter { !new.answers[$0].text.isEmpty }.map { $0 + 1 }
      )
    }
    var e = SyncCommit.Edits()
    e.answers = new.answers.indices.filter { $0 >= old.answers.count || old.answers[$0].text != new.answers[$0].text }
      .map { $0 + 1 }
    func keys(_ s: Session) -> Set<SessionMerge.CitationKey> {
      Set(s.answers.flatMap { $0.citations.map(SessionMerge.CitationKey.init) })
    }
    let (ca, cb) = (keys(old), keys(new))
    (e.citationsAdded, e.citationsRemoved) = (cb.subtracting(ca).count, ca.subtracting(cb).count)
    let na = Set(old.annotations.map(SessionMerge.AnnotationKey.init))
    let nb = Set(new.annotations.map(SessionMerge.AnnotationKey.init))
    (e.notesAdded, e.notesRemoved) = (nb.subtracting(na).count, na.subtracting(nb).count)
    e.notesEdited = na == nb && old.annotations != new.annotations
    e.reading = old.reading != new.reading
    e.position = old.position != new.position || old.marks != new.marks
    e.members = old.group.members != new.group.members
    return .changed(e)
  }
}
