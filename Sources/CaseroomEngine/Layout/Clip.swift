extension Layout {
  /// One line of text cut to `width` columns for a one-line preview: whole
  /// characters, then `…`, and never an opening mark (“ （ 《) or a blank
  /// just before the cut, as a broken line would not end with one.
  public static func clip(_ text: String, width: Int) -> String {
    guard TerminalWidth.exceeds(text, width) else { return text }
    guard width > 1 else { return width == 1 ? "…" : "" }
    var kept: [Character] = []
    var used = 0
    for c in text {
      let w = TerminalWidth.columns(c)
      if used + w > width - 1 { break }
      kept.append(c)
      used += w
    }
    while let last = kept.last, BreakRules.isForbiddenLineEnd(last) || last == " " || last == "\u{3000}" {
      kept.removeLast()
    }
    return String(kept) + "…"
  }

  /// Laid-out lines shown in at most `rows` rows: when some are left out, the
  /// last one shown ends in `mark` (cut by `clip` to `width`), so a text cut
  /// short always says so.
  public static func first(_ lines: [String], rows: Int, width: Int, mark: String = "…") -> [String] {
    guard lines.count > rows else { return lines }
    guard rows > 0 else { return [] }
    var shown = Array(lines.prefix(rows))
    shown[rows - 1] = clip(shown[rows - 1] + mark, width: width)
    return shown
  }
}
