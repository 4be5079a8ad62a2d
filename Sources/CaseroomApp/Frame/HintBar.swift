import CaseroomEngine

/// A key and what it does, as the status bar shows it: `Enter 跳转`.
public typealias Hint = (key: String, text: String)

extension Frame {
  /// Puts hints on a status row from `col`, each whole or not at all (a narrow
  /// terminal drops the last ones rather than cut one in the middle). Returns
  /// the column after the last one shown.
  @discardableResult
  public mutating func putHints(_ hints: [Hint], row: Int, col: Int, limit: Int) -> Int {
    var c = col
    for (key, text) in hints {
      let need = TerminalWidth.columns(key) + 1 + TerminalWidth.columns(text) + 2
      if c + need > limit { break }
      c = put(key, row: row, col: c, style: .hintKey, limit: limit)
      c = put(" " + text + "  ", row: row, col: c, style: .status, limit: limit)
    }
    return c
  }
}
