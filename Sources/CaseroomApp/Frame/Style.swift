/// What a cell on screen is, for the theme to colour. The view only says
/// what things are; the terminal layer decides how they look.
public enum Style: Int, Sendable, CaseIterable {
  case normal
  /// A section heading in the text.
  case heading
  /// The top bar (case and section).
  case header
  /// The bottom bar (hints, messages, position).
  case status
  /// Keys in the hint bar.
  case hintKey
  /// Less important text (ticks, separators, labels).
  case dim
  /// A search hit.
  case hit
  /// The search hit the reader is on.
  case currentHit
  /// The section being read, in the table of contents.
  case tocCurrent
  /// The selected row of the table of contents or a list.
  case selected
  /// A notice that must be seen (terminal too small, errors).
  case notice
  /// The search prompt.
  case prompt
  /// The passage marked for citing or annotating.
  case passage
  /// A margin mark (an annotated or cited line).
  case margin
  /// A passage the group cited in an answer.
  case cited
  /// A passage the group annotated.
  case noted
}
