/// A titled part of a case, with its paragraphs.
public struct Section: Sendable, Equatable, Identifiable {
  /// Stable id: citations and notes are anchored to it.
  public var id: String
  /// The numbering as written (`（一）`, `二、`, `第一部分`), or empty.
  public var number: String
  /// The title without its numbering (`金宏工程`).
  public var title: String
  /// 1 for a top-level part, 2 for its subsections, and so on.
  public var level: Int
  public var role: Role
  public var paragraphs: [Paragraph]
  /// Line in the case file where the heading is (0 when not from a file).
  public var line: Int

  public init(
    id: String, number: String = "", title: String, level: Int = 1, role: Role = .content,
    paragraphs: [Paragraph] = [], line: Int = 0
  ) {
    self.id = id
    self.number = number
    self.title = title
    self.level = level
    self.role = role
    self.paragraphs = paragraphs
    self.line = line
  }

  /// The heading as shown: numbering and title (`（七）金盾工程`).
  public var heading: String { number + title }

  /// Characters of text in the section's paragraphs.
  public var characters: Int { paragraphs.reduce(0) { $0 + $1.text.count } }

  /// Whether two sections are equal apart from where they were read from.
  public func sameContent(as other: Section) -> Bool {
    var a = self
    var b = other
    a.line = 0
    b.line = 0
    for i in a.paragraphs.indices { a.paragraphs[i].line = 0 }
    for i in b.paragraphs.indices { b.paragraphs[i].line = 0 }
    return a == b
  }
}

/// A paragraph of a section, or an item of a numbered list.
public struct Paragraph: Sendable, Equatable {
  public var text: String
  /// The item's number as shown (`1．`), or `nil` for a plain paragraph.
  public var label: String?
  /// Line in the case file where the paragraph starts (0 when not from a file).
  public var line: Int

  public init(_ text: String, label: String? = nil, line: Int = 0) {
    self.text = text
    self.label = label
    self.line = line
  }
}

/// A correction made to the source text of a case.
public struct Erratum: Sendable, Equatable, Codable {
  /// Id of the section where the correction is.
  public var section: String
  /// The text as the source has it.
  public var was: String
  /// The text as corrected.
  public var now: String
  /// Why, when it is not obvious.
  public var note: String?

  public init(section: String, was: String, now: String, note: String? = nil) {
    self.section = section
    self.was = was
    self.now = now
    self.note = note
  }
}
