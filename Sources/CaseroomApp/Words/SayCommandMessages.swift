import CaseroomClass
import CaseroomEngine
import CaseroomReview
import FoundationEssentials

/// The command line's refusals, warnings and notes on standard error, in the
/// command line's language (see `SayCommands.swift` for how it is chosen).
extension Say {
  // MARK: Options

  public static func unknownTheme(_ given: String, _ names: [String]) -> String {
    let list = names.joined(separator: ", ")
    return say("没有“\(given)”这个配色：请用 \(list)", "unknown theme '\(given)': use \(list)")
  }
  public static var langIsZhOrEn: String { say("--lang 只能是 zh 或 en", "--lang is zh or en") }
  public static func widthRange(_ low: Int, _ high: Int) -> String {
    say("--width 应在 \(low) 到 \(high) 之间", "--width must be between \(low) and \(high)")
  }
  public static var rubricOneOf: String {
    say("请只给出 CRITERIA、--file 文件、--clear 其中之一", "give one of CRITERIA, --file FILE or --clear")
  }
  public static var eachAlone: String {
    say("--each 文件夹不能和 --group、--all 或 -o 一起使用", "--each DIR goes without --group, --all or -o")
  }
  public static var eachFormats: String {
    say("--each 只写 md 或 html（每组一个文件）", "--each writes md or html (one file per group)")
  }
  public static var eachNeedsDirectory: String { say("--each 需要一个文件夹", "--each needs a directory") }
  public static var exportWhich: String {
    say(
      "请给出 --group 组名、--groups 甲,乙、--all 或 --each 文件夹 其中之一",
      "give either --group NAME, --groups A,B, --all or --each DIR")
  }
  public static var insightGoesWith: String {
    say("--insight 要和 --all 或 --groups 一起使用，格式为 md 或 html", "--insight goes with --all or --groups, in md or html")
  }
  public static var groupsNoneNamed: String { say("--groups：没有给出小组", "--groups: no group named") }
  /// The option that names the sessions folder when none was given.
  public static var theSessionsDirectory: String {
    say("默认的小组记录文件夹；可用 --sessions 文件夹", "the sessions directory; --sessions DIR")
  }

  // MARK: Cases and groups

  public static func noCaseNamed(_ given: String, installed: [String]) -> String {
    let ids = installed.joined(separator: ", ")
    if ids.isEmpty {
      return say(
        "没有“\(given)”这个案例文件或案例编号（见 caseroom cases）",
        "no case file or case id '\(given)' (see 'caseroom cases')")
    }
    return say(
      "没有“\(given)”这个案例文件或案例编号；已安装的案例：\(ids)（见 caseroom cases）",
      "no case file or case id '\(given)'; the installed cases are: \(ids) (see 'caseroom cases')")
  }
  public static func noGroupSession(_ group: String, _ caseId: String, in folders: String?, groups: [String]) -> String
  {
    let there = groups.joined(separator: "、")
    var out: String
    if let folders {
      out = say(
        "在 \(folders) 里没有小组“\(group)”关于 \(caseId) 的记录",
        "no session of group '\(group)' for \(caseId) in \(folders)")
    } else {
      out = say(
        "--groups：没有小组“\(group)”关于 \(caseId) 的记录", "--groups: no session of group '\(group)' for \(caseId)")
    }
    if !there.isEmpty { out += say("；那里有这些小组：\(there)", "; groups there: \(there)") }
    return out
  }
  public static func noHits(_ query: String) -> String { say("没有找到“\(query)”", "no hits for '\(query)'") }
  public static func caseNotOffered(_ path: String, _ why: String) -> String {
    say("\(path)：不列出：\(why)", "\(path): not offered: \(why)")
  }

