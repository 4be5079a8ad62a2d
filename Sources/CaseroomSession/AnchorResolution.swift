import CaseroomEngine

/// Where an anchored passage is in a case now, found by its quoted text
/// first, so that a corrected case moves citations and notes along.
public struct ResolvedAnchor: Equatable, Sendable {
  public var section: String
  public var paragraph: Int
  /// UTF-8 range of the quote in the paragraph.
  public var range: Range<Int>
  /// Whether it had to be looked for elsewhere than where it was anchored.
  public var moved: Bool
}

extension Session.Anchor {
  /// The passage's place in the case, or nil when its text no longer
  /// exists (an orphan: shown as such, never dropped).
  public func resolve(in c: Case) -> ResolvedAnchor? {
    let sections = c.sections
    func find(_ s: Section, _ p: Int) -> Range<Int>? {
      guard p >= 0 && p < s.paragraphs.count else { return nil }
      let text = s.paragraphs[p].text
      if quote.isEmpty { return 0..<0 }
      guard let r = text.rangeOfText(quote) else { return nil }
      return text.utf8.distance(
        from: text.startIndex, to: r.lowerBound)..<text.utf8.distance(from: text.startIndex, to: r.upperBound)
    }
    if let s = sections.first(where: { $0.id == section }) {
      if let r = find(s, paragraph) {
        return ResolvedAnchor(section: s.id, paragraph: paragraph, range: r, moved: false)
      }
      guard !quote.isEmpty else { return nil }
      for p in s.paragraphs.indices {
        if let r = find(s, p) { return ResolvedAnchor(section: s.id, paragraph: p, range: r, moved: true) }
      }
    }
    guard !quote.isEmpty else { return nil }
    for s in sections {
      for p in s.paragraphs.indices {
        if let r = find(s, p) { return ResolvedAnchor(section: s.id, paragraph: p, range: r, moved: true) }
      }
    }
    return nil
  }
}

extension Session.Anchor {
  /// The heading of the section the passage is in now (`（二）金税工程`), or nil when orphaned.
  public func heading(in c: Case) -> String? {
    guard let r = resolve(in: c) else { return nil }
    return c.sections.first { $0.id == r.section }?.heading
  }
}
