/// A numbering mark found in raw case text: a possible heading or list item.
struct Marker: Sendable {
  enum Kind: Int, CaseIterable, Sendable {
    /// `【案例正文】`: unnumbered bracket heading.
    case bracket
    /// `第一部分`, `第二章`.
    case part
    /// `一、`.
    case chinese
    /// `（一）` or `(一)`.
    case parenChinese
    /// `1．`, `1.`, `1、`.
    case arabic
    /// `（1）` or `(1)`.
    case parenArabic
    /// `①`.
    case circled
  }

  var kind: Kind
  /// The number (1-based); 0 for brackets.
  var number: Int
  /// Scalar offsets of the mark itself.
  var start: Int
  var end: Int
  /// How much it looks like a heading: at a line start, after a full stop, before a known name.
  var score: Int
}
