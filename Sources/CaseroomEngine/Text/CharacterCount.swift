/// 字数 as Caseroom counts it everywhere (editor, review, exports): characters
/// that are not blank. Counted over scalars, leaving out combining marks, which
/// agrees with counting characters for Chinese text and is much faster.
/// The marker lines of a merge's conflict are left out (`ConflictMarkers`).
public enum CharacterCount {
  public static func of(_ s: some StringProtocol) -> Int {
    guard ConflictMarkers.mayHold(s) else { return counted(s) }
    return s.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) {
      ConflictMarkers.isMarker($1) ? $0 : $0 + counted($1)
    }
  }

  static func counted(_ s: some StringProtocol) -> Int {
    var n = 0
    for u in s.unicodeScalars {
      // Most text is ASCII or Chinese: no lookup of properties for those (a 1 MB paste is counted at once).
      switch u.value {
      case 0x09...0x0D, 0x20: continue
      case 0x21...0x7E, 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x3001...0x3029, 0xFF01...0xFF5E:
        n += 1
        continue
      default: break
      }
      let p = u.properties
      if !p.isWhitespace && p.generalCategory != .nonspacingMark && p.generalCategory != .enclosingMark
        && u != "\u{200D}" && !(0xFE00...0xFE0F).contains(u.value)
      {
        n += 1
      }
    }
    return n
  }
}
