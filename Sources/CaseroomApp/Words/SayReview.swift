import CaseroomEngine
import CaseroomReview
import FoundationEssentials
import Glibc

// MARK: - The instructor's review

extension Say {
  static var sortName: String { say("名称", "name") }
  static func sortLength(_ q: Int) -> String { say("思考题\(q) 字数", "question \(q) length") }
  static func sortScore(_ q: Int) -> String { say("思考题\(q) 评分", "question \(q) score") }
  static var sortTotal: String { say("总分", "total") }
  static var sortReading: String { say("阅读", "reading") }
  static var sortLastEdit: String { say("最近修改", "last edit") }
  static var otherWindowDraft: String {
    say("另一个评阅窗口有未确认的点评", "another review window has an unconfirmed comment here")
  }
  static var commentDraftBack: String { say("上次未写完的点评已恢复", "your unfinished comment is back") }
  public static func scoresConverted(_ n: Int, _ scale: Int, _ example: String) -> String {
    say("已把 \(n) 个评分换算为满分 \(scale)（\(example) 等）", "\(n) scores converted to a scale of \(scale) (\(example)…)")
  }
  static var nothingToUndoFeedback: String { say("没有可撤销的评分或点评", "no score or comment to undo") }
  static func feedbackUndone(_ group: String, _ q: Int) -> String {
    say("已撤销：\(group) 第 \(q) 题的评分/点评", "undone: \(group)'s score or comment on question \(q)")
  }
  static func sortedBy(_ how: String, _ descending: Bool) -> String {
    descending
      ? say("排序：\(how)，从大到小（S 反向）", "sorted by \(how), largest first (S reverses)")
      : say("排序：\(how)，从小到大（S 反向）", "sorted by \(how), smallest first (S reverses)")
  }
  static var noPasteInReview: String { say("评阅界面不接受粘贴；点评请按 c", "nothing to paste into here: c writes a comment") }
  static func scaleIs(_ max: Int) -> String { say("评分为 0–\(max)", "the scale is 0–\(max)") }
  static func scoreSaved(_ v: Int, _ max: Int) -> String {
    say("评分 \(v)/\(max) 已保存 · u 撤销", "score \(v)/\(max) saved · u undoes")
  }
  static var scoreCleared: String { say("评分已清除 · u 撤销", "score cleared · u undoes") }
  static func typingScorePrefix(_ typed: String) -> String { say("评分：\(typed)", "Score: \(typed)") }
  static func typingScore(_ typed: String, _ max: Int) -> String { typingScorePrefix(typed) + "  " + scoreBoxHint(max) }
  static func scoreBoxHint(_ max: Int) -> String {
    say("（0–\(max)，Enter 确定，Esc 取消）", "(0–\(max); Enter gives it, Esc cancels)")
  }
  static var allScored: String { say("每个已作答的答案都有评分了", "every answer written has a score") }
  static func sideBySideNeeds(_ cols: Int) -> String { say("并排对比需要 \(cols) 列", "side by side needs \(cols) columns") }
  static var notSideBySide: String { say("先按 v 并排两组，再按 f 切换", "v puts two groups side by side; then f switches") }
  static var commentSaved: String { say("点评已确认 · u 撤销", "comment confirmed · u undoes") }
  static var commentCancelled: String {
    say("点评未确认，已取消（原点评不变）· u 找回刚才写的", "comment cancelled, not confirmed (the old one stands) · u brings it back")
  }
  static var scoreLabel: String { say("评分：", "Score: ") }
  static var rubricBoxHint: String { say("Tab 下一项 · Enter 确定 · Esc 取消", "Tab next · Enter gives it · Esc cancels") }
  static var hintConfirm: String { say("确认", "confirm") }
  static var commentBack: String {
    say("刚才取消的点评已找回：Enter 确认（多行时 Ctrl-S）", "the cancelled comment is back: Enter confirms it (Ctrl-S if multi-line)")
  }
  static var draftMark: String { say("草稿（未确认，不会发布）：", "Draft (not confirmed, never released): ") }
  static func scoreOutOfRange(_ typed: String, _ max: Int) -> String {
    say(
      "\(typed) 超出 0–\(max)：重新输入，Esc 取消",
      "\(typed) is not in 0–\(max): retype, Esc cancels")
  }
  static func criterionOutOfRange(_ name: String, _ typed: String, _ max: Int) -> String {
    say(
      "\(name)最多 \(max) 分，不能是 \(typed)：重新输入",
      "\(name): at most \(max), not \(typed): retype")
  }
  static var lastGroup: String { say("最后一题的最后一组", "the last group of the last question") }
  static var shuffled: String { say("已随机排序", "shuffled") }
  static func questionNumber(_ q: Int) -> String { say("思考题 \(q)：", "Question \(q): ") }
  static var noAnswer: String { say("（未作答）", "(no answer)") }
  static var citedPassages: String { say("引文", "Cited passages") }
  static func score(_ v: Int, _ max: Int) -> String { say("评分 \(v)/\(max)", "score \(v)/\(max)") }
  static var noScore: String { say("未评分", "no score") }
  static var commentLabel: String { say("点评：", "Comment: ") }
  static func saveFailed(_ why: String) -> String { say("保存失败：\(why)", "SAVE FAILED: \(why)") }
  static func reviewTitle(_ groups: Int, _ sort: String) -> String {
    say("评阅 · \(groups) 组 · 排序 \(sort)", "Review · \(groups) groups · sorted by \(sort)")
  }
  static func groupsWriting(_ n: Int) -> String { say(" · ✎ \(n) 组在写", " · ✎ \(n) writing") }
  static var groupColumnWide: String { say(" 小组", " group") }
  static var groupColumn: String { say(" 小组", " grp") }
  static func questionColumn(_ q: Int, wide: Bool) -> String {
    wide ? say("思考题\(q)", "Question \(q)") : say("题\(q)", "Q\(q)")
  }
  static var totalColumn: String { say("总分", "total") }
  static var readingColumn: String { say("阅读", "read") }
  static var lastEditColumn: String { say("最近修改", "last edit") }
  static func cell(_ n: Int, _ cites: Int) -> String { say("\(n)字 \(cites)引", "\(n)c \(cites)q") }
  /// The same without its space, for a narrow column (then the score follows without one too).
  static func tightCell(_ n: Int, _ cites: Int) -> String { say("\(n)字\(cites)引", "\(n)c/\(cites)q") }
  static func characterCell(_ n: Int) -> String { say("\(n)字", "\(n)c") }
  static func citationCell(_ cites: Int) -> String { say("\(cites)引", "\(cites)q") }
  static var meanRow: String { say(" 平均", " mean") }
  static var totalRow: String { say(" 合计（评分数）", " total (scored)") }
  /// The same, where the names' column is narrow.
  static var totalRowShort: String { say(" 合计", " total") }
  static var noSessions: String {
    say("没有找到这个案例的小组记录（F 查看读取了哪些文件夹）", "no group sessions for this case (F: the folders read)")
  }
  static func moreProblems(_ n: Int) -> String {
    say("另有 \(n) 个文件未能使用：按 F 查看", "\(n) more files could not be used: F lists them")
  }
  static func answerTitle(_ q: Int, _ at: Int, _ of: Int) -> String {
    say("思考题 \(q) · \(at)/\(of)", "Question \(q) · \(at)/\(of)")
  }
  static func commentTitle(_ group: String, _ q: Int) -> String {
    say("点评 \(group) · 思考题 \(q)：", "Comment on \(group)'s answer to question \(q):")
  }
  static var presentationOrder: String { say("发言顺序", "Presentation order") }
  static func reviewReadFrom(_ path: String) -> String {
    say(
      "评分从旧位置读入：\(path)（原文件不动，保存到新位置）", "scores read from the old place \(path) (left as it is; saved to the new one)")
  }

