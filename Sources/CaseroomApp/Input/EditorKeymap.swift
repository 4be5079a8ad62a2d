/// Everything the text editor (`EditorBox`) can be asked to do with a key.
/// Typed characters and pasted text (`Key.char`, `Key.paste`) are inserted
/// and need no binding.
public enum EditorAction: String, Sendable, CaseIterable {
  case left, right, up, down
  case lineStart, lineEnd, wordLeft, wordRight, textStart, textEnd
  case pageUp, pageDown
  case selectLeft, selectRight, selectUp, selectDown
  case selectLineStart, selectLineEnd, selectWordLeft, selectWordRight, selectTextStart, selectTextEnd
  case backspace, delete, deleteWordBackward, deleteWordForward, killToLineEnd, killToLineStart
  case cut, copy, paste
  case undo, redo
  case newParagraph, indent
  /// In a merge's conflict: keep the version the cursor is in (`ConflictMarkers`).
  case keepVersion
}

extension Keymap {
  /// The text editor's keys, used by `EditorBox.handle` (so the help screen,
  /// generated from this list, cannot disagree with them).
  public static let editor: [Binding<EditorAction>] = [
    // Cursor
    Binding(
      keys: [.left, .ctrl("b")], action: .left, group: .cursor, description: Phrase("左移一个字", "left one character")),
    Binding(
      keys: [.right, .ctrl("f")], action: .right, group: .cursor, description: Phrase("右移一个字", "right one character")),
    Binding(keys: [.up, .ctrl("p")], action: .up, group: .cursor, description: Phrase("上一行", "up one line")),
    Binding(keys: [.down, .ctrl("n")], action: .down, group: .cursor, description: Phrase("下一行", "down one line")),
    Binding(
      keys: [.modified(.left, .ctrl), .modified(.char("b"), .alt), .modified(.left, .alt)], action: .wordLeft,
      group: .cursor, description: Phrase("上一个词；中文到上一个标点之后", "previous word; Chinese: back past the punctuation mark")),
    Binding(
      keys: [.modified(.right, .ctrl), .modified(.char("f"), .alt), .modified(.right, .alt)], action: .wordRight,
      group: .cursor, description: Phrase("下一个词；中文到下一个标点之前", "next word; Chinese: on to the next punctuation mark")),
    Binding(
      keys: [.home, .ctrl("a")], action: .lineStart, group: .cursor,
      description: Phrase("行首", "start of the screen line")),
    Binding(
      keys: [.end, .ctrl("e")], action: .lineEnd, group: .cursor, description: Phrase("行尾", "end of the screen line")),
    Binding(
      keys: [.modified(.home, .ctrl)], action: .textStart, group: .cursor,
      description: Phrase("全文开头", "start of the text")),
    Binding(
      keys: [.modified(.end, .ctrl)], action: .textEnd, group: .cursor, description: Phrase("全文末尾", "end of the text")),
    Binding(keys: [.pageUp], action: .pageUp, group: .cursor, description: Phrase("上一页", "page up")),
    Binding(keys: [.pageDown], action: .pageDown, group: .cursor, description: Phrase("下一页", "page down")),
    // Deleting
    Binding(
      keys: [.backspace, .ctrl("h")], action: .backspace, group: .deleting,
      description: Phrase("删除前一个字（或选中的文字）", "delete the character before (or the selection)")),
    Binding(
      keys: [.delete, .ctrl("d")], action: .delete, group: .deleting,
      description: Phrase("删除后一个字（或选中的文字）", "delete the character after (or the selection)")),
    Binding(
      keys: [.modified(.backspace, .alt), .ctrl("w"), .modified(.backspace, .ctrl)], action: .deleteWordBackward,
      group: .deleting, description: Phrase("删除前一个词（中文：到上一个标点）", "delete the word (Chinese: phrase) before")),
    Binding(
      keys: [.modified(.char("d"), .alt), .modified(.delete, .ctrl)], action: .deleteWordForward, group: .deleting,
      description: Phrase("删除后一个词（中文：到下一个标点）", "delete the word (Chinese: phrase) after")),
    Binding(
      keys: [.ctrl("k")], action: .killToLineEnd, group: .deleting,
      description: Phrase("删到行尾；在段末与下一段合并", "delete to the end of the line; at a paragraph's end, join the next")),
    Binding(
      keys: [.ctrl("u")], action: .killToLineStart, group: .deleting,
      description: Phrase("删到行首", "delete to the start of the line")),
    // Selection and clipboard
    Binding(
      keys: [.modified(.left, .shift)], action: .selectLeft, group: .selecting,
      description: Phrase("向左选择", "select left")),
    Binding(
      keys: [.modified(.right, .shift)], action: .selectRight, group: .selecting,
      description: Phrase("向右选择", "select right")),
    Binding(
      keys: [.modified(.up, .shift)], action: .selectUp, group: .selecting,
      description: Phrase("向上选择一行", "select up a line")),
    Binding(
      keys: [.modified(.down, .shift)], action: .selectDown, group: .selecting,
      description: Phrase("向下选择一行", "select down a line")),
    Binding(
      keys: [.modified(.left, [.ctrl, .shift])], action: .selectWordLeft, group: .selecting,
      description: Phrase("选择到上一个词", "select to the previous word")),
    Binding(
      keys: [.modified(.right, [.ctrl, .shift])], action: .selectWordRight, group: .selecting,
      description: Phrase("选择到下一个词", "select to the next word")),
    Binding(
      keys: [.modified(.home, .shift)], action: .selectLineStart, group: .selecting,
      description: Phrase("选择到行首", "select to the start of the line")),
    Binding(
      keys: [.modified(.end, .shift)], action: .selectLineEnd, group: .selecting,
      description: Phrase("选择到行尾", "select to the end of the line")),
    Binding(
      keys: [.modified(.home, [.ctrl, .shift])], action: .selectTextStart, group: .selecting,
      description: Phrase("选择到全文开头", "select to the start of the text")),
    Binding(
      keys: [.modified(.end, [.ctrl, .shift])], action: .selectTextEnd, group: .selecting,
      description: Phrase("选择到全文末尾", "select to the end of the text")),
    Binding(
      keys: [.ctrl("x")], action: .cut, group: .selecting, description: Phrase("剪切", "cut the selection"),
      hint: Phrase("剪切", "cut")),
    Binding(
      keys: [.ctrl("c")], action: .copy, group: .selecting, description: Phrase("复制", "copy the selection"),
      hint: Phrase("复制", "copy")),
    Binding(
      keys: [.ctrl("v")], action: .paste, group: .selecting,
      description: Phrase("粘贴（终端的粘贴也可以）", "paste (the terminal's own paste works too)"), hint: Phrase("粘贴", "paste")),
    // Undo
    Binding(
      keys: [.ctrl("z")], action: .undo, group: .history,
      description: Phrase(
        "撤销：一次撤销一段连续输入（停顿一秒、句末或移动光标即分段）",
        "undo: a run of typing at a time (a pause of a second, a sentence end or a cursor move ends a run)"),
      hint: Phrase("撤销", "undo")),
    Binding(
      keys: [.ctrl("y")], action: .redo, group: .history, description: Phrase("重做", "redo"), hint: Phrase("重做", "redo")),
    // Other
    Binding(
      keys: [.enter], action: .newParagraph, group: .other,
      description: Phrase("新段落（单行输入框除外）", "new paragraph (not in a one-line field)")),
    Binding(
      keys: [.tab], action: .indent, group: .other,
      description: Phrase("缩进：两个全角空格（单行输入框除外）", "indent: two full-width spaces (not in a one-line field)")),
    Binding(
      keys: [.ctrl("t")], action: .keepVersion, group: .other,
      description: Phrase(
        "合并冲突：保留光标所在的版本，删去另一版本和标记", "merge conflict: keep the version the cursor is in, drop the other and the markers")
    ),
  ]
}
