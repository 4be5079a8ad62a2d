import Foundation

/// Markdown slides that Marp and pandoc render: `---` between slides, a title
/// slide, then each question with the answer and its cited passages as block
/// quotes with their section names. With all groups: question by question,
/// every group's answer.
enum MarkdownSlides {
  static func render(_ d: ExportDocument, all: Bool) -> String {
    var slides: [String] = []
    let title = all ? "全班 All groups" : (d.groups.first.map { $0.name } ?? "")
    var first = "# \(text(d.case.title))\n\n## \(text(title))\n"
    if !all, let g = d.groups.first, !g.members.isEmpty {
      first += "\n成员 Members：\(text(g.members.joined(separator: "、")))\n"
    } else if all {
      first +=
        "\n"
        + d.groups.map {
          "- \(text($0.name))" + ($0.members.isEmpty ? "" : "（\(text($0.members.joined(separator: "、")))）")
        }.joined(separator: "\n") + "\n"
    }
    slides.append(first)
    for (q, question) in d.case.questions.enumerated() {
      if all { slides.append("# 思考题 \(q + 1)\n\n\(text(question))\n") }
      for g in d.groups {
        let a = g.answers[q]
        var s = all ? "## \(text(g.name)) · 思考题 \(q + 1)\n\n" : "## 思考题 \(q + 1)\n\n> \(text(question))\n\n"
        s +=
          a.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
          ? "*（未作答 no answer）*\n" : paragraphs(a.text)
        if let score = a.score { s += "\n**评分 Score：\(score)/\(d.scaleMax ?? 5)**\n" }
        if let c = a.comment { s += "\n*点评 Comment：\(text(c))*\n" }
        slides.append(s)
        if !a.citations.isEmpty {
          var c = "### 引文 Cited passages — \(text(g.name)) · 思考题 \(q + 1)\n\n"
          for p in a.citations {
            c += "> \(text(p.quote))\n>\n> — \(p.orphaned ? "（引文已失效 orphaned）" : text(p.title ?? p.section))\n\n"
          }
          slides.append(c)
        }
      }
    }
    return "---\nmarp: true\ntitle: \(yaml(d.case.title + " — " + title))\n---\n\n"
      + slides.joined(separator: "\n---\n\n")
  }

  /// User text as Markdown text: markup characters escaped, HTML made inert, controls shown as U+FFFD.
  static func text(_ s: String) -> String {
    var out = ""
    for c in visible(s).replacingOccurrences(of: "\n", with: " ") {
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

  static func paragraphs(_ s: String) -> String {
    s.split(separator: "\n").map { line in
      var t = text(String(line).trimmingCharacters(in: .whitespaces))
      if let f = t.first, "-+=".contains(f) || f.isNumber { t = "\\" + t }  // not a list item or a rule
      return t
    }.filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n"
  }

  static func yaml(_ s: String) -> String {
    "\"" + visible(s).replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }
}
