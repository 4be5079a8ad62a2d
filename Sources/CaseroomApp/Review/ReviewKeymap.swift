/// Everything the review screens can be asked to do with a key.
public enum ReviewAction: String, Sendable, CaseIterable {
  // Moving
  case down, up, left, right, first, last
  case nextGroup, previousGroup, scrollDown, scrollUp, pageDown, pageUp, nextQuestion, previousQuestion
  case forward, backward, jump, pick
  // Grading
  case open, score, clearScore, comment, nextUnscored, undo
  // Views
  case sort, reverseSort, order, present, sideBySide, switchSide, moveDown, moveUp, shuffle
  case reload, files, redraw, help, back, quit
  // The class (review --class)
  case releaseFeedback, nextPhase, extendPhase
  /// The class as a whole: cited passages, coverage, where answers part.
  case insight
}

/// The review's keys, one map per screen. The help screen (`?`) and the hint
/// bars are generated from these lists, so they cannot disagree with what
/// the keys do.
extension Keymap {
  /// Digits: a score (on a scale of 9 or less, one key; else digits then Enter).
  static let digits: [Key] = (0...9).map { Key.char(Character("\($0)")) }

  public static let reviewGrid: [Binding<ReviewAction>] =
    [
      Binding(
        keys: [.char("j"), .down], action: .down, group: .moving, description: Phrase("下一组", "next group"),
        hint: Phrase("选择", "choose"), hintKey: "j/k/h/l"),
      Binding(keys: [.char("k"), .up], action: .up, group: .moving, description: Phrase("上一组", "previous group")),
      Binding(
        keys: [.char("l"), .right, .tab], action: .right, group: .moving, description: Phrase("下一题", "next question")),
      Binding(
        keys: [.char("h"), .left, .backTab], action: .left, group: .moving,
        description: Phrase("上一题", "previous question")),
      Binding(
        keys: [.char("g"), .home], action: .first, group: .moving, description: Phrase("第一组", "first group")),
      Binding(keys: [.char("G"), .end], action: .last, group: .moving, description: Phrase("最后一组", "last group")),
      Binding(
        keys: [.enter], action: .open, group: .discussion, description: Phrase("查看这一题的答案", "open the answer"),
        hint: Phrase("查看", "view")),
      Binding(
        keys: digits, action: .score, group: .discussion,
        description: Phrase(
          "评分：满分不超过 9 时按一个数字；否则输入数字再按 Enter；有评分细则时逐项输入，Tab 切换",
          "score: one digit on a scale up to 9, else digits then Enter; with a rubric, criterion by criterion (Tab)"),
        hint: Phrase("评分", "score"), keyText: Phrase("0–9", "0–9"), hintKey: "0–9"),
      Binding(
        keys: [.char("n")], action: .nextUnscored, group: .discussion,
        description: Phrase("下一个未评分的答案", "next unscored answer"), hint: Phrase("未评分", "unscored")),
      Binding(
        keys: [.char("x")], action: .clearScore, group: .discussion, description: Phrase("清除评分", "clear the score")),
      Binding(
        keys: [.char("c")], action: .comment, group: .discussion,
        description: Phrase(
          "写点评（Enter 确认，多行用 Ctrl-S；Esc 取消）", "write a comment (Enter confirms it, Ctrl-S a multi-line one; Esc cancels)"
        )),
      Binding(
        keys: [.char("u"), .ctrl("z")], action: .undo, group: .discussion,
        description: Phrase("撤销上一次评分或点评", "undo the last score or comment")),
      Binding(
        keys: [.char("s")], action: .sort, group: .other,
        description: Phrase(
          "排序：名称 → 字数 → 评分（当前题）→ 总分 → 最近修改 → 阅读",
          "sort: name → length → score (this question) → total → last edit → reading"),
        hint: Phrase("排序", "sort")),
      Binding(
        keys: [.char("S")], action: .reverseSort, group: .other, description: Phrase("反向排序", "reverse the order")),
      Binding(keys: [.char("o")], action: .order, group: .other, description: Phrase("发言顺序", "presentation order")),
      Binding(
        keys: [.char("P")], action: .present, group: .other,
        description: Phrase("演示，从选中的小组开始", "present, from the selected group"), hint: Phrase("演示", "present")),
      Binding(
        keys: [.char("r")], action: .reload, group: .other,
        description: Phrase("立即重新读取小组记录（有变化时也会自动读取）", "read the sessions again now (done anyway when they change)")),
    ]
    + classKeys
    + [
      insightKey,
      Binding(
        keys: [.char("F")], action: .files, group: .other,
        description: Phrase("读取了哪些文件夹和文件、跳过了哪些", "the folders and files read, and those skipped")),
      Binding(keys: [.ctrl("l")], action: .redraw, group: .other, description: Phrase("重画屏幕", "redraw")),
      Binding(
        keys: [.char("?")], action: .help, group: .other, description: Phrase("帮助", "this help"),
        hint: Phrase("帮助", "help")),
      Binding(
        keys: [.char("q"), .ctrl("c")], action: .quit, group: .other, description: Phrase("退出", "quit"),
        hint: Phrase("退出", "quit")),
    ]

