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
}
