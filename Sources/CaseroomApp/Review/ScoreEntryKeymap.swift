/// What the score box can be asked to do with a key (digits, Tab between a rubric's criteria, then Enter).
public enum ScoreEntryAction: String, Sendable, CaseIterable {
  case digit, erase, nextCriterion, previousCriterion, give, cancel
}

extension Keymap {
  /// Typing a score on a scale above 9: any other key ends the typing and does what it does.
  public static let scoreEntry: [Binding<ScoreEntryAction>] = [
    Binding(
      keys: digits, action: .digit, group: .discussion, description: Phrase("输入分数的下一位", "the score's next digit"),
      keyText: Phrase("0–9", "0–9")),
    Binding(keys: [.backspace], action: .erase, group: .discussion, description: Phrase("删去一位", "erase a digit")),
    Binding(
      keys: [.tab], action: .nextCriterion, group: .discussion,
      description: Phrase("下一项评分标准（有评分标准时）", "next criterion (with a rubric)")),
    Binding(
      keys: [.backTab], action: .previousCriterion, group: .discussion,
      description: Phrase("上一项评分标准（有评分标准时）", "previous criterion (with a rubric)")),
    Binding(
      keys: [.enter], action: .give, group: .discussion, description: Phrase("给出这个分数", "give the score"),
      hint: Phrase("评分", "score")),
    Binding(
      keys: [.escape], action: .cancel, group: .discussion, description: Phrase("不评分", "cancel"),
      hint: Phrase("取消", "cancel")),
  ]
}
