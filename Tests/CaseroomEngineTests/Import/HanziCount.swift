@testable import CaseroomEngine

/// Counts Chinese characters, to check that importing loses none of them.
enum HanziCount {
  static func of(_ s: String) -> [Unicode.Scalar: Int] {
    var out: [Unicode.Scalar: Int] = [:]
    // A Chinese numeral may be an item's number, written `1．` in the case (`一、理解…` under 教学目标): a number.
    for c in s.unicodeScalars where Scalars.isHan(c) && !MarkerScanner.isChineseNumeral(c) { out[c, default: 0] += 1 }
    return out
  }

  /// Everything the imported case holds as text: title, subtitle, headings, labels, paragraphs, cells.
  static func text(of c: Case) -> String {
    var all = c.title + (c.subtitle ?? "")
    for s in c.sections {
      all += s.heading
      for p in s.paragraphs { all += (p.label ?? "") + (p.row?.cells.joined() ?? p.text) }
    }
    return all
  }

  /// The Hanzi of `raw` that are neither in the case nor in a line listed as left out, with how many are missing.
  static func lost(_ raw: String, _ r: ImportResult) -> [Unicode.Scalar: Int] {
    var missing = of(raw)
    for d in r.dropped { for (c, n) in of(d.text) { missing[c, default: 0] -= n } }
    for (c, n) in of(text(of: r.result)) { missing[c, default: 0] -= n }
    return missing.filter { $0.value > 0 }
  }
}