  /// A session file `review`, `export`, `insight` or `release` did not use
  /// (or used from its backup), as one line on standard error.
  public static func problemLine(_ p: ClassSessions.Problem) -> String {
    p.reason.isWarning
      ? say("警告 \(p.file)：\(commandReason(p.reason))", "warning \(p.file): \(commandReason(p.reason))")
      : say("跳过 \(p.file)：\(commandReason(p.reason))", "skipped \(p.file): \(commandReason(p.reason))")
  }
  /// Why a session file was not used, as the printing commands say it.
  public static func commandReason(_ r: ClassSessions.Problem.Reason) -> String {
    switch r {
    case .unreadable(let e):
      // A folder, a FIFO, a missing file… are said in full; the rest after "cannot be read".
      if let kind = e.reason { return fileProblem(kind) }
      return say("无法读取：\(sessionDetail(e))", "cannot be read: \(sessionDetail(e))")
    case .folderUnreadable(let e): return folderError(e)
    case .damaged(let e): return say("已损坏：\(sessionDetail(e))", "damaged: \(sessionDetail(e))")
    case .futureSchema(let e): return say("新版本 caseroom 写的：\(sessionDetail(e))", "future schema: \(sessionDetail(e))")
    case .notASession(let e): return say("不是小组记录：\(sessionDetail(e))", "not a session: \(sessionDetail(e))")
    case .otherCase(let id): return say("另一个案例：\(id)", "another case: \(id)")
    case .olderDuplicate(let group, let kept):
      return say("\(group) 的旧副本，\(kept) 里的较新（不评阅）", "duplicate of \(group) in \(kept) (older, not reviewed)")
    case .readFromBackup(let e, let backup):
      let damage = sessionDetail(e)
      return say(
        "已损坏：\(damage)；改为评阅它的备份 \(backup)（文件保持原样）",
        "damaged: \(damage); its backup \(backup) was reviewed instead (the file is left as it is)")
    }
  }

  // MARK: Import

  public static func invalidCaseId(_ id: String) -> String {
    say(
      "--id “\(id)”：不是有效的案例编号；请用字母、数字、“-”、“_”或“.”",
      "--id '\(id)': not a valid case id; use letters, digits, '-', '_' or '.'")
  }
  public static func importedInvalid(_ why: String) -> String {
    say("导入的案例不合格式（请报告这个问题）：\(why)", "the imported case would not be valid (please report this): \(why)")
  }
  /// The report's last word when it guessed: the exact command that reviews it (`command`, quoted for a shell).
  public static func someGuessed(_ command: String) -> String {
    say(
      "其中有些是猜的：\(command) 逐行显示每行的标记，可以修改",
      "Some of this is a guess: \(command) shows every line with its tag to fix.")
  }
  public static var reviewTagsNow: String {
    say("按 e 和回车现在检查标记，直接回车结束：", "Press e and Enter to review the tags now, Enter to finish: ")
  }
  /// Headings with nothing under them, not written as sections (`--review` shows their lines).
  public static func emptySectionsLeftOut(_ titles: [String]) -> String {
    let list = titles.map { say("「\($0)」", "“\($0)”") }.joined(separator: say("、", ", "))
    return say(
      "没有内容的小标题不写成小节：\(list)（--review 可以看到这一行并改标）",
      "headings with nothing under them are not written as sections: \(list) (--review shows the line to re-tag)")
  }
  /// The import review was left with changes not written (after a failed write, `failure`).
  public static func reviewLeftUnwritten(_ path: String?, failure: String?) -> String {
    let file = path ?? say("标准输出", "standard output")
    guard let failure else {
      return say("检查中的修改没有写入 \(file)（按 Q 放弃了）", "the review's changes were not written to \(file) (left with Q)")
    }
    return say(
      "检查中的修改没有写入 \(file)：\(failure)", "the review's changes were not written to \(file): \(failure)")
  }
  /// The import review was left after a failed write: the changes were saved to `saved` instead.
  public static func reviewSavedElsewhere(_ path: String?, failure: String, saved: String) -> String {
    let file = path ?? say("标准输出", "standard output")
    return say(
      "检查中的修改没能写入 \(file)（\(failure)）；已另存到 \(saved)",
      "the review's changes could not be written to \(file) (\(failure)); saved to \(saved) instead")
  }
  public static func written(_ path: String) -> String { say("已写入：\(path)", "written: \(path)") }
  public static func wroteGroup(_ path: String, _ group: String) -> String {
    say("已写入 \(path)（\(group)）", "wrote \(path) (\(group))")
  }

  // MARK: The review

