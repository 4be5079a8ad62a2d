import CaseroomEngine

/// Everything the reader can be asked to do with a key.
public enum Action: String, Sendable, CaseIterable {
  case lineDown, lineUp, pageDown, pageUp, halfDown, halfUp, top, bottom
  case nextSection, previousSection, contents, togglePane
  case search, nextHit, previousHit
  case setMark, jumpToMark
  case position, redraw, help, quit
  case answers, questions, sync, cite, extendForward, extendBackward, nextPassage, previousPassage, annotate,
    annotations
  case wheelDown, wheelUp, clearPassage
}

/// Where the help screen lists a key.
public enum KeyGroup: Sendable, CaseIterable {
  case moving, sections, search, marks, discussion, tags, other
  // The text editor's groups.
  case cursor, deleting, selecting, history

  /// The group's title on the help screen.
  public var title: String {
    switch self {
    case .moving: return say("移动", "Moving")
    case .sections: return say("章节", "Sections")
    case .search: return say("搜索", "Search")
    case .marks: return say("书签", "Marks")
    case .discussion: return say("讨论", "Discussion")
    case .tags: return say("标记（导入检查）", "Tags (import review)")
    case .other: return say("其他", "Other")
    case .cursor: return say("光标", "Cursor")
    case .deleting: return say("删除", "Deleting")
    case .selecting: return say("选择与剪贴板", "Selection and clipboard")
    case .history: return say("撤销", "Undo")
    }
  }
}

/// One line of a keymap: keys, what they do (an action of the screen's own
/// kind: `Action` for the reader), and where the help screen lists them.
public struct Binding<A: Sendable>: Sendable {
  public typealias Group = KeyGroup

  public var keys: [Key]
  public var action: A
  public var group: Group
  public var description: Phrase
  /// Shown in the hint bar under this short name (nil: help screen only).
  public var hint: Phrase?
  /// How the keys are written, when it is not just their labels (`m<letter>`).
  public var keyText: Phrase?
  /// How the hint bar writes the key, when not as its first key's label (`( )`).
  public var hintKey: String?

  public init(
    keys: [Key], action: A, group: Group, description: Phrase, hint: Phrase? = nil, keyText: Phrase? = nil,
    hintKey: String? = nil
  ) {
    self.keys = keys
    self.action = action
    self.group = group
    self.description = description
    self.hint = hint
    self.keyText = keyText
    self.hintKey = hintKey
  }

  public var keysLabel: String { keyText?.text ?? keys.map(\.label).joined(separator: " ") }
}

