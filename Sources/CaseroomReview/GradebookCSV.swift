import FoundationEssentials

/// The gradebook: one row per group (or, `perMember`, one per member, for a
/// school's gradebook), with each question's answer text, score and comment,
/// then the total. UTF-8 with a BOM so spreadsheets show Chinese; cells that
/// start with `= + - @` neutralised.
enum GradebookCSV {
  static func render(_ d: ExportDocument, perMember: Bool = false) -> String {
    var header = perMember ? ["member", "group"] : ["group", "members"]
    for q in d.case.questions.indices {
      header += ["Q\(q + 1) answer", "Q\(q + 1) score", "Q\(q + 1) comment"]
    }
    header += ["total"]
    var out = "\u{FEFF}" + header.map(cell).joined(separator: ",") + "\r\n"
    for g in d.groups {
      var answers: [String] = []
      for a in g.answers {
        answers += [a.text, a.score.map(String.init) ?? "", a.comment ?? ""]
      }
      answers.append(g.total.map(String.init) ?? "")
      let who: [[String]] =
        perMember
        ? (g.members.isEmpty ? [["", g.name]] : g.members.map { [$0, g.name] })
        : [[g.name, g.members.joined(separator: "、")]]
      for lead in who { out += (lead + answers).map(cell).joined(separator: ",") + "\r\n" }
    }
    return out
  }

  static func cell(_ s: String) -> String {
    var v = visible(s)
    if let f = v.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(f) { v = "'" + v }
    if v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
      return "\"" + v.replacingEvery("\"", with: "\"\"") + "\""
    }
    return v
  }
}