  // MARK: Following the class

  static var writingNow: String { say("✎ 正在写", "✎ writing now") }
  static func lastEdit(_ when: String) -> String { say("最近修改 \(when)", "last edit \(when)") }
  /// How long ago something happened: 刚刚, 2 分钟前, 3 小时前, 2 天前, then the date.
  static func ago(_ seconds: TimeInterval, _ date: Date) -> String {
    let s = max(0, seconds)
    if s < 60 { return say("刚刚", "just now") }
    if s < 3600 {
      let m = Int(s / 60)
      return say("\(m) 分钟前", "\(m) min ago")
    }
    if s < 86400 {
      let h = Int(s / 3600)
      return say("\(h) 小时前", "\(h) h ago")
    }
    if s < 7 * 86400 {
      let d = Int(s / 86400)
      return say("\(d) 天前", "\(d) days ago")
    }
    return LocalTime.text(date, .dayAndTime)
  }
  static func lookedAgain(_ groups: Int, _ changed: Int) -> String {
    say("已重新读取：\(groups) 组，\(changed) 组有更新", "read again: \(groups) groups, \(changed) changed")
  }

  // MARK: The presenter

  static func presenterPlace(_ page: Int, _ pages: Int, _ group: Int, _ groups: Int, _ q: Int, _ qs: Int) -> String {
    say(
      "第 \(page)/\(pages) 页 · 第 \(group)/\(groups) 组 · 思考题 \(q)/\(qs)",
      "page \(page)/\(pages) · group \(group)/\(groups) · question \(q)/\(qs)")
  }
  static func jumpToPrefix(_ typed: String) -> String { say("跳到第 \(typed)", "go to group \(typed)") }
  static func jumpTo(_ typed: String) -> String { jumpToPrefix(typed) + say(" 组（Enter）", " (Enter)") }
  static func noGroupNumber(_ typed: String, _ count: Int) -> String {
    say("没有第 \(typed) 组：共 \(count) 组", "there is no group \(typed): \(count) groups")
  }

