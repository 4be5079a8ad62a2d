/// What `caseroom import` found in a raw text, for a person to check.
public struct ImportResult: Sendable {
  public var result: Case
  /// Things worth a look: missing parts, guessed titles, gaps.
  public var notes: [String]
}
