/// A numbering mark found in raw case text: a possible heading or list item.
struct Marker: Sendable {
  enum Kind: Int, CaseIterable, Sendable {
    /// `【案例正文】`: unnumbered bracket heading.
    case bracket
    /// `Part 1`, `Chapter 1` at a line start.
    case partLatin
    /// `第一部分`, `第一篇`.
    case part
    /// `第一章`.
    case chapter
    /// `第一节`.
    case jie
    /// `壹、` `貳、` (the financial numerals a 繁體 hand-out numbers its top parts with) or `Ⅰ.` `Ⅱ、` (Roman).
    case formal
    /// `一、`.
    case chinese
    /// `（一）` or `(一)`.
    case parenChinese
    /// `1 `, `1.`, `1．`, `1、` starting a heading line.
    case decimal1
    /// `1.1` starting a heading line.
    case decimal2
    /// `1.1.1` starting a heading line.
    case decimal3
    /// An unnumbered heading line: short, without sentence punctuation, or a known name such as `思考题：`.
    case plain
    /// `1．`, `1.`, `1、`.
    case arabic
    /// `（1）` or `(1)`.
    case parenArabic
    /// `1)` or `1）`.
    case arabicParen
    /// `①`.
    case circled
    /// `问题1：`, `思考题1`, `Q1.`, `问题一：`.
    case question
    /// `- ` (every bullet, after normalising): numbered by its place in a run of bullet lines.
    case bullet
    /// A heading by its form: Markdown's `#`, `##`… or a Word heading style, by level.
    case styled1
    case styled2
    case styled3
    case styled4

    /// Kinds that number headings, from the outermost as documents usually nest them.
    static let headings: [Kind] = [
      .styled1, .styled2, .styled3, .styled4, .bracket, .partLatin, .part, .chapter, .jie, .formal, .chinese,
      .parenChinese,
      .decimal1, .decimal2, .decimal3, .plain,
    ]
    /// List numberings that may number headings below the top, in the case's text (`（1）为什么要“嵌入”`).
    static let listHeadings: [Kind] = [.parenArabic, .arabic, .arabicParen, .circled]
    /// Kinds that number list items.
    static let items: [Kind] = [.arabic, .parenArabic, .arabicParen, .circled, .question, .bullet]

    /// Kinds of headings told by their form, not their number.
    var isStyled: Bool { [.styled1, .styled2, .styled3, .styled4].contains(self) }

    /// Kinds found only at the start of a line.
    var atLineStartOnly: Bool {
      [.partLatin, .decimal1, .decimal2, .decimal3, .plain, .styled1, .styled2, .styled3, .styled4].contains(self)
    }
  }

  var kind: Kind
  /// The number (1-based); 0 for brackets and unnumbered headings.
  var number: Int
  /// Scalar offsets of the mark itself (for an unnumbered heading: its title).
  var start: Int
  var end: Int
  /// How much it looks like a heading: at a line start, after a full stop, before a known name.
  var score: Int
  /// For `1.2` and `1.2.3`: the number of the heading it belongs to (1, and 1·100+2).
  var parent = 0
  /// For an unnumbered heading that names a part of the case (`思考题`): its role.
  var named: Role?
  /// For a heading that names front or back matter or a teaching note (`摘要`, `附录`, `案例使用说明`): which.
  var part: CasePart?
  /// The numbering as it is written in the case file (`2.1 ` for `2.1项目缘起`), when not the mark itself.
  var written: String?
}
