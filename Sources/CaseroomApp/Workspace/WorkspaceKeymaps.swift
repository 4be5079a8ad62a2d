/// What the workspace's lists and questions can be asked to do with a key.
public enum ListAction: String, Sendable, CaseIterable {
  case down, up
  /// Enter: edit the question's answer, or go to the citation in the text.
  case open
  /// A digit: the answer to that question (the answers list), or the question to cite in.
  case question
  case edit, remove, undo, back, help
}

/// The keys of the workspace's lists — the answers, the notes, the editor's
/// citation list (Ctrl-O), the question to cite in — and of the group
/// picker. Each list's keys, hints, the help screen (`?`) and `caseroom keys`
/// come from these maps, so none can disagree with what the keys do.
extension Keymap {
  static let questionDigits: [Key] = (1...9).map { Key.char(Character("\($0)")) }

  public static let answersList: [Binding<ListAction>] = [
    Binding(
      keys: [.char("j"), .down, .wheelDown], action: .down, group: .moving, description: Phrase("下一项", "next item"),
      hint: Phrase("选择", "choose"), hintKey: "j/k"),
    Binding(
      keys: [.char("k"), .up, .wheelUp], action: .up, group: .moving, description: Phrase("上一项", "previous item")),
    Binding(
      keys: [.enter, .char("e")], action: .open, group: .discussion,
      description: Phrase("编辑这一题的答案，或跳到这条引文", "edit the question's answer, or go to the citation"),
      hint: Phrase("编辑/跳到引文", "edit / go to citation")),
    Binding(
      keys: questionDigits, action: .question, group: .discussion,
      description: Phrase("编辑第几题的答案", "edit the answer to that question"), keyText: Phrase("1–9", "1–9")),
    Binding(
      keys: [.char("d"), .delete], action: .remove, group: .discussion,
      description: Phrase("删除选中的引用", "remove the chosen citation"), hint: Phrase("删除引用", "remove citation")),
    Binding(
      keys: [.char("u"), .ctrl("z")], action: .undo, group: .discussion,
      description: Phrase("恢复刚删除的引用、批注或清空的答案", "bring back what was just removed"),
      hint: Phrase("撤销", "undo")),
    Binding(
      keys: [.escape, .char("q"), .char("a"), .char("r"), .tab, .ctrl("c")], action: .back, group: .other,
      description: Phrase("返回阅读", "back to reading"), hint: Phrase("返回阅读", "back to reading")),
    Binding(keys: [.char("?")], action: .help, group: .other, description: Phrase("帮助", "help")),
  ]

  public static let notesList: [Binding<ListAction>] = [
    Binding(
      keys: [.char("j"), .down, .wheelDown], action: .down, group: .moving, description: Phrase("下一条", "next note")),
    Binding(
      keys: [.char("k"), .up, .wheelUp], action: .up, group: .moving, description: Phrase("上一条", "previous note")),
    Binding(
      keys: [.enter], action: .open, group: .discussion, description: Phrase("跳到批注的句子", "go to the note's passage"),
      hint: Phrase("跳转", "jump")),
    Binding(
      keys: [.char("e")], action: .edit, group: .discussion, description: Phrase("修改批注", "edit the note"),
      hint: Phrase("修改", "edit")),
    Binding(
      keys: [.char("d"), .delete], action: .remove, group: .discussion, description: Phrase("删除批注", "remove the note"),
      hint: Phrase("删除", "delete")),
    Binding(
      keys: [.char("u"), .ctrl("z")], action: .undo, group: .discussion,
      description: Phrase("恢复刚删除的批注", "bring back the note just removed"), hint: Phrase("撤销", "undo")),
    Binding(
      keys: [.escape, .char("q"), .char("i"), .tab, .ctrl("c")], action: .back, group: .other,
      description: Phrase("返回", "back"), hint: Phrase("返回", "back")),
    Binding(keys: [.char("?")], action: .help, group: .other, description: Phrase("帮助", "help")),
  ]

  /// The editor's citation list, while Ctrl-O gives it the keys.
  public static let citationList: [Binding<ListAction>] = [
    Binding(keys: [.char("j"), .down], action: .down, group: .moving, description: Phrase("下一条引用", "next citation")),
    Binding(keys: [.char("k"), .up], action: .up, group: .moving, description: Phrase("上一条引用", "previous citation")),
    Binding(
      keys: [.enter], action: .open, group: .discussion,
      description: Phrase("跳到引文（答案保留）", "go to the citation (the answer is kept)"), hint: Phrase("跳转", "jump")),
    Binding(
      keys: [.char("d"), .delete], action: .remove, group: .discussion,
      description: Phrase("删除引用", "remove the citation"), hint: Phrase("删除引用", "remove citation")),
    Binding(
      keys: [.char("u"), .ctrl("z")], action: .undo, group: .discussion,
      description: Phrase("恢复刚删除的引用", "bring back the citation just removed"), hint: Phrase("撤销", "undo")),
    Binding(
      keys: [.escape, .ctrl("o")], action: .back, group: .other, description: Phrase("回到答案文字", "back to the text"),
      hint: Phrase("返回", "back")),
  ]

  /// After `c` with several questions: which one to cite in.
  public static let citeIn: [Binding<ListAction>] = [
    Binding(
      keys: [.escape], action: .back, group: .other, description: Phrase("取消", "cancel"), hint: Phrase("取消", "cancel")),
    Binding(
      keys: questionDigits, action: .question, group: .discussion,
      description: Phrase("引用到第几题", "cite in that question"), hint: Phrase("选择题目", "choose the question"),
      keyText: Phrase("1–9", "1–9"), hintKey: "1–9"),
  ]

  /// The lists' keys for the help screen and `caseroom keys`.
  public static var listsHelp: [HelpEntry] {
    [.blank, .title(Say.answersListTitle)] + help(answersList) + [.blank, .title(Say.citationListTitle)]
      + help(citationList) + [.blank, .title(Say.notesListTitle)] + help(notesList)
  }
}

extension Key {
  /// The question a digit names (1-based), or nil.
  var questionNumber: Int? {
    if case .char(let c) = self, let n = c.wholeNumberValue, n >= 1 { return n }
    return nil
  }
}

/// What the group picker can be asked to do with a key (choosing a group).
public enum GroupPickerAction: String, Sendable, CaseIterable {
  case down, up, open, new, quit
}

extension Keymap {
  public static let groupPicker: [Binding<GroupPickerAction>] = [
    Binding(
      keys: [.char("j"), .down, .tab], action: .down, group: .moving, description: Phrase("下一组", "next group"),
      hint: Phrase("选择", "choose"), hintKey: "j/k"),
    Binding(
      keys: [.char("k"), .up, .backTab], action: .up, group: .moving, description: Phrase("上一组", "previous group")),
    Binding(
      keys: [.enter], action: .open, group: .discussion,
      description: Phrase("打开选中的小组（或新建）", "open the group (or a new one)"),
      hint: Phrase("打开", "open")),
    Binding(
      keys: [.char("n")], action: .new, group: .discussion, description: Phrase("新建小组", "a new group"),
      hint: Phrase("新建小组", "new group")),
    Binding(
      keys: [.char("q"), .ctrl("c")], action: .quit, group: .other, description: Phrase("退出", "quit"),
      hint: Phrase("退出", "quit")),
  ]
}
