import CaseroomEngine
import CaseroomSession
import FoundationEssentials

/// What an export holds, resolved once for every format: the case, the
/// groups (one or all), their answers with cited passages located in the
/// case, and as much of the instructor's feedback as is to be shown.
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
    /// Whether the text holds a merge's conflict, both versions marked (`ConflictMarkers`): flagged ⚠.
    public var conflicted: Bool = false
    public var citations: [CitedPassage]
    public var score: Int?
    /// The scale the score was given on (10 in 7/10).
    public var scale: Int?
    /// Per criterion of the question's rubric, when it was scored by one.
    public var criteria: [Criterion]?
    public var comment: String?
    public var updatedAt: Date?

    /// Nothing to show: no text, no citation, no score or comment shown.
    public var isUnanswered: Bool {
      text.allSatisfy(\.isWhitespace) && citations.isEmpty && score == nil && comment == nil
    }

    /// `7/10`, with its own scale.
    public func scoreText(_ fallback: Int?) -> String? { score.map { "\($0)/\(scale ?? fallback ?? 5)" } }

    /// `论据 3/4 · 结构 2/3`, when scored by a rubric.
    public var criteriaText: String? {
      criteria.map { $0.map { "\($0.name) \($0.score.map(String.init) ?? "—")/\($0.points)" }.joined(separator: " · ") }
    }
  }

  /// The highest a group's total can be: the questions' scales together.
  public var totalScale: Int { questionScales?.reduce(0, +) ?? (scaleMax ?? 5) * `case`.questions.count }

  /// One criterion of a rubric and the score given on it.
  public struct Criterion: Codable, Equatable, Sendable {
    public var name: String
    public var points: Int
    public var score: Int?
  }

  public struct Group: Codable, Equatable, Sendable {
    public var name: String
    public var members: [String]
    public var answers: [Answer]
    /// The sum of the group's scores shown (nil when none is).
    public var total: Int?
    /// Who wrote what, per member (nil: a session that never had a member at it).
    public var participation: [String: Session.Participation]?
  }

  public struct CaseInfo: Codable, Equatable, Sendable {
    public var id: String
    public var title: String
    public var questions: [String]
  }

  /// The order of the groups: the presentation order (slides), or by name (data, as the summaries).
  public enum Order: Sendable {
    case presentation, name
  }

  public var schema = "caseroom.export/1"
  public var `case`: CaseInfo
  /// The highest score (nil when no feedback is shown).
  public var scaleMax: Int?
  /// Per question, its highest score now (its rubric's points, else `scaleMax`; nil when no feedback is shown).
  public var questionScales: [Int]?
  /// The rubric scores were given by, when feedback is shown and there is one.
  public var rubric: Rubric?
  /// How much feedback this export shows.
  public var feedback: FeedbackShown
  public var groups: [Group]
  /// The class as a whole (`export --insight`): an insight slide per question in decks.
  public var insight: Insight?
  /// A deck of some groups only (`export --groups`): how many groups the class has (nil: the whole class, or one group).
  public var ofClass: Int?

  /// Whom a deck shows, for its title: the whole class, the groups chosen (`第一组、第三组（2 / 6 组 groups）`), or the one group.
  public func who(all: Bool, _ l: DeckLabels = .bilingual) -> String {
    guard all else { return groups.first?.name ?? "" }
    guard let n = ofClass else { return l.allGroups }
    return l.someGroups(groups.map(\.name), n)
  }

  /// An insight slide's heading and whom its counts are of: the whole class, or only the groups chosen.
  public var insightHeading: String { ofClass == nil ? "全班洞察 Insight" : "所选小组洞察 Insight" }
  public func insightCounted(_ groups: Int) -> String {
    ofClass.map { "只计所选的 \(groups) 组（全班 \($0) 组）the \(groups) \(Self.groups(groups)) chosen of \($0)" }
      ?? "全班 \(groups) 组"
  }

  /// `group` or `groups`, for the English half of a deck's words.
  static func groups(_ n: Int) -> String { n == 1 ? "group" : "groups" }

  /// An insight slide's groups that cite nothing for a question: how many first, then (the first 20 of) them.
  public static func citingNothing(_ names: [String]) -> String {
    let listed = names.prefix(20).joined(separator: "、") + (names.count > 20 ? " 等 etc." : "")
    return "没有引文 No citations：\(names.count) 组 \(groups(names.count))：\(listed)"
  }

  public init(
    _ c: Case, sessions: [Session], review: Review? = nil, feedback: FeedbackShown = .all,
    order: Order = .presentation
  ) {
    `case` = CaseInfo(id: c.id, title: c.title, questions: c.questions)
    self.feedback = review == nil ? .none : feedback
    let shown = review != nil && feedback != .none ? review : nil
    scaleMax = shown?.scaleMax
    questionScales = shown.map { r in c.questions.indices.map { r.scale(question: $0) } }
    rubric = shown?.rubric
    let names = sessions.map(\.group.name)
    let byName = Dictionary(sessions.map { ($0.group.name, $0) }, uniquingKeysWith: { a, _ in a })
    let ordered =
      order == .presentation
      ? review?.presentationOrder(names) ?? names.sorted(by: NaturalOrder.less) : names.sorted(by: NaturalOrder.less)
    let totals = ScoreTotals(review: shown, groups: names, questions: c.questions.count)
    groups = ordered.compactMap { byName[$0] }.map { s in
      Group(
        name: s.group.name, members: s.group.members,
        answers: c.questions.indices.map { q in
          let a = s.answer(q, of: c)
          let f = shown?.feedback(group: s.group.name, question: q)
          let comment = feedback == .all ? f.flatMap { $0.comment.isEmpty ? nil : $0.comment } : nil
          // The criteria the score was given under (a released file has no rubric of its own).
          let rubric = f?.rubric ?? []
          let criteria = f?.criteria.flatMap { given in
            given.count == rubric.count && f?.score != nil
              ? zip(rubric, given).map { Criterion(name: $0.name, points: $0.points, score: $1) } : nil
          }
          return Answer(
            question: c.questions[q], text: a.text, characters: Summary.characters(a.text),
            conflicted: ConflictMarkers.holds(a.text),
            citations: a.citations.map { cite in
              let r = cite.anchor.resolve(in: c)
              return CitedPassage(
                section: r?.section ?? cite.anchor.section,
                title: r.flatMap { res in c.sections.first { $0.id == res.section }?.heading },
                paragraph: r?.paragraph ?? cite.anchor.paragraph, quote: cite.anchor.quote, orphaned: r == nil)
            }, score: f?.score, scale: f?.score == nil ? nil : f?.scale ?? shown?.scaleMax, criteria: criteria,
            comment: comment, updatedAt: a.updatedAt)
        }, total: totals.group(s.group.name).scored > 0 ? totals.group(s.group.name).total : nil,
        participation: s.participation)
    }
  }
}
