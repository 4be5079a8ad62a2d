import CaseroomEngine

// MARK: - The import review: search, lines alike, table rows, a subtitle far from its title

extension Say {
  /// The search being typed (`/`), on the status row.
  static func importSearchPrompt(_ text: String) -> String {
    say("查找：\(text)▏（Enter 找下一处，Esc 取消）", "find: \(text)▏ (Enter: next, Esc: cancel)")
  }
  /// Where a search landed: the n-th of m lines that contain it.
  static func importFound(_ text: String, _ n: Int, of m: Int) -> String {
    say("“\(text)”：第 \(n)/\(m) 处", "“\(text)”: \(n) of \(m)")
  }
  static func importFoundWrapped(_ text: String, _ n: Int, of m: Int) -> String {
    say("“\(text)”：第 \(n)/\(m) 处（从头找起）", "“\(text)”: \(n) of \(m) (from the top)")
  }
  static func importNotFound(_ text: String) -> String { say("没有找到“\(text)”", "“\(text)” not found") }
  static var importNoSearch: String { say("还没有查找过：按 / 再输入要找的字", "nothing searched yet: / then the words") }
  /// `X`: how many lines of the cursor's line's shape were left out.
  static func importLeftOutAlike(_ n: Int) -> String {
    say("\(n) 行同样的行标为版面杂项（页眉、页码），不写入", "\(n) lines of this shape tagged furniture (left out)")
  }
  static var importNothingAlike: String {
    say("这样的行都已标为版面杂项", "every line of this shape is furniture already")
  }
  /// `|`: lines made table rows, or rows made text again.
  static func importMadeRows(_ n: Int) -> String {
    say("\(n) 行按空格分成表格的格", "\(n) lines made table rows (cells at the spaces)")
  }
  static func importMadeText(_ n: Int) -> String { say("\(n) 行表格行改回文字", "\(n) table rows made text again") }
  static var importNoCells: String {
    say("这一行没有可分格的空格（两个以上的空格或制表符）", "no cells in this line (two spaces or more, or a tab)")
  }
  /// `t` made a line the subtitle, the second line of the title right above it.
  static func importBecameSubtitle(title: String) -> String {
    say("标为副标题：题目“\(title)”的第二行（u 撤销）", "tagged the subtitle: the second line of the title “\(title)” (u undoes)")
  }
  /// `t` made a line the title in place of another: both named, and what the old one is now.
  static func importTitleReplaced(title: String, old: [(text: String, tag: LineTag)]) -> String {
    let was = old.map { o in
      switch o.tag {
      case .furniture: say("“\(o.text)”略去", "“\(o.text)” left out")
      case .heading: say("“\(o.text)”成为小标题", "“\(o.text)” is a heading")
      default: say("“\(o.text)”成为正文", "“\(o.text)” is body text")
      }
    }
    .joined(separator: say("，", ", "))
    return say("题目改为“\(title)”；原来的题目\(was)", "the title is now “\(title)”; the old title \(was)")
  }
}
