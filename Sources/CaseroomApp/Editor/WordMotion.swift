/// Where the cursor stops when it moves (or deletes) by word, within one paragraph.
///
/// - A **separator** is a blank (space, tab, U+3000), a punctuation mark
///   (Unicode categories P*: `，。、；：！？…—“”（）《》` and the ASCII ones;
///   `_` excepted) or a math, currency or modifier symbol (Sm, Sc, Sk:
///   `+ = < > $ ¥ ^`). Two marks belong to the word they are inside instead:
///   `.` or `,` between two ASCII digits (`2.5`, `1,000`) and `'` or `’`
///   between two letters (`don't`).
/// - A **word** is a maximal run of characters that are not separators.
///   In Latin text that is a word as usual (`CTAIS`, `2.5Gbps`, `don't`).
///   Chinese puts no spaces between words, so there the run goes from one
///   punctuation mark to the next: a **phrase**, such as
///   `是我国电子政务的核心系统之一` between two `，`. Latin letters and digits
///   inside a phrase belong to it (`于1994年开始推行`).
/// - Moving right skips separators, then a word or phrase, and stops at its
///   end: just before the next punctuation mark. Moving left skips
///   separators backwards, then a word or phrase, and stops at its start:
///   just after the previous punctuation mark. With only separators left
///   in that direction, the motion stops at the paragraph's end or start.
enum WordMotion {
  /// Whether a character, on its own, separates words (see the type's documentation).
  static func isSeparator(_ c: Character) -> Bool {
    if c.isWhitespace { return true }
    guard let s = c.unicodeScalars.first else { return false }
    switch s.properties.generalCategory {
    case .connectorPunctuation: return s != "_"
    case .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation,
      .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol:
      return true
    default: return false
    }
  }

  /// Whether a mark between two characters belongs to the word around it:
  /// `.` or `,` between ASCII digits, `'` or `’` between letters.
  static func joins(_ c: Character, between before: Character?, and after: Character?) -> Bool {
    guard let before, let after else { return false }
    switch c {
    case ".", ",": return isASCIIDigit(before) && isASCIIDigit(after)
    case "'", "’": return before.isLetter && after.isLetter
    default: return false
    }
  }

  private static func isASCIIDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }

  /// Whether the character at `i` separates words, looking at its neighbours.
  static func separates(_ s: String, at i: String.Index) -> Bool {
    let c = s[i]
    guard isSeparator(c) else { return false }
    let before = i > s.startIndex ? s[s.index(before: i)] : nil
    let next = s.index(after: i)
    let after = next < s.endIndex ? s[next] : nil
    return !joins(c, between: before, and: after)
  }

  /// The UTF-8 offset where the next word (or phrase) ends, from `offset`;
  /// the paragraph's end when only separators follow.
  static func nextEnd(in s: String, from offset: Int) -> Int {
    var i = s.utf8.index(s.startIndex, offsetBy: min(offset, s.utf8.count))
    while i < s.endIndex && separates(s, at: i) { i = s.index(after: i) }
    while i < s.endIndex && !separates(s, at: i) { i = s.index(after: i) }
    return s.utf8.distance(from: s.startIndex, to: i)
  }

  /// The UTF-8 offset where the previous word (or phrase) starts, from
  /// `offset`; the paragraph's start when only separators precede.
  static func previousStart(in s: String, from offset: Int) -> Int {
    var i = s.utf8.index(s.startIndex, offsetBy: min(offset, s.utf8.count))
    while i > s.startIndex && separates(s, at: s.index(before: i)) { i = s.index(before: i) }
    while i > s.startIndex && !separates(s, at: s.index(before: i)) { i = s.index(before: i) }
    return s.utf8.distance(from: s.startIndex, to: i)
  }
}
