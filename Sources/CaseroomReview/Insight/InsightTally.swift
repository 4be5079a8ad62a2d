import CaseroomEngine
import CaseroomSession

/// The class seen as a whole, kept up to date one session at a time: which
/// sentences of the case each question's answers cite (a sentence counts
/// once per group), the terms of the case the answers use, the sections
/// read to the end. A changed session takes its old tally out and puts its
/// new one in (`update`); `insight()` gives the value the screens, the
/// exports and `caseroom insight` show.
public struct InsightTally: Sendable {
  public let document: Case
  var sentences: CaseSentences
  let terms: CaseTerms
  /// Per group (by name): its tally.
  var groups: [String: GroupTally] = [:]
  /// The groups' names, in the class's order (by name, naturally).
  var names: [String] = []
  /// Each group's number (given when first seen, never reused), and the name of each number:
  /// the sets below hold numbers, which are cheap to hash and compare.
  var ids: [String: Int] = [:]
  var nameOf: [String] = []
  /// Per group number, its place in `names` (-1: gone).
  var rank: [Int] = []
  /// Per sentence, per question: the groups citing it.
  var citing: [SentenceKey: [Set<Int>]] = [:]
  /// Per question, per term id: the groups using it.
  var termUse: [TermUse]
  /// Per section id: the groups that read it to the end.
  var readers: [String: Set<Int>] = [:]
  /// Per question, the terms of the question itself (left out of its key terms).
  let questionTerms: [Set<Int>]
  let questions: [String]

  public init(_ all: ClassSessions) {
    document = all.document
    sentences = CaseSentences(all.document)
    terms = CaseTerms(all.document)
    questions = all.document.questions
    questionTerms = questions.map { [terms] in Set(terms.used(in: $0)) }
    termUse = Array(repeating: TermUse(terms: terms.terms.count), count: questions.count)
    update(all, changed: Set(all.sessions.map(\.group.name)))
  }

  /// Takes in the sessions of the groups named (changed, new or gone); the others are left as they were tallied.
  public mutating func update(_ all: ClassSessions, changed: Set<String>) {
    for name in changed {
      let id = ids[name] ?? nameOf.count
      if ids[name] == nil {
        ids[name] = id
        nameOf.append(name)
      }
      if let old = groups.removeValue(forKey: name) { remove(old, of: id) }
      if let s = all.session(named: name) {
        let t = GroupTally(s, sentences: &sentences, terms: terms, questions: questions.count)
        add(t, of: id)
        groups[name] = t
      }
    }
    guard !changed.isEmpty else { return }
    names = all.sessions.map(\.group.name).filter { groups[$0] != nil }
    rank = Array(repeating: -1, count: nameOf.count)
    for (i, name) in names.enumerated() { if let id = ids[name] { rank[id] = i } }
  }

  /// Group numbers as names, in the class's order.
  func ordered(_ set: Set<Int>) -> [String] { set.sorted { rank[$0] < rank[$1] }.map { nameOf[$0] } }

  private mutating func add(_ t: GroupTally, of name: Int) {
    let questions = termUse.count
    for (q, keys) in t.cited.enumerated() {
      for k in keys {
        var per = citing[k] ?? Array(repeating: [], count: questions)
        per[q].insert(name)
        citing[k] = per
      }
      for id in t.terms[q] { termUse[q].insert(name, term: id) }
    }
    for id in t.finished { readers[id, default: []].insert(name) }
  }

  private mutating func remove(_ t: GroupTally, of name: Int) {
    for (q, keys) in t.cited.enumerated() {
      for k in keys {
        guard var per = citing[k] else { continue }
        per[q].remove(name)
        citing[k] = per.allSatisfy(\.isEmpty) ? nil : per
      }
      for id in t.terms[q] {
        termUse[q].remove(name, term: id)
      }
    }
    for id in t.finished {
      readers[id]?.remove(name)
      if readers[id]?.isEmpty == true { readers[id] = nil }
    }
  }
}
