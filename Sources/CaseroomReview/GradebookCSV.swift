import Foundation

/// The gradebook: one row per group (or, `perMember`, one per member, for a
/// school's gradebook), with each question's answer text, score and comment,
/// then the total. UTF-8 with a BOM so spreadsheets show Chinese; cells that
/// start with `= + - @` neutralised. Per member, each member's share of the
/// work follows: characters added to each answer, notes, citations, sections
/// read (`Session.Participation`; empty for a session no member was at).
/// A member who wrote but is not listed in the group gets a row too.
enum GradebookCSV {
  static func render(_ d: ExportDocument, perMember: Bool = false) -> String {
    var header = perMember ? ["member", "group"] : ["group", "members"]
    for q in d.case.questions.indices {
      header += ["Q\(q + 1) answer", "Q\(q + 1) score", "Q\(q + 1) comment"]
    }
    header += ["total"]
    if perMember {
      header += d.case.questions.indices.map { "Q\($0 + 1) characters added" }
      header += ["notes", "citations", "sections read"]
    }
    var out = "\u{FEFF}" + header.map(cell).joined(separator: ",") + "\r\n"
    for g in d.groups {
      var answers: [String] = []
      for a in g.answers {
        answers += [a.text, a.score.map(String.init) ?? "", a.comment ?? ""]
      }
      answers.append(g.total.map(String.init) ?? "")
      guard perMember else {
        out += ([g.name, g.members.joined(separator: "、")] + answers).map(cell).joined(separator: ",") + "\r\n"
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
        out += ([m, g.name] + answers + work).map(cell).joined(separator: ",") + "\r\n"
      }
    }
    return out
  }

  static func cell(_ s: String) -> String {
    var v = visible(s)
    if let f = v.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(f) { v = "'" + v }
    if v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
      return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return v
  }
}
