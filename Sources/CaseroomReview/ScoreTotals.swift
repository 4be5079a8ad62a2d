import CaseroomEngine
import FoundationEssentials

/// Totals and means of the scores, per group and per question: what the
/// review grid, the summaries and the gradebook show, computed in one place
/// so that they agree.
public struct ScoreTotals: Equatable, Sendable {
  /// Some scores: how many, their sum and their mean.
  public struct Figures: Codable, Equatable, Sendable {
    public var scored = 0
    public var total = 0
    public var mean: Double? { scored == 0 ? nil : Double(total) / Double(scored) }

    public init() {}

    mutating func add(_ score: Int) {
      scored += 1
      total += score
    }
  }

  /// Per group (by name): its scores over the questions.
  public var groups: [String: Figures] = [:]
  /// Per question (0-based): the groups' scores on it.
  public var questions: [Figures]
  /// The groups' totals, over the groups with at least one score.
  public var totals = Figures()
  /// Scores left out because they were given under another scale or rubric
  /// than their question's now (`Review.isCurrent`: another process's
  /// scale, an old file): totals never add 7/10 to 70/100.
  public var otherScale = 0

  public init(review: Review?, groups names: [String], questions: Int) {
    self.questions = Array(repeating: Figures(), count: questions)
    for name in names {
      var g = Figures()
      for q in 0..<questions {
        guard let review, let f = review.feedback(group: name, question: q), let score = f.score else { continue }
        guard review.isCurrent(f, question: q) else {
          otherScale += 1
          continue
        }
        g.add(score)
        self.questions[q].add(score)
      }
      groups[name] = g
      if g.scored > 0 { totals.add(g.total) }
    }
  }

  public func group(_ name: String) -> Figures { groups[name] ?? Figures() }

  /// A mean as shown everywhere: one decimal (`3.5`), `—` when there is none.
  public static func text(_ mean: Double?) -> String {
    guard let mean else { return "—" }
    return Printf.text("%.1f", mean)
  }
}
