import FoundationEssentials

/// The gradebook: one row per group (or, `perMember`, one per member, for a
/// school's gradebook), with each question's answer text, its score per
/// criterion (a column each, when scored by a rubric), score, the scale it
/// was given on and comment, then the total (only scores on their
/// question's scale count in it: `ScoreTotals`). UTF-8 with a BOM so
/// spreadsheets show Chinese; cells that start with `= + - @` neutralised.
/// Per member, each member's share of the work follows: characters added to
/// each answer, notes, citations, sections read (`Session.Participation`;
/// empty for a session no member was at). A member who wrote but is not
/// listed in the group gets a row too.
enum GradebookCSV {
  static func render(_ d: ExportDocument, perMember: Bool = false) -> String {
    var header = perMember ? ["member", "group"] : ["group", "members"]
    // A question with a rubric gets a column per criterion, named with its points: the same columns
    // whatever has been scored yet (a school's import needs them fixed).
    let criteria: [[(name: String, points: Int)]] = d.case.questions.indices.map { q in
      if let r = d.rubric { return r.criteria(question: q).map { ($0.name, $0.points) } }
      let given = d.groups.lazy.compactMap { q < $0.answers.count ? $0.answers[q].criteria : nil }.first ?? []
      return given.map { ($0.name, $0.points) }
    }
    for q in d.case.questions.indices {
      header += ["Q\(q + 1) answer"]
      header += criteria[q].map { "Q\(q + 1) \($0.name) (\($0.points))" }
      header += ["Q\(q + 1) score", "Q\(q + 1) scale", "Q\(q + 1) comment"]
    }
    header += ["total"]
    if perMember {
      header += d.case.questions.indices.map { "Q\($0 + 1) characters added" }
      header += ["notes", "citations", "sections read"]
    }
    var rows = [header]
    for g in d.groups {
      var answers: [String] = []
      for (q, a) in g.answers.enumerated() {
        answers.append(a.text)
        for (i, c) in criteria[q].enumerated() {
          let given = a.criteria.flatMap { $0.indices.contains(i) && $0[i].name == c.name ? $0[i].score : nil }
          answers.append(given.map(String.init) ?? "")
        }
        answers += [a.score.map(String.init) ?? "", a.scale.map(String.init) ?? "", a.comment ?? ""]
      }
      answers.append(g.total.map(String.init) ?? "")
      guard perMember else {
        rows.append([g.name, g.members.joined(separator: "、")] + answers)
        continue
      }
      var members = g.members
      for m in (g.participation ?? [:]).keys.sorted() where !members.contains(m) { members.append(m) }
      if members.isEmpty { members = [""] }
      for m in members {
        var work: [String] = []
        if let p = g.participation?[m] {
          work = d.case.questions.indices.map { String($0 < p.characters.count ? p.characters[$0] : 0) }
          work += [String(p.notes), String(p.citations), String(p.sectionsRead.count)]
        } else if g.participation != nil {
          work = d.case.questions.indices.map { _ in "0" } + ["0", "0", "0"]
        } else {
          work = Array(repeating: "", count: d.case.questions.count + 3)
        }
        rows.append([m, g.name] + answers + work)
      }
    }
    return CSV.text(rows)
  }
}