  /// `i`: the insight view, from the grid and an answer.
  static let insightKey = Binding<ReviewAction>(
    keys: [.char("i")], action: .insight, group: .other,
    description: Phrase(
      "全班洞察：各组引用了案例的哪些句子、谁都没读的部分、答案的分歧、关键词",
      "insight: the sentences the groups cited, what nobody read, where answers part, key terms"),
    hint: Phrase("洞察", "insight"))

  /// The class's keys (review --class), in the grid and in an answer.
  static let classKeys: [Binding<ReviewAction>] = [
    Binding(
      keys: [.char("R")], action: .releaseFeedback, group: .discussion,
      description: Phrase(
        "班级：把分数和点评发布给各小组（先询问）", "class: release the scores and comments to the groups (asks first)")),
    Binding(
      keys: [.char(">")], action: .nextPhase, group: .discussion,
      description: Phrase("班级：进入下一阶段（先询问）", "class: start the next phase (asks first)")),
    Binding(
      keys: [.char("+")], action: .extendPhase, group: .discussion,
      description: Phrase("班级：当前阶段延长 5 分钟", "class: five more minutes for this phase")),
  ]

  public static let reviewAnswer: [Binding<ReviewAction>] =
    [
      Binding(
        keys: [.right, .char("l")], action: .nextGroup, group: .moving, description: Phrase("下一组", "next group"),
        hint: Phrase("上/下一组", "groups"), hintKey: "←/→"),
      Binding(
        keys: [.left, .char("h")], action: .previousGroup, group: .moving, description: Phrase("上一组", "previous group")),
      Binding(
        keys: [.char("j"), .down], action: .scrollDown, group: .moving, description: Phrase("下移一行", "line down")),
      Binding(keys: [.char("k"), .up], action: .scrollUp, group: .moving, description: Phrase("上移一行", "line up")),
      Binding(
        keys: [.char(" "), .pageDown], action: .pageDown, group: .moving, description: Phrase("下一页", "page down")),
      Binding(keys: [.char("b"), .pageUp], action: .pageUp, group: .moving, description: Phrase("上一页", "page up")),
      Binding(
        keys: [.tab], action: .nextQuestion, group: .moving, description: Phrase("下一题", "next question"),
        hint: Phrase("下一题", "next question")),
      Binding(
        keys: [.backTab], action: .previousQuestion, group: .moving, description: Phrase("上一题", "previous question")),
      Binding(
        keys: digits, action: .score, group: .discussion,
        description: Phrase(
          "评分：满分不超过 9 时按一个数字；否则输入数字再按 Enter；有评分细则时逐项输入，Tab 切换",
          "score: one digit on a scale up to 9, else digits then Enter; with a rubric, criterion by criterion (Tab)"),
        hint: Phrase("评分", "score"), keyText: Phrase("0–9", "0–9"), hintKey: "0–9"),
      Binding(
        keys: [.char("x")], action: .clearScore, group: .discussion, description: Phrase("清除评分", "clear the score")),
      Binding(
        keys: [.char("c")], action: .comment, group: .discussion,
        description: Phrase(
          "写点评（Enter 确认；Alt-Enter 换行，多行的点评用 Ctrl-S 确认；Esc 取消，u 找回）",
          "write a comment (Enter confirms it; Alt-Enter starts a new line, Ctrl-S confirms a multi-line one; Esc cancels, u brings it back)"
        ),
        hint: Phrase("点评", "comment")),
      Binding(
        keys: [.char("n")], action: .nextUnscored, group: .discussion,
        description: Phrase("下一个未评分的答案", "next unscored answer"), hint: Phrase("未评分", "unscored")),
      Binding(
        keys: [.char("u"), .ctrl("z")], action: .undo, group: .discussion,
        description: Phrase("撤销上一次评分或点评", "undo the last score or comment")),
      Binding(
        keys: [.char("v")], action: .sideBySide, group: .other,
        description: Phrase("两组并排对比（需 120 列）", "two groups side by side (120 columns)"),
        hint: Phrase("并排", "side by side")),
      Binding(
        keys: [.char("f")], action: .switchSide, group: .other,
        description: Phrase(
          "并排时切换焦点：评分和点评给有焦点的一侧", "side by side: switch sides (scores and comments go to the focused side)")),
      Binding(
        keys: [.char("P")], action: .present, group: .other, description: Phrase("演示这一组", "present this group"),
        hint: Phrase("演示", "present")),
      Binding(keys: [.char("r")], action: .reload, group: .other, description: Phrase("立即重新读取", "read again now")),
      insightKey,
      Binding(keys: [.ctrl("l")], action: .redraw, group: .other, description: Phrase("重画屏幕", "redraw")),
      Binding(
        keys: [.char("?")], action: .help, group: .other, description: Phrase("帮助", "this help"),
        hint: Phrase("帮助", "help")),
      Binding(
        keys: [.escape, .char("q"), .ctrl("c")], action: .back, group: .other,
        description: Phrase("回到表格", "back to the grid"), hint: Phrase("返回", "back")),
    ] + classKeys

