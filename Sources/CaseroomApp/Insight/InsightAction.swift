/// What the insight view can be asked to do with a key.
public enum InsightAction: String, Sendable, CaseIterable {
  case down, up, pageDown, pageUp, first, last
  case nextPage, previousPage, nextQuestion, previousQuestion, nextCited, previousCited
  case open, reload, help, back
}

extension Keymap {
  /// The insight view's keys (`i` in the review): its help and hint bar come from them.
  public static let insight: [Binding<InsightAction>] = [
    Binding(
      keys: [.char("j"), .down], action: .down, group: .moving, description: Phrase("下一项", "next"),
      hint: Phrase("选择", "choose"), hintKey: "j/k"),
    Binding(keys: [.char("k"), .up], action: .up, group: .moving, description: Phrase("上一项", "previous")),
    Binding(
      keys: [.char(" "), .pageDown], action: .pageDown, group: .moving, description: Phrase("下一页", "page down")),
    Binding(keys: [.char("b"), .pageUp], action: .pageUp, group: .moving, description: Phrase("上一页", "page up")),
    Binding(keys: [.char("g"), .home], action: .first, group: .moving, description: Phrase("第一项", "first")),
    Binding(keys: [.char("G"), .end], action: .last, group: .moving, description: Phrase("最后一项", "last")),
    Binding(
      keys: [.char("l"), .right], action: .nextPage, group: .moving,
      description: Phrase("下一视图：引用最多 → 案例原文 → 覆盖与分歧", "next view: most cited → the case → coverage and parting"),
      hint: Phrase("视图", "views"), hintKey: "←/→"),
    Binding(
      keys: [.char("h"), .left], action: .previousPage, group: .moving, description: Phrase("上一视图", "previous view")),
    Binding(
      keys: [.tab], action: .nextQuestion, group: .moving,
      description: Phrase("只看某一题：全部 → 思考题 1 → 2 …", "one question only: all → question 1 → 2 …"),
      hint: Phrase("思考题", "question")),
    Binding(
      keys: [.backTab], action: .previousQuestion, group: .moving, description: Phrase("上一题", "previous question")),
    Binding(
      keys: [.char("n")], action: .nextCited, group: .moving,
      description: Phrase("案例原文中：下一个被引用的句子", "in the case: the next cited sentence")),
    Binding(
      keys: [.char("N")], action: .previousCited, group: .moving,
      description: Phrase("案例原文中：上一个被引用的句子", "in the case: the previous cited sentence")),
    Binding(
      keys: [.enter], action: .open, group: .discussion,
      description: Phrase(
        "哪些小组引用了这一句（列表中或案例原文中）；在小组上按 Enter 查看它的答案，Esc 回到小组",
        "which groups cited the sentence (in the list or the case); Enter on a group opens its answer, Esc comes back"),
      hint: Phrase("哪些组", "groups")),
    Binding(
      keys: [.char("r")], action: .reload, group: .other,
      description: Phrase("立即重新读取（有变化时也会自动读取）", "read again now (done anyway when something changes)")),
    Binding(
      keys: [.char("?")], action: .help, group: .other, description: Phrase("帮助", "this help"),
      hint: Phrase("帮助", "help")),
    Binding(
      keys: [.escape, .char("q"), .char("i"), .ctrl("c")], action: .back, group: .other,
      description: Phrase("返回（从小组列表回到句子，再回到表格）", "back (from the groups to the sentences, then to the grid)"),
      hint: Phrase("返回", "back")),
  ]
}

extension Keymap {
  /// The keys of the groups that cited a sentence (Enter on a sentence in the insight view).
  public static let insightGroups: [Binding<InsightAction>] =
    [
      Binding(
        keys: [.char("j"), .down], action: .down, group: .moving, description: Phrase("下一组", "next group"),
        hint: Phrase("选择", "choose"), hintKey: "j/k"),
      Binding(keys: [.char("k"), .up], action: .up, group: .moving, description: Phrase("上一组", "previous group")),
      Binding(keys: [.char("g"), .home], action: .first, group: .moving, description: Phrase("第一组", "first group")),
      Binding(keys: [.char("G"), .end], action: .last, group: .moving, description: Phrase("最后一组", "last group")),
      Binding(
        keys: [.enter], action: .open, group: .discussion,
        description: Phrase("查看这一组的答案（Esc 回到这里）", "open the group's answer (Esc comes back here)"),
        hint: Phrase("答案", "answer")),
    ] + Keymap.insight.filter { [.reload, .help, .back].contains($0.action) }
}

extension InsightPanel {
  /// The keys that do something where the view is (the groups of a
  /// sentence, the list, the case's text, the coverage): they are the ones
  /// it answers to, and its hint bar shows them, so a key shown works there.
  /// A sentence no group cites any more has no group to choose or open.
  var keys: [Binding<InsightAction>] {
    if detail != nil {
      let choosing: Set<InsightAction> = [.down, .up, .first, .last, .open]
      return detailRows.isEmpty ? Keymap.insightGroups.filter { !choosing.contains($0.action) } : Keymap.insightGroups
    }
    let textOnly: Set<InsightAction> = [.nextCited, .previousCited]
    switch page {
    case .passages: return Keymap.insight.filter { !textOnly.contains($0.action) }
    case .text: return Keymap.insight
    case .overview: return Keymap.insight.filter { !textOnly.contains($0.action) && $0.action != .open }
    }
  }
}
