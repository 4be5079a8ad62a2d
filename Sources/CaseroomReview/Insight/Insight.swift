import CaseroomEngine
import FoundationEssentials

/// The class as a whole, for the instructor's 点评: the passages the groups
/// built their answers on (a heat map over the case, per section and per
/// cited sentence, each group counted once), what nobody read to the end or
/// cited, where the answers part (passages only one group used, groups that
/// cite nothing), and the case's terms the answers use. Made by
/// `InsightTally.insight()`; the review's insight view, the export's insight
/// slides and `caseroom insight` (text and `--json`) all show this one value.
public struct Insight: Codable, Equatable, Sendable {
  /// Which groups cited a passage for one question.
  public struct Use: Codable, Equatable, Sendable {
    /// 1-based.
    public var question: Int
    public var groups: [String]
  }

  /// A cited sentence of the case.
  public struct Passage: Codable, Equatable, Sendable {
    public var text: String
    /// The section's id and heading (`（二）金税工程`).
    public var section: String
    public var heading: String
    /// 0-based, in the section; the sentence in the paragraph.
    public var paragraph: Int
    public var sentence: Int
    /// Groups citing it, for any question (each once).
    public var count: Int
    public var groups: [String]
    /// Per question it was cited for.
    public var questions: [Use]

    /// The groups citing it for a question (1-based).
    public func groups(question: Int) -> [String] { questions.first { $0.question == question }?.groups ?? [] }
  }

  /// A content section of the case.
  public struct SectionHeat: Codable, Equatable, Sendable {
    public var id: String
    public var heading: String
    /// Groups citing anything in it, for any question; per question (in order).
    public var groups: Int
    public var perQuestion: [Int]
    /// Its sentences cited, of how many.
    public var citedSentences: Int
    public var sentences: Int
    /// Groups that read it to the end.
    public var readToEnd: Int
  }

  /// A term of the case used in the answers to a question.
  public struct Term: Codable, Equatable, Sendable {
    public var term: String
    public var groups: [String]
  }

  /// A passage only one group cited for a question.
  public struct Lone: Codable, Equatable, Sendable {
    /// Its place in `passages`.
    public var passage: Int
    public var group: String
  }

  public struct Question: Codable, Equatable, Sendable {
    /// 1-based.
    public var number: Int
    public var text: String
    /// Groups that wrote an answer; groups citing at least one passage.
    public var answered: Int
    public var citing: Int
    /// Places in `passages` cited for this question, most groups first.
    public var top: [Int]
    /// Passages only one group cited for it.
    public var lone: [Lone]
    /// Groups that cite nothing for it (those that answered it first, then the others).
    public var citeNothing: [String]
    /// Citations whose text is no longer in the case.
    public var orphaned: Int
    /// The case's key terms the answers use, most telling first (`InsightTally.keyTerms`).
    public var terms: [Term]
  }

  public var caseId: String
  public var title: String
  /// How many groups.
  public var groups: Int
  /// Every cited sentence, most groups first (then as the case reads).
  public var passages: [Passage]
  /// Every content section, as the case reads.
  public var sections: [SectionHeat]
  /// Content sections no group read to the end; no group cited (headings).
  public var notReadToEnd: [String]
  public var notCited: [String]
  public var questions: [Question]

  public func json() -> String { (try? JSONCoding.text(self)) ?? "" }
}

extension InsightTally {
  /// Terms shown per question.
  public static let termsShown = 12

