import CaseroomEngine

// MARK: - The outline (`caseroom outline`, the import report's first part)

extension Say {
  /// A readable tree of the whole case: every heading with its place among the content sections,
  /// its id and role, and its size; under a section of items, each item.
  public static func outlineTree(_ c: Case) -> String {
    var out = c.title
    if let s = c.subtitle { out += " — " + s }
    out += "  [\(c.id)]\n"
    let content = c.contentSections.map(\.id)
    let place = Dictionary(content.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    for s in c.sections {
      let indent = String(repeating: "  ", count: s.level)
      var line = indent + s.heading
      if let n = place[s.id] { line += "  \(n + 1)/\(content.count)" }
      line += "  {#\(s.id)}"
      if s.role != .content { line += " \(s.role.rawValue)" }
      let paragraphs = s.paragraphs
      let items = paragraphs.filter(\.isItem).count
      if !paragraphs.isEmpty {
        let rows = paragraphs.filter { $0.row != nil }.count
        if s.role == .content || items == 0 {
          line += "  \(paragraphs.count) ¶"
        } else {
          line += "  " + outlineItems(items)
          let rest = paragraphs.count - items
          if rest > 0 { line += say(" + \(rest) ¶ 不计", " + \(rest) ¶ not counted") }
        }
        if rows > 0 { line += say("（表格：\(rows) 行）", " (table: \(rows) rows)") }
        line += say("，", ", ") + outlineCharacters(s.characters)
      }
      out += line + "\n"
      if s.role != .content {
        for p in paragraphs {
          let mark = items > 0 && !p.isItem ? say("  （不是条目）", "  (not an item)") : ""
          out += indent + "  " + (p.row.map { $0.line } ?? (p.label ?? "") + p.text) + mark + "\n"
        }
      }
    }
    if !c.errata.isEmpty { out += outlineErrata(c.errata.count) + "\n" }
    return out
  }

  /// A section's items, counted.
  static func outlineItems(_ n: Int) -> String { n == 1 ? say("1 条", "1 item") : say("\(n) 条", "\(n) items") }

  /// A section's size in characters.
  static func outlineCharacters(_ n: Int) -> String { say("\(n) 字", "\(n) characters") }

  /// The corrections the case carries.
  static func outlineErrata(_ n: Int) -> String { say("勘误：\(n) 处更正", "errata: \(n) corrections") }
}
