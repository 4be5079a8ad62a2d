import CaseroomEngine
import CaseroomSession

/// The case's sentences, cut once per paragraph when first asked for, and
/// each citation's anchor resolved once to the sentences it covers: 500
/// groups citing the same passage cost one resolution.
struct CaseSentences: Sendable {
  let document: Case
  /// Section id → its place in `document.sections`.
  let sectionIndex: [String: Int]
  private var ranges: [SentenceKey: [Range<Int>]] = [:]
  private var resolved: [Session.Anchor: [SentenceKey]] = [:]

  init(_ c: Case) {
    document = c
    var index: [String: Int] = [:]
    for (i, s) in c.sections.enumerated() where index[s.id] == nil { index[s.id] = i }
    sectionIndex = index
  }

  /// UTF-8 ranges of the sentences of a paragraph.
  mutating func sentences(section: Int, paragraph: Int) -> [Range<Int>] {
    let key = SentenceKey(section: section, paragraph: paragraph, sentence: 0)
    if let r = ranges[key] { return r }
    let r = Sentences.ranges(in: document.sections[section].paragraphs[paragraph].text)
    ranges[key] = r
    return r
  }

  /// The sentences a citation covers (those its quote overlaps; a whole
  /// paragraph for a bare position), or nil when it is orphaned.
  mutating func cover(_ anchor: Session.Anchor) -> [SentenceKey]? {
    if let known = resolved[anchor] { return known.isEmpty ? nil : known }
    var out: [SentenceKey] = []
    if let r = anchor.resolve(in: document), let s = sectionIndex[r.section] {
      let all = sentences(section: s, paragraph: r.paragraph)
      for (i, sentence) in all.enumerated()
      where r.range.isEmpty || (sentence.lowerBound < r.range.upperBound && r.range.lowerBound < sentence.upperBound) {
        out.append(SentenceKey(section: s, paragraph: r.paragraph, sentence: i))
      }
    }
    resolved[anchor] = out
    return out.isEmpty ? nil : out
  }

  /// A sentence's text, blanks at either end left out.
  mutating func text(_ key: SentenceKey) -> String {
    let p = document.sections[key.section].paragraphs[key.paragraph].text
    let all = sentences(section: key.section, paragraph: key.paragraph)
    guard key.sentence < all.count else { return "" }
    let r = all[key.sentence]
    let utf8 = p.utf8
    let from = utf8.index(utf8.startIndex, offsetBy: r.lowerBound)
    let to = utf8.index(utf8.startIndex, offsetBy: r.upperBound)
    return String(p[from..<to]).trimmingBlanks()
  }
}
