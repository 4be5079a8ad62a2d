/// Raw text after the line stage: one line per paragraph, heading or item
/// (hard line breaks joined), page furniture taken out, tables noted; what
/// the importer finds the structure in.
struct PreparedText {
  /// A row of a table: where its line is in `scalars`, and its cells.
  struct Row {
    var range: Range<Int>
    var row: TableRow
  }

  var scalars: [Unicode.Scalar] = []
  /// Where each line starts in `scalars`, and the raw line it starts on (1-based).
  var lineStarts: [Int] = []
  var rawLines: [Int] = []
  /// The rows of the tables, in order.
  var rows: [Row] = []
  /// The heading level a line has by its form (Markdown `#`, a Word heading style), by its start in `scalars`.
  var headings: [Int: Int] = [:]
  /// The rows of a form at the top of the hand-out (a university template's cover table of course facts), by
  /// their start in `scalars`: each row's label (its length) names a part of the front matter.
  var formLabels: [Int: Int] = [:]
  /// Lines made of several raw lines joined (a PDF's hard-broken paragraph), by their start in `scalars`.
  var joined: Set<Int> = []
  var dropped: [DroppedLine] = []
  var notes: [ImportNote] = []

  /// The raw line the scalar at `offset` comes from.
  func rawLine(at offset: Int) -> Int {
    var lo = 0
    var hi = lineStarts.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if lineStarts[mid] <= offset { lo = mid + 1 } else { hi = mid }
    }
    return lo == 0 ? 1 : rawLines[lo - 1]
  }

  /// The table row whose line holds `offset`, if any.
  func row(at offset: Int) -> Row? {
    var lo = 0
    var hi = rows.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if rows[mid].range.upperBound <= offset { lo = mid + 1 } else { hi = mid }
    }
    return lo < rows.count && rows[lo].range.contains(offset) ? rows[lo] : nil
  }
}
