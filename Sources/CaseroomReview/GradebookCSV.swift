import FoundationEssentials

/// The gradebook: one row per group (or, `perMember`, one per member, for a
/// school's gradebook), with each question's answer text, its score per
/// criterion (a column each, when scored by a rubric), score, the scale it
/// was given on and comment, then the total (only scores on their
/// question's scale count in it: `ScoreTotals`). UTF-8 with a BOM so spreadsheets show Chinese; cells that
/// start with `= + - @` neutralised.
enum GradebookCSV {
  static func render(_ d: ExportDocument, perMember: Bool = false) -> String {
    var header = perMember ? ["member", "group"] : ["group", "members"]
    // A question scored by a rubric gets a column per criterion, named with its points.
    let criteria: [[(name: String, points: Int)]] = d.case.questions.indices.map { q in
      let given = d.groups.lazy.compactMap { q < $0.answers.count ? $0.answers[q].criteria : nil }.first ?? []
      return given.map { ($0.name, $0.points) }
    }
    for q in d.case.questions.indices {
      header += ["Q\(q + 1) answer"]
      header += criteria[q].map { "Q\(q + 1) \($0.name) (\($0.points))" }
      header += ["Q\(q + 1) score", "Q\(q + 1) scale", "Q\(q + 1) comment"]
    }
    header += ["total"]
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
      let who: [[String]] =
        perMember
        ? (g.members.isEmpty ? [["", g.name]] : g.members.map { [$0, g.name] })
        : [[g.name, g.members.joined(separator: "、")]]
      rows += who.map { $0 + answers }
    }
    return CSV.text(rows)
  }
}
