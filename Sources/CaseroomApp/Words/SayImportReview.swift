import CaseroomEngine
import FoundationEssentials

// MARK: - The import review

extension Say {
  static var importReviewTitle: String { say("导入检查", "Import review") }
  static var importOutline: String { say("大纲", "Outline") }
  static var importChecklist: String { say("检查单", "Checklist") }
  static var importUnwritten: String {
    say("有未写入的修改：再按 Q 放弃，按 w 写入", "changes not written: Q again to leave them, w to write")
  }
  /// Esc (or Ctrl-C) with changes unwritten: it discards nothing, and says which key does.
  static var importUnwrittenEscape: String {
    say("有未写入的修改：按 w 写入，按 Q 放弃并退出", "changes not written: w to write, Q to leave them and quit")
  }
  /// Esc with changes unwritten: it cancels a `Q` asked, so leaving them takes `Q` twice.
  static var importUnwrittenEscapeCancelled: String {
    say("有未写入的修改：按 w 写入，按 Q 两次放弃并退出", "changes not written: w to write, Q twice to leave them and quit")
  }
  /// Esc with nothing to cancel and nothing unwritten: how to leave.
  static var importEscapeHint: String { say("按 Q 退出", "Q quits") }
  static var importNotHeading: String { say("这一行不是小标题：先按 h", "not a heading: press h first") }
  static var importLevelLimit: String { say("级别只能在 1 到 6 之间", "levels go from 1 to 6") }
  static var importCannotSplit: String { say("这一行找不到可拆开的地方", "nowhere to split this line") }
  static var importCannotJoin: String { say("没有可合并的下一行", "no next line to join") }
  static var importNothingToUndo: String { say("没有可撤销的修改", "nothing to undo") }
  static var importUnknownKey: String { say("这个键没有用处：按 ? 看帮助", "that key does nothing here: ? for help") }
  /// After a write: what was written, and what next (`Q`, the screen's quit key, leaves at once; `q` still tags a question); the file's name alone when its
  /// path would not fit in `cols` columns.
  static func importWrote(_ url: URL, changedSince: Bool = false, cols: Int = .max) -> String {
    func text(_ path: String) -> String {
      changedSince
        ? say("已写入 \(path)（之后的修改未写入）", "written: \(path) (later changes not written)")
        : say("已写入 \(path) · Q 退出 · 其他键继续修改", "written: \(path) · Q quits · other keys go on editing")
    }
    let full = text(url.path)
    return TerminalWidth.columns(full) + 2 <= cols ? full : text(url.lastPathComponent)
  }
  static var importWholeBack: String { say("任意键返回", "any key to go back") }
  static func importWholeScroll(first: Int, last: Int, of n: Int) -> String {
    say(
      "第 \(first)–\(last)/\(n) 行 · j/k/空格 滚动 · 其他键返回",
      "rows \(first)–\(last)/\(n) · j/k/Space scroll · other keys back")
  }
  static var importNothingToRedo: String { say("没有可重做的修改", "nothing to redo") }
  static var importTooDeep: String {
    say("小标题最多比上一个小标题深一级", "a heading goes at most one level deeper than the one before")
  }
  /// After `w`: the headings with nothing under them, not written as sections.
  static func importEmptyLeftOut(_ titles: [String]) -> String {
    let list = titles.map { say("「\($0)」", "“\($0)”") }.joined(separator: say("、", ", "))
    return say("空的小标题没有写入：\(list)", "empty headings not written: \(list)")
  }
  static var importWriting: String { say("正在写入…", "writing…") }
  static func importWriteFailed(_ path: String, _ reason: String) -> String {
    let file = URL(fileURLWithPath: path).lastPathComponent
    return say(
      "没能写入 \(file)：\(reason) · 修改还在，按 w 重试", "could not write \(file): \(reason) · the changes are kept; w again")
  }
  /// `Q` after a write failed: the changes were never written anywhere, said before they are left.
  static func importUnwrittenAfterFailure(_ path: String, _ reason: String) -> String {
    let file = URL(fileURLWithPath: path).lastPathComponent
    return say(
      "修改没有写入：再按 Q 退出并另存到临时文件，按 w 重试（\(file)：\(reason)）",
      "changes not written: Q again quits and saves them to a temporary file, w tries again (\(file): \(reason))")
  }
  static var importUntitled: String { say("（无题目）", "(no title)") }

  /// The outline pane's title when not all its sections fit: which of them show.
  static func importOutlinePart(_ first: Int, _ last: Int, of n: Int) -> String {
    say("\(first)–\(last)/\(n)", "\(first)–\(last)/\(n)")
  }

  // Counts before s, r, Enter and the keys that take none (r5-review).
  static var importCountRefused: String {
    say("这个键前不能加数字：没有执行", "a count does not go with that key: nothing done")
  }
  /// After `3s`: how many cuts were made, and how many were asked when fewer could be.
  static func importSplit(_ made: Int, asked: Int?) -> String {
    if let asked, asked > made {
      return say(
        "拆成 \(made + 1) 行（只找到 \(made) 处可拆）", "split into \(made + 1) lines (only \(made) places to split)")
    }
    return say("拆成 \(made + 1) 行", "split into \(made + 1) lines")
  }

