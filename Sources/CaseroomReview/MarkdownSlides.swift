import FoundationEssentials

/// Markdown slides that Marp and pandoc render: `---` between slides, a title
/// slide, then each question with the answer and its cited passages as block
/// quotes with their section names. With all groups: question by question,
/// every group's answer. The slides are those of the HTML deck (`SlidePlan`):
/// a long answer continues on the following slides, marked （续）.
enum MarkdownSlides {
  static func render(_ d: ExportDocument, all: Bool, labels l: DeckLabels = .bilingual) -> String {
    let who = d.who(all: all, l)
    let slides = SlidePlan.slides(d, all: all).map { markdown($0, d, all: all, l) }
    return "---\nmarp: true\ntitle: \(yaml(d.case.title + " — " + who))\n---\n\n"
      + slides.joined(separator: "\n---\n\n")
  }

  static func markdown(_ slide: SlidePlan.Slide, _ d: ExportDocument, all: Bool, _ l: DeckLabels) -> String {
    switch slide {
    case .title(let groups, let members, let more):
      var s =
        "# \(text(d.case.title))\(more ? l.continued : "")\n\n## \(text(all ? d.who(all: true, l) : groups.first?.name ?? ""))\n"
      if let members {
        if !members.isEmpty { s += "\n\(l.members)\(text(members.joined(separator: "、")))\n" }
      } else {
        s +=
          "\n"
          + groups.map {
            "- \(text($0.name))" + ($0.members.isEmpty ? "" : "（\(text($0.members.joined(separator: "、")))）")
          }.joined(separator: "\n") + "\n"
      }
      return s
    case .question(let number, let question):
      return "# \(l.question(number))\n\n\(text(question))\n"
    case .answer(let g, let number, let paragraphs, let citations, let feedback, let more):
      let a = g.answers[number - 1]
      let heading =
        (all ? "\(text(g.name)) · \(l.question(number))" : l.question(number)) + (more ? l.continued : "")
        + (a.conflicted ? l.conflict : "")
      var s = "## \(heading)\n\n"
      if !all && !more { s += "> \(text(a.question))\n\n" }
      if paragraphs.isEmpty && citations.isEmpty && !more {
        s += "*\(l.noAnswer)*\n"
      } else {
        s += paragraphs.map { line(String($0.text)) }.filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n"
      }
      for p in citations {
        s += "\n> \(text(p.quote))\n>\n> — \(p.orphaned ? l.orphaned : text(p.title ?? p.section))\n"
      }
      if feedback {
        if let score = a.scoreText(d.scaleMax) {
          s += "\n**\(l.score)\(score)\(a.criteriaText.map { "（\(text($0))）" } ?? "")**\n"
        }
        if let c = a.comment { s += "\n*\(l.comment)\(lines(c))*\n" }
      }
      return s
    case .scores(let g):
      var s = "## \(l.scores)\(text(g.name))\n\n"
      for (q, a) in g.answers.enumerated() {
        s +=
          "- \(l.question(q + 1))\(l.colon)\(a.scoreText(d.scaleMax) ?? "—")\(a.criteriaText.map { "（\(text($0))）" } ?? "")\n"
      }
      s += "\n**\(l.total)\(g.total ?? 0)/\(d.totalScale)**\n"
      return s
    case .unanswered(let g, let questions):
      var s = "## \(all ? "\(text(g.name)) · \(l.unanswered)" : l.unanswered)\(l.unansweredAside)\n\n"
      for q in questions { s += "- \(l.question(q))\(l.colon)\(text(d.case.questions[q - 1]))\n" }
      return s
    case .insight(let number):
      return insight(number, d)
    }
  }

  /// A question's insight as a table: the most cited sentences, the groups
  /// citing each drawn as a bar, the section; then the groups citing nothing and the key terms.
  static func insight(_ number: Int, _ d: ExportDocument) -> String {
    guard let i = d.insight, number - 1 < i.questions.count else { return "" }
    let q = i.questions[number - 1]
    var s = "## 思考题 \(number) · \(d.insightHeading)\n\n> \(text(q.text))\n\n"
    if q.top.isEmpty {
      s += "*（没有小组引用案例 no citations）*\n"
    } else {
      s += "引用最多的句子 Most cited（\(text(d.insightCounted(i.groups)))，每组只计一次）\n\n"
      s += "| 小组 Groups | 引用最多的句子 Most cited | 节 Section |\n|---|---|---|\n"
      for k in q.top.prefix(SlidePlan.insightPassages) {
        let p = i.passages[k]
        let n = p.groups(question: number).count
        let cells = max(1, Int((Double(n) / Double(max(1, i.groups)) * 10).rounded()))
        s += "| \(String(repeating: "█", count: cells)) \(n)/\(i.groups) | \(text(p.text)) | \(text(p.heading)) |\n"
      }
    }
    if !q.citeNothing.isEmpty { s += "\n\(text(ExportDocument.citingNothing(q.citeNothing)))\n" }
    if !q.terms.isEmpty {
      s +=
        "\n关键词 Key terms：\(text(q.terms.prefix(8).map { "\($0.term)（\($0.groups.count)）" }.joined(separator: "、")))\n"
    }
    return s
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

  /// Text of several lines (a comment) as one Markdown paragraph keeping its lines: hard breaks (`\\`) between them.
  static func lines(_ s: String) -> String {
    s.split(separator: "\n").map { text(String($0).trimmingSpaces()) }.filter { !$0.isEmpty }.joined(separator: "\\\n")
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
