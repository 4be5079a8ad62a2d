/// The export formats.
public enum ExportFormat: String, CaseIterable, Sendable {
  case md, html, csv, json

  public func render(_ d: ExportDocument, all: Bool) -> String {
    switch self {
    case .md: return MarkdownSlides.render(d, all: all)
    case .html: return HTMLDeck.render(d, all: all)
    case .csv: return GradebookCSV.render(d)
    case .json: return ExportJSON.render(d)
    }
  }
}
