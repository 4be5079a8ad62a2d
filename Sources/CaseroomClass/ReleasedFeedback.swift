import CaseroomEngine
import CaseroomReview
import CaseroomSession
import FoundationEssentials
import Glibc

/// A group's feedback as the instructor released it: `feedback/<group
/// file>.json` in the class folder, named like the group's session
/// (`<case id>--<name>-<hash>.json`). Nothing is there before the first
/// release; releasing again replaces it.
public struct ReleasedFeedback: Codable, Equatable, Sendable, VersionedJSON {
  public static let schemaName = "caseroom.feedback/1"

  /// The instructor's score and comment on one answer.
  public struct Item: Codable, Equatable, Sendable {
    /// 1-based, as the questions are numbered.
    public var question: Int
    public var score: Int?
    /// The scale the score was given on (nil in older files: `scaleMax`).
    public var scale: Int?
    /// The score per criterion, when the question was scored by a rubric.
    public var criteria: [CriterionScore]?
    /// The criteria the score was given under (nil in older files: those of
    /// `criteria`): a score converted to a rubric has the rubric's criteria
    /// here and none scored yet, and counts in the total as the instructor's does.
    public var rubric: [Rubric.Criterion]?
    public var comment: String
    public var updatedAt: Date

    /// The criteria the score was given under: `rubric`, else (older files) those scored.
    var given: [Rubric.Criterion]? {
      rubric ?? criteria?.map { Rubric.Criterion(name: $0.name, points: $0.points) }
    }

    public init(
      question: Int, score: Int?, scale: Int? = nil, criteria: [CriterionScore]? = nil,
      rubric: [Rubric.Criterion]? = nil, comment: String, updatedAt: Date
    ) {
      self.question = question
      self.score = score
      self.scale = scale
      self.criteria = criteria
      self.rubric = rubric
      self.comment = comment
      self.updatedAt = updatedAt
    }
  }

  /// One criterion of a rubric as the group sees it: 论据 3/4.
  public struct CriterionScore: Codable, Equatable, Sendable {
    public var name: String
    public var score: Int?
    public var points: Int
    public init(name: String, score: Int?, points: Int) {
      self.name = name
      self.score = score
      self.points = points
    }
  }

  public var schema: String = ReleasedFeedback.schemaName
  public var caseId: String
  public var group: String
  /// Scores run from 0 to `scaleMax`.
  public var scaleMax: Int
  /// The review's rubric when released (nil: none, or an older file): each
  /// question's highest score, so that the group's total is out of what the
  /// instructor's is, every question counted.
  public var rubric: Rubric?
  public var releasedAt: Date
  /// One per answer the instructor scored or commented on, by question.
  public var answers: [Item]

  public init(
    caseId: String, group: String, scaleMax: Int, rubric: Rubric? = nil, releasedAt: Date, answers: [Item]
  ) {
    self.caseId = caseId
    self.group = group
    self.scaleMax = scaleMax
    self.rubric = rubric
    self.releasedAt = releasedAt
    self.answers = answers
  }

  /// The feedback on question `q` (0-based, as the app counts).
  public func item(question q: Int) -> Item? { answers.first { $0.question == q + 1 } }

  /// This feedback as a review holding only it, for the exports
  /// (`ExportDocument`), which show score, criteria and comment under each answer.
  public func asReview() -> Review {
    var r = Review(caseId: caseId, now: releasedAt)
    r.scaleMax = scaleMax
    if let rubric {
      // The instructor's rubric: the group's total counts what the instructor's counts, out of the same maximum.
      r.rubric = rubric.isEmpty ? nil : rubric
    } else {
      // An older file: each score released is what the group is scored by, its criteria the question's rubric here.
      var questions = Array(repeating: [Rubric.Criterion](), count: answers.map(\.question).max() ?? 0)
      for item in answers where item.question >= 1 {
        questions[item.question - 1] = item.given ?? []
      }
      r.rubric = questions.allSatisfy(\.isEmpty) ? nil : Rubric(questions: questions)
    }
    for item in answers {
      r.setFeedback(
        Review.Feedback(
          score: item.score, scale: item.scale ?? scaleMax, criteria: item.criteria?.map(\.score),
          rubric: item.given, comment: item.comment, updatedAt: item.updatedAt),
        group: group,
        question: item.question - 1)
    }
    r.updatedAt = releasedAt
    return r
  }

  // MARK: Files

  /// The feedback file beside a group's session file: `feedback/` gets the
  /// session's name with `.json` for `.session.json` (a `.bak` it was read
  /// from counts as the session itself).
  public static func url(forSession session: URL, in feedback: URL) -> URL {
    var name = session.lastPathComponent
    if name.hasSuffix(".bak") { name.removeLast(4) }
    if name.hasSuffix(".session.json") { name.removeLast(".session.json".count) }
    return feedback.appendingPathComponent(name + ".json")
  }

  /// Reads a feedback file; nil when there is none (nothing released yet).
  public static func load(_ url: URL) throws(ClassError) -> ReleasedFeedback? {
    guard RegularFile.exists(url) else { return nil }
    let f: ReleasedFeedback
    switch VersionedFile.read(ReleasedFeedback.self, from: url) {
    case .success(let read): f = read
    case .failure(let e): throw ClassError(e)
    }
    guard (1...Review.maximumScale).contains(f.scaleMax) else {
      throw ClassError(file: url.path, .feedbackScale(f.scaleMax, max: Review.maximumScale))
    }
    for item in f.answers {
      guard item.question >= 1 else { throw ClassError(file: url.path, .feedbackQuestion(item.question)) }
      // A score is checked against its own scale (kept with it), else the file's.
      let top = item.scale ?? f.scaleMax
      guard (1...Review.maximumScale).contains(top) else {
        throw ClassError(
          file: url.path, .feedbackQuestionScale(question: item.question, scale: top, max: Review.maximumScale))
      }
      if let score = item.score, !(0...top).contains(score) {
        throw ClassError(file: url.path, .feedbackScore(question: item.question, score: score, top: top))
      }
    }
    return f
  }

  /// The released feedback of the group whose session is `session`, from a
  /// class's `feedback/` folder: nil before release, or when the file there
  /// is of another group or case (it is then not shown).
  public static func load(forSession session: URL, group: String, caseId: String, in feedback: URL) throws(ClassError)
    -> ReleasedFeedback?
  {
    guard let f = try load(url(forSession: session, in: feedback)), f.group == group, f.caseId == caseId else {
      return nil
    }
    return f
  }

  /// The released feedback of a group by name (the file is found the way its session's is).
  public static func load(group: String, caseId: String, in feedback: URL) throws(ClassError) -> ReleasedFeedback? {
    for variant in 1...16 {
      let session = URL(fileURLWithPath: SessionStore.fileName(caseId: caseId, group: group, variant: variant))
      let u = url(forSession: session, in: feedback)
      guard RegularFile.exists(u) else { return nil }
      if let f = try load(u), f.group == group, f.caseId == caseId { return f }
    }
    return nil
  }

  /// The group's released feedback: the file named after its session when
  /// the session's file is known, else the one found by the group's name;
  /// nil when none was released or it cannot be read now.
  public static func find(session: URL?, group: String, caseId: String, in feedback: URL) -> ReleasedFeedback? {
    if let session, let f = (try? load(forSession: session, group: group, caseId: caseId, in: feedback)) ?? nil {
      return f
    }
    return (try? load(group: group, caseId: caseId, in: feedback)) ?? nil
  }
}