  /// The short tag shown before each line.
  static func importTag(_ line: TaggedLine, subtitle: Bool = false) -> String {
    if line.row?.isHeader == true { return importHeaderTag }
    return switch line.tag {
    case .title where subtitle: say("副标题", "sub")
    case .title: say("题目", "title")
    case .heading: say("标题\(line.level)", "head\(line.level)")
    case .objective: say("目标", "obj")
    case .body: say("正文", "body")
    case .question: say("问题", "quest")
    case .step: say("步骤", "step")
    case .backMatter: say("附注", "back")
    case .furniture: say("略去", "drop")
    }
  }

  /// The checklist's lines: how many of each part the tags make and which parts they come from, and
  /// what is missing (`ok` false). A count is shown as it is, never ticked: seven plan steps from a
  /// table of contents are seven plan steps, and the parts they came from say so.
  /// `backMatter`: the sections that are back matter (counted among the case's text, as the reader counts
  /// them, and named so); `outline`: `Outline(c)`, when it is made already.
  static func importChecks(_ c: Case, backMatter: Set<Int> = [], outline: Outline? = nil) -> [(ok: Bool, text: String)]
  {
    let o = outline ?? Outline(c)
    func from(_ role: Role) -> String {
      let parts = c.sections.filter { $0.role == role }.map { s in (s.title, ImportReview.items(in: s)) }
        .filter { $0.1 > 0 }
      guard !parts.isEmpty else { return "" }
      if parts.count == 1 { return say("：", ": ") + parts[0].0 }
      return say("：", ": ") + parts.map { "\($0.0) \($0.1)" }.joined(separator: say("、", ", "))
    }
    let content = Set(o.sections.map(\.id))
    let backNames = backMatter.sorted().filter {
      c.sections.indices.contains($0) && content.contains(c.sections[$0].id)
    }
    .map { c.sections[$0].title }
    let names = backNames.joined(separator: say("、", ", "))
    let back =
      backNames.isEmpty
      ? "" : say("（含附注 \(backNames.count) 节：\(names)）", " (\(backNames.count) of them back matter: \(names))")
    return [
      (c.title != CaseImporter.untitled, say("题目：", "title: ") + c.title)
    ] + (c.subtitle.map { [(true, say("副标题：", "subtitle: ") + $0)] } ?? []) + [
      (!o.objectives.isEmpty, importItems(.objectives, o.objectives.count, long: true) + from(.objectives)),
      (
        !o.sections.isEmpty,
        (o.sections.count == 1
          ? say("正文 1 节", "1 body section") : say("正文 \(o.sections.count) 节", "\(o.sections.count) body sections"))
          + back
      ),
      (!o.questions.isEmpty, importItems(.questions, o.questions.count, long: true) + from(.questions)),
      (!o.arrangement.isEmpty, importItems(.arrangement, o.arrangement.count, long: true) + from(.arrangement)),
    ]
  }

  /// A part's count in the words the outline and the checklist share (`long`: with the part's name
  /// before it in Chinese, for the checklist; the English words name it already).
  static func importItems(_ role: Role, _ n: Int, long: Bool = false) -> String {
    // (English counts one in the singular: `1 question`.)
    if n == 1 {
      switch role {
      case .objectives: return long ? say("教学目标 1 条", "1 objective") : say("1 条", "1 objective")
      case .questions: return long ? say("思考题 1 道", "1 question") : say("1 道", "1 question")
      case .arrangement: return long ? say("课堂安排 1 步", "1 plan step") : say("1 步", "1 plan step")
      case .content: return say("1 段", "1 ¶")
      }
    }
    switch role {
    case .objectives: return long ? say("教学目标 \(n) 条", "\(n) objectives") : say("\(n) 条", "\(n) objectives")
    case .questions: return long ? say("思考题 \(n) 道", "\(n) questions") : say("\(n) 道", "\(n) questions")
    case .arrangement: return long ? say("课堂安排 \(n) 步", "\(n) plan steps") : say("\(n) 步", "\(n) plan steps")
    case .content: return say("\(n) 段", "\(n) ¶")
    }
  }

  /// The names of the parts caseroom opens itself in the review (the opening, a part for lines tagged outside
  /// one), in the screen's language.
  static var importSectionNames: SectionNames {
    SectionNames(
      intro: say(CaseImporter.introTitle, "Introduction"), objectives: say("教学目的", "Objectives"),
      questions: say("思考题", "Questions"), plan: say("课堂安排", "Class plan"), notes: say("注释", "Notes"))
  }

  /// After a line cut in the detail rows: the key that shows it whole.
  static var importMore: String { say(" Enter 看全文", " Enter: all") }

