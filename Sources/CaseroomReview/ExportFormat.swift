/// The export formats.
public enum ExportFormat: String, CaseIterable, Sendable {
  case md, html, csv, json

  /// `all`: a deck of every group, question by question (else one group's).
  /// `perMember`: the gradebook with one row per member. `labels`: a deck's words.
  public func render(_ d: ExportDocument, all: Bool, perMember: Bool = false, labels: DeckLabels = .bilingual)
    -> String
  {
    switch self {
    case .md: return MarkdownSlides.render(d, all: all, labels: labels)
    case .html: return HTMLDeck.render(d, all: all, labels: labels)
    case .csv: return GradebookCSV.render(d, perMember: perMember)
    case .json: return ExportJSON.render(d)
    }
  }

  /// The order an export of this format lists groups in: slides follow the
  /// presentation order; the data formats list groups by name, as the
  /// summaries do.
  public var order: ExportDocument.Order { self == .md || self == .html ? .presentation : .name }

  /// The file name extension.
  public var fileExtension: String { rawValue }
}
