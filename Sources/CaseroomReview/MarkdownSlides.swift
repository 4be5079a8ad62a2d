import FoundationEssentials

/// Markdown slides that Marp and pandoc render: `---` between slides, a title
/// slide, then each question with the answer and its cited passages as block
/// quotes with their section names. With all groups: question by question,
/// every group's answer. The slides are those of the HTML deck (`SlidePlan`):
/// a long answer continues on the following slides, marked （续）.
enum MarkdownSlides {
  static func render(_ d: ExportDocument, all: Bool) -> String {
    let who = all ? "全班 All groups" : (d.groups.first.map { $0.name } ?? "")
    let slides = SlidePlan.slides(d, all: all).map { markdown($0, d, all: all) }
    return "---\nmarp: true\ntitle: \(yaml(d.case.title + " — " + who))\n---\n\n"
      + slides.joined(separator: "\n---\n\n")
  }

  static func markdown(_ slide: SlidePlan.Slide, _ d: ExportDocument, all: Bool) -> String {
    switch slide {
    case .title(let groups, let members, let more):
      var s =
        "# \(text(d.case.title))\(more ? HTMLDeck.continued : "")\n\n## \(text(all ? "全班 All groups" : groups.first?.name ?? ""))\n"
      if let members {
        if !members.isEmpty { s += "\n成员 Members：\(text(members.joined(separator: "、")))\n" }
      } else {
        s +=
          "\n"
          + groups.map {
            "- \(text($0.name))" + ($0.members.isEmpty ? "" : "（\(text($0.members.joined(separator: "、")))）")
          }.joined(separator: "\n") + "\n"
      }
      return s
    case .question(let number, let question):
      return "# 思考题 \(number)\n\n\(text(question))\n"
    case .answer(let g, let number, let paragraphs, let citations, let feedback, let more):
      let a = g.answers[number - 1]
      let heading = (all ? "\(text(g.name)) · 思考题 \(number)" : "思考题 \(number)") + (more ? HTMLDeck.continued : "")
      var s = "## \(heading)\n\n"
      if !all && !more { s += "> \(text(a.question))\n\n" }
      if paragraphs.isEmpty && citations.isEmpty && !more {
        s += "*（未作答 no answer）*\n"
      } else {
        s += paragraphs.map { line(String($0.text)) }.filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n"
      }
      for p in citations {
        s += "\n> \(text(p.quote))\n>\n> — \(p.orphaned ? "（引文已失效 orphaned）" : text(p.title ?? p.section))\n"
      }
      if feedback {
        if let score = a.score { s += "\n**评分 Score：\(score)/\(d.scaleMax ?? 5)**\n" }
        if let c = a.comment { s += "\n*点评 Comment：\(text(c))*\n" }
      }
      return s
    case .scores(let g):
      var s = "## 评分 Scores · \(text(g.name))\n\n"
      for (q, a) in g.answers.enumerated() {
        s += "- 思考题 \(q + 1)：\(a.score.map { "\($0)/\(d.scaleMax ?? 5)" } ?? "—")\n"
      }
      s += "\n**总分 Total：\(g.total ?? 0)/\((d.scaleMax ?? 5) * g.answers.count)**\n"
      return s
    }
  }

  /// User text as Markdown text: markup characters escaped, HTML made inert, controls shown as U+FFFD.
  static func text(_ s: String) -> String {
    var out = ""
    for c in visible(s).replacingEvery("\n", with: " ") {
      switch c {
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "&": out += "&amp;"
      case "\\", "`", "*", "_", "[", "]", "#", "|", "~": out += "\\" + String(c)
      default: out.append(c)
      }
    }
    return out
  }

  /// One paragraph of an answer as a Markdown paragraph (never a list item or a rule).
  static func line(_ s: String) -> String {
    var t = text(s.trimmingSpaces())
    if let f = t.first, "-+=".contains(f) || f.isNumber { t = "\\" + t }
    return t
  }

  static func yaml(_ s: String) -> String {
    "\"" + visible(s).replacingEvery("\\", with: "\\\\").replacingEvery("\"", with: "\\\"") + "\""
  }
}
