import CaseroomEngine
import FoundationEssentials

/// Criteria with points for each question (论据 4 · 结构 3 · 联系实际 3): a
/// question with criteria is scored criterion by criterion, its score the
/// sum, out of the sum of their points. Optional: without one, scores run
/// from 0 to the review's scale.
///
/// Written as text, one line per question (`caseroom class rubric`, or a
/// rubric file given to `review --rubric`):
///
///     # 评分细则
///     *: 论据 4 · 结构 3 · 联系实际 3
///     2: 论据 5 · 结构 5
///
/// `*:` (or a line without a number) is every question; `N:` question N,
/// over `*`. Criteria are separated by `·`, `,`, `，`, `、`, `;` or `；`;
/// each is a name and its points (1–100); a question's points add up to at
/// most 100.
public struct Rubric: Codable, Equatable, Sendable {
  public struct Criterion: Codable, Equatable, Sendable {
    public var name: String
    public var points: Int
    public init(name: String, points: Int) {
      self.name = name
      self.points = points
    }
  }

  /// Per question (0-based), its criteria (empty: scored on the review's scale).
  public var questions: [[Criterion]]

  public init(questions: [[Criterion]]) { self.questions = questions }

  public func criteria(question q: Int) -> [Criterion] { q < questions.count ? questions[q] : [] }

  /// The points of a question's criteria together, or nil when it has none.
  public func total(question q: Int) -> Int? {
    let c = criteria(question: q)
    return c.isEmpty ? nil : c.reduce(0) { $0 + $1.points }
  }

  public var isEmpty: Bool { questions.allSatisfy(\.isEmpty) }

  /// The criteria of a question as one line: `论据 4 · 结构 3 · 联系实际 3`.
  public static func line(_ criteria: [Criterion]) -> String {
    criteria.map { "\($0.name) \($0.points)" }.joined(separator: " · ")
  }

  /// The rubric as its file says it, one line per question.
  public var text: String {
    questions.enumerated().filter { !$0.element.isEmpty }.map { "\($0.offset + 1): " + Self.line($0.element) }
      .joined(separator: "\n") + "\n"
  }

  static let separators: Set<Character> = ["·", ",", "，", "、", ";", "；", "/", "／", "|", "｜"]

  /// Reads a rubric's text for a case of `questions` questions. Errors name the line and what is wrong.
  public static func parse(_ text: String, questions: Int, file: String) throws(RubricError) -> Rubric {
    var every: [Criterion]?
    var each: [Int: [Criterion]] = [:]
    for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = String(raw).trimmingBlanks()
      if line.isEmpty || line.hasPrefix("#") { continue }
      var target: Int?
      var body = Substring(line)
      if let colon = line.firstIndex(where: { $0 == ":" || $0 == "：" }) {
        let head = line[..<colon].trimmingBlanks()
        body = line[line.index(after: colon)...]
        if head != "*" {
          guard let q = Int(head), q >= 1 else {
            throw RubricError(file: file, line: n + 1, .notAQuestion(head))
          }
          guard q <= questions else {
            throw RubricError(file: file, line: n + 1, .noSuchQuestion(q, count: questions))
          }
          target = q - 1
        }
      }
      var criteria: [Criterion] = []
      for part in body.split(whereSeparator: { separators.contains($0) }) {
        let item = String(part).trimmingBlanks()
        if item.isEmpty { continue }
        let digits = item.reversed().prefix { $0.isASCII && $0.isNumber }
        let name = String(item.dropLast(digits.count)).trimmingBlanks()
        // A name holding a number is two criteria run together (`论据 4 结构 3`) or a line without its colon (`1 论据 5`).
        guard !digits.isEmpty, let points = Int(String(digits.reversed())), !name.isEmpty,
          !name.contains(where: { $0.isNumber })
        else {
          throw RubricError(file: file, line: n + 1, .notACriterion(String(item)))
        }
        guard (1...Review.maximumScale).contains(points) else {
          throw RubricError(file: file, line: n + 1, .pointsOutOfRange(name, points, max: Review.maximumScale))
        }
        guard !criteria.contains(where: { $0.name == name }) else {
          throw RubricError(file: file, line: n + 1, .namedTwice(name))
        }
        criteria.append(Criterion(name: name, points: points))
      }
      guard !criteria.isEmpty else { throw RubricError(file: file, line: n + 1, .noCriteria) }
      let sum = criteria.reduce(0) { $0 + $1.points }
      guard sum <= Review.maximumScale else {
        throw RubricError(file: file, line: n + 1, .tooManyPoints(sum, max: Review.maximumScale))
      }
      if let target { each[target] = criteria } else { every = criteria }
    }
    let r = Rubric(questions: (0..<questions).map { each[$0] ?? every ?? [] })
    guard !r.isEmpty else { throw RubricError(file: file, line: nil, .noCriteriaAtAll) }
    return r
  }

  /// Reads a rubric file.
  public static func load(_ url: URL, questions: Int) throws(RubricError) -> Rubric {
    let data: Data
    do { data = try RegularFile.read(url) } catch {
      throw RubricError(file: url.path, line: nil, .unreadable(error.kind))
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw RubricError(file: url.path, line: nil, .notUTF8)
    }
    return try parse(text, questions: questions, file: url.path)
  }
}

/// A rubric that cannot be used: the file, the line and what is wrong, as
/// a value (the app words it: `Say.rubricProblem`).
public struct RubricError: Error, Equatable, CustomStringConvertible, Sendable {
  public enum What: Equatable, Sendable {
    /// The text before `:` is not `*` or a number.
    case notAQuestion(String)
    /// A question past the case's.
    case noSuchQuestion(Int, count: Int)
    /// An item that is not a name and its points.
    case notACriterion(String)
    case pointsOutOfRange(String, Int, max: Int)
    case namedTwice(String)
    /// A line with no criteria.
    case noCriteria
    case tooManyPoints(Int, max: Int)
    /// Nothing in the whole text.
    case noCriteriaAtAll
    case unreadable(FileReadError.Kind)
    case notUTF8
  }

  public var file: String
  public var line: Int?
  public var what: What

  public init(file: String, line: Int?, _ what: What) {
    self.file = file
    self.line = line
    self.what = what
  }

  /// For logs and tests: the place and the case with its values.
  public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(what)" }
}
