/// Greedy Chinese line breaking over a `ParagraphShape`.
///
/// Each line takes as many atoms as fit. When the next atom does not fit, the
/// line ends at the last allowed break opportunity and what follows it moves
/// down ("pushing out": a closing mark takes the character before it along).
/// Only when a single unbreakable run is wider than the line is it broken
/// inside — at a Latin word boundary first, then inside `——`/`……`, and
/// only as a last resort next to punctuation.
/// Spaces at the end of a line may hang past the width; they are not drawn.
/// The cost is linear in the paragraph.
public enum LineBreaker {
  /// Splits atoms into lines: `first` columns for the first line, `rest` for the others.
  /// Returns atom ranges that cover the paragraph in order.
  public static func lines(_ shape: ParagraphShape, first: Int, rest: Int) -> [Range<Int>] {
    let n = shape.count
    if n == 0 { return [0..<0] }
    var result: [Range<Int>] = []
    var start = 0
    var col = 0
    var lastAllowed = -1
    var avail = max(1, first)
    let widths = shape.widths
    let breaks = shape.breaks
    let spaces = shape.spaces
    var i = 0
    while i < n {
      if i > start && breaks[i] == .allowed { lastAllowed = i }
      let w = Int(widths[i])
      if col + w <= avail || i == start {
        col += w
        i += 1
        continue
      }
      if spaces[i] {
        // A space hangs at the end of the line; the next atom breaks.
        i += 1
        continue
      }
      let cut = lastAllowed > start ? lastAllowed : fallback(breaks, start, i)
      result.append(start..<cut)
      start = cut
      lastAllowed = -1
      avail = max(1, rest)
      col = 0
      for j in cut..<i { col += Int(widths[j]) }
    }
    result.append(start..<n)
    return result
  }

  /// Where to break a run that has no allowed break and is wider than the line:
  /// the latest position in `start+1...i` of the mildest kind available.
  private static func fallback(_ breaks: [BreakKind], _ start: Int, _ i: Int) -> Int {
    for kind in [BreakKind.word, .pair] {
      var j = i
      while j > start {
        if breaks[j] == kind { return j }
        j -= 1
      }
    }
    return i
  }
}
