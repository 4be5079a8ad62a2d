import FoundationEssentials

extension Session {
  /// A note not yet finished: where it is, which note it edits (nil: a new
  /// one), and its text so far. Restored, with a notice, on the next start.
  public struct Draft: Codable, Equatable, Sendable {
    public var anchor: Anchor
    public var note: Int?
    public var text: String
    public var updatedAt: Date

    public init(anchor: Anchor, note: Int?, text: String, updatedAt: Date) {
      self.anchor = anchor
      self.note = note
      self.text = text
      self.updatedAt = updatedAt
    }
  }
}
