import CaseroomEngine
import CaseroomReview
import FoundationEssentials

/// The grid's order: a column and a direction. A question's column (字数,
/// score) is the one chosen when the order was chosen, so moving between
/// questions never re-sorts.
public struct ReviewSort: Equatable, Sendable {
  public enum Key: Equatable, Sendable {
    case name
    /// 字数 of an answer (0-based question).
    case characters(Int)
    /// The score of an answer (unscored answers last).
    case score(Int)
    /// The group's total score (groups without a score last).
    case total
    case lastEdit
    case reading
  }

  public var key: Key = .name
  /// Largest first (names: Z to A).
  public var descending = false

  public init(key: Key = .name, descending: Bool? = nil) {
    self.key = key
    self.descending = descending ?? key.descendingByDefault
  }

  /// `s`: the next kind of order, on the question selected now; names go
  /// A to Z, figures largest first.
  public func next(question q: Int) -> ReviewSort {
    switch key {
    case .name: return ReviewSort(key: .characters(q))
    case .characters: return ReviewSort(key: .score(q))
    case .score: return ReviewSort(key: .total)
    case .total: return ReviewSort(key: .lastEdit)
    case .lastEdit: return ReviewSort(key: .reading)
    case .reading: return ReviewSort(key: .name)
    }
  }

  /// The groups (given by name, in name order) in this order; ties keep name order.
  func order(_ names: [String], figures: [String: GroupFigures], review: Review, questions: Int) -> [String] {
    func ranked<T: Comparable>(_ value: (String) -> T?) -> [String] {
      let keyed = names.enumerated().map { (value($0.element), $0.offset, $0.element) }
      return keyed.sorted { a, b in
        switch (a.0, b.0) {
        case (nil, nil): return a.1 < b.1
        case (nil, _): return false  // no figure: last either way
        case (_, nil): return true
        case (let x?, let y?): return x == y ? a.1 < b.1 : (descending ? x > y : x < y)
        }
      }.map(\.2)
    }
    switch key {
    case .name: return descending ? names.reversed() : names
    case .characters(let q):
      return ranked { n in figures[n].map { q < $0.characters.count ? $0.characters[q] : 0 } }
    case .score(let q): return ranked { review.feedback(group: $0, question: q)?.score }
    case .total:
      let totals = ScoreTotals(review: review, groups: names, questions: questions)
      return ranked { n in totals.group(n).scored > 0 ? totals.group(n).total : nil }
    case .lastEdit: return ranked { figures[$0]?.lastEdit }
    case .reading: return ranked { figures[$0]?.sectionsRead }
    }
  }
}

extension ReviewSort.Key {
  var descendingByDefault: Bool { self != .name }

  /// The question whose column is sorted, if any.
  var question: Int? {
    switch self {
    case .characters(let q), .score(let q): return q
    default: return nil
    }
  }
}
