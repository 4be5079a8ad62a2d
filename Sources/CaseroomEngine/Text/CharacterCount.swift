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
