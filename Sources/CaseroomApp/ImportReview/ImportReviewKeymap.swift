import CaseroomEngine

/// Everything the import review can be asked to do with a key.
public enum ImportReviewAction: String, Sendable, CaseIterable {
  case down, up, pageDown, pageUp, first, last
  case tagTitle, tagHeading, tagObjective, tagBody, tagQuestion, tagStep, tagBackMatter, tagFurniture
  case count, select, block, part, search, searchBack, leaveOutAlike, row, header
  case shallower, deeper, split, join, undo, redo
  case whole, outline, write, help, redraw, quit
}

extension ImportReviewAction {
  /// Whether a count before the key means something (`5j`, `3x`, `3s`, `3r`, `12 Enter`); before any other
  /// key (`w`, `?`, `Q`, `V`, `v`, Ctrl-L) it is refused, and says so.
  var takesCount: Bool {
    switch self {
    case .select, .block, .outline, .write, .help, .redraw, .quit, .count, .search, .searchBack, .leaveOutAlike: false
    default: true
    }
  }
}

extension Keymap {
  /// The import review's keys; its help screen and hint bar come from this list.
  public static let importReview: [Binding<ImportReviewAction>] = [
    Binding(
      keys: [.char("j"), .down], action: .down, group: .moving, description: Phrase("下一行", "next line"),
      hint: Phrase("移动", "move"), hintKey: "j/k"),
    Binding(keys: [.char("k"), .up], action: .up, group: .moving, description: Phrase("上一行", "previous line")),
    Binding(
      keys: [.char(" "), .pageDown], action: .pageDown, group: .moving, description: Phrase("下一页", "page down")),
    Binding(keys: [.char("B"), .pageUp], action: .pageUp, group: .moving, description: Phrase("上一页", "page up")),
    Binding(keys: [.char("g"), .home], action: .first, group: .moving, description: Phrase("第一行", "first line")),
    Binding(keys: [.char("G"), .end], action: .last, group: .moving, description: Phrase("最后一行", "last line")),
    Binding(
      keys: (1...9).map { .char(Character(String($0))) }, action: .count, group: .tags,
      description: Phrase(
        "数字在前：做 N 次（5x 五行，3< 三个小标题，3s 拆成三行，12 Enter 第 12 行）",
        "a count first: N times (5x: 5 lines, 3<: 3 headings, 3s: into 3 lines, 12 Enter: line 12)"),
      keyText: Phrase("1–9", "1–9")),
    Binding(
      keys: [.char("/")], action: .search, group: .moving,
      description: Phrase(
        "查找：输入后 Enter 到下一处（到底从头找起），/ Enter 再找", "find: type, Enter: the next line with it (wraps); / Enter: again"),
      hint: Phrase("查找", "find")),
    Binding(keys: [.char("N")], action: .searchBack, group: .moving, description: Say.importSearchBackKey),
    Binding(
      keys: [.char("V")], action: .select, group: .tags,
      description: Phrase(
        "选择几行：移动，再按标记键、< > 或 r（Esc 取消）", "select lines: move, then a tag key, < > or r (Esc cancels)"),
      hint: Phrase("选择", "select")),
    Binding(
      keys: [.char("v")], action: .block, group: .tags,
      description: Phrase(
        "选中整块：小标题的整个部分（到下一个同级小标题），或同一标记的连续几行",
        "select the block: a heading's part (to the next as high), or a run of one tag"),
      hint: Phrase("整块", "block")),
    Binding(
      keys: [.char("r")], action: .part, group: .tags,
      description: Phrase(
        "小标题开启的部分：再按 o q p n b，到下一个同级小标题为止的各行随之改标",
        "what a heading opens: o q p n b; its lines to the next heading as high follow"),
      hint: Phrase("作用", "role"), hintKey: "r"),
    Binding(
      keys: [.char("t")], action: .tagTitle, group: .tags,
      description: Phrase(
        "标为题目（紧接题目的下一行是副标题；别处则替换原来的题目）",
        "tag as the title (right under the title: its subtitle; elsewhere: replaces the old title)")),
    Binding(
      keys: [.char("h")], action: .tagHeading, group: .tags,
      description: Phrase(
        "标为小标题（级别同上一个）；标记键标完都移到下一行",
        "tag as a heading (level of the one before); tag keys then move down a line"),
      hint: Phrase("标记", "tag"), hintKey: "t/h/o/b/q/p/n/x"),
    Binding(
      keys: [.char("o")], action: .tagObjective, group: .tags, description: Phrase("标为教学目标", "tag as an objective")),
    Binding(keys: [.char("b")], action: .tagBody, group: .tags, description: Phrase("标为正文", "tag as body text")),
    Binding(
      keys: [.char("q")], action: .tagQuestion, group: .tags,
      description: Phrase(
        "标为思考题，去掉“思考1：”等标签（正文中的一行移到思考题部分）",
        "tag as a question, its label (Q1:) dropped; from the text: to the questions")),
    Binding(keys: [.char("p")], action: .tagStep, group: .tags, description: Phrase("标为课堂安排的一步", "tag as a plan step")),
    Binding(
      keys: [.char("n")], action: .tagBackMatter, group: .tags,
      description: Phrase(
        "标为附注（注释、参考文献、附录）；在小标题上：它开启附注（同 r n）",
        "tag as back matter (notes, references, appendix); on a heading: as r n")),
    Binding(
      keys: [.char("x")], action: .tagFurniture, group: .tags,
      description: Phrase("标为版面杂项（页码、页眉），不写入", "tag as page furniture (left out)")),
    Binding(
      keys: [.char("X")], action: .leaveOutAlike, group: .tags,
      description: Phrase(
        "同样的行（数字、空格不计）都标为版面杂项：每页的页眉、页码", "leave out every line like this (digits, spaces aside): running heads"),
      hint: Phrase("同样的都略去", "all alike out")),
    Binding(
      keys: [.char("|")], action: .row, group: .tags,
      description: Phrase(
        "在两个以上空格或制表符处分格，成为表格的一行（再按改回）", "a table row, cells at two spaces or more or a tab (again: text)")),
    Binding(keys: [.char("H")], action: .header, group: .tags, description: Say.importHeaderKey),
    Binding(
      keys: [.char("<")], action: .shallower, group: .tags, description: Phrase("小标题升一级", "heading one level up"),
      hint: Phrase("级别", "level"), hintKey: "< >"),
    Binding(keys: [.char(">")], action: .deeper, group: .tags, description: Phrase("小标题降一级", "heading one level down")),
    Binding(
      keys: [.char("s")], action: .split, group: .tags,
      description: Phrase(
        "拆开：开头标签（案情：）成小标题，否则在编号、接缝或句末；小标题拆成两个小标题",
        "split: a label (Case:) off as heading; else number, seam, sentence; heading: two"),
      hint: Phrase("拆", "split")),
    Binding(
      keys: [.char("J")], action: .join, group: .tags, description: Phrase("与下一行合并", "join with the next line"),
      hint: Phrase("合并", "join")),
    Binding(
      keys: [.char("u"), .ctrl("z")], action: .undo, group: .tags, description: Phrase("撤销", "undo"),
      hint: Phrase("撤销", "undo")),
    Binding(keys: [.ctrl("r")], action: .redo, group: .tags, description: Phrase("重做撤销了的修改", "redo what was undone")),
    Binding(
      keys: [.enter], action: .whole, group: .other,
      description: Phrase(
        "这一行全文占满屏幕：长的 j/k/空格 滚动，其他键返回；放得下的任意键返回",
        "the line in full: j/k/Space scroll a long one, other keys back (any if it fits)")),
    Binding(
      keys: [.tab], action: .outline, group: .other,
      description: Phrase(
        "大纲和检查单占满屏幕（窄屏没有旁栏时）：j/k/空格 滚动，其他键返回",
        "the outline and checklist over the whole screen (for a narrow one): j/k/Space scroll, other keys back"),
      hint: Phrase("大纲", "outline"), hintKey: "Tab"),
    Binding(
      keys: [.char("w")], action: .write, group: .other,
      description: Phrase("按标记写入案例文件", "write the case file as tagged"),
      hint: Phrase("写入", "write")),
    Binding(keys: [.ctrl("l")], action: .redraw, group: .other, description: Phrase("重画屏幕", "redraw")),
    Binding(
      keys: [.char("?")], action: .help, group: .other, description: Phrase("帮助", "this help"),
      hint: Phrase("帮助", "help")),
    Binding(
      keys: [.char("Q")], action: .quit, group: .other,
      description: Phrase(
        "退出（有未写入的修改时再按一次 Q 才放弃；Esc 取消按过的 Q，从不放弃修改）",
        "quit (Q again to leave unwritten changes; Esc cancels a Q, never discards)"),
      hint: Phrase("退出", "quit")),
  ]
}
