import CaseroomEngine
import FoundationEssentials

/// A change of what scores mean in a review that already has scores — a new
/// scale (`review --scale`) or a new rubric (`class rubric`, `review
/// --rubric`, `class rubric --clear`): never silent. The scores given under
/// anything else than what their question is scored by after the change
/// are either converted — 7/10 → 70/100, rounded to the nearest point,
/// every one listed; a score by criteria keeps its total only, converted to
/// the new points — or the change is refused.
public struct ScaleChange: Equatable, Sendable {
  /// One score converted.
  public struct Converted: Equatable, Sendable {
    public var group: String
    /// 0-based.
    public var question: Int
    public var from: Int
    public var fromScale: Int
    /// The criteria it was given under (nil: on a plain scale).
    public var fromCriteria: [Rubric.Criterion]?
    public var to: Int
    public var toScale: Int
  }

  public var converted: [Converted]

  /// The scores a change to `scale` would touch.
  public static func affected(_ r: Review, to scale: Int) -> [Converted] {
    var target = r
    target.scaleMax = scale
    return affected(r, under: target)
  }

  /// The scores a change of the rubric (nil: none) would touch.
  public static func affected(_ r: Review, rubric: Rubric?) -> [Converted] {
    var target = r
    target.rubric = rubric
    return affected(r, under: target)
  }

  /// The scores of `r` that were not given under what `target` (the review
  /// after the change) scores their question by, with what they would become.
  public static func affected(_ r: Review, under target: Review) -> [Converted] {
    var out: [Converted] = []
    for group in r.feedback.keys.sorted(by: NaturalOrder.less) {
      for (key, f) in r.feedback[group] ?? [:] {
        guard let q = Int(key).map({ $0 - 1 }), let score = f.score, !target.isCurrent(f, question: q) else {
          continue
        }
        let from = f.scale ?? r.scaleMax
        let scale = target.scale(question: q)
        let to = Int((Double(score) * Double(scale) / Double(max(1, from))).rounded())
        out.append(
          Converted(
            group: group, question: q, from: score, fromScale: from, fromCriteria: f.rubric, to: min(scale, to),
            toScale: scale))
      }
    }
    return out.sorted { ($0.group == $1.group) ? $0.question < $1.question : NaturalOrder.less($0.group, $1.group) }
  }

  /// Sets the review's scale; with `convert`, converts the scores given
  /// under anything else, else refuses (returns nil) when there are any.
  public static func apply(_ r: inout Review, to scale: Int, convert: Bool, now: Date) -> ScaleChange? {
    var target = r
    target.scaleMax = scale
    return apply(&r, target: target, convert: convert, now: now)
  }

  /// Sets the review's rubric (nil: none), converting or refusing as `apply(to:)`.
  public static func apply(_ r: inout Review, rubric: Rubric?, convert: Bool, now: Date) -> ScaleChange? {
    var target = r
    target.rubric = rubric
    return apply(&r, target: target, convert: convert, now: now)
  }

  /// Makes the review score as `target` does (its scale and rubric), converting or refusing as `apply(to:)`.
  public static func apply(_ r: inout Review, target: Review, convert: Bool, now: Date) -> ScaleChange? {
    let affected = affected(r, under: target)
    guard affected.isEmpty || convert else { return nil }
    // Nothing to change: the review stays as it is (not even its time).
    if affected.isEmpty && r.scaleMax == target.scaleMax && r.rubric == target.rubric {
      return ScaleChange(converted: [])
    }
    r.scaleMax = target.scaleMax
    r.rubric = target.rubric
    for c in affected {
      guard var f = r.feedback(group: c.group, question: c.question) else { continue }
      f.score = c.to
      f.scale = c.toScale
      // A converted score is a total: under a rubric, its criteria are to be scored again.
      f.criteria = nil
      f.rubric = r.criteria(question: c.question)
      f.updatedAt = now
      r.setFeedback(f, group: c.group, question: c.question)
    }
    r.updatedAt = now
    return ScaleChange(converted: affected)
  }

  /// `第一组 Q1 7/10`, with the criteria it was given under: `（论据 4 · 结构 3 · 联系实际 3）`.
  public static func place(_ c: Converted) -> String {
    "\(c.group) Q\(c.question + 1) \(c.from)/\(c.fromScale)" + (c.fromCriteria.map { " (\(Rubric.line($0)))" } ?? "")
  }

  /// `7/10 → 70/100`.
  public static func text(_ c: Converted) -> String { "\(c.from)/\(c.fromScale) → \(c.to)/\(c.toScale)" }
}
