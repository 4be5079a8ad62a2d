/// The paragraphs of a section: given, or those of the `index`-th section of
/// a case file (`CaseText`), read from its bytes the first time they are asked for.
///
/// A value: setting `Section.paragraphs` makes a `.given` body, so sections
/// keep value semantics while the sections of one file share one `CaseText`
/// (an object each was 2,000 allocations in opening a 2,000-section case).
enum SectionBody: Sendable {
  case given([Paragraph])
  case file(CaseText, Int)

  var paragraphs: [Paragraph] {
    switch self {
    case .given(let p): p
    case .file(let text, let i): text.paragraphs(i)
    }
  }

  /// Whether there is text, known from the file's headings before parsing.
  var hasText: Bool {
    switch self {
    case .given(let p): !p.isEmpty
    case .file(let text, let i): text.entries[i].hasText
    }
  }

  var isLoaded: Bool {
    switch self {
    case .given: true
    case .file(let text, let i): text.isLoaded(i)
    }
  }

  /// The heading's number and title while they are still bytes of the case's index.
  var headingNumber: String? {
    if case .file(let text, let i) = self { text.number(i) } else { nil }
  }
  var headingTitle: String? {
    if case .file(let text, let i) = self { text.title(i) } else { nil }
  }

  /// Whether both are the same section of the same file (equal without reading either).
  static func same(_ a: SectionBody, _ b: SectionBody) -> Bool {
    if case .file(let t, let i) = a, case .file(let u, let j) = b { return t === u && i == j }
    return false
  }
}
