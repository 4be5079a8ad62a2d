/// What the reader's panels — the contents, the questions, the help screen —
/// can be asked to do with a key.
public enum PanelAction: String, Sendable, CaseIterable {
  case down, up, first, last, pageDown, pageUp
  /// Enter: go to the section, or edit the question's answer.
  case open
  /// A digit: that question.
  case question
  case back, help
}

/// The panels' keys: what each does, for the help screen and `caseroom keys`.
extension Keymap {
  public static let contentsPanel: [Binding<PanelAction>] = [
    Binding(
      keys: [.char("j"), .down, .wheelDown], action: .down, group: .moving, description: Phrase("下一节", "next section")),
    Binding(
      keys: [.char("k"), .up, .wheelUp], action: .up, group: .moving, description: Phrase("上一节", "previous section")),
    Binding(keys: [.char("g"), .home], action: .first, group: .moving, description: Phrase("第一节", "first section")),
    Binding(keys: [.char("G"), .end], action: .last, group: .moving, description: Phrase("最后一节", "last section")),
    Binding(
      keys: [.enter, .char("l"), .right], action: .open, group: .sections,
      description: Phrase("读选中的一节", "read the chosen section")),
    Binding(
      keys: [.escape, .char("q"), .char("t"), .tab, .char("h"), .left], action: .back, group: .other,
      description: Phrase("返回正文", "back to the text")),
    Binding(keys: [.char("?")], action: .help, group: .other, description: Phrase("帮助", "help")),
  ]

  public static let questionsPanel: [Binding<PanelAction>] = [
    Binding(
      keys: [.char("j"), .down, .wheelDown, .tab], action: .down, group: .moving,
      description: Phrase("下一题", "next question")),
    Binding(
      keys: [.char("k"), .up, .wheelUp, .backTab], action: .up, group: .moving,
      description: Phrase("上一题", "previous question")),
    Binding(
      keys: questionDigits, action: .question, group: .moving, description: Phrase("第几题", "that question"),
      keyText: Phrase("1–9", "1–9")),
    Binding(
      keys: [.enter, .char("e")], action: .open, group: .discussion,
      description: Phrase("编辑这一题的答案（Esc 回到这里）", "edit the answer (Esc comes back here)")),
    Binding(
      keys: [.escape, .char("Q"), .char("q")], action: .back, group: .other,
      description: Phrase("关闭思考题（宽屏时正文的翻页键照常）", "close the questions (beside them, the text still pages)")),
    Binding(keys: [.char("?")], action: .help, group: .other, description: Phrase("帮助", "help")),
  ]

  public static let helpScreen: [Binding<PanelAction>] = [
    Binding(
      keys: [.char("j"), .down, .wheelDown], action: .down, group: .moving, description: Phrase("下移一行", "line down")),
    Binding(keys: [.char("k"), .up, .wheelUp], action: .up, group: .moving, description: Phrase("上移一行", "line up")),
    Binding(keys: [.char(" "), .pageDown], action: .pageDown, group: .moving, description: Phrase("下一页", "page down")),
    Binding(keys: [.char("b"), .pageUp], action: .pageUp, group: .moving, description: Phrase("上一页", "page up")),
    Binding(
      keys: [.escape, .char("q"), .char("?"), .enter, .char("h"), .left], action: .back, group: .other,
      description: Phrase("关闭帮助", "close the help")),
  ]

  /// The panels' keys, for the help screen and `caseroom keys`.
  public static var panelsHelp: [HelpEntry] {
    [.blank, .title(Say.contentsTitle)] + help(contentsPanel) + [.blank, .title(Say.questionsTitle)]
      + help(questionsPanel) + [.blank, .title(Say.helpScreenTitle)] + help(helpScreen)
  }
}
