import CaseroomEngine
import CaseroomSession
import Foundation

/// What an export holds, resolved once for every format: the case, the
/// groups (one or all, in presentation order), their answers with cited
/// passages located in the case, and the instructor's feedback if any.
public struct ExportDocument: Codable, Equatable, Sendable {
  public struct CitedPassage: Codable, Equatable, Sendable {
    public var section: String
    /// The section's heading (`（二）金税工程`), or nil when orphaned.
    public var title: String?
    public var paragraph: Int
    public var quote: String
    public var orphaned: Bool
  }

  public struct Answer: Codable, Equatable, Sendable {
    public var question: String
    public var text: String
    public var characters: Int
    public var citations: [CitedPassage]
    public var score: Int?
    public var comment: String?
    public var updatedAt: Date?
  }

  public struct Group: Codable, Equatable, Sendable {
    public var name: String
    public var members: [String]
    public var answers: [Answer]
  }

  public struct CaseInfo: Codable, Equatable, Sendable {
    public var id: String
    public var title: String
    public var questions: [String]
  }

  public var schema = "caseroom.export/1"
  public var `case`: CaseInfo
  public var scaleMax: Int?
  public var groups: [Group]

  public init(_ c: Case, sessions: [Session], review: Review? = nil) {
    `case` = CaseInfo(id: c.id, title: c.title, questions: c.questions)
    scaleMax = review?.scaleMax
    let order =
      review?.presentationOrder(sessions.map(\.group.name)) ?? sessions.map(\.group.name).sorted(by: NaturalOrder.less)
    let byName = Dictionary(sessions.map { ($0.group.name, $0) }, uniquingKeysWith: { a, _ in a })
    groups = order.compactMap { byName[$0] }.map { s in
      Group(
        name: s.group.name, members: s.group.members,
        answers: c.questions.indices.map { q in
          let a = s.answer(q, of: c)
          let f = review?.feedback(group: s.group.name, question: q)
          return Answer(
            question: c.questions[q], text: a.text, characters: Summary.characters(a.text),
            citations: a.citations.map { cite in
              let r = cite.anchor.resolve(in: c)
              return CitedPassage(
                section: r?.section ?? cite.anchor.section,
                title: r.flatMap { res in c.sections.first { $0.id == res.section }?.heading },
                paragraph: r?.paragraph ?? cite.anchor.paragraph, quote: cite.anchor.quote, orphaned: r == nil)
            }, score: f?.score, comment: f.flatMap { $0.comment.isEmpty ? nil : $0.comment }, updatedAt: a.updatedAt)
        })
    }
  }
}
