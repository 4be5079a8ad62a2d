/// The words of the manual pages, caseroom(1) and caseroom-keys(7), that are
/// not in the command definitions: the headings, the opening, and each
/// command's summary in Chinese (the definitions' help is the English).
extension Say {
  static var manName: String { say("名称", "NAME") }
  static var manSynopsis: String { say("概要", "SYNOPSIS") }
  static var manDescription: String { say("描述", "DESCRIPTION") }
  static var manCommands: String { say("命令", "COMMANDS") }
  static var manOptions: String { say("选项", "OPTIONS") }
  static var manSeeAlso: String { say("另见", "SEE ALSO") }
  static var manTitle: String { say("Caseroom 手册", "Caseroom Manual") }
  static var manCommandWord: String { say("命令", "command") }
  static var manOptionsWord: String { say("选项", "options") }
  /// The opening of caseroom(1), before its commands.
  static var manOpening: String {
    say(
      "案例研讨室（caseroom）让各小组在终端里逐节阅读一个中文教学案例，写下答案和批注；教师评阅所有小组；小组从导出的文件发言。不带命令时，caseroom 打开阅读器（caseroom read）：装有多个案例时先问读哪个案例，再问哪个小组在读。阅读器和文本编辑器的按键见 caseroom-keys(7)，或 caseroom keys。案例：自带的（程序旁的 share/caseroom/cases）和你自己的（$XDG_DATA_HOME/caseroom/cases；caseroom cases 列出它们）。",
      "Caseroom is for case-method teaching: groups read a Chinese case section by section in the terminal and write answers and notes; the instructor reviews every group; groups present from an export. Without a command, caseroom opens the reader ('caseroom read'): it asks which case (when more than one is installed) and which group is reading. The keys of the reader and of the text editor are in caseroom-keys(7), or 'caseroom keys'. Cases: the bundled ones (share/caseroom/cases beside the program) and your own, in $XDG_DATA_HOME/caseroom/cases ('caseroom cases' lists them)."
    )
  }
  /// Where the options' own words are, on the Chinese page.
  static var manOptionsInEnglish: String {
    say(
      "各选项的说明取自命令定义（英文），与 caseroom 命令 --help 所示相同。",
      "The options' words are the command definitions', as 'caseroom COMMAND --help' shows them.")
  }
  static var manEnvironment: String { say("环境变量", "ENVIRONMENT") }
  static var manEnvironmentText: [(String, String)] {
    [
      (
        "CASEROOM_LANG",
        say(
          "界面和命令行的语言：zh 或 en（--lang 优先）。",
          "The language of the screens and of the command line: zh or en (--lang comes first).")
      ),
      ("CASEROOM_CLASS", say("班级文件夹，--class 的默认值。", "The class folder: the default of --class.")),
      (
        "CASEROOM_SESSIONS",
        say(
          "小组记录文件夹（默认 $XDG_DATA_HOME/caseroom/sessions）。",
          "The sessions directory (default: $XDG_DATA_HOME/caseroom/sessions).")
      ),
      ("CASEROOM_MEMBER", say("在提交和冲突标记里你的名字。", "Who you are, in commits and conflict markers.")),
    ]
  }