/// The reader's keys. The help screen and the hint bar are generated from this
/// list, so they cannot disagree with what the keys do.
public enum Keymap {
  public static let reader: [Binding<Action>] = [
    Binding(keys: [.char("j"), .down], action: .lineDown, group: .moving, description: Phrase("下移一行", "line down")),
    Binding(keys: [.char("k"), .up], action: .lineUp, group: .moving, description: Phrase("上移一行", "line up")),
    Binding(
      keys: [.char(" "), .char("f"), .pageDown], action: .pageDown, group: .moving,
      description: Phrase("下一页；节末进入下一节", "page down, then on into the next section"), hint: Phrase("翻页", "page")),
    Binding(keys: [.char("b"), .pageUp], action: .pageUp, group: .moving, description: Phrase("上一页", "page up")),
    Binding(keys: [.char("d")], action: .halfDown, group: .moving, description: Phrase("下移半页", "half page down")),
    Binding(keys: [.char("u")], action: .halfUp, group: .moving, description: Phrase("上移半页", "half page up")),
    Binding(keys: [.char("g"), .home], action: .top, group: .moving, description: Phrase("本节开头", "start of section")),
    Binding(keys: [.char("G"), .end], action: .bottom, group: .moving, description: Phrase("本节末尾", "end of section")),
    Binding(
      keys: [.char("]")], action: .nextSection, group: .sections, description: Phrase("下一节", "next section"),
      hint: Phrase("下一节", "next section")),
    Binding(
      keys: [.char("[")], action: .previousSection, group: .sections, description: Phrase("上一节", "previous section")),
    Binding(
      keys: [.char("t"), .tab], action: .contents, group: .sections,
      description: Phrase("目录，Enter 跳转", "table of contents, Enter jumps"), hint: Phrase("目录", "contents")),
    Binding(
      keys: [.char("T")], action: .togglePane, group: .sections,
      description: Phrase("宽屏时显示/隐藏侧栏目录", "show/hide the side contents (wide terminals)")),
    Binding(
      keys: [.char("/")], action: .search, group: .search, description: Phrase("向后搜索", "search forward"),
      hint: Phrase("搜索", "search")),
    Binding(
      keys: [.char("n")], action: .nextHit, group: .search, description: Phrase("下一处", "next hit (all sections)")),
    Binding(keys: [.char("N")], action: .previousHit, group: .search, description: Phrase("上一处", "previous hit")),
    Binding(
      keys: [.char("m")], action: .setMark, group: .marks, description: Phrase("设书签", "set mark <letter>"),
      keyText: Phrase("m<字母>", "m<letter>")),
    Binding(
      keys: [.char("'")], action: .jumpToMark, group: .marks,
      description: Phrase("回到书签；'' 回到跳转前", "go to mark; '' back to before the jump"),
      keyText: Phrase("'<字母>  ''", "'<letter>  ''")),
    Binding(
      keys: [.char("a")], action: .answers, group: .discussion,
      description: Phrase("本组的答案（思考题），Enter 编辑", "your group's answers; Enter edits"), hint: Phrase("答案", "answers")),
    Binding(
      keys: [.char("Q")], action: .questions, group: .discussion,
      description: Phrase("思考题全文，Enter 编辑答案", "the questions in full; Enter edits"),
      hint: Phrase("思考题", "questions")),
    Binding(
      keys: [.char(")")], action: .extendForward, group: .discussion,
      description: Phrase("标记一句；再按向后多选一句", "mark a sentence; again: extend forward"),
      hint: Phrase("选句", "mark"), hintKey: "( )"),
    Binding(
      keys: [.char("(")], action: .extendBackward, group: .discussion,
      description: Phrase("向前多选一句", "extend the mark backward by a sentence")),
    Binding(
      keys: [.char("}")], action: .nextPassage, group: .discussion,
      description: Phrase("把标记移到下一句", "move the mark to the next sentence")),
    Binding(
      keys: [.char("{")], action: .previousPassage, group: .discussion,
      description: Phrase("把标记移到上一句", "move the mark to the previous sentence")),
    Binding(
      keys: [.char("c")], action: .cite, group: .discussion,
      description: Phrase("把标记的句子引用到某题答案", "cite the marked passage in an answer"), hint: Phrase("引用", "cite")),
    Binding(
      keys: [.char("A")], action: .annotate, group: .discussion,
      description: Phrase("给标记的句子加批注", "annotate the marked passage")),
    Binding(
      keys: [.char("i")], action: .annotations, group: .discussion,
      description: Phrase("本组的批注列表", "your group's annotations")),
    Binding(
      keys: [.char("S")], action: .sync, group: .discussion,
      description: Phrase(
        "与班级仓库同步（git；--sync 每几分钟自动同步）", "sync with the class repository (git; --sync: every few minutes)")),
    Binding(
      keys: [.wheelDown], action: .wheelDown, group: .moving, description: Phrase("下移三行", "three lines down")),
    Binding(keys: [.wheelUp], action: .wheelUp, group: .moving, description: Phrase("上移三行", "three lines up")),
    Binding(
      keys: [.escape], action: .clearPassage, group: .discussion,
      description: Phrase("取消选句（Esc 从不退出）", "unmark the passage (Esc never quits)")),
    Binding(keys: [.char("=")], action: .position, group: .other, description: Phrase("显示位置", "show position")),
    Binding(keys: [.ctrl("l")], action: .redraw, group: .other, description: Phrase("重画屏幕", "redraw")),
    Binding(
      keys: [.char("?")], action: .help, group: .other, description: Phrase("帮助", "this help"),
      hint: Phrase("帮助", "help")),
    Binding(
      keys: [.char("q"), .ctrl("c")], action: .quit, group: .other, description: Phrase("退出", "quit"),
      hint: Phrase("退出", "quit")),
  ]

  /// The action a key is bound to.
  public static func action<A>(for key: Key, in map: [Binding<A>]) -> A? {
    map.first { $0.keys.contains(key) }?.action
  }

  /// The reader's action for a key.
  public static func action(for key: Key) -> Action? { action(for: key, in: reader) }

  /// One entry of the help screen: a group title, or keys and what they do.
  public enum HelpEntry: Equatable, Sendable {
    /// A title over several groups.
    case title(String)
    case group(String)
    case keys(String, String)
    case blank
  }

