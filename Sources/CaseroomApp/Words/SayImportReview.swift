import CaseroomEngine

// MARK: - The import review

extension Say {
  static var importReviewTitle: String { say("导入检查", "Import review") }
  static var importOutline: String { say("大纲", "Outline") }
  static var importChecklist: String { say("检查单", "Checklist") }
  static var importUnwritten: String {
    say("有未写入的修改：再按 Q 放弃，按 w 写入", "changes not written: Q again to leave them, w to write")
  }
  static var importNotHeading: String { say("这一行不是小标题：先按 h", "not a heading: press h first") }
  static var importLevelLimit: String { say("级别只能在 1 到 6 之间", "levels go from 1 to 6") }
  static var importCannotSplit: String { say("这一行找不到可拆开的地方", "nowhere to split this line") }
  static var importCannotJoin: String { say("没有可合并的下一行", "no next line to join") }
  static var importNothingToUndo: String { say("没有可撤销的修改", "nothing to undo") }
  static var importUnknownKey: String { say("这个键没有用处：按 ? 看帮助", "that key does nothing here: ? for help") }
  static func importWrote(_ path: String) -> String { say("已写入 \(path)", "written: \(path)") }
  static var importWriting: String { say("正在写入…", "writing…") }
  static func importWriteFailed(_ path: String, _ reason: String) -> String {
    say("没能写入 \(path)：\(reason)", "could not write \(path): \(reason)")
  }
  static var importUntitled: String { say("（无题目）", "(no title)") }

  /// The short tag shown before each line.
  static func importTag(_ line: TaggedLine) -> String {
    switch line.tag {
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

  /// The checklist's lines: how many of each part the tags make, and what is missing.
  static func importChecks(_ c: Case) -> [(ok: Bool, text: String)] {
    let o = Outline(c)
    return [
      (c.title != CaseImporter.untitled, say("题目：", "title: ") + c.title),
      (!o.objectives.isEmpty, say("教学目标 \(o.objectives.count) 条", "\(o.objectives.count) objectives")),
      (!o.sections.isEmpty, say("正文 \(o.sections.count) 节", "\(o.sections.count) body sections")),
      (!o.questions.isEmpty, say("思考题 \(o.questions.count) 道", "\(o.questions.count) questions")),
      (!o.arrangement.isEmpty, say("课堂安排 \(o.arrangement.count) 步", "\(o.arrangement.count) plan steps")),
    ]
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
