/// The time an activity of a class plan takes or starts at, as a line of a plan shows it: a duration
/// (`40分钟`, `2小时`, `2课时`, `30 min`) or a clock time (`14:00`, `9：30`). A plan step is an activity with
/// time; a year (`2019年`) is none.
enum ActivityTime {
  /// Whether a line holds a clock time (`14:00`, `9：30`): one or two digits, a colon, two digits.
  static func clockTime(_ text: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
    for k in r where (text[k] == ":" || text[k] == "：") && k > r.lowerBound && k + 2 < r.upperBound {
      if Scalars.isDigit(text[k - 1]) && Scalars.isDigit(text[k + 1]) && Scalars.isDigit(text[k + 2])
        && (k + 3 == r.upperBound || !Scalars.isDigit(text[k + 3]))
      {
        return true
      }
    }
    return false
  }

  /// Whether a line holds a time an activity takes (`40分钟`, `2小时`, `2课时`, `30 min`): a plan's step.
  static func holdsDuration(_ text: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
    var previousDigit = false
    for k in r {
      let c = text[k]
      if previousDigit && (c == "分" || c == "小" || c == "课" || c == "学" || c == "m" || c == "h") { return true }
      if Scalars.isDigit(c) { previousDigit = true } else if !isBlank(c) { previousDigit = false }
    }
    return false
  }

  /// Whether a line holds a duration or a clock time.
  static func holds(_ text: [Unicode.Scalar], _ r: Range<Int>) -> Bool { holdsDuration(text, r) || clockTime(text, r) }
}
