/// 字数 as Caseroom counts it everywhere (editor, review, exports): characters
/// that are not blank. Counted over scalars, leaving out combining marks, which
/// agrees with counting characters for Chinese text and is much faster.
public enum CharacterCount {
  public static func of(_ s: some StringProtocol) -> Int {
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