  public static func otherScale(_ count: Int, _ file: String, _ scale: Int, first: String, example: String) -> String {
    say(
      "\(file) 里有 \(count) 个评分不是按 \(scale) 分制给的（第一个：\(first)）；什么都没改。\n要换算（\(example)），请加 --convert-scores；要保留原分制，请去掉 --scale。",
      "\(count) scores in \(file) were given on another scale than \(scale) (the first: \(first)); nothing is changed.\nTo convert them (\(example)), add --convert-scores; to keep their scale, leave out --scale."
    )
  }
  public static func convertedScore(_ group: String, _ q: Int, _ change: String) -> String {
    say("已换算 \(group) 第 \(q) 题：\(change)", "converted \(group) Q\(q): \(change)")
  }
  public static func warningFile(_ file: String, _ why: String) -> String {
    say("警告：\(file)：\(why)", "warning: \(file): \(why)")
  }
  /// Why an old review file was not read: it is not the instructor's own.
  public static var reviewUnlooked: String { say("无法查看", "cannot be looked at") }
  public static var reviewNotRegular: String { say("不是普通文件", "not a regular file") }
  public static func reviewOtherOwner(_ owner: String) -> String {
    say("属于 \(owner)，不属于你：没有读取", "belongs to \(owner), not to you: not read")
  }
  public static var reviewOthersMayWrite: String { say("别人也能写它：没有读取", "others may write it: not read") }
  /// Why an old review file beside the sessions is not read (`InstructorReview.NotOwn`).
  public static func reviewNotOwn(_ why: InstructorReview.NotOwn) -> String {
    switch why {
    case .cannotBeLookedAt: return reviewUnlooked
    case .notRegular: return reviewNotRegular
    case .belongsTo(let owner): return reviewOtherOwner(owner)
    case .othersMayWrite: return reviewOthersMayWrite
    }
  }
  public static func noFeedbackFromIt(_ error: String) -> String {
    say("\(error)\n不显示其中的反馈；文件保持原样", "\(error)\nno feedback is shown from it; the file is left as it is")
  }

  // MARK: Opening a session from the command line

  public static func damagedSessionWays(file: String, name: String, backup: (saved: String, revision: Int)?) -> String {
    let ways: String
    if let backup {
      ways = say(
        "用 --from-backup 从它的备份（保存于 \(backup.saved)，第 \(backup.revision) 版）继续，或用 --fresh 重新开始",
        "carry on from its backup (saved \(backup.saved), revision \(backup.revision)) with --from-backup, or start afresh with --fresh"
      )
    } else {
      ways = say(
        "它没有可用的备份（--from-backup 帮不上忙）：用 --fresh 重新开始",
        "it has no usable backup (so --from-backup cannot help): start afresh with --fresh")
    }
    return say(
      "\(file)\n文件保持原样；\(ways)（损坏的文件会另存为 \(name).damaged-<时间>）",
      "\(file)\nthe file is left as it is; \(ways) (the damaged file is then kept aside as \(name).damaged-<time>)")
  }
  public static func backupUnusable(_ path: String, _ why: String) -> String {
    say("\(path)：备份也不能用：\(why)", "\(path): the backup cannot be used either: \(why)")
  }

  // MARK: Merging sessions (git's merge driver)

  /// How a conflict is marked in a text: `【合并冲突：…】` (the markers are the same in every language).
  static var conflictMarking: String { ConflictMarkers.opening + "…】" }
  public static func answerBothKept(_ group: String, _ q: Int) -> String {
    let mark = conflictMarking
    return say(
      "\(group)，第 \(q) 题答案：两个版本都保留了，标为\(mark)：请在编辑器里选一个",
      "\(group), answer \(q): both versions kept, marked \(mark): choose one in the editor")
  }
  public static func notesBothKept(_ group: String, _ n: Int) -> String {
    let mark = conflictMarking
    return say(
      "\(group)：\(n) 条批注两个版本都保留了，标为\(mark)", "\(group): \(n) note(s) with both versions kept, marked \(mark)")
  }

  // MARK: The terminal

  public static var needsATerminal: String {
    say(
      "阅读器需要终端；没有终端时请用 caseroom show --section all 或 caseroom outline 看文字",
      "the reader needs a terminal; for text without one try 'caseroom show --section all' or 'caseroom outline'")
  }
  public static func needsCursorMovement(_ term: String?) -> String {
    let what = term.map { say("TERM 是“\($0)”", "TERM is '\($0)'") } ?? say("没有设置 TERM", "TERM is not set")
    return what
      + say(
        "：阅读器需要能移动光标的终端；请设置 TERM（例如 TERM=xterm-256color），或不用终端阅读：caseroom show --section all",
        ": the reader needs a terminal that can move the cursor; set TERM (e.g. TERM=xterm-256color), or read without one: 'caseroom show --section all'"
      )
  }
  public static var noUTF8Locale: String {
    say("没有可用的 UTF-8 区域设置（试过环境里的和 C.UTF-8）", "no UTF-8 locale is available (tried the environment's and C.UTF-8)")
  }
  public static func noTerminfo(_ term: String) -> String {
    say(
      "无法启动终端“\(term)”：它没有 terminfo 条目，xterm-256color、xterm、ansi、vt100 也都没有",
      "cannot start the terminal '\(term)': no terminfo entry for it, nor for xterm-256color, xterm, ansi or vt100")
  }
}
