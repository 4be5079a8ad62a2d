/// What the comment box does with a key before the editor sees it: a
/// comment is a draft until it is confirmed — Enter while it is one line,
/// Ctrl-S always (in a multi-line comment Enter starts a new line);
/// Alt-Enter starts a new line; Esc cancels it (`u` brings it back).
public enum CommentAction: String, Sendable, CaseIterable {
  case confirm, confirmOneLine, newLine, cancel
}

extension Keymap {
  public static let comment: [Binding<CommentAction>] = [
    Binding(
      keys: [.enter], action: .confirmOneLine, group: .discussion,
      description: Phrase("确认一行的点评（多行的点评里是换行）", "confirm a one-line comment (a new line in a multi-line one)"),
      hint: Phrase("确认", "confirm")),
    Binding(
      keys: [.ctrl("s")], action: .confirm, group: .discussion,
      description: Phrase("确认点评（多行的点评也一样）", "confirm the comment (a multi-line one too)"),
      hint: Phrase("确认", "confirm")),
    Binding(
      keys: [.modified(.enter, .alt)], action: .newLine, group: .discussion,
      description: Phrase("换行：点评成为多行，Ctrl-S 确认", "a new line: the comment becomes multi-line, Ctrl-S confirms it"),
      hint: Phrase("换行", "new line")),
    Binding(
      keys: [.escape], action: .cancel, group: .discussion,
      description: Phrase("取消未确认的点评（u 找回）", "cancel the unconfirmed comment (u brings it back)"),
      hint: Phrase("取消", "cancel")),
  ]
}
