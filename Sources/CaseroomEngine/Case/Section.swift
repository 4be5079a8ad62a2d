/// A titled part of a case, with its paragraphs.
///
/// A section read from a case file keeps its paragraphs as bytes of the file
/// until they are first asked for (see `SectionBody`): opening a 20 MB case
/// reads its headings, not its 2,000 sections.
public struct Section: Sendable, Equatable, Identifiable {
  /// Stable id: citations and notes are anchored to it.
  public var id: String
  /// The numbering as written (`（一）`, `二、`, `第一部分`), or empty.
  public var number: String {
    get { numberText ?? body.headingNumber ?? "" }
    set { numberText = newValue }
  }
  /// The title without its numbering (`金宏工程`).
  public var title: String {
    get { titleText ?? body.headingTitle ?? "" }
    set { titleText = newValue }
  }
  /// The number and title given or set; nil while they are still bytes of the
  /// case's index (`CaseText`), made into strings when asked for.
  private var numberText: String?
  private var titleText: String?
  /// 1 for a top-level part, 2 for its subsections, and so on.
  public var level: Int
  public var role: Role
  /// The paragraphs, read from the case file on first use.
  var body: SectionBody
  /// Line in the case file where the heading is (0 when not from a file).
  public var line: Int

  public init(
    id: String, number: String = "", title: String, level: Int = 1, role: Role = .content,
    paragraphs: [Paragraph] = [], line: Int = 0
  ) {
    self.id = id
    self.numberText = number
    self.titleText = title
    self.level = level
    self.role = role
    self.body = .given(paragraphs)
    self.line = line
  }

  /// A section read from a case file: its number and title are strings now
  /// (`number`, `title`) or still in its `body` (both nil).
  init(id: String, number: String?, title: String?, level: Int, role: Role, body: SectionBody, line: Int) {
    self.id = id
    self.numberText = number
    self.titleText = title
    self.level = level
    self.role = role
    self.body = body
    self.line = line
  }

  /// The section's paragraphs and list items, in order.
  public var paragraphs: [Paragraph] {
    get { body.paragraphs }
    set {
      // The heading's texts leave the old body with it.
      (numberText, titleText) = (number, title)
      body = .given(newValue)
    }
    // In place: `sections[k].paragraphs.append(p)` moves the array out of the body and back rather than
    // copying it (through `get` and `set` each append copied the whole array: quadratic in a section's size).
    _modify {
      (numberText, titleText) = (number, title)
      var p: [Paragraph]
      if case .given(let given) = body {
        p = given
        body = .given([])
      } else {
        p = body.paragraphs
      }
      defer { body = .given(p) }
      yield &p
    }
  }

  /// Whether the section holds any text (known without reading its paragraphs).
  public var hasText: Bool { body.hasText }

  /// Whether the paragraphs have been read from the file yet (for tests that count work).
  public var isLoaded: Bool { body.isLoaded }

  public static func == (a: Section, b: Section) -> Bool {
    a.id == b.id && a.number == b.number && a.title == b.title && a.level == b.level && a.role == b.role
      && a.line == b.line && (SectionBody.same(a.body, b.body) || a.paragraphs == b.paragraphs)
  }

  /// The heading as shown: numbering and title (`（七）金盾工程`).
  public var heading: String { number + title }

  /// Characters of text in the section's paragraphs.
  public var characters: Int { paragraphs.reduce(0) { $0 + Section.characterCount($1.text) } }

  /// `s.count` (characters as a reader sees them), without the grapheme walk where each scalar is a
  /// character of its own: none of the scalars that join the one before or after (combining marks,
  /// joiners, variation selectors, Hangul jamo, CR) is in these ranges; at the first other scalar,
  /// the grapheme walk.
  static func characterCount(_ s: String) -> Int {
    var n = 0
    for c in s.unicodeScalars {
      switch c.value {
      case 0x20..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x2070...0x20CF, 0x2100...0x2BFF, 0x2E80...0x3029,
        0x3030...0x3098, 0x309B...0x9FFF, 0xFE30...0xFE6F, 0xFF01...0xFF60:
        n += 1
      default:
        return s.count
      }
    }
    return n
  }

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