  public static let reviewPresenter: [Binding<ReviewAction>] = [
    Binding(
      keys: [.char(" "), .right, .pageDown, .char("n"), .enter], action: .forward, group: .moving,
      description: Phrase("下一页，然后下一组，然后下一题", "next page, then the next group, then the next question")),
    Binding(
      keys: [.left, .pageUp, .char("b"), .char("p")], action: .backward, group: .moving,
      description: Phrase("上一页、上一组", "previous page, previous group")),
    Binding(
      keys: digits, action: .jump, group: .moving,
      description: Phrase("跳到第几组（数字再按 Enter）", "go to group number (digits, then Enter)"),
      keyText: Phrase("数字 Enter", "digits Enter")),
    Binding(
      keys: [.char("g")], action: .pick, group: .moving, description: Phrase("从列表中选一组", "choose a group from a list")),
    Binding(
      keys: [.tab], action: .nextQuestion, group: .moving, description: Phrase("下一题（同一组）", "next question (same group)")
    ),
    Binding(
      keys: [.backTab], action: .previousQuestion, group: .moving,
      description: Phrase("上一题（同一组）", "previous question (same group)")),
    Binding(keys: [.home], action: .first, group: .moving, description: Phrase("第一组", "first group")),
    Binding(keys: [.ctrl("l")], action: .redraw, group: .other, description: Phrase("重画屏幕", "redraw")),
    Binding(keys: [.char("?")], action: .help, group: .other, description: Phrase("帮助", "this help")),
    Binding(
      keys: [.escape, .char("q"), .ctrl("c")], action: .back, group: .other,
      description: Phrase("结束演示", "stop presenting")),
  ]

  public static let reviewOrder: [Binding<ReviewAction>] = [
    Binding(
      keys: [.char("j"), .down], action: .down, group: .moving, description: Phrase("下一组", "next group"),
      hint: Phrase("选择", "choose"), hintKey: "j/k"),
    Binding(keys: [.char("k"), .up], action: .up, group: .moving, description: Phrase("上一组", "previous group")),
    Binding(
      keys: [.char("J")], action: .moveDown, group: .other, description: Phrase("把这一组下移", "move the group down"),
      hint: Phrase("下移/上移", "move down/up"), hintKey: "J/K"),
    Binding(keys: [.char("K")], action: .moveUp, group: .other, description: Phrase("把这一组上移", "move the group up")),
    Binding(
      keys: [.char("s")], action: .shuffle, group: .other, description: Phrase("随机排列", "shuffle"),
      hint: Phrase("随机", "shuffle")),
    Binding(keys: [.char("?")], action: .help, group: .other, description: Phrase("帮助", "this help")),
    Binding(
      keys: [.escape, .char("q"), .char("o"), .ctrl("c")], action: .back, group: .other,
      description: Phrase("回到表格", "back to the grid"), hint: Phrase("返回", "back")),
  ]

  public static let reviewFiles: [Binding<ReviewAction>] = [
    Binding(
      keys: [.char("j"), .down], action: .scrollDown, group: .moving, description: Phrase("下移一行", "line down"),
      hint: Phrase("滚动", "scroll"), hintKey: "j/k"),
    Binding(keys: [.char("k"), .up], action: .scrollUp, group: .moving, description: Phrase("上移一行", "line up")),
    Binding(keys: [.char("?")], action: .help, group: .other, description: Phrase("帮助", "this help")),
    Binding(
      keys: [.escape, .char("q"), .char("F"), .ctrl("c")], action: .back, group: .other,
      description: Phrase("回到表格", "back to the grid"), hint: Phrase("返回", "back")),
  ]

  /// A review screen's hint bar: the hinted bindings, most important first
  /// (a narrow terminal keeps the first ones); `?` is kept apart, shown whatever the width.
  static func reviewHints(_ map: [Binding<ReviewAction>], first: [ReviewAction]) -> [Hint] {
    let hinted = map.filter { $0.hint != nil && $0.action != .help }
    let ordered =
      first.compactMap { a in hinted.first { $0.action == a } } + hinted.filter { !first.contains($0.action) }
    return ordered.compactMap(hint)
  }

  static var reviewHelpHint: Hint { reviewGrid.first { $0.action == .help }.flatMap(hint)! }

  /// The review's help screen: each screen's keys, then the text editor's (comments).
  public static var reviewHelp: [HelpEntry] {
    func keys<A>(_ map: [Binding<A>]) -> [HelpEntry] { map.map { .keys($0.keysLabel, $0.description.text) } }
    return [.title(Say.helpGridTitle)] + keys(reviewGrid) + [.blank, .title(Say.helpAnswerTitle)] + keys(reviewAnswer)
      + [.blank, .title(Say.helpPresenterTitle)] + keys(reviewPresenter) + [.blank, .title(Say.presentationOrder)]
      + keys(reviewOrder) + [.blank, .title(Say.helpScoreEntryTitle)] + keys(scoreEntry)
      + [.blank, .title(Say.insightHelpTitle)] + Keymap.help(insight)
      + [.blank, .title(Say.whileWriting)] + keys(comment) + help(editor)
  }
}
