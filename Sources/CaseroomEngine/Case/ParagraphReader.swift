import FoundationEssentials
import Glibc

/// Turns the lines of a section's body into paragraphs and list items:
/// blank lines separate paragraphs, `<!-- … -->` comments are skipped, a
/// leading `\` takes a line literally, `1．`/`（1）`/`- ` start items, and
/// `| a | b |` lines are the rows of a table (`|---|` after a row makes it the header).
struct ParagraphReader {
  private(set) var paragraphs: [Paragraph] = []
  /// Whether a `<!--` comment is still open at the end.
  private(set) var inComment = false
  private var pending: [String] = []
  private var pendingLabel: String?
  private var pendingLine = 0
  private var lineNo: Int

  init(firstLine: Int) { lineNo = firstLine - 1 }

  /// Reads the lines of `range`.
  mutating func read(_ source: SourceBytes, _ range: Range<Int>) {
    for line in ByteLines(source.bytes, range) { add(Substring(source.string(line))) }
  }

  mutating func finish() -> [Paragraph] {
    flush()
    return paragraphs
  }

  /// Takes the next line of the body.
  mutating func add(_ rawLine: Substring) {
    lineNo += 1
    var raw = rawLine
    if inComment {
      guard let end = raw.firstRange(of: "-->") else { return }
      inComment = false
      raw = raw[end.upperBound...]
      if raw.trimmingBlanks().isEmpty { return }
    }
    var line = raw.trimmingBlanks()
    if line.hasPrefix("<!--") {
      guard let end = line.firstRange(of: "-->") else {
        inComment = true
        return
      }
      line = line[end.upperBound...].trimmingBlanks()
      if line.isEmpty { return }
    }
    if line.isEmpty {
      flush()
      return
    }
    if line.hasPrefix("|") {
      flush()
      if TableRow.isRule(Substring(line)), let last = paragraphs.last, last.row != nil {
        paragraphs[paragraphs.count - 1].row?.isHeader = true
        return
      }
      if let cells = TableRow.cells(ofLine: Substring(line)) {
        paragraphs.append(Paragraph(row: TableRow(cells), line: lineNo))
        return
      }
    }
    if line.hasPrefix("\\") {
      if pending.isEmpty { pendingLine = lineNo }
      pending.append(String(line.dropFirst()))
      return
    }
    if let (label, rest) = CaseParser.itemStart(line) {
      flush()
      pendingLabel = label
      pendingLine = lineNo
      pending.append(rest)
      return
    }
    if line.hasPrefix("#") { flush() }  // a '#' that is not a heading (`#话题`) starts a paragraph
    if pending.isEmpty { pendingLine = lineNo }
    pending.append(line)
  }

  private mutating func flush() {
    defer {
      pending = []
      pendingLabel = nil
    }
    guard !pending.isEmpty else { return }
    paragraphs.append(Paragraph(ParagraphReader.join(pending), label: pendingLabel, line: pendingLine))
  }

  /// The lines of a paragraph joined: with a space between two narrow
  /// (Latin) characters, without one next to a Chinese character.
  static func join(_ parts: [String]) -> String {
    var out = ""
    for part in parts {
      if let last = out.last, let first = part.first,
        TerminalWidth.columns(last) < 2 && TerminalWidth.columns(first) < 2
      {
        out += " "
      }
      out += part
    }
    return out
  }
}
