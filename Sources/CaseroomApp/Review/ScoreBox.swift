import CaseroomReview

/// A score being typed: on a scale above 9, digits then Enter; with a
/// rubric, one field per criterion (digits in each, Tab and Shift-Tab
/// between them), the score their sum, given only when every criterion has
/// its points (Enter with one left empty says which and goes to it). Input beyond a field's points is
/// explained at once and kept on show (Backspace corrects it); the next
/// digit starts that field afresh, so nothing is ever stuck.
struct ScoreBox: Equatable {
  struct Field: Equatable {
    /// The criterion's name (nil: the one score of a question without a rubric).
    var name: String?
    var points: Int
    var typed: String
  }

  /// What a key did.
  enum Outcome: Equatable {
    case typing
    /// Out of range: why, in words.
    case refused(String)
    /// Enter: the score, and per criterion (nil without a rubric).
    case give(Int, criteria: [Int?]?)
    case cancel
    /// A key the box does not take: the box closes and the key does what it does.
    case notMine
  }

  var fields: [Field]
  var current = 0
  /// The next digit starts the field afresh (replaces what it holds): the
  /// box just opened, Tab came to the field, or the last input was beyond its points.
  var afresh = true
  /// The last digit gave its criterion and moved on (criteria of at most 9
  /// points): a Tab typed out of habit then stays on the field moved to.
  var movedOn = false

  /// The box for a question: a field per criterion (filled with what was given), else one.
  init(review: Review, feedback: Review.Feedback?, question q: Int) {
    let criteria = review.criteria(question: q) ?? []
    if criteria.isEmpty {
      fields = [Field(name: nil, points: review.scaleMax, typed: "")]
    } else {
      // What was given under these criteria (not under another rubric's).
      let given = feedback?.rubric == criteria ? feedback?.criteria ?? [] : []
      fields = criteria.enumerated().map { i, c in
        Field(name: c.name, points: c.points, typed: (i < given.count ? given[i] : nil).map(String.init) ?? "")
      }
    }
  }

  var isRubric: Bool { fields.first?.name != nil }

  /// What is typed in the one field (no rubric).
  var typed: String { fields[current].typed }

  /// The sum of the criteria typed so far, and the points of all.
  var sum: Int { fields.reduce(0) { $0 + (Int($1.typed) ?? 0) } }
  var points: Int { fields.reduce(0) { $0 + $1.points } }

  mutating func handle(_ key: Key) -> Outcome {
    let moved = movedOn
    movedOn = false
    switch Keymap.action(for: key, in: Keymap.scoreEntry) {
    case .digit?:
      guard case .char(let c) = key else { return .typing }
      var field = fields[current]
      if afresh || field.typed == "0" { field.typed = "" }
      afresh = false
      field.typed.append(c)
      fields[current] = field
      if let v = Int(field.typed), v > field.points {
        afresh = true
        return .refused(
          field.name.map { Say.criterionOutOfRange($0, field.typed, field.points) }
            ?? Say.scoreOutOfRange(field.typed, field.points))
      }
      // Criteria of at most 9 points each: one digit gives a criterion, on to the next (Tab optional).
      if isRubric && fields.allSatisfy({ $0.points <= 9 }) && current < fields.count - 1 {
        current += 1
        afresh = true
        movedOn = true
      }
      return .typing
    case .erase?:
      afresh = false
      if fields[current].typed.isEmpty {
        if !isRubric { return .cancel }
        current = max(0, current - 1)
      } else {
        fields[current].typed.removeLast()
        if !isRubric && fields[current].typed.isEmpty { return .cancel }
      }
      return .typing
    case .nextCriterion? where isRubric:
      afresh = true
      if moved { return .typing }
      current = (current + 1) % fields.count
      return .typing
    case .previousCriterion? where isRubric:
      afresh = true
      current = (current + fields.count - 1) % fields.count
      return .typing
    case .give?:
      if let bad = fields.firstIndex(where: { (Int($0.typed) ?? 0) > $0.points }) {
        current = bad
        afresh = true
        let f = fields[bad]
        return .refused(
          f.name.map { Say.criterionOutOfRange($0, f.typed, f.points) } ?? Say.scoreOutOfRange(f.typed, f.points))
      }
      let values = fields.map { Int($0.typed) }
      guard values.contains(where: { $0 != nil }) else { return .cancel }
      // A rubric scored in part is not saved: the first criterion left empty is the one to type next.
      if isRubric, let empty = values.firstIndex(where: { $0 == nil }) {
        current = empty
        afresh = true
        return .refused(Say.criteriaLeft(fields.filter(\.typed.isEmpty).compactMap(\.name).joined(separator: "、")))
      }
      return .give(values.reduce(0) { $0 + ($1 ?? 0) }, criteria: isRubric ? values : nil)
    case .cancel?: return .cancel
    default: return isRubric && key != .resize ? .typing : .notMine
    }
  }
}
