/// What a line of a hand-out is, as the import review shows it and a teacher
/// changes it: the title, a heading (with its level), an objective, body
/// text, a question, a step of the class plan, back matter, or page furniture
/// (left out of the case).
public enum LineTag: String, Sendable, CaseIterable, Equatable {
  case title, heading, objective, body, question, step, backMatter, furniture

  /// The item role a tag gives its section (objectives, questions, plan).
  var role: Role? {
    switch self {
    case .objective: .objectives
    case .question: .questions
    case .step: .arrangement
    default: nil
    }
  }

  /// The tag of the lines of a part of this role (`.body` for the case's text).
  static func forRole(_ role: Role) -> LineTag {
    switch role {
    case .objectives: .objective
    case .questions: .question
    case .arrangement: .step
    case .content: .body
    }
  }

  /// The name of the part a line of this tag opens when no heading stands before it.
  func sectionName(_ names: SectionNames) -> String {
    switch self {
    case .objective: names.objectives
    case .question: names.questions
    case .step: names.plan
    case .backMatter: names.notes
    default: names.intro
    }
  }
}

/// The names caseroom gives the parts it opens itself (not the hand-out's words): the opening before the first
/// heading, and a part opened for lines tagged outside one. The app gives them in the screen's language.
public struct SectionNames: Sendable, Equatable {
  public var intro, objectives, questions, plan, notes: String
  public init(intro: String, objectives: String, questions: String, plan: String, notes: String) {
    (self.intro, self.objectives, self.questions, self.plan, self.notes) = (intro, objectives, questions, plan, notes)
  }
  /// The importer's own names.
  public static let chinese = SectionNames(
    intro: CaseImporter.introTitle, objectives: "教学目的", questions: "思考题", plan: "课堂安排", notes: "注释")
}

/// One line of a hand-out with its tag.
public struct TaggedLine: Sendable, Equatable {
  public var tag: LineTag
  /// For a heading: its level, 1 for a part of the case.
  public var level: Int
  /// A heading's numbering (`二、`), or an item's label (`1．`), as written.
  public var number: String
  /// The text without its numbering.
  public var text: String
  /// A table row's cells.
  public var row: TableRow?
  /// The line of the raw text it came from, when known (page furniture).
  public var sourceLine: Int?
  /// For a heading: the part the teacher says it opens, whatever its name says (`.objective`,
  /// `.question`, `.step`: a part of that role; `.backMatter`; `.body`: the case's text); nil: its name decides.
  public var part: LineTag?

  public init(
    _ tag: LineTag, _ text: String, level: Int = 0, number: String = "", row: TableRow? = nil, sourceLine: Int? = nil
  ) {
    self.tag = tag
    self.text = text
    self.level = level
    self.number = number
    self.row = row
    self.sourceLine = sourceLine
  }

  /// The line as shown: numbering and text, a row's cells between ` | `.
  public var shown: String { row.map(\.text) ?? number + text }

  /// The line as the case file writes it: an item's label (`问题1`, `1.`) then a space when the file puts one
  /// (`ParagraphStyle.shownLabel`); a heading, the title and a row as `shown`.
  public var written: String {
    guard row == nil, !number.isEmpty, tag != .heading, tag != .title, tag != .furniture else { return shown }
    return ParagraphStyle.shownLabel(number) + text
  }
}
