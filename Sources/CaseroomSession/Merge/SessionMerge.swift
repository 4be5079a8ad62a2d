import CaseroomEngine
import FoundationEssentials
import Glibc

/// A three-way merge of one group's session, field by field: what every save
/// of a group's reader does (with what it last read as the base: `GroupFile`),
/// and what git's merge driver does (`caseroom merge-session %O %A %B`) when
/// two members edited the group's session on two machines.
///
/// - Answer texts (and notes): three-way on the text (`TextMerge`): edits in
///   different sentences are both kept; both versions of an overlapping edit
///   are kept between marker lines.
/// - Citations and annotations: the union, by anchor and time: each side's
///   additions are kept; one that either side removed stays removed.
/// - Reading progress: the maximum (seconds, and finished if either finished).
/// - Position: the later side's (by `updatedAt`), unless only one side moved.
/// - Marks, members, note drafts: three-way per item; where both changed, this
///   side's (marks), both (members), the later (a writer's note draft).
/// - Who wrote what (`participation`): per member, each side's additions to
///   the counts are both kept; the sections read, the union.
/// - Logins remembered as members: the union (this side's where both changed one).
/// - Revision: one above both; `updatedAt` the later; `createdAt` the earlier.
public enum SessionMerge {
  /// What could not be merged: two different cases or groups (the two ids or names; the app words it).
  public enum Failure: Error, Equatable, Sendable {
    case twoCases(String, String)
    case twoGroups(String, String)
  }

  public struct Result: Equatable, Sendable {
    public var session: Session
    /// Questions (0-based) whose answers hold a marked conflict from this merge.
    public var conflictedAnswers: [Int]
    /// How many notes hold a marked conflict from this merge.
    public var conflictedNotes: Int
  }

  /// Merges `ours` and `theirs`, which both come from `base` (nil: they were
  /// made apart, as when two machines created the same group). `labels`
  /// name who wrote each side in the markers of a conflict: of an answer
  /// (its question, 0-based) or of a note (nil); asked only on a conflict.
  public static func merge(
    base: Session?, ours a: Session, theirs b: Session,
    labels: (Int?) -> ConflictMarkers.Labels = { _ in .anonymous }
  ) throws(Failure) -> Result {
    guard a.caseId == b.caseId else {
      throw .twoCases(a.caseId, b.caseId)
    }
    guard a.group.name == b.group.name else {
      throw .twoGroups(a.group.name, b.group.name)
    }
    let o = base ?? Session(empty: a)
    var out = a
    let theirsLater = b.updatedAt > a.updatedAt
    out.caseHash = theirsLater ? b.caseHash : a.caseHash
    out.group.members = mergeList(o.group.members, a.group.members, b.group.members)

    var conflicted: [Int] = []
    out.answers = []
    for q in 0..<max(a.answers.count, b.answers.count) {
      let qa = q < a.answers.count ? a.answers[q] : nil
      let qb = q < b.answers.count ? b.answers[q] : nil
      guard let x = qa ?? qb else { continue }
      guard let y = qb ?? qa else { continue }
      let qo = q < o.answers.count ? o.answers[q] : Session.Answer(question: x.question)
      var text = TextMerge.merge(base: qo.text, ours: x.text, theirs: y.text)
      if text.conflicts > 0 { text = TextMerge.merge(base: qo.text, ours: x.text, theirs: y.text, labels: labels(q)) }
      if text.conflicts > 0 { conflicted.append(q) }
      let citations = mergeItems(
        qo.citations, x.citations, y.citations, key: { CitationKey($0) }, combine: { a, _, _ in a })
      out.answers.append(
        Session.Answer(
          question: x.question, text: text.text, citations: citations,
          updatedAt: [x.updatedAt, y.updatedAt].compactMap { $0 }.max(),
          writer: x.text == qo.text ? y.writer ?? x.writer : x.writer ?? y.writer))
    }

    var notes = 0
    out.annotations = mergeItems(
      o.annotations, a.annotations, b.annotations, key: { AnnotationKey($0) },
      combine: { x, y, base in
        var n = x
        var t = TextMerge.merge(base: base?.note ?? "", ours: x.note, theirs: y.note)
        if t.conflicts > 0 {
          t = TextMerge.merge(base: base?.note ?? "", ours: x.note, theirs: y.note, labels: labels(nil))
        }
        if t.conflicts > 0 { notes += 1 }
        n.note = t.text
        return n
      })

    out.marks = [:]
    for letter in Set(a.marks.keys).union(b.marks.keys).union(o.marks.keys) {
      let (ma, mb, mo) = (a.marks[letter], b.marks[letter], o.marks[letter])
      out.marks[letter] = ma == mo ? mb : ma
    }
    if a.position == o.position {
      out.position = b.position
    } else if b.position != o.position, theirsLater {
      out.position = b.position
    }
    out.reading = a.reading
    for (section, p) in b.reading {
      let q = out.reading[section] ?? Session.Progress()
      out.reading[section] = Session.Progress(seconds: max(p.seconds, q.seconds), finished: p.finished || q.finished)
    }
    out.drafts = Session.mergeDrafts(base: o.drafts, ours: a.drafts, theirs: b.drafts)
    out.participation = Session.Participation.merge(o.participation, a.participation, b.participation)
    out.logins = mergeLogins(o.logins, a.logins, b.logins)
    out.createdAt = min(a.createdAt, b.createdAt)
    out.updatedAt = max(a.updatedAt, b.updatedAt)
    out.revision = max(a.revision, b.revision) + 1
    return Result(session: out, conflictedAnswers: conflicted, conflictedNotes: notes)
  }

