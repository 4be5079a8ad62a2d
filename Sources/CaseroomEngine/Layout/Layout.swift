/// One screen line of laid-out text.
public struct LaidLine: Sendable, Equatable {
  /// What the line is part of.
  public enum Kind: Sendable, Equatable {
    case heading
    case body
    case blank
  }

  public var kind: Kind
  /// Index of the paragraph in its section (`nil` for headings and blanks).
  public var paragraph: Int?
  /// The slice of the paragraph's text on this line, without anything the layout added.
  public var text: Substring
  /// UTF-8 offsets of `text` in the paragraph.
  public var range: Range<Int>
  /// What the layout adds before the text: indentation or an item label.
  public var lead: String
  /// `lead` + `text` as it may be sent to the terminal: controls shown as
  /// U+FFFD, trailing (hanging) spaces dropped.
  public var display: String
  /// Columns `display` takes.
  public var columns: Int

  public static let blank = LaidLine(
    kind: .blank, paragraph: nil, text: "", range: 0..<0, lead: "", display: "", columns: 0)
}

/// How a paragraph's lines are indented.
public struct ParagraphStyle: Sendable, Equatable {
  /// Put before the first line (an indent or an item label such as `1．`).
  public var firstLead: String
  /// Put before every other line.
  public var restLead: String

  public init(firstLead: String = "", restLead: String = "") {
    self.firstLead = firstLead
    self.restLead = restLead
  }

  /// Narrower than this, body paragraphs get no first-line indent.
  public static let indentMinimumWidth = 24

  /// A body paragraph: indented by two full-width spaces, as Chinese text is.
  public static func body(width: Int) -> ParagraphStyle {
    width >= indentMinimumWidth ? ParagraphStyle(firstLead: "\u{3000}\u{3000}") : ParagraphStyle()
  }

  /// An item label as shown: a space after an ASCII marker (`1. `, `(1) `, `• `).
  public static func shownLabel(_ label: String) -> String {
    guard let last = label.last else { return "" }
    return last.isASCII || label == "•" ? label + " " : label
  }

  /// A numbered item: the label, then continuation lines hang under the text.
  public static func item(label: String, width: Int) -> ParagraphStyle {
    let lead = shownLabel(label)
    let cols = TerminalWidth.columns(lead)
    if cols * 3 > width { return ParagraphStyle(firstLead: lead, restLead: "") }
    return ParagraphStyle(firstLead: lead, restLead: String(repeating: " ", count: cols))
  }
}

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

  /// Convenience: lays out plain text.
  public static func lines(_ text: String, width: Int, style: ParagraphStyle = ParagraphStyle())
    -> [LaidLine]
  {
    lines(ParagraphShape(text), width: width, style: style)
  }
}