  /// The class as it is tallied now.
  public mutating func insight() -> Insight {
    let c = document
    let questions = self.questions.count
    var passages: [Insight.Passage] = []
    var keys: [SentenceKey] = []
    for (k, per) in citing {
      let all = per.reduce(into: Set<Int>()) { $0.formUnion($1) }
      let section = c.sections[k.section]
      passages.append(
        Insight.Passage(
          text: sentences.text(k), section: section.id, heading: section.heading, paragraph: k.paragraph,
          sentence: k.sentence, count: all.count, groups: ordered(all),
          questions: per.enumerated().filter { !$0.element.isEmpty }.map {
            Insight.Use(question: $0.offset + 1, groups: ordered($0.element))
          }))
      keys.append(k)
    }
    let order = passages.indices.sorted {
      passages[$0].count != passages[$1].count ? passages[$0].count > passages[$1].count : keys[$0] < keys[$1]
    }
    passages = order.map { passages[$0] }
    keys = order.map { keys[$0] }

    var sections: [Insight.SectionHeat] = []
    for (i, s) in c.sections.enumerated() where s.role == .content && s.hasText {
      var any: Set<Int> = []
      var per = Array(repeating: Set<Int>(), count: questions)
      var cited = 0
      for key in keys where key.section == i {
        cited += 1
        for (q, groups) in (citing[key] ?? []).enumerated() {
          per[q].formUnion(groups)
          any.formUnion(groups)
        }
      }
      var count = 0
      for p in s.paragraphs.indices { count += sentences.sentences(section: i, paragraph: p).count }
      sections.append(
        Insight.SectionHeat(
          id: s.id, heading: s.heading, groups: any.count, perQuestion: per.map(\.count), citedSentences: cited,
          sentences: count, readToEnd: readers[s.id]?.count ?? 0))
    }

    var out: [Insight.Question] = []
    for q in 0..<questions {
      let top = passages.indices.filter { !passages[$0].groups(question: q + 1).isEmpty }.sorted {
        let a = passages[$0].groups(question: q + 1).count
        let b = passages[$1].groups(question: q + 1).count
        return a != b ? a > b : $0 < $1
      }
      let lone = top.compactMap { i -> Insight.Lone? in
        let g = passages[i].groups(question: q + 1)
        return g.count == 1 ? Insight.Lone(passage: i, group: g[0]) : nil
      }
      let quiet = names.filter { groups[$0]?.cited[q].isEmpty ?? true }
      let answered = names.filter { groups[$0]?.answered[q] ?? false }
      out.append(
        Insight.Question(
          number: q + 1, text: self.questions[q], answered: answered.count,
          citing: names.count - quiet.count, top: top, lone: lone,
          citeNothing: quiet.filter { groups[$0]?.answered[q] ?? false }
            + quiet.filter { !(groups[$0]?.answered[q] ?? false) },
          orphaned: names.reduce(0) { $0 + (groups[$1]?.orphaned[q] ?? 0) },
          terms: keyTerms(q)))
    }
    return Insight(
      caseId: c.id, title: c.title, groups: names.count, passages: passages, sections: sections,
      notReadToEnd: sections.filter { $0.readToEnd == 0 }.map(\.heading),
      notCited: sections.filter { $0.groups == 0 }.map(\.heading), questions: out)
  }

  /// A question's key terms: the case's terms the answers use, by groups
  /// using it times its specificity (`CaseTerms`), so that a term of this
  /// case used by three groups comes before a word of any essay used by all.
  /// Left out: generic words and the case's background (specificity 0); a
  /// term of the question itself (every answer repeats it); a term inside a
  /// longer one shown, unless twice as many groups use it. A term of the case
  /// every group uses stays (it is what the class agrees on: 金税工程 when
  /// every group works in tax).
  func keyTerms(_ q: Int) -> [Insight.Term] {
    let use = termUse[q]
    var ranked: [(id: Int, score: Double)] = []
    for id in 0..<use.terms where use.counts[id] > 0 && !questionTerms[q].contains(id) {
      let weight = terms.specificity[id]
      guard weight > 0 else { continue }
      ranked.append((id, Double(use.counts[id]) * weight))
    }
    ranked.sort {
      if $0.score != $1.score { return $0.score > $1.score }
      if terms.lengths[$0.id] != terms.lengths[$1.id] { return terms.lengths[$0.id] > terms.lengths[$1.id] }
      return $0.id < $1.id
    }
    var chosen: [Int] = []
    for (t, _) in ranked {
      let term = terms.terms[t]
      if chosen.contains(where: { terms.terms[$0].contains(term) && use.counts[t] < 2 * use.counts[$0] }) { continue }
      chosen.append(t)
      if chosen.count == Self.termsShown { break }
    }
    return chosen.map { Insight.Term(term: terms.terms[$0], groups: ordered(Set(use.groups($0)))) }
  }
}
