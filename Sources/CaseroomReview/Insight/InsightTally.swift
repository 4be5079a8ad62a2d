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
  /// Per sentence, per question: the groups citing it.
  var citing: [SentenceKey: [Set<String>]] = [:]
  /// Per question, per term id: the groups using it.
  var termUse: [[Int: Set<String>]]
  /// Per section id: the groups that read it to the end.
  var readers: [String: Set<String>] = [:]

  public init(_ all: ClassSessions) {
    document = all.document
    sentences = CaseSentences(all.document)
    terms = CaseTerms(all.document)
    termUse = Array(repeating: [:], count: all.document.questions.count)
    update(all, changed: Set(all.sessions.map(\.group.name)))
  }

  /// Takes in the sessions of the groups named (changed, new or gone); the others are left as they were tallied.
  public mutating func update(_ all: ClassSessions, changed: Set<String>) {
    for name in changed {
      if let old = groups.removeValue(forKey: name) { remove(old, of: name) }
      if let s = all.session(named: name) {
        let t = GroupTally(s, sentences: &sentences, terms: terms)
        add(t, of: name)
        groups[name] = t
      }
    }
    if !changed.isEmpty { names = all.sessions.map(\.group.name).filter { groups[$0] != nil } }
  }

  private mutating func add(_ t: GroupTally, of name: String) {
    let questions = termUse.count
    for (q, keys) in t.cited.enumerated() {
      for k in keys {
        var per = citing[k] ?? Array(repeating: [], count: questions)
        per[q].insert(name)
        citing[k] = per
      }
      for id in t.terms[q] { termUse[q][id, default: []].insert(name) }
    }
    for id in t.finished { readers[id, default: []].insert(name) }
  }

  private mutating func remove(_ t: GroupTally, of name: String) {
    for (q, keys) in t.cited.enumerated() {
      for k in keys {
        guard var per = citing[k] else { continue }
        per[q].remove(name)
        citing[k] = per.allSatisfy(\.isEmpty) ? nil : per
      }
      for id in t.terms[q] {
        termUse[q][id]?.remove(name)
        if termUse[q][id]?.isEmpty == true { termUse[q][id] = nil }
      }
    }
    for id in t.finished {
      readers[id]?.remove(name)
      if readers[id]?.isEmpty == true { readers[id] = nil }
    }
  }
}
