/// A whole section laid out at one width: its heading, a blank line, then
/// its paragraphs separated by blank lines. This is what `caseroom show`
/// prints and what the reader scrolls through: one layout for both.
public struct SectionLayout: Sendable {
  public let width: Int
  public let lines: [LaidLine]

  /// Index of the first line of each paragraph.
  public let paragraphStarts: [Int]

  public init(_ section: Section, width: Int) {
    self.init(section, shapes: section.paragraphs.map { ParagraphShape($0.text) }, width: width)
  }

  /// Lays out with shapes computed earlier (the reader keeps them across resizes).
  public init(_ section: Section, shapes: [ParagraphShape], width: Int) {
    self.width = width
    var lines = Layout.lines(ParagraphShape(section.heading), width: width, kind: .heading)
    var starts: [Int] = []
    for (i, p) in section.paragraphs.enumerated() {
      lines.append(.blank)
      starts.append(lines.count)
      let style =
        p.label.map { ParagraphStyle.item(label: $0, width: width) } ?? ParagraphStyle.body(width: width)
      lines += Layout.lines(shapes[i], width: width, style: style, paragraph: i)
    }
    self.lines = lines
    self.paragraphStarts = starts
  }

  /// The lines as plain text, one per line.
  public var text: String { lines.map(\.display).joined(separator: "\n") }
}
