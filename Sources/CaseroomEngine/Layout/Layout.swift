/// Lays out a paragraph at a width, following the Chinese rules in `LineBreaker`.
public enum Layout {
  /// The narrowest width the layout promises to respect (a Hanzi needs two columns).
  public static let minimumWidth = 2

  /// The lines of `shape` at `width` columns, including the style's leads.
  /// Joining the lines' `text` gives back the paragraph exactly.
  public static func lines(
    _ shape: ParagraphShape, width: Int, style: ParagraphStyle = ParagraphStyle(),
    paragraph: Int? = nil, kind: LaidLine.Kind = .body
  ) -> [LaidLine] {
    let width = max(minimumWidth, width)
    let firstCols = TerminalWidth.columns(style.firstLead)
    let restCols = TerminalWidth.columns(style.restLead)
    let ranges = LineBreaker.lines(shape, first: width - firstCols, rest: width - restCols)
    var out: [LaidLine] = []
    out.reserveCapacity(ranges.count)
    for (index, atoms) in ranges.enumerated() {
      let lead = index == 0 ? style.firstLead : style.restLead
      let text = shape.slice(atoms)
      var end = atoms.upperBound
      while end > atoms.lowerBound && shape.spaces[end - 1] { end -= 1 }
      var cols = index == 0 ? firstCols : restCols
      for j in atoms.lowerBound..<end { cols += Int(shape.widths[j]) }
      let shown = end == atoms.upperBound ? text : shape.slice(atoms.lowerBound..<end)
      let display = lead + (shape.hasControls ? TerminalWidth.displayable(shown) : String(shown))
      let range = Int(shape.offsets[atoms.lowerBound])..<Int(shape.offsets[atoms.upperBound])
      out.append(
        LaidLine(
          kind: kind, paragraph: paragraph, text: text, range: range, lead: lead, display: display,
          columns: cols))
    }
    return out
  }

  /// Text of several lines (a comment) laid out keeping its line breaks: its
  /// first line after `label`, every other (and every line wrapped) under
  /// the text after it, `indent` before all.
  public static func labelled(_ text: String, label: String, indent: String = "", width: Int) -> [LaidLine] {
    let under = indent + String(repeating: " ", count: TerminalWidth.columns(label))
    return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().flatMap { i, line in
      lines(
        String(line), width: width, style: ParagraphStyle(firstLead: i == 0 ? indent + label : under, restLead: under))
    }
  }

  /// Convenience: lays out plain text.
  public static func lines(_ text: String, width: Int, style: ParagraphStyle = ParagraphStyle())
    -> [LaidLine]
  {
    lines(ParagraphShape(text), width: width, style: style)
  }
}
