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

  /// The note `writer` is writing (a member's name; `""`: a reader that is no member).
  public func noteDraft(of writer: String) -> Draft? { drafts?[writer] }

  /// Keeps (or, with nil, drops) the note `writer` is writing.
  public mutating func setNoteDraft(_ d: Draft?, of writer: String) {
    var all = drafts ?? [:]
    all[writer] = d
    drafts = all.isEmpty ? nil : all
  }

  /// An older version's single draft moves into `drafts`, as a non-member's.
  mutating func moveOldDraft() {
    guard let d = draft else { return }
    draft = nil
    if noteDraft(of: "") == nil { setNoteDraft(d, of: "") }
  }

  /// Three-way merge of the notes being written, writer by writer: a writer's
  /// draft changed on one side is taken from it; changed on both, the later.
  static func mergeDrafts(base o: [String: Draft]?, ours a: [String: Draft]?, theirs b: [String: Draft]?)
    -> [String: Draft]?
  {
    var out: [String: Draft] = [:]
    for writer in Set((o ?? [:]).keys).union((a ?? [:]).keys).union((b ?? [:]).keys) {
      let (base, mine, their) = (o?[writer], a?[writer], b?[writer])
      if mine == base {
        out[writer] = their
      } else if their != base, let their, their.updatedAt > mine?.updatedAt ?? .distantPast {
        out[writer] = their
      } else {
        out[writer] = mine
      }
    }
    return out.isEmpty ? nil : out
  }
}