  /// Each command's summary in Chinese, for the Chinese page (the English
  /// page shows the definitions' own abstracts); `caseroom` is the program's, on the NAME line.
  static let commandSummaries: [String: Phrase] = [
    "caseroom": Phrase("案例研讨室：在终端里阅读和讨论中文教学案例", "Read and discuss a Chinese teaching case in the terminal."),
    "read": Phrase(
      "在全屏阅读器里打开一个案例（默认是自带的案例）。",
      "Open a case in the full-screen reader (the bundled case by default)."),
    "cases": Phrase(
      "列出已安装的案例：自带的和你自己的（$XDG_DATA_HOME/caseroom/cases）。",
      "List the installed cases: the bundled ones and your own ($XDG_DATA_HOME/caseroom/cases)."),
    "outline": Phrase(
      "打印案例的结构。",
      "Print the structure of a case."),
    "show": Phrase(
      "按阅读器的排版打印一节。",
      "Print a section laid out exactly as the reader lays it out."),
    "search": Phrase(
      "在案例里查找文字（中文短语；全角半角、拉丁字母大小写都不区分）。",
      "Find text in a case (Chinese phrases, full-/half-width and Latin case folded)."),
    "import": Phrase(
      "把教学案例的原始文本变成案例格式。",
      "Turn the raw text of a teaching case into the case format."),
    "check": Phrase(
      "检查案例文件和小组记录文件；每个问题打印一行“文件:行:列: 说明”。",
      "Validate case files and session files; print 'file:line:column: message' for each problem."),
    "export": Phrase(
      "导出一个小组或全班的笔记，用于发言和评分。",
      "Export a group's notes, or the whole class's, for presenting and grading."),
    "review": Phrase(
      "教师评阅：所有小组的答案。",
      "The instructor's view of every group's answers."),
    "insight": Phrase(
      "全班概览：各组依据的段落、没人读的部分、答案的分歧。",
      "The class as a whole: the passages the groups built on, what nobody read, where answers part."),
    "where": Phrase(
      "显示小组记录、阅读位置、自带案例和案例索引在哪里。",
      "Show where sessions, reading positions, the bundled case and case indexes are."),
    "class": Phrase(
      "全班共享的班级文件夹：创建它、推进阶段、发布反馈。",
      "A class folder shared by the class: make it, run its phases, release feedback."),
    "class init": Phrase(
      "创建班级文件夹：class.json（案例和它的阶段安排）、sessions/、feedback/、instructor/。",
      "Make a class folder: class.json (the case, the phases of its plan), sessions/, feedback/, instructor/."),
    "class phase": Phrase(
      "开始第 N 阶段、进入下一阶段，或给进行中的阶段加时间。",
      "Start phase N, go on to the next phase, or give the running one more minutes."),
    "class status": Phrase(
      "显示班级的案例、阶段和正在进行的阶段。",
      "Show the class's case, its phases and the phase running now."),
    "class release": Phrase(
      "发布反馈：每组的评分和点评写到 feedback/<小组文件>.json。",
      "Release feedback: each group's scores and comments to feedback/<group file>.json."),
    "class rubric": Phrase(
      "按评分标准打分：设定、显示或清除评分标准（例如“论据 4 · 结构 3 · 联系实际 3”）。",
      "Score by criteria: set, show or clear the rubric."),
    "sync": Phrase(
      "用 git 同步班级仓库的克隆：提交本机的小组记录，取回、合并、推送。",
      "Sync a clone of the class repository with git: commit this clone's sessions, fetch, merge, push."),
    "merge-session": Phrase(
      "git 的小组记录合并驱动：逐字段三方合并，结果写入 OURS。",
      "git's merge driver for session files: a three-way merge, field by field, written over OURS."),
    "keys": Phrase(
      "打印所有按键：选择小组、阅读器、它的列表和文本编辑器、评阅。",
      "Print every key: the group picker, the reader, its lists and text editor, and the review."),
  ]

  /// A command's summary on the Chinese page (nil on the English one: the definition's abstract).
  static func commandSummary(_ path: String) -> String? {
    Language.current == .zh ? commandSummaries[path]?.zh : nil
  }

  /// The opening of caseroom-keys(7).
  static var keysManualOpening: String {
    say(
      "caseroom 的全屏阅读器（caseroom read）和它唯一的文本编辑器——写答案、批注、教师点评和搜索时都用它——在任何终端里都用下面这些键。本页和帮助屏幕（?）由同一份键位表生成，两者总是一致。Esc 从不退出：它只返回上一层；q 才退出。",
      "The full-screen reader of caseroom (caseroom read) and its one text editor — for answers, notes, the instructor's comments and the search prompt — take these keys, whatever the terminal. The page is generated from the keymaps the help screen ('?') is made from, so the two always agree. Esc never quits: it goes back one level; q quits."
    )
  }
  static var keysManualName: String {
    say("caseroom 阅读器和文本编辑器的按键", "the keys of caseroom's reader and text editor")
  }
}
