// MARK: - The instructor's review

extension Say {
  static var sortName: String { say("名称", "name") }
  static var sortLength: String { say("字数", "length") }
  static var sortReading: String { say("阅读", "reading") }
  static var sortLastEdit: String { say("最近修改", "last edit") }
  static var commentDraftBack: String { say("上次未写完的点评已恢复", "your unfinished comment is back") }
  static var nothingToUndoFeedback: String { say("没有可撤销的评分或点评", "no score or comment to undo") }
  static func feedbackUndone(_ group: String, _ q: Int) -> String {
    say("已撤销：\(group) 第 \(q) 题的评分/点评", "undone: \(group)'s score or comment on question \(q)")
  }
  static func sortedBy(_ how: String) -> String { say("排序：\(how)", "sorted by \(how)") }
  static var noPasteInReview: String { say("评阅界面不接受粘贴；点评请按 c", "nothing to paste into here: c writes a comment") }
  static func scaleIs(_ max: Int) -> String { say("评分为 0–\(max)", "the scale is 0–\(max)") }
  static func scoreSaved(_ v: Int, _ max: Int) -> String {
    say("评分 \(v)/\(max) 已保存 · u 撤销", "score \(v)/\(max) saved · u undoes")
  }
  static var scoreCleared: String { say("评分已清除 · u 撤销", "score cleared · u undoes") }
  static func sideBySideNeeds(_ cols: Int) -> String { say("并排对比需要 \(cols) 列", "side by side needs \(cols) columns") }
  static var commentSaved: String { say("点评已保存 · u 撤销", "comment saved · u undoes") }
  static var lastGroup: String { say("最后一组", "the last group") }
  static var shuffled: String { say("已随机排序", "shuffled") }
  static func questionNumber(_ q: Int) -> String { say("思考题 \(q)：", "Question \(q): ") }
  static var noAnswer: String { say("（未作答）", "(no answer)") }
  static var citedPassages: String { say("引文", "Cited passages") }
  static func score(_ v: Int, _ max: Int) -> String { say("评分 \(v)/\(max)", "score \(v)/\(max)") }
  static var noScore: String { say("未评分", "no score") }
  static var commentLabel: String { say("点评：", "Comment: ") }
  static func saveFailed(_ why: String) -> String { say("保存失败：\(why)", "SAVE FAILED: \(why)") }
  static var hintView: String { say("查看", "view") }
  static var hintSort: String { say("排序", "sort") }
  static var hintOrder: String { say("发言顺序", "order") }
  static var hintPresent: String { say("演示", "present") }
  static var hintPrevNextGroup: String { say("上/下一组", "groups") }
  static var hintScore: String { say("评分", "score") }
  static var hintComment: String { say("点评", "comment") }
  static var hintNextQuestion: String { say("下一题", "next question") }
  static var hintSideBySide: String { say("并排", "side by side") }
  static var hintMoveDownUp: String { say("下移/上移", "move down/up") }
  static var hintShuffle: String { say("随机", "shuffle") }
  static func reviewTitle(_ groups: Int, _ sort: String) -> String {
    say("评阅 · \(groups) 组 · 排序 \(sort)", "Review · \(groups) groups · sorted by \(sort)")
  }
  static var groupColumnWide: String { say(" 小组", " group") }
  static var groupColumn: String { say(" 小组", " grp") }
  static func questionColumn(_ q: Int, wide: Bool) -> String {
    wide ? say("思考题\(q)", "Question \(q)") : say("题\(q)", "Q\(q)")
  }
  static var readingColumn: String { say("阅读", "read") }
  static var lastEditColumn: String { say("最近修改", "last edit") }
  static func cell(_ n: Int, _ cites: Int) -> String { say("\(n)字 \(cites)引", "\(n)c \(cites)q") }
  static var noSessions: String { say("没有找到这个案例的小组记录", "no group sessions for this case") }
  static func answerTitle(_ q: Int, _ at: Int, _ of: Int) -> String {
    say("思考题 \(q) · \(at)/\(of)", "Question \(q) · \(at)/\(of)")
  }
  static func commentTitle(_ group: String, _ q: Int) -> String {
    say("点评 \(group) · 思考题 \(q)：", "Comment on \(group)'s answer to question \(q):")
  }
  static var presentationOrder: String { say("发言顺序", "Presentation order") }
}
