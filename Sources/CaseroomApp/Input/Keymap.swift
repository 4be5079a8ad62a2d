import CaseroomEngine

/// Everything the reader can be asked to do with a key.
public enum Action: String, Sendable, CaseIterable {
  case lineDown, lineUp, pageDown, pageUp, halfDown, halfUp, top, bottom
  case nextSection, previousSection, contents, togglePane
  case search, nextHit, previousHit
  case setMark, jumpToMark
  case position, redraw, help, quit
  case answers, questions, cite, extendForward, extendBackward, nextPassage, previousPassage, annotate, annotations
}

/// Where the help screen lists a key.
public enum KeyGroup: String, Sendable, CaseIterable {
  case moving = "移动 Moving"
  case sections = "章节 Sections"
  case search = "搜索 Search"
  case marks = "书签 Marks"
  case discussion = "讨论 Discussion"
  case other = "其他 Other"
  // The text editor's groups.
  case cursor = "光标 Cursor"
  case deleting = "删除 Deleting"
  case selecting = "选择与剪贴板 Selection and clipboard"
  case history = "撤销 Undo"
}

/// One line of a keymap: keys, what they do (an action of the screen's own
/// kind: `Action` for the reader), and where the help screen lists them.
public struct Binding<A: Sendable>: Sendable {
  public typealias Group = KeyGroup

  public var keys: [Key]
  public var action: A
  public var group: Group
  public var description: String
  /// Shown in the hint bar under this short name (nil: help screen only).
  public var hint: String?
  /// How the keys are written, when it is not just their labels (`m<字母>`).
  public var keyText: String?
  /// How the hint bar writes the key, when not as its first key's label (`( )`).
  public var hintKey: String?

  public init(
    keys: [Key], action: A, group: Group, description: String, hint: String? = nil, keyText: String? = nil,
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

  public var keysLabel: String { keyText ?? keys.map(\.label).joined(separator: " ") }
}

/// The reader's keys. The help screen and the hint bar are generated from this
/// list, so they cannot disagree with what the keys do.
public enum Keymap {
  public static let reader: [Binding<Action>] = [
    Binding(keys: [.char("j"), .down], action: .lineDown, group: .moving, description: "下移一行 line down"),
    Binding(keys: [.char("k"), .up], action: .lineUp, group: .moving, description: "上移一行 line up"),
    Binding(
      keys: [.char(" "), .char("f"), .pageDown], action: .pageDown, group: .moving,
      description: "下一页；节末进入下一节 page down, then on into the next section", hint: "翻页"),
    Binding(keys: [.char("b"), .pageUp], action: .pageUp, group: .moving, description: "上一页 page up"),
    Binding(keys: [.char("d")], action: .halfDown, group: .moving, description: "下移半页 half page down"),
    Binding(keys: [.char("u")], action: .halfUp, group: .moving, description: "上移半页 half page up"),
    Binding(keys: [.char("g"), .home], action: .top, group: .moving, description: "本节开头 start of section"),
    Binding(keys: [.char("G"), .end], action: .bottom, group: .moving, description: "本节末尾 end of section"),
    Binding(
      keys: [.char("]")], action: .nextSection, group: .sections, description: "下一节 next section",
      hint: "下一节"),
    Binding(
      keys: [.char("[")], action: .previousSection, group: .sections, description: "上一节 previous section"),
    Binding(
      keys: [.char("t"), .tab], action: .contents, group: .sections,
      description: "目录，Enter 跳转 table of contents, Enter jumps", hint: "目录"),
    Binding(
      keys: [.char("T")], action: .togglePane, group: .sections,
      description: "宽屏时显示/隐藏侧栏目录 show/hide the side contents (wide terminals)"),
    Binding(
      keys: [.char("/")], action: .search, group: .search, description: "向后搜索 search forward", hint: "搜索"),
    Binding(keys: [.char("n")], action: .nextHit, group: .search, description: "下一处 next hit (all sections)"),
    Binding(keys: [.char("N")], action: .previousHit, group: .search, description: "上一处 previous hit"),
    Binding(
      keys: [.char("m")], action: .setMark, group: .marks, description: "设书签 set mark <letter>",
      keyText: "m<字母>"),
    Binding(
      keys: [.char("'")], action: .jumpToMark, group: .marks,
      description: "回到书签；'' 回到跳转前 go to mark; '' back to before the jump", keyText: "'<字母>  ''"),
    Binding(
      keys: [.char("a")], action: .answers, group: .discussion,
      description: "本组的答案（思考题），Enter 编辑 your group's answers; Enter edits", hint: "答案"),
    Binding(
      keys: [.char("Q")], action: .questions, group: .discussion,
      description: "思考题全文，Enter 编辑答案 the questions in full; Enter edits",
      hint: "思考题"),
    Binding(
      keys: [.char(")")], action: .extendForward, group: .discussion,
      description: "标记一句；再按向后多选一句 mark a sentence; again: extend forward",
      hint: "选句", hintKey: "( )"),
    Binding(
      keys: [.char("(")], action: .extendBackward, group: .discussion,
      description: "向前多选一句 extend the mark backward by a sentence"),
    Binding(
      keys: [.char("}")], action: .nextPassage, group: .discussion,
      description: "把标记移到下一句 move the mark to the next sentence"),
    Binding(
      keys: [.char("{")], action: .previousPassage, group: .discussion,
      description: "把标记移到上一句 move the mark to the previous sentence"),
    Binding(
      keys: [.char("c")], action: .cite, group: .discussion,
      description: "把标记的句子引用到某题答案 cite the marked passage in an answer", hint: "引用"),
    Binding(
      keys: [.char("A")], action: .annotate, group: .discussion,
      description: "给标记的句子加批注 annotate the marked passage"),
    Binding(
      keys: [.char("i")], action: .annotations, group: .discussion,
      description: "本组的批注列表 your group's annotations"),
    Binding(keys: [.char("=")], action: .position, group: .other, description: "显示位置 show position"),
    Binding(keys: [.ctrl("l")], action: .redraw, group: .other, description: "重画屏幕 redraw"),
    Binding(keys: [.char("?")], action: .help, group: .other, description: "帮助 this help", hint: "帮助"),
    Binding(keys: [.char("q"), .ctrl("c")], action: .quit, group: .other, description: "退出 quit", hint: "退出"),
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
      out.append(.group(group.rawValue))
      for b in items { out.append(.keys(b.keysLabel, b.description)) }
    }
    return out
  }

  /// The reader's help screen: its keys, the text editor's keys (answers,
  /// notes, comments and the search prompt share them), then the mouse.
  public static var readerHelp: [HelpEntry] {
    help(reader) + [.blank, .title("写答案、批注和点评时 While writing (answers, notes, comments)")] + help(editor) + [
      .blank,
      .group("鼠标 Mouse"),
      .keys("滚轮 wheel", "滚动 scroll"),
      .keys("点击目录 click", "跳转到该节 jump to a section"),
      .keys("Shift+拖动", "选择文字，由终端复制（程序占用鼠标时）select text for the terminal to copy, while the program has the mouse"),
    ]
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
        if width >= keyColumn + 16 {
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

  static func hint<A>(_ b: Binding<A>) -> Hint? { b.hint.map { (b.hintKey ?? b.keys[0].label, $0) } }
}
