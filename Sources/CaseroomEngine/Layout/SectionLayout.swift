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
    let paragraphs = section.paragraphs
    var i = 0
    while i < paragraphs.count {
      let p = paragraphs[i]
      if p.row != nil {
        // A table: the rows that follow one another, up to the next header row.
        var end = i + 1
        while end < paragraphs.count, let row = paragraphs[end].row, !row.isHeader { end += 1 }
        let table = TableLayout(Array(paragraphs[i..<end]), first: i, width: width)
        for (k, row) in table.rows.enumerated() {
          if k == 0 || !table.aligned { lines.append(.blank) }
          starts.append(lines.count)
          lines += row
        }
        i = end
        continue
      }
      lines.append(.blank)
      starts.append(lines.count)
      let style =
        p.label.map { ParagraphStyle.item(label: $0, width: width) } ?? ParagraphStyle.body(width: width)
      lines += Layout.lines(shapes[i], width: width, style: style, paragraph: i)
      i += 1
    }
    self.lines = lines
    self.paragraphStarts = starts
  }

  /// The lines as plain text, one per line.
  public var text: String { lines.map(\.display).joined(separator: "\n") }
}