  /// A count being typed (`5` before `x`).
  static func importCount(_ n: Int) -> String { say("\(n) 次：再按一个键", "\(n) times: now a key") }
  static func importSelecting(_ n: Int) -> String {
    say(
      "已选 \(n) 行：移动扩大，按标记键、< > 或 r 一起改，Esc 取消",
      "\(n) lines selected: move to extend; a tag key, < > or r for all; Esc cancels")
  }
  /// What `r` asks, as long as fits in `cols` columns.
  static func importAskPart(cols: Int) -> String {
    let long = say(
      "小标题开启：o 教学目标 · q 思考题 · p 课堂安排 · n 附注 · b 正文（其他键取消）",
      "heading opens: o objectives · q questions · p plan · n back matter · b body · other key cancels")
    let short = say("开启：o目标 q思考 p安排 n附注 b正文", "r: o obj q quest p plan n back b body")
    return TerminalWidth.columns(long) + 2 <= cols ? long : short
  }
  static func importTagged(_ n: Int, _ tag: String) -> String { say("\(n) 行标为\(tag)", "\(n) lines tagged \(tag)") }
  static func importShifted(_ n: Int) -> String { say("\(n) 个小标题改了级别", "\(n) headings moved a level") }
  /// `r` done: how many lines under the heading took the part's tag, of them how many had been taken for headings
  /// (list items: `1.导入…` under `课时安排`), or, with none, that its part is empty up to the next heading as high.
  static func importPartSet(_ part: String, _ n: Int, headings: Int = 0) -> String {
    if n == 0 {
      return say(
        "小标题开启\(part)；它到下一个同级小标题之间没有要改标的行（要改的行请用 V 选中再按标记键）",
        "heading opens \(part); no line to re-tag before the next heading as high (V and a tag key for others)")
    }
    if headings > 0 {
      return say(
        "小标题开启\(part)，其下 \(n) 行随之改标（其中 \(headings) 行原是编了号的小标题）",
        "heading opens \(part); \(n) lines under it re-tagged (\(headings) of them numbered headings)")
    }
    return say("小标题开启\(part)，其下 \(n) 行随之改标", "heading opens \(part); \(n) lines under it re-tagged")
  }

  /// `s` cut a run-in label off its line: the label is a heading now, and how to make it anything else.
  static func importSplitLabel(_ label: String) -> String {
    say(
      "“\(label)”拆出作小标题（级别同上一个小标题；< > 改级别，b 改回正文，x 略去）",
      "“\(label)” split off as a heading (at the level of the one before; < > level, b text, x leave out)")
  }

  /// A tag's name in words (the detail row, messages).
  static func importTagName(_ tag: LineTag) -> String {
    switch tag {
    case .title: say("题目", "title")
    case .heading: say("小标题", "heading")
    case .objective: say("教学目标", "objective")
    case .body: say("正文", "body")
    case .question: say("思考题", "question")
    case .step: say("课堂安排的一步", "plan step")
    case .backMatter: say("附注", "back matter")
    case .furniture: say("版面杂项（不写入）", "page furniture (left out)")
    }
  }

  /// The detail row's label before the current line in full: where it is and what it is tagged.
  static func importDetail(_ line: TaggedLine, index: Int, of total: Int, subtitle: Bool = false) -> String {
    var what = subtitle ? say("副标题", "subtitle") : importTagName(line.tag)
    if line.tag == .heading {
      what = say("\(line.level) 级小标题", "level \(line.level) heading")
      if let part = line.part { what += say("，开启\(importTagName(part))", ", opens \(importTagName(part))") }
    }
    if line.row?.isHeader == true { what += importHeaderDetail }
    return say("第 \(index + 1)/\(total) 行 · ", "line \(index + 1)/\(total) · ") + what + say("：", ": ")
  }
}

// MARK: - The documents helper

extension Say {
  /// Why a .docx or a .pdf cannot be read yet: the helper is missing, and how to get it.
  public static func needsHelper(file: String, lookedIn: [String], package: PackageBuild?) -> String {
    let places = lookedIn.joined(separator: say(" 和 ", " and "))
    guard let package else {
      return say(
        "\(file)：读取 .docx 或 .pdf 需要随 caseroom 安装的辅助程序 caseroom-documents，但没有找到它（找过 \(places)）。请重新安装 caseroom：sudo Scripts/install.sh",
        "\(file): reading a .docx or a .pdf needs caseroom-documents, the helper installed with caseroom, and it was not found (looked in \(places)); reinstall caseroom: sudo Scripts/install.sh"
      )
    }
    return say(
      "\(file)：读取 .docx 或 .pdf 需要辅助程序 caseroom-documents，它还没有构建（swift run caseroom 只构建 caseroom 本身）。构建一次即可：\n  cd \(package.folder) && \(package.command)\n然后再运行这条命令。",
      "\(file): reading a .docx or a .pdf needs the helper program caseroom-documents, which is not built yet ('swift run caseroom' builds caseroom alone). Build it once:\n  cd \(package.folder) && \(package.command)\nthen run this command again."
    )
  }
}
