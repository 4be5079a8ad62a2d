import CaseroomEngine
import CaseroomSession
import Foundation

/// The review grid without a terminal: one row per group, one cell per
/// question (characters, citations, last edit), and reading progress.
public struct Summary: Codable, Equatable, Sendable {
  public struct Cell: Codable, Equatable, Sendable {
    public var characters: Int
    public var citations: Int
    public var orphaned: Int
    public var updatedAt: Date?
    public var score: Int?
    public var comment: String?
  }

  public struct Row: Codable, Equatable, Sendable {
    public var group: String
    public var members: [String]
    public var answers: [Cell]
    /// Content sections read to the end, of how many.
    public var sectionsRead: Int
    public var sections: Int
    public var file: String
  }

  public var caseId: String
  public var questions: [String]
  public var rows: [Row]
  /// Files not reviewed, and why (`file: reason`).
  public var problems: [String]
  /// Groups reviewed with a warning: a damaged file read from its backup (`file: what happened`).
  public var warnings: [String]

  public init(_ all: ClassSessions, review: Review? = nil) {
    let c = all.document
    caseId = c.id
    questions = c.questions
    let content = Set(c.contentSections.map(\.id))
    rows = all.sessions.enumerated().map { i, s in
      Row(
        group: s.group.name, members: s.group.members,
        answers: c.questions.indices.map { q in
          let a = s.answer(q, of: c)
          let f = review?.feedback(group: s.group.name, question: q)
          return Cell(
            characters: Summary.characters(a.text), citations: a.citations.count,
            orphaned: a.citations.filter { $0.anchor.resolve(in: c) == nil }.count, updatedAt: a.updatedAt,
            score: f?.score, comment: f?.comment.isEmpty == false ? f?.comment : nil)
        },
        sectionsRead: s.reading.filter { content.contains($0.key) && $0.value.finished }.count, sections: content.count,
        file: i < all.files.count ? all.files[i] : "")
    }
    problems = all.problems.filter { !$0.reason.isWarning }.map { "\($0.file): \($0.reason)" }
    warnings = all.problems.filter(\.reason.isWarning).map { "\($0.file): \($0.reason)" }
  }

  /// 字数: characters that are not blank.
  public static func characters(_ s: String) -> Int { CharacterCount.of(s) }

  public func json() -> String { (try? JSONCoding.text(self)) ?? "" }

  /// A plain-text grid (names made safe for the terminal: `TerminalSafe`).
  public func table() -> String {
    var out = "group".padding(toLength: 16, withPad: " ", startingAt: 0)
    for q in questions.indices { out += "  Q\(q + 1) 字/引用" }
    out += "  read\n"
    for r in rows {
      // A name is shown on one line, with any control character made visible.
      let name = TerminalSafe.text(r.group, keepingLines: false)
      var line = name
      line += String(repeating: " ", count: max(1, 16 - TerminalWidth.columns(name)))
      for a in r.answers {
        line += "  " + "\(a.characters)/\(a.citations)".padding(toLength: 10, withPad: " ", startingAt: 0)
      }
      line += "  \(r.sectionsRead)/\(r.sections)"
      out += line + "\n"
    }
    for w in warnings { out += "warning: \(w)\n" }
    for p in problems { out += "skipped: \(p)\n" }
    return out
  }
}
