import CaseroomApp
import CaseroomEngine
import CaseroomReview
import FoundationEssentials

/// A new scale or rubric asked for on the command line (`review --scale`,
/// `review --rubric`, `class rubric`): what the review scores by from now
/// on, applied with `ScaleChange` — scores given under anything else are
/// converted with `--convert-scores` (each one listed on standard error) or
/// the change is refused, naming how many and the first, with nothing changed.
enum ScoringChangeOption {
  /// Makes `review` score as `target`; returns the scores converted. `file` is named in a refusal.
  static func apply(_ review: inout Review, target: Review, convert: Bool, file: String) throws -> [ScaleChange
    .Converted]
  {
    let affected = ScaleChange.affected(review, under: target)
    guard let change = ScaleChange.apply(&review, target: target, convert: convert, now: Date()) else {
      let first = affected.first.map(ScaleChange.place) ?? ""
      let example = affected.first.map(ScaleChange.text) ?? ""
      if target.rubric != review.rubric {
        throw Failure(message: Say.otherRubric(affected.count, file, first: first, example: example))
      }
      throw Failure(message: Say.otherScale(affected.count, file, target.scaleMax, first: first, example: example))
    }
    for c in change.converted {
      warn("caseroom: " + Say.convertedScore(c.group, c.question + 1, ScaleChange.text(c)))
    }
    return change.converted
  }

  /// `--scale` where the rubric gives every question its points means nothing: refused.
  static func refuseScaleUnderRubric(_ scale: Int?, _ rubric: Rubric?, questions: Int) throws {
    guard scale != nil, let rubric, questions > 0, (0..<questions).allSatisfy({ rubric.total(question: $0) != nil })
    else { return }
    throw Failure(message: Say.scaleUnderRubric)
  }
}
