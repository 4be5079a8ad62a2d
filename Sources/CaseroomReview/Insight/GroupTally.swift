import CaseroomEngine
import CaseroomSession

/// What one group's session gives the insight: per question the sentences it
/// cites (each once, however many of its citations cover them), its orphaned
/// citations, whether it answered, the case's terms it uses; and the
/// sections it read to the end. Made again only when the session changes.
struct GroupTally: Equatable, Sendable {
  var cited: [[SentenceKey]]
  var citations: [Int]
  var orphaned: [Int]
  var answered: [Bool]
  var terms: [[Int]]
  /// Section ids read to the end.
  var finished: Set<String>

  init(_ s: Session, sentences: inout CaseSentences, terms: CaseTerms, questions: Int) {
    let c = sentences.document
    cited = []
    citations = []
    orphaned = []
    answered = []
    self.terms = []
    for q in 0..<questions {
      let a = s.answer(q, of: c)
      var keys: Set<SentenceKey> = []
      var lost = 0
      for cite in a.citations {
        if let covered = sentences.cover(cite.anchor) { keys.formUnion(covered) } else { lost += 1 }
      }
      cited.append(keys.sorted())
      citations.append(a.citations.count)
      orphaned.append(lost)
      let text = a.text
      answered.append(!text.allSatisfy(\.isWhitespace))
      self.terms.append(terms.used(in: text))
    }
    finished = Set(s.reading.filter(\.value.finished).map(\.key))
  }
}
