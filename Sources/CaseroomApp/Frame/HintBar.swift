import CaseroomEngine

/// A key and what it does, as the status bar shows it: `Enter 跳转`.
public typealias Hint = (key: String, text: String)

extension Frame {
  /// Where everything on a status row starts — hints, a message, a notice,
  /// the word count: one blank from the edge.
  public static let statusColumn = 1

  /// Puts hints on a status row from `col`, each whole or not at all (a narrow
  /// terminal drops the last ones rather than cut one in the middle). Returns
  /// the column after the last one shown.
  /// `keeping` is shown last whatever the width (room is kept for it first).
  @discardableResult
  public mutating func putHints(_ hints: [Hint], row: Int, col: Int, limit: Int, keeping kept: Hint? = nil) -> Int {
    let keptWidth = kept.map(Self.width) ?? 0
    var c = col
    for hint in hints {
      if c + Self.width(hint) > limit - keptWidth { break }
      c = putHint(hint, row: row, col: c, limit: limit)
    }
    if let kept, c + keptWidth <= limit { c = putHint(kept, row: row, col: c, limit: limit) }
    return c
  }

  /// Columns a hint takes: its key, a space, its text and two spaces.
  static func width(_ hint: Hint) -> Int { TerminalWidth.columns(hint.key) + 1 + TerminalWidth.columns(hint.text) + 2 }

  private mutating func putHint(_ hint: Hint, row: Int, col: Int, limit: Int) -> Int {
    let c = put(hint.key, row: row, col: col, style: .hintKey, limit: limit)
    return put(" " + hint.text + "  ", row: row, col: c, style: .status, limit: limit)
  }
}
