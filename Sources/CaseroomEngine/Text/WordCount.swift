/// 字数 as WPS and Word count it: each Chinese (CJK) character counts 1,
/// Chinese punctuation too (，。、；：？！“”‘’（）《》—…), and every other
/// run of characters between spaces or Chinese characters counts 1 — one
/// word, however long: `CTAIS`, `2.5Gbps`, `e-government`, `Hello,` and a
/// whole URL are one each.
///
/// `CharacterCount` counts 字符, every character that is not blank. Both
/// leave out the marker lines of a merge's conflict (`ConflictMarkers`).
public enum WordCount {
  public static func of(_ s: some StringProtocol) -> Int {
    guard ConflictMarkers.mayHold(s) else { return counted(s) }
    return s.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) {
      ConflictMarkers.isMarker($1) ? $0 : $0 + counted($1)
    }
  }

  static func counted(_ s: some StringProtocol) -> Int {
    var n = 0
    var inWord = false
    for u in s.unicodeScalars {
      if countsAlone(u) {
        n += 1
        inWord = false
      } else if u.value < 0x80 {
        // ASCII: no lookup of properties.
        let blank = u.value == 0x20 || (0x09...0x0D).contains(u.value)
        if !blank && !inWord { n += 1 }
        inWord = !blank
      } else if isInvisible(u) {
        continue  // part of the character before it
      } else if u.properties.isWhitespace {
        inWord = false
      } else if !inWord {
        n += 1
        inWord = true
      }
    }
    return n
  }

  /// Whether a scalar is part of a run that counts as one word (not a space,
  /// not a character counted alone).
  public static func isRunScalar(_ u: Unicode.Scalar) -> Bool { !countsAlone(u) && !u.properties.isWhitespace }

  /// Marks that are no character of their own (combining marks, joiners, variation selectors).
  static func isInvisible(_ u: Unicode.Scalar) -> Bool {
    let c = u.properties.generalCategory
    return c == .nonspacingMark || c == .enclosingMark || u == "\u{200D}" || (0xFE00...0xFE0F).contains(u.value)
  }

  /// Counted one by one: CJK ideographs, kana, hangul, and Chinese punctuation.
  static func countsAlone(_ u: Unicode.Scalar) -> Bool {
    switch u.value {
    case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2FA1F, 0xF900...0xFAFF: return true  // ideographs
    case 0x3040...0x30FF, 0xAC00...0xD7AF: return true  // kana, hangul
    case 0x3001...0x303F: return true  // CJK punctuation (not U+3000, the full-width space)
    case 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65: return true  // full-width punctuation
    case 0x2014, 0x2026, 0x2018, 0x2019, 0x201C, 0x201D, 0x00B7: return true  // — … ‘ ’ “ ” ·
    default: return false
    }
  }
}
