/// Sentences of Chinese text: a sentence ends after 。！？；… and any closing
/// quotes or brackets that follow.
public enum Sentences {
  static let enders: Set<Character> = ["。", "！", "？", "；", "!", "?", "…"]
  static let closers: Set<Character> = ["”", "’", "）", "」", "』", ")", "》"]

  /// UTF-8 ranges of the sentences of a text, covering it all.
  public static func ranges(in text: String) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var start = 0
    var offset = 0
    var ended = false
    for c in text {
      if ended && !closers.contains(c) {
        out.append(start..<offset)
        start = offset
        ended = false
      }
      offset += c.utf8.count
      if enders.contains(c) { ended = true }
    }
    if offset > start { out.append(start..<offset) }
    return out
  }
}
