import FoundationEssentials

/// A teaching case: metadata, then sections in reading order.
///
/// Sections are a flat list; `level` gives the nesting (1 is a top-level part
/// such as 二、案例内容, 2 its subsections such as （一）金宏工程).
public struct Case: Sendable, Equatable {
  /// Stable identifier, used to name sessions (`twelve-golden-projects`).
  public var id: String
  public var title: String
  public var subtitle: String?
  /// Where the text came from, and anything else worth keeping.
  public var source: String?
  /// Corrections made to the source text, so the instructor can see them.
  public var errata: [Erratum]
  public var sections: [Section]

  public init(
    id: String, title: String, subtitle: String? = nil, source: String? = nil,
    errata: [Erratum] = [], sections: [Section]
  ) {
    self.id = id
    self.title = title
    self.subtitle = subtitle
    self.source = source
    self.errata = errata
    self.sections = sections
  }
}

// MARK: - Structure

extension Case {
  /// Content sections that hold text, in reading order: what the outline
  /// lists as `sections` and the reader numbers `1/17 … 17/17`.
  public var contentSections: [Section] {
    sections.filter { $0.role == .content && $0.hasText }
  }

  /// Every section that holds text, in reading order: objectives, content, questions, plan.
  public var readingSections: [Section] {
    sections.filter(\.hasText)
  }

  /// The items of the sections with a role, without their numbers: the
  /// numbered paragraphs (and table rows) where a section has them — a
  /// lead-in sentence is not a question — else every paragraph.
  public func items(_ role: Role) -> [String] { Outline.items(self, role) }

  public var objectives: [String] { items(.objectives) }
  public var questions: [String] { items(.questions) }
  public var arrangement: [String] { items(.arrangement) }

  /// The section with this id.
  public func section(id: String) -> Section? { sections.first { $0.id == id } }

  /// Finds a section by a user's words: a 1-based number among the content
  /// sections, an id, or a title (with or without its number).
  public func section(matching query: String) -> Section? {
    let q = query.trimmingSpaces()
    if let n = Int(q) {
      let content = contentSections
      return n >= 1 && n <= content.count ? content[n - 1] : nil
    }
    if let s = section(id: q) { return s }
    if let s = sections.first(where: { $0.title == q || $0.heading == q }) { return s }
    // A fragment of one title (`金盾`): only when it names one section with text.
    let matches = sections.filter { $0.hasText && !q.isEmpty && $0.heading.contains(q) }
    return matches.count == 1 ? matches[0] : nil
  }
}