  /// The three-way union of a list of items known by a key: those of the base
  /// that both sides kept, then each side's additions; an item both kept but
  /// changed is combined (`combine(ours, theirs, base)`). Sorted by time
  /// where the items have one (the order of the lists otherwise).
  static func mergeItems<T, K: Hashable>(
    _ o: [T], _ a: [T], _ b: [T], key plainKey: (T) -> K, combine: (T, T, T?) -> T
  ) -> [T] where T: Equatable {
    // Items of one list with the same key (two notes on one passage made in the
    // same second) are told apart by their place among those: the first, the second…
    func keyed(_ list: [T]) -> [(Occurrence<K>, T)] {
      var seen: [K: Int] = [:]
      return list.map { item in
        let k = plainKey(item)
        let n = seen[k, default: 0]
        seen[k] = n + 1
        return (Occurrence(key: k, index: n), item)
      }
    }
    let (ko, ka, kb) = (keyed(o), keyed(a), keyed(b))
    let inBase = Dictionary(ko, uniquingKeysWith: { x, _ in x })
    let inB = Dictionary(kb, uniquingKeysWith: { x, _ in x })
    let keysA = Set(ka.map(\.0))
    var out: [T] = []
    for (k, x) in ka {
      if let y = inB[k] {
        let base = inBase[k]
        if x == y {
          out.append(x)
        } else if base == x {
          out.append(y)
        } else if base == y {
          out.append(x)
        } else {
          out.append(combine(x, y, base))
        }
      } else if inBase[k] == nil {
        out.append(x)  // added here
      }  // else: removed there
    }
    for (k, y) in kb where !keysA.contains(k) && inBase[k] == nil {
      out.append(y)  // added there
    }
    return out
  }

  /// Logins remembered as members: each side's additions; this side's where both changed one.
  static func mergeLogins(_ o: [String: String]?, _ a: [String: String]?, _ b: [String: String]?) -> [String: String]? {
    guard a != nil || b != nil else { return nil }
    var out = a ?? [:]
    for (login, member) in b ?? [:] where out[login] == nil || out[login] == o?[login] { out[login] = member }
    return out
  }

  /// An item's key and its place among the items of its list with that key.
  struct Occurrence<K: Hashable>: Hashable {
    var key: K
    var index: Int
  }

  /// Members: each side's additions and removals.
  static func mergeList(_ o: [String], _ a: [String], _ b: [String]) -> [String] {
    if a == o { return b }
    if b == o || a == b { return a }
    var out = a.filter { b.contains($0) || !o.contains($0) }
    for m in b where !out.contains(m) && !o.contains(m) { out.append(m) }
    return out
  }

  /// What tells a citation from another (where, and when it was made).
  public struct CitationKey: Hashable, Sendable {
    public var anchor: Session.Anchor
    public var createdAt: Date
    public init(_ c: Session.Citation) {
      anchor = c.anchor
      createdAt = c.createdAt
    }
  }

  /// What tells a note from another (where, and when it was made).
  public struct AnnotationKey: Hashable, Sendable {
    public var anchor: Session.Anchor
    public var createdAt: Date
    public init(_ a: Session.Annotation) {
      anchor = a.anchor
      createdAt = a.createdAt
    }
  }
}

extension Session {
  /// A session with this one's case and group and nothing else: the base
  /// when two sides were made apart.
  init(empty s: Session) {
    self = s
    answers = s.answers.map { Answer(question: $0.question) }
    annotations = []
    marks = [:]
    position = nil
    reading = [:]
    drafts = nil
    draft = nil
    group.members = []
    participation = nil
    logins = nil
    revision = 0
  }
}

extension ConflictMarkers.Labels {
  /// A member's save: this member on this machine (`李华 · vm1`), and the
  /// member who last wrote the field on disk (the same name twice — two
  /// readers as one member — told apart by （另一方）; not known: 另一方的版本).
  public static func member(_ me: String, theirs writer: String?) -> Self {
    let ours = "\(me) · \(LocalProcess.hostName)"
    guard let writer else { return Self(ours: ours, theirs: Self.anonymous.theirs) }
    return Self(ours: ours, theirs: writer == me ? writer + "（另一方）" : writer)
  }
}
