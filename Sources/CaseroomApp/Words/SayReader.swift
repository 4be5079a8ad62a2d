/// The catalogue of the interface's words: every string a screen shows, in
/// Chinese and English (`say`). Grouped by the screen that shows them.
public enum Say {}

// MARK: - Reader

extension Say {
  static func markSet(_ c: Character) -> String { say("书签 \(c) 已设", "mark \(c) set") }
  static var markIsALetter: String { say("书签名须是字母", "a mark is a letter") }
  static var noPreviousPosition: String { say("没有上一个位置", "no previous position") }
  static func markNotSet(_ c: Character) -> String { say("没有书签 \(c)", "mark \(c) is not set") }
  static var undoIsForTheEditor: String { say("Ctrl-Z 在编辑答案时撤销", "Ctrl-Z undoes in the answer editor") }
  static var pasteIntoAnAnswer: String {
    say("要粘贴到答案里：按 a，再按题号，然后粘贴", "to paste into an answer: a, its number, then paste")
  }
  static var nothingToPasteInto: String { say("阅读时没有可粘贴的地方", "nothing to paste into while reading") }
  static func notACommand(_ c: Character) -> String { say("\(c) 不是命令，按 ? 看帮助", "\(c) is not a command: ? for help") }
  static var endOfCase: String { say("已到案例末尾", "the end of the case") }
  static var startOfCase: String { say("已在案例开头", "the start of the case") }
  static var lastSection: String { say("已是最后一节", "the last section") }
  static var firstSection: String { say("已是第一节", "the first section") }
  static func paneNeedsColumns(_ n: Int) -> String { say("侧栏目录需要 \(n) 列宽", "the side contents needs \(n) columns") }
  static var pressMarkLetter: String { say("按一个字母设书签", "press a letter to set a mark") }
  static var pressJumpLetter: String { say("按书签字母，或 ' 回到跳转前", "press a mark's letter, or ' for where you were") }
  static var chooseAGroupFirst: String {
    say("先选择小组才能写答案（caseroom read --group 名称）", "choose a group first (caseroom read --group NAME)")
  }
  static func paragraphOf(_ n: Int, _ count: Int) -> String {
    say("第 \(n)/\(count) 段 · ", "paragraph \(n)/\(count) · ")
  }
  static func lines(_ from: Int, _ to: Int, _ count: Int) -> String {
    say("行 \(from)–\(to)/\(count)", "lines \(from)–\(to)/\(count)")
  }
  static func notFound(_ q: String) -> String { say("找不到“\(q)”", "“\(q)” not found") }
  static var wrappedToStart: String { say("已从头开始 · ", "wrapped to the start · ") }
  static var wrappedToEnd: String { say("已从末尾开始 · ", "wrapped to the end · ") }
  static var noSearchYet: String { say("还没有搜索：按 /", "no search yet: press /") }
  static var terminalTooSmall: String { say("终端太小", "terminal too small") }
  static var quitKey: String { say("q 退出", "q quits") }
  static func readCount(_ n: Int, _ of: Int) -> String { say("已读 \(n)/\(of)", "read \(n)/\(of)") }
  static var programName: String { say("案例研讨室", "Caseroom") }
  static var contents: String { say("目录", "Contents") }
  static var help: String { say("帮助", "Help") }
  static var questions: String { say("思考题", "Questions") }
  static var endOfParagraph: String {
    say("已到段末：一次引用限于一段之内", "the end of the paragraph: a citation is one paragraph's words")
  }
  static var startOfParagraph: String { say("已到段首", "the start of the paragraph") }
  static var nothingToMark: String { say("这一节没有可选的句子", "nothing to mark here") }
  static var noQuestions: String { say("这个案例没有思考题", "this case has no questions") }
  static var orphaned: String { say("已失效", "orphaned") }
  public static var filesTitle: String { say("文件", "Files") }
  /// `--section` named nothing: what it can name.
  public static func noSuchSection(_ s: String, count: Int, headings: [String]) -> String {
    say(
      "没有这一节：“\(s)”。可以给出 1–\(count) 的序号、节的 id（见 caseroom outline）、标题或标题的一部分（如“金盾”），或 last。各节：",
      "no section '\(s)': give 1–\(count), a section id (see 'caseroom outline'), a title or a part of one, or 'last'. The sections:"
    ) + "\n" + headings.map { "  " + $0 }.joined(separator: "\n")
  }
  public static func sessionsFolder(_ path: String) -> String { say("  小组记录：", "  sessions: ") + path }
  public static func badBytes(_ file: String, _ line: Int) -> String {
    say(
      "\(file):\(line): 不是 UTF-8，显示为 �，见 caseroom check",
      "\(file):\(line): not UTF-8 text, shown as �; see 'caseroom check'")
  }
  public static func terminalFallback(_ term: String, _ used: String) -> String {
    say("终端类型 \(term) 在此未知，按 \(used) 显示", "TERM '\(term)' is unknown here: drawn as \(used)")
  }
}

// MARK: - Hints (the short names on hint bars)

extension Say {
  static var hintChoose: String { say("选择", "choose") }
  static var hintJump: String { say("跳转", "jump") }
  static var hintBack: String { say("返回", "back") }
  static var hintScroll: String { say("滚动", "scroll") }
  static var hintEditAnswer: String { say("编辑答案", "edit answer") }
  static var hintDone: String { say("完成", "done") }
  static var hintUndo: String { say("撤销", "undo") }
  static var hintRedo: String { say("重做", "redo") }
  static var hintNewLine: String { say("换行", "new line") }
  static var hintCancel: String { say("取消", "cancel") }
  static var hintQuit: String { say("退出", "quit") }
  static var hintDelete: String { say("删除", "delete") }
  static var hintEdit: String { say("修改", "edit") }
  static var hintSelect: String { say("选择", "select") }
  static var hintCopyPaste: String { say("复制/粘贴", "copy/paste") }
}

// MARK: - Keys

extension Say {
  static var whileWriting: String { say("写答案、批注和点评时", "While writing (answers, notes, comments)") }
  static var mouse: String { say("鼠标", "Mouse") }
  static var clickContents: String { say("点击目录", "click the contents") }
  static var clickJumps: String { say("跳转到该节", "jumps to the section") }
  static var shiftDrag: String { say("Shift+拖动", "Shift+drag") }
  static var shiftDragSelects: String {
    say("选择文字，由终端复制（程序占用鼠标时）", "selects text for the terminal to copy, while the program has the mouse")
  }
  static var keySpace: String { say("空格", "Space") }
  static var keyWheelUp: String { say("滚轮↑", "wheel↑") }
  static var keyWheelDown: String { say("滚轮↓", "wheel↓") }
}

extension Say {
  /// Between a label and what it names: full-width in Chinese.
  static var colon: String { say("：", ": ") }
}

extension Say {
  static var groupPickerTitle: String { say("选择小组", "Choosing the group") }
  static var readerTitle: String { say("阅读", "The reader") }
}

extension Say {
  static var contentsTitle: String { say("目录（t）", "The contents (t)") }
  static var questionsTitle: String { say("思考题（Q）", "The questions (Q)") }
  static var helpScreenTitle: String { say("帮助屏幕", "This help") }
}
