import CaseroomEngine
import FoundationEssentials

/// A new scale for a review that already has scores (`review --scale`):
/// never silent. The scores given on another scale (questions without a
/// rubric) are either converted — 7/10 → 70/100, rounded to the nearest
/// point, every one listed — or the change is refused.
public struct ScaleChange: Equatable, Sendable {
  /// One score converted.
  public struct Converted: Equatable, Sendable {
    public var group: String
    /// 0-based.
    public var question: Int
    public var from: Int
    public var fromScale: Int
    public var to: Int
  }

  public var scale: Int
  public var converted: [Converted]

  /// The scores a change to `scale` would touch: those on another scale, on questions scored without a rubric.
  public static func affected(_ r: Review, to scale: Int) -> [Converted] {
    var out: [Converted] = []
    for group in r.feedback.keys.sorted(by: NaturalOrder.less) {
      for (key, f) in r.feedback[group] ?? [:] {
        guard let q = Int(key).map({ $0 - 1 }), r.rubric?.total(question: q) == nil, let score = f.score else {
          continue
        }
        let from = f.scale ?? r.scaleMax
        guard from != scale else { continue }
        let to = Int((Double(score) * Double(scale) / Double(max(1, from))).rounded())
        out.append(Converted(group: group, question: q, from: score, fromScale: from, to: min(scale, to)))
      }
    }
    return out.sorted { ($0.group == $1.group) ? $0.question < $1.question : NaturalOrder.less($0.group, $1.group) }
  }

  /// Sets the review's scale; with `convert`, converts the scores on
  /// another scale, else refuses (returns nil) when there are any.
  public static func apply(_ r: inout Review, to scale: Int, convert: Bool, now: Date) -> ScaleChange? {
    let affected = affected(r, to: scale)
    guard affected.isEmpty || convert else { return nil }
    for c in affected {
      guard var f = r.feedback(group: c.group, question: c.question) else { continue }
      f.score = c.to
      f.scale = scale
      f.criteria = nil
      f.updatedAt = now
      r.setFeedback(f, group: c.group, question: c.question)
    }
    r.scaleMax = scale
    r.updatedAt = now
    return ScaleChange(scale: scale, converted: affected)
  }

  /// `7/10 → 70/100`.
  public static func text(_ c: Converted, scale: Int) -> String { "\(c.from)/\(c.fromScale) → \(c.to)/\(scale)" }
}
