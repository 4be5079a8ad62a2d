import Foundation

/// The structure of a case, as `caseroom outline --json` prints it.
public struct Outline: Sendable, Equatable, Codable {
  public struct Entry: Sendable, Equatable, Codable {
    public var id: String
    public var title: String
    public var level: Int
    public var paragraphs: Int
    public var characters: Int
  }

  public var id: String
  public var title: String
  public var objectives: [String]
  /// Every content section that holds text, in reading order.
  public var sections: [Entry]
  public var questions: [String]
  public var arrangement: [String]

  public init(_ c: Case) {
    id = c.id
    title = c.title
    objectives = c.objectives
    sections = c.contentSections.map {
      Entry(id: $0.id, title: $0.title, level: $0.level, paragraphs: $0.paragraphs.count, characters: $0.characters)
    }
    questions = c.questions
    arrangement = c.arrangement
  }

  /// Pretty-printed JSON with sorted keys (`JSONCoding`).
  public func json() -> String { (try? JSONCoding.text(self)) ?? "{}" }

  /// A readable tree of the whole case (every heading, with its role and size).
  public static func tree(_ c: Case) -> String {
    var out = c.title
    if let s = c.subtitle { out += " — " + s }
    out += "  [\(c.id)]\n"
    let content = c.contentSections.map(\.id)
    for s in c.sections {
      let indent = String(repeating: "  ", count: s.level)
      var line = indent + s.heading
      if let n = content.firstIndex(of: s.id) { line += "  \(n + 1)/\(content.count)" }
      line += "  {#\(s.id)}"
      if s.role != .content { line += " \(s.role.rawValue)" }
      if !s.paragraphs.isEmpty {
        let items = s.paragraphs.filter { $0.label != nil }.count
        line += items == s.paragraphs.count ? "  \(items) items" : "  \(s.paragraphs.count) ¶"
        line += ", \(s.characters) 字"
      }
      out += line + "\n"
      if s.role != .content {
        for p in s.paragraphs { out += indent + "  " + (p.label ?? "") + p.text + "\n" }
      }
    }
    if !c.errata.isEmpty { out += "errata: \(c.errata.count) corrections\n" }
    return out
  }
}
