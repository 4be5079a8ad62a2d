/// Substring search over a case that works for Chinese: no word boundaries,
/// phrases found across wrapped lines (it searches paragraphs, not screen
/// lines), full-width/half-width forms and Latin case folded.
public enum CaseSearch {
  /// Every hit of `query` in the case, in reading order.
  public static func search(_ c: Case, _ query: String, contextCharacters: Int = 16) -> [SearchHit] {
    let needle = SearchFolding.fold(query.trimmingLineBreaks())
    guard !needle.isEmpty else { return [] }
    let matcher = Matcher(needle)
    var hits: [SearchHit] = []
    for s in c.sections {
      for r in matcher.ranges(in: s.heading) {
        hits.append(hit(s, -1, s.heading, r, contextCharacters))
      }
      for (i, p) in s.paragraphs.enumerated() {
        for r in matcher.ranges(in: p.text) {
          hits.append(hit(s, i, p.text, r, contextCharacters))
        }
      }
    }
    return hits
  }

  /// The scalar ranges of `query` in one text (used by the reader to highlight).
  public static func ranges(of query: String, in text: String) -> [Range<Int>] {
    let needle = SearchFolding.fold(query)
    guard !needle.isEmpty else { return [] }
    return Matcher(needle).ranges(in: text)
  }

  static func hit(_ s: Section, _ paragraph: Int, _ text: String, _ r: Range<Int>, _ context: Int)
    -> SearchHit
  {
    let scalars = Array(text.unicodeScalars)
    let from = max(0, r.lowerBound - context)
    let to = min(scalars.count, r.upperBound + context)
    var snippet = String(String.UnicodeScalarView(scalars[from..<to]))
    snippet = TerminalWidth.displayable(snippet)
    if from > 0 { snippet = "…" + snippet }
    if to < scalars.count { snippet += "…" }
    return SearchHit(
      section: s.id, title: s.heading, paragraph: paragraph, start: r.lowerBound, end: r.upperBound,
      snippet: snippet)
  }

  /// Knuth–Morris–Pratt over folded scalars: linear in the text, no allocation per text.
  struct Matcher {
    let needle: [UInt32]
    let failure: [Int]

    init(_ needle: [UInt32]) {
      self.needle = needle
      var f = [Int](repeating: 0, count: needle.count)
      var k = 0
      for i in 1..<max(1, needle.count) {
        while k > 0 && needle[i] != needle[k] { k = f[k - 1] }
        if needle[i] == needle[k] { k += 1 }
        f[i] = k
      }
      self.failure = f
    }

    func ranges(in text: String) -> [Range<Int>] {
      var out: [Range<Int>] = []
      var k = 0
      var i = 0
      let m = needle.count
      for s in text.unicodeScalars {
        let v = SearchFolding.fold(s)
        while k > 0 && v != needle[k] { k = failure[k - 1] }
        if v == needle[k] { k += 1 }
        i += 1
        if k == m {
          out.append((i - m)..<i)
          k = 0  // hits do not overlap
        }
      }
      return out
    }
  }
}
