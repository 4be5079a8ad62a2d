import CaseroomEngine

/// One cell of the screen: a character and its style. A double-width
/// character fills its cell and marks the next one as its continuation.
public struct Cell: Equatable, Sendable {
  /// The character drawn here; `nil` for the right half of a double-width character.
  public var character: Character?
  public var style: Style

  public static let blank = Cell(character: " ", style: .normal)
}

/// A screen's worth of cells: what the view renders and the terminal draws.
/// Tests read it back as text.
public struct Frame: Equatable, Sendable {
  public let rows: Int
  public let cols: Int
  public private(set) var cells: [[Cell]]
  /// Where the terminal cursor is shown (a prompt), or nil to hide it.
  public var cursor: (row: Int, col: Int)?

  public init(rows: Int, cols: Int) {
    self.rows = max(0, rows)
    self.cols = max(0, cols)
    cells = Array(repeating: Array(repeating: .blank, count: max(0, cols)), count: max(0, rows))
  }

  public static func == (a: Frame, b: Frame) -> Bool {
    a.rows == b.rows && a.cols == b.cols && a.cells == b.cells && a.cursor?.row == b.cursor?.row
      && a.cursor?.col == b.cursor?.col
  }

  /// Fills columns `from..<to` of a row with spaces in a style.
  public mutating func fill(row: Int, from: Int = 0, to: Int? = nil, style: Style) {
    guard row >= 0 && row < rows else { return }
    let end = min(cols, to ?? cols)
    var c = max(0, from)
    while c < end {
      cells[row][c] = Cell(character: " ", style: style)
      c += 1
    }
  }

  /// Writes text from a column, never past `limit` (default: the row's end).
  /// Text that does not fit is cut once, here, by display width: whole
  /// characters and `…` (`Layout.clip`), so nothing is ever cut silently and
  /// no Hanzi is cut in half. Controls are drawn as U+FFFD.
  /// Returns the column after the text.
  /// A text field scrolled sideways passes `ellipsis: false`: what it cuts is
  /// still there, one arrow key away.
  @discardableResult
  public mutating func put(
    _ text: some StringProtocol, row: Int, col: Int, style: Style, limit: Int? = nil, ellipsis: Bool = true,
    styleAt: ((Int) -> Style)? = nil
  ) -> Int {
    guard row >= 0 && row < rows else { return col }
    let end = min(cols, limit ?? cols)
    var c = max(0, col)
    var index = 0
    var shownText = String(text)
    if ellipsis && c < end && TerminalWidth.exceeds(shownText, end - c) {
      // Blanks at the end need no mark; anything else that does not fit ends in …
      while shownText.last == " " { shownText.removeLast() }
      shownText = Layout.clip(shownText, width: end - c)
    }
    for ch in shownText {
      defer { index += 1 }
      let shown = TerminalWidth.needsReplacement(ch) ? TerminalWidth.replacement : ch
      let w = TerminalWidth.columns(shown)
      let s = styleAt?(index) ?? style
      if w == 0 {
        // A lone combining mark: attach nothing, skip.
        continue
      }
      if c + w > end {
        if c < end { cells[row][c] = Cell(character: " ", style: s) }
        return end
      }
      // Overwriting half of a wide character leaves its other half blank.
      if cells[row][c].character == nil && c > 0 {
        cells[row][c - 1] = Cell(character: " ", style: cells[row][c - 1].style)
      }
      cells[row][c] = Cell(character: shown, style: s)
      if w == 2 {
        cells[row][c + 1] = Cell(character: nil, style: s)
      }
      // Overwriting the left half of a wide character leaves its right half blank.
      if c + w < cols && cells[row][c + w].character == nil {
        cells[row][c + w] = Cell(character: " ", style: cells[row][c + w].style)
      }
      c += w
    }
    return c
  }

  /// The text of a row, double-width characters once, trailing spaces removed.
  public func line(_ row: Int) -> String {
    var s = ""
    for cell in cells[row] { if let ch = cell.character { s.append(ch) } }
    while s.last == " " { s.removeLast() }
    return s
  }

  /// Every row as text.
  public var lines: [String] { (0..<rows).map(line) }

  /// The whole frame as text, rows joined by newlines (for test failure messages).
  public var text: String { lines.joined(separator: "\n") }

  /// The style of a cell.
  public func style(row: Int, col: Int) -> Style { cells[row][col].style }

  /// Columns in a row that have a style.
  public func columns(withStyle style: Style, row: Int) -> [Int] {
    (0..<cols).filter { cells[row][$0].style == style }
  }
}
