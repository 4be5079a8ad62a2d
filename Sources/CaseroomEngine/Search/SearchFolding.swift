/// The folding search applies to both the query and the text, scalar by
/// scalar (so offsets in the folded text are offsets in the original):
/// full-width ASCII forms become ASCII (`ＣＴＡＩＳ` → `ctais`, `．` → `.`),
/// the ideographic space becomes a space, and Latin letters lower case.
public enum SearchFolding {
  @inline(__always)
  public static func fold(_ s: Unicode.Scalar) -> UInt32 {
    var v = s.value
    if v >= 0xFF01 && v <= 0xFF5E { v = v - 0xFF01 + 0x21 } else if v == 0x3000 { v = 0x20 }
    if v >= 0x41 && v <= 0x5A { return v + 0x20 }
    if v < 0x80 { return v }
    if (0xC0...0xDE).contains(v) && v != 0xD7 { return v + 0x20 }
    if (0x391...0x3A9).contains(v) || (0x410...0x42F).contains(v) {
      return Unicode.Scalar(v).flatMap { $0.properties.lowercaseMapping.unicodeScalars.first?.value } ?? v
    }
    return v
  }

  public static func fold(_ s: String) -> [UInt32] {
    s.unicodeScalars.map(fold)
  }
}
