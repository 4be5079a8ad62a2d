import Foundation

/// One row per group per question, for the gradebook: UTF-8 with a BOM so
/// spreadsheets show Chinese, and cells that start with `= + - @` neutralised.
enum GradebookCSV {
  static func render(_ d: ExportDocument) -> String {
    var out = "\u{FEFF}group,members,question,characters,citations,score,comment\r\n"
    for g in d.groups {
      for (q, a) in g.answers.enumerated() {
        let cells = [
          g.name, g.members.joined(separator: "、"), "\(q + 1). \(a.question)", "\(a.characters)",
          "\(a.citations.count)",
          a.score.map(String.init) ?? "", a.comment ?? "",
        ]
        out += cells.map(cell).joined(separator: ",") + "\r\n"
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
