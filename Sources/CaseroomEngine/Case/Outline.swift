import FoundationEssentials

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
    objectives = Outline.items(c, .objectives)
    sections = c.contentSections.map {
      Entry(id: $0.id, title: $0.title, level: $0.level, paragraphs: $0.paragraphs.count, characters: $0.characters)
    }
    questions = Outline.items(c, .questions)
    arrangement = Outline.items(c, .arrangement)
  }

  /// The items of the sections with a role, as the outline counts them: in a
  /// section that has numbered items or table rows, only those (a lead-in
  /// sentence such as 通过本案例的学习，学员应能够： and a table's header row
  /// are its introduction, not items); in a section without, every paragraph.
  public static func items(_ c: Case, _ role: Role) -> [String] {
    c.sections.filter { $0.role == role }.flatMap { s in
      let paragraphs = s.paragraphs
      let listed = paragraphs.filter(\.isItem)
      return (listed.isEmpty ? paragraphs.filter { $0.row == nil } : listed).map(\.text)
    }
  }

  /// Pretty-printed JSON with sorted keys (`JSONCoding`).
  public func json() -> String { (try? JSONCoding.text(self)) ?? "{}" }
}
