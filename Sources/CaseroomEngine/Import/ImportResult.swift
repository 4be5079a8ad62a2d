/// What `caseroom import` found in a raw text, for a person to check.
public struct ImportResult: Sendable {
  /// The case; its sections' and paragraphs' `line` are the lines of the hand-out they start on.
  public var result: Case
  /// Every guess with its reason, what it was unsure of and what it did not find, in order.
  public var report: [ImportNote]
  /// The lines left out as page furniture.
  public var dropped: [DroppedLine]
}
