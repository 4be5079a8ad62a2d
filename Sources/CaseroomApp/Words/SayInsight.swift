import CaseroomEngine
import FoundationEssentials

// MARK: - The class's insight (caseroom insight, the review's insight view)

extension Say {
  static func insightTitle(_ title: String, _ groups: Int, _ passages: Int) -> String {
    say(
      "\(title) · 全班 \(groups) 组 · 被引用的句子 \(passages) 句", "\(title) · groups: \(groups) · sentences cited: \(passages)")
  }
  static var insightSections: String {
    say("各节：引用的小组数（按题）、读完的小组数", "Sections: groups citing it (per question), groups that read it to the end")
  }
  static func insightSectionLine(_ groups: Int, _ perQuestion: String, _ read: Int) -> String {
    say(
      "\(groups) 组引用（\(perQuestion)） · \(read) 组读完", "cited by \(groups) (\(perQuestion)) · read to the end by \(read)")
  }
  static func insightPerQuestion(_ q: Int, _ n: Int) -> String { say("题\(q) \(n)", "Q\(q) \(n)") }
  static var insightTopPassages: String { say("引用最多的句子", "Most cited sentences") }
  static func insightGroups(_ n: Int) -> String { n == 1 ? say("\(n) 组", "\(n) group") : say("\(n) 组", "\(n) groups") }
  static func insightUse(_ q: Int, _ groups: String) -> String { say("题\(q)：\(groups)", "Q\(q): \(groups)") }
  static var insightCoverage: String { say("覆盖", "Coverage") }
  static func insightNotRead(_ list: String) -> String { say("没有小组读完：\(list)", "read to the end by no group: \(list)") }
  static func insightNotCited(_ list: String) -> String { say("没有小组引用：\(list)", "cited by no group: \(list)") }
  static var insightNone: String { say("（无）", "(none)") }
  static func insightQuestionFigures(_ answered: Int, _ citing: Int, _ orphaned: Int) -> String {
    say(
      "\(answered) 组作答，\(citing) 组有引文，失效引文 \(orphaned) 条",
      "groups answered: \(answered), citing passages: \(citing), orphaned citations: \(orphaned)")
  }
  static var insightTop: String { say("引用最多：", "Most cited: ") }
  static var insightLone: String { say("只有一组引用：", "Cited by one group only: ") }
  static var insightCiteNothing: String { say("没有引文的小组：", "Groups citing nothing: ") }
  static var insightTerms: String { say("关键词（案例中的词）：", "Key terms (the case's own): ") }
  static func insightTerm(_ term: String, _ n: Int) -> String { say("\(term)（\(n)）", "\(term) (\(n))") }
  static var listSeparator: String { say("、", ", ") }
  static func insightCount(_ n: Int) -> String { say("\(n)组", "\(n)") }
  static func insightLoneItem(_ group: String, _ text: String) -> String {
    say("\(group)：\(text)", "\(group): \(text)")
  }
  static func insightSectionOf(_ heading: String) -> String { say("—— \(heading)", "— \(heading)") }
}

// MARK: - The review's insight view

extension Say {
  static func insightSectionHeat(_ n: Int) -> String {
    n == 0 ? say("  · 无人引用", "  · cited by no group") : say("  · \(n) 组引用", "  · cited by \(n)")
  }
  static func insightHeader(_ groups: Int, _ question: Int?) -> String {
    let q = question.map { say("思考题 \($0)", "question \($0)") } ?? say("全部思考题", "all questions")
    return say("全班洞察 · \(groups) 组 · \(q)", "Insight · groups: \(groups) · \(q)")
  }
  static var insightPagePassages: String { say("引用最多", "Most cited") }
  static var insightPageText: String { say("案例原文", "The case") }
  static var insightPageOverview: String { say("覆盖与分歧", "Coverage and parting") }
  static var insightNoCitations: String {
    say("还没有小组引用案例中的句子", "no group has cited a sentence of the case yet")
  }
  static func insightCitedBy(_ n: Int) -> String { say("\(n) 组引用：", "cited by \(n):") }
  /// The groups of a sentence shown while the class changed, and none cites it any more.
  static var insightNoLongerCited: String {
    say("现在没有小组引用这一句了（答案已改动）", "no group cites this sentence any more (the answers changed)")
  }
  static func insightForQuestion(_ q: Int, _ group: String) -> String {
    say("思考题 \(q) · \(group)", "question \(q) · \(group)")
  }
  static var insightOpenHint: String { say("Enter 查看这一组的答案", "Enter opens the group's answer") }
  static var insightNothingCitedHere: String {
    say("这一行没有被引用的句子（n：下一个被引用的句子）", "nothing cited on this line (n: the next cited sentence)")
  }
}

extension Say {
  /// No session of the case in the folders read (`caseroom insight` on standard error, and the insight view).
  public static func insightNoSessions(_ caseId: String, _ folders: String, otherCases: String?) -> String {
    let others = otherCases.map { say("（那里有其他案例的记录：\($0)）", " (they hold sessions of other cases: \($0))") } ?? ""
    return say(
      "没有找到案例 \(caseId) 的小组记录：\(folders)\(others)。请检查 --sessions 或 --class 是否指向这门课的记录文件夹",
      "no group sessions of case \(caseId) in \(folders)\(others): check that --sessions or --class names the class's sessions folder"
    )
  }
  static var insightSeeFolders: String { say("在表格中按 F 查看读取了哪些文件夹", "F in the grid lists the folders read") }

  static var insightHelpTitle: String { say("全班洞察（i）", "Insight (i)") }
}
