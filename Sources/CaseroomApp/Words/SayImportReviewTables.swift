import CaseroomEngine

// MARK: - The import review: a table's header row (`H`), the search backward (`?`, `N`)

extension Say {
  /// `H` in the help.
  static var importHeaderKey: Phrase {
    Phrase(
      "表格的表头：这一行（按空格分格）是其表格的标题行，再按改回普通一行",
      "table header: this line (cells at its spaces) heads its table; again: a plain row")
  }
  /// The tag column of a table's header row.
  static var importHeaderTag: String { say("表头", "thead") }
  /// After the tag's name on the detail row.
  static var importHeaderDetail: String { say("（表格的表头）", " (table header)") }
  /// `H` on a line that is no table row.
  static var importNotRow: String {
    say("这一行不是表格的一行，也没有可分格的空格", "not a table row, and no cells in it (two spaces or more, or a tab)")
  }
  /// What `H` did.
  static func importHeaders(made: Int, unmade: Int) -> String {
    if unmade == 0 { return say("\(made) 行成为表头", "\(made) rows made table headers") }
    if made == 0 { return say("\(unmade) 行表头改回普通一行", "\(unmade) table headers made plain rows") }
    return say("\(made) 行成为表头，\(unmade) 行改回普通一行", "\(made) rows made headers, \(unmade) made plain rows")
  }
  /// `N` in the help.
  static var importSearchBackKey: Phrase {
    Phrase("上次查找的字，往上找上一处（到顶从末尾找起）", "the last search again, upward: the line before (wraps to the bottom)")
  }
  /// Where `N` landed after wrapping from the top to the bottom.
  static func importFoundWrappedBack(_ text: String, _ n: Int, of m: Int) -> String {
    say("“\(text)”：第 \(n)/\(m) 处（从末尾找起）", "“\(text)”: \(n) of \(m) (from the bottom)")
  }
}
