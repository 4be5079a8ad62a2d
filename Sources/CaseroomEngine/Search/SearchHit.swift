/// A place in a case where a query was found.
public struct SearchHit: Sendable, Equatable, Codable {
  /// Id of the section.
  public var section: String
  /// The section's heading (`（七）金盾工程`).
  public var title: String
  /// Index of the paragraph in the section, or -1 for a hit in the heading.
  public var paragraph: Int
  /// Unicode-scalar offsets of the hit in the paragraph.
  public var start: Int
  public var end: Int
  /// Some text around the hit, on one line.
  public var snippet: String
}
