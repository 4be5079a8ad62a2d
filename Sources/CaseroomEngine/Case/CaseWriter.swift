import FoundationEssentials
import Glibc

extension CaseFormat {
  /// Writes a case in the case format. `parse(write(c))` gives `c` back
  /// (apart from source line numbers).
  public static func write(_ c: Case) -> String {
    var out = "---\n"
    out += "format: \(formatName)\n"
    out += "id: \(yaml(c.id))\n"
    out += "title: \(yaml(c.title))\n"
    if let s = c.subtitle { out += "subtitle: \(yaml(s))\n" }
    if let s = c.source { out += "source: \(yaml(s))\n" }
    if !c.errata.isEmpty {
      out += "errata:\n"
      for e in c.errata {
        out += "  - section: \(yaml(e.section))\n"
        out += "    was: \(yaml(e.was))\n"
        out += "    now: \(yaml(e.now))\n"
        if let n = e.note { out += "    note: \(yaml(n))\n" }
      }
    }
    out += "---\n"
    // The sections above the one being written, one per level: whose role a section inherits.
    var above: [(level: Int, role: Role)] = []
    for s in c.sections {
      while let last = above.last, last.level >= s.level { above.removeLast() }
      let inherited = above.last?.role ?? .content
      above.append((s.level, s.role))
      out += "\n" + String(repeating: "#", count: max(1, s.level)) + " " + s.number + s.title
      var attrs = ["#" + s.id]
      if Role.recognise(s.title) != s.role && !(Role.recognise(s.title) == nil && inherited == s.role) {
        attrs.append("role=" + s.role.rawValue)
      }
      out += " {" + attrs.joined(separator: " ") + "}\n"
      for (i, p) in s.paragraphs.enumerated() {
        let previous = i > 0 ? s.paragraphs[i - 1] : nil
        let isItem = p.label != nil && p.row == nil
        let previousIsItem = previous.map { $0.label != nil && $0.row == nil } ?? false
        // Rows of one table go on consecutive lines; a header row starts a new table.
        let continuesTable = p.row.map { !$0.isHeader } ?? false && previous?.row != nil
        if !(isItem && previousIsItem) && !continuesTable { out += "\n" }
        if let row = p.row {
          out += row.line + "\n"
          if row.isHeader { out += "|" + String(repeating: "---|", count: max(1, row.cells.count)) + "\n" }
        } else if let label = p.label {
          out += ParagraphStyle.shownLabel(label == "•" ? "-" : label) + escapeItem(p.text) + "\n"
        } else {
          out += escapeParagraph(p.text) + "\n"
        }
      }
    }
    return out
  }

  /// A paragraph that would otherwise read as a heading, item or comment gets a `\`.
  static func escapeParagraph(_ text: String) -> String {
    let t = text.trimmingScalars { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
    if t != text || t.hasPrefix("#") || t.hasPrefix("\\") || t.hasPrefix("<!--") || t.hasPrefix("---")
      || t.hasPrefix("|")
      || CaseParser.itemStart(t) != nil || t.isEmpty
    {
      return "\\" + text
    }
    return text
  }

  /// Item text that would otherwise lose leading blanks gets nothing special:
  /// items are trimmed on reading, so leading blanks cannot round-trip.
  static func escapeItem(_ text: String) -> String { text }

  /// A YAML scalar: plain when safe, else a double-quoted (JSON-style) string.
  static func yaml(_ s: String) -> String {
    let risky = ":#'\"{}[],&*!|>%@`\\\n\t".unicodeScalars
    let plain =
      !s.isEmpty && !s.unicodeScalars.contains(where: risky.contains) && !s.hasPrefix(" ") && !s.hasSuffix(" ")
      && !s.hasPrefix("-") && !s.hasPrefix("?") && Double(s) == nil
      && !["true", "false", "yes", "no", "null", "~", "on", "off"].contains(s.lowercased())
    if plain { return s }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    return (try? encoder.encode(s)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
  }
}