  // MARK: Help and files

  static var helpGridTitle: String { say("表格", "The grid") }
  static var helpAnswerTitle: String { say("一道题的答案", "One question's answers") }
  static var helpPresenterTitle: String { say("演示", "Presenting") }
  static var anyKey: String { say("任意键", "any key") }
  static var foldersRead: String { say("读取的文件夹", "Folders read") }
  static func folderFound(_ path: String, _ found: Int, _ skipped: Int) -> String {
    say("\(path)：\(found) 个小组记录，跳过 \(skipped) 个", "\(path): \(found) sessions, \(skipped) skipped")
  }
  static func folderProblem(_ path: String, _ e: SystemError) -> String {
    say("\(path)：无法读取（\(folderError(e))）", "\(path): cannot be read (\(folderError(e)))")
  }
  static var warnings: String { say("警告", "Warnings") }
  static var skipped: String { say("跳过的文件", "Files skipped") }
  static func groupsFound(_ n: Int) -> String { say("小组（\(n)）", "Groups (\(n))") }
  static func groupFile(_ group: String, _ file: String) -> String { say("\(group) ← \(file)", "\(group) ← \(file)") }
  /// Why a session file is not reviewed (the parser's own detail stays as it is).
  static func reason(_ r: ClassSessions.Problem.Reason) -> String {
    switch r {
    case .unreadable(let e): return say("无法使用：\(sessionDetail(e))", "unusable: \(sessionDetail(e))")
    case .folderUnreadable(let e): return say("无法读取：\(folderError(e))", "cannot be read: \(folderError(e))")
    case .damaged(let e): return say("已损坏：\(sessionDetail(e))", "damaged: \(sessionDetail(e))")
    case .futureSchema(let e):
      return say("新版本 caseroom 写的：\(sessionDetail(e))", "written by a newer caseroom: \(sessionDetail(e))")
    case .notASession(let e): return say("不是小组记录：\(sessionDetail(e))", "not a session: \(sessionDetail(e))")
    case .otherCase(let id): return say("另一个案例：\(id)", "another case: \(id)")
    case .olderDuplicate(let group, let kept):
      return say("\(group) 的旧副本（评阅的是 \(kept)）", "an older copy of \(group) (\(kept) is reviewed)")
    case .readFromBackup(let damage, let backup):
      let d = sessionDetail(damage)
      return say("已损坏（\(d)），改读备份 \(backup)", "damaged (\(d)): its backup \(backup) is reviewed")
    }
  }
}

// MARK: - The class (review --class)

extension Say {
  static var onlyInAClass: String {
    say(
      "只有评阅班级时（review --class）才能发布反馈、切换或延长阶段",
      "only a class's review (review --class) releases feedback, changes or extends phases")
  }
  static func noNextPhase(_ folder: String) -> String {
    say(
      "已经是最后一个阶段（结束课堂：caseroom class phase --stop --class \(folder)）",
      "this is the last phase (to end the class: caseroom class phase --stop --class \(folder))")
  }
  static var notDone: String { say("没有执行", "not done") }
  static func askRelease(_ groups: Int) -> String {
    say(
      "y 发布分数和点评给 \(groups) 个小组（各组随即可见），其他键取消",
      "y releases the scores and comments to \(groups) groups at once; other keys cancel"
    )
  }
  static func askNextPhase(_ title: String) -> String {
    say(
      "y 进入下一阶段“\(title)”（各组状态栏随即改变），其他键取消",
      "y: start the next phase, “\(title)”, for every group; other keys: cancel")
  }
  static func draftsLeftOut(_ n: Int) -> String {
    say(
      "；\(n) 条未确认的点评（草稿）没有发布",
      n == 1 ? "; \(n) unconfirmed comment (draft) left out" : "; \(n) unconfirmed comments (drafts) left out")
  }
  static func feedbackReleased(_ n: Int) -> String {
    say("已发布：\(n) 个小组的反馈写入 feedback/", "released to \(n) groups (feedback/)")
  }
  static func phaseNow(_ text: String) -> String { say("现在：\(text)", "now: \(text)") }
  static var noPhaseRunning: String { say("没有进行中的阶段", "no phase is running") }
  static func classActionFailed(_ why: String) -> String { say("没有成功：\(why)", "failed: \(why)") }
  /// A group's time on the presenter: `发言 02:35`.
  static func turnTime(_ t: TimeInterval) -> String {
    let s = max(0, Int(t))
    let clock = Printf.text("%02d:%02d", s / 60, s % 60)
    return say("发言 \(clock)", "speaking \(clock)")
  }
}

extension Say {
  static var helpScoreEntryTitle: String { say("输入两位以上的分数（满分超过 9）", "Typing a score (scales above 9)") }
}
