import CaseroomEngine
import FoundationEssentials
import Glibc

extension Session {
  /// What one member added to the group's work: the per-student
  /// participation an instructor grades (as Perusall gives it). Counted by
  /// each member's own reader at every save, from what it changed since it
  /// last read the file; two readers as one member add up.
  public struct Participation: Codable, Equatable, Sendable {
    /// Characters added to each answer (index: question; 字 as `CharacterCount` counts them).
    public var characters: [Int]
    /// Notes written (new ones; editing one again is not counted twice).
    public var notes: Int
    /// Passages cited.
    public var citations: Int
    /// Ids of the sections this member read (`ReadingProgress`).
    public var sectionsRead: [String]

    public init(characters: [Int] = [], notes: Int = 0, citations: Int = 0, sectionsRead: [String] = []) {
      self.characters = characters
      self.notes = notes
      self.citations = citations
      self.sectionsRead = sectionsRead
    }

    /// Characters added to all answers.
    public var totalCharacters: Int { characters.reduce(0, +) }

    /// What `member` did going from `before` to `after` (this reader's own
    /// changes: `before` is what it last read), plus the sections it has read.
    public static func added(from before: Session, to after: Session, sectionsRead: Set<String> = []) -> Participation {
      var p = Participation()
      p.characters = after.answers.indices.map { q in
        let old = q < before.answers.count ? before.answers[q].text : ""
        return inserted(from: old, to: after.answers[q].text)
      }
      let oldNotes = Set(before.annotations.map(SessionMerge.AnnotationKey.init))
      p.notes = after.annotations.filter { !oldNotes.contains(SessionMerge.AnnotationKey($0)) }.count
      let oldCitations = Set(before.answers.flatMap { $0.citations.map(SessionMerge.CitationKey.init) })
      p.citations = after.answers.reduce(0) { n, a in
        n + a.citations.filter { !oldCitations.contains(SessionMerge.CitationKey($0)) }.count
      }
      p.sectionsRead = sectionsRead.sorted()
      return p
    }

    /// The characters in `new` that are not in `old`, taking what both start
    /// and end with as kept (one edit between two saves is exact; several
    /// count the span between them). Byte-wise, so a 200 KB answer costs
    /// one pass.
    public static func inserted(from old: String, to new: String) -> Int {
      if old == new { return 0 }
      let b = Array(new.utf8)
      let changed = ChangedStretch(from: Array(old.utf8), to: b)
      let (start, endB) = (changed.head, b.count - changed.tail)
      guard endB > start else { return 0 }
      return CharacterCount.of(String(decoding: b[start..<endB], as: UTF8.self))
    }

    /// This member's counts with `more` added.
    public mutating func add(_ more: Participation) {
      if characters.count < more.characters.count {
        characters += Array(repeating: 0, count: more.characters.count - characters.count)
      }
      for (q, n) in more.characters.enumerated() { characters[q] += n }
      notes += more.notes
      citations += more.citations
      for id in more.sectionsRead where !sectionsRead.contains(id) { sectionsRead.append(id) }
    }

    public var isEmpty: Bool {
      totalCharacters == 0 && notes == 0 && citations == 0 && sectionsRead.isEmpty
    }

    /// The three-way merge of everyone's counts: each side's additions since
    /// the base are both kept (counts add up), the sections read are joined.
    static func merge(
      _ o: [String: Participation]?, _ a: [String: Participation]?, _ b: [String: Participation]?
    ) -> [String: Participation]? {
      guard a != nil || b != nil else { return nil }
      var out: [String: Participation] = [:]
      let members = Set((a ?? [:]).keys).union((b ?? [:]).keys)
      for m in members {
        let base = o?[m] ?? Participation()
        let x = a?[m] ?? base
        let y = b?[m] ?? base
        var p = Participation()
        let n = max(x.characters.count, y.characters.count, base.characters.count)
        func at(_ list: [Int], _ i: Int) -> Int { i < list.count ? list[i] : 0 }
        p.characters = (0..<n).map { max(0, at(x.characters, $0) + at(y.characters, $0) - at(base.characters, $0)) }
        p.notes = max(0, x.notes + y.notes - base.notes)
        p.citations = max(0, x.citations + y.citations - base.citations)
        p.sectionsRead = x.sectionsRead
        for id in y.sectionsRead where !p.sectionsRead.contains(id) { p.sectionsRead.append(id) }
        out[m] = p
      }
      return out
    }
  }

  /// Adds what `member` did since `base` to their counts (a save does this before writing).
  public mutating func recordParticipation(of member: String, since base: Session, sectionsRead: Set<String>) {
    var all = participation ?? [:]
    let known = Set(all[member]?.sectionsRead ?? [])
    var added = Participation.added(from: base, to: self, sectionsRead: sectionsRead.subtracting(known))
    if added.sectionsRead.isEmpty && added.totalCharacters == 0 && added.notes == 0 && added.citations == 0 {
      added.characters = []
    }
    var p = all[member] ?? Participation()
    p.add(added)
    all[member] = p
    participation = all
  }
}