  /// The help screen: every binding, grouped by purpose.
  public static func help<A>(_ map: [Binding<A>]) -> [HelpEntry] {
    var out: [HelpEntry] = []
    for group in KeyGroup.allCases {
      let items = map.filter { $0.group == group }
      guard !items.isEmpty else { continue }
      if !out.isEmpty { out.append(.blank) }
      out.append(.group(group.title))
      for b in items { out.append(.keys(b.keysLabel, b.description.text)) }
    }
    return out
  }

  /// The reader's help screen: its keys, the text editor's keys (answers,
  /// notes, comments and the search prompt share them), then the mouse.
  public static var readerHelp: [HelpEntry] {
    help(reader) + panelsHelp + listsHelp + [.blank, .title(Say.whileWriting)] + help(editor) + [
      .blank,
      .group(Say.mouse),
      .keys(Say.clickContents, Say.clickJumps),
      .keys(Say.shiftDrag, Say.shiftDragSelects),
    ]
  }

  /// Every key of every screen, for `caseroom keys` and caseroom-keys(7):
  /// the group picker, the reader with its lists and editor, then the review.
  public static var allHelp: [HelpEntry] {
    [.title(Say.groupPickerTitle)] + help(groupPicker) + [.blank, .title(Say.readerTitle)] + readerHelp
      + [.blank] + reviewHelp
  }

  /// The help screen laid out at a width: keys in a column, descriptions
  /// wrapped beside them (or below them on narrow screens).
  public static func helpLines(width: Int) -> [String] { helpLines(width: width, readerHelp) }

  public static func helpLines<A>(width: Int, _ map: [Binding<A>]) -> [String] { helpLines(width: width, help(map)) }

  /// Help entries laid out at a width.
  public static func helpLines(width: Int, _ entries: [HelpEntry]) -> [String] {
    let keyColumn = 18
    var out: [String] = []
    for entry in entries {
      switch entry {
      case .blank: out.append("")
      case .title(let title): out.append("== " + title + " ==")
      case .group(let title): out.append(title)
      case .keys(let keys, let text):
        if width >= keyColumn + 16 && TerminalWidth.columns(keys) > keyColumn - 4 {
          // Keys too long for their column: on a line of their own, the text under them.
          out.append("  " + keys)
          out += Layout.lines(
            text, width: width,
            style: ParagraphStyle(
              firstLead: String(repeating: " ", count: keyColumn), restLead: String(repeating: " ", count: keyColumn))
          ).map(\.display)
        } else if width >= keyColumn + 16 {
          let pad = String(repeating: " ", count: max(1, keyColumn - 2 - TerminalWidth.columns(keys)))
          let style = ParagraphStyle(firstLead: "  " + keys + pad, restLead: String(repeating: " ", count: keyColumn))
          out += Layout.lines(text, width: width, style: style).map(\.display)
        } else {
          out.append("  " + keys)
          out += Layout.lines(text, width: width, style: ParagraphStyle(firstLead: "    ", restLead: "    ")).map(
            \.display)
        }
      }
    }
    return out
  }

  /// The hint bar: the first key and the short name of each hinted binding.
  /// The reader's hint bar, most important first (a narrow terminal keeps
  /// the first ones); `?` is kept apart, always shown (`helpHint`). Without a
  /// group, the keys that need one are left out.
  public static func hints(session: Bool = true) -> [Hint] {
    let order: [Action] =
      session
      ? [.pageDown, .contents, .questions, .extendForward, .cite, .answers, .search, .nextSection, .quit]
      : [.pageDown, .contents, .questions, .search, .nextSection, .quit]
    return order.compactMap { action in reader.first { $0.action == action }.flatMap(hint) }
  }

  /// The help key's hint, shown on every hint bar whatever its width.
  public static var helpHint: Hint { reader.first { $0.action == .help }.flatMap(hint)! }

  public static func hints<A>(_ map: [Binding<A>]) -> [Hint] { map.compactMap(hint) }

  static func hint<A>(_ b: Binding<A>) -> Hint? { b.hint.map { (b.hintKey ?? b.keys[0].label, $0.text) } }
}

extension Keymap {
  /// The Alt keys of a keymap (`Screen.altKeys`).
  public static func altKeys<A>(_ map: [Binding<A>]) -> Set<Key> {
    Set(
      map.flatMap(\.keys).filter {
        if case .modified(_, let m) = $0 { return m.contains(.alt) }
        return false
      })
  }

  /// The text editor's Alt keys (Alt-b, Alt-f, Alt-d, Alt-Backspace, Alt-← →): a view with a field has them.
  public static let editorAltKeys = altKeys(editor)
}
