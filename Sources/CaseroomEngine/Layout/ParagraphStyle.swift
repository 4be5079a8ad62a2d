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
