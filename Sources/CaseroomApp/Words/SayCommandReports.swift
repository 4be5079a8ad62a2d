import CaseroomClass
import CaseroomEngine
import FoundationEssentials

/// What the command line's commands report on standard output when they
/// worked, in the command line's language. (`--json`, CSV and the case's own
/// text are data, not words: they are the same in every language.)
extension Say {
  // MARK: caseroom check

  public static func sessionOK(_ file: String, group: String, caseId: String, revision: Int) -> String {
    say(
      "\(file)：没问题——\(group) 关于 \(caseId) 的小组记录，第 \(revision) 版",
      "\(file): ok — session of \(group) on \(caseId), revision \(revision)")
  }
  public static func caseOK(_ file: String, title: String, sections: Int, questions: Int) -> String {
    say(
      "\(file)：没问题——\(title)，\(sections) 节，\(questions) 道讨论题",
      "\(file): ok — \(title), \(sections) sections, \(questions) questions")
  }
  /// A heading (or, when `heading` is false, a paragraph) holding characters that would drive a terminal.
  public static func controlCharacters(heading: Bool, _ shown: String) -> String {
    heading
      ? say("标题里有控制字符（\(shown)）：请删掉", "the heading contains control characters (\(shown)): remove them")
      : say("正文里有控制字符（\(shown)）：请删掉", "the text contains control characters (\(shown)): remove them")
  }

  // MARK: caseroom where, caseroom cases

  public static func whereSessions(_ path: String) -> String { say("小组记录：\(path)", "sessions: \(path)") }
  public static func wherePositions(_ path: String) -> String {
    say("阅读位置（不分小组时）：\(path)", "reading positions (without a group): \(path)")
  }
  public static func whereBundled(_ path: String?) -> String {
    let shown = path ?? say("没有找到", "not found")
    return say("自带案例：\(shown)", "bundled case: \(shown)")
  }
  public static func whereIndexes(_ path: String) -> String {
    say("大案例文件的索引（可以删除）：\(path)", "indexes of big case files (safe to delete): \(path)")
  }
  /// The columns of `caseroom cases`.
  public static var casesHeader: [String] {
    [say("编号", "ID"), say("标题", "TITLE"), say("节数", "SECTIONS"), say("讨论题", "QUESTIONS"), say("来源", "FROM")]
  }
  public static func caseOrigin(user: Bool) -> String { user ? say("你的", "yours") : say("自带", "bundled") }
  public static func casesFolder(user: Bool, _ path: String, exists: Bool) -> String {
    let missing = exists ? "" : say("（还没有创建）", " (not created yet)")
    return user
      ? say("你的案例：\(path)\(missing)", "your cases:    \(path)\(missing)")
      : say("自带案例：\(path)\(missing)", "bundled cases: \(path)\(missing)")
  }
  public static var bundledCasesMissing: String { say("自带案例：没有找到", "bundled cases: not found") }

  // MARK: caseroom class

  public static func classFolderMade(_ path: String, title: String, caseId: String, caseFile: String) -> String {
    say("班级文件夹 \(path)：\(title)（\(caseId)）", "class folder \(path): \(title) (\(caseId))") + "\n"
      + say("  class.json、\(caseFile)  案例和它的安排（0640）", "  class.json, \(caseFile)  the case and its plan (0640)") + "\n"
      + say(
        "  sessions/   各组的记录（2770：全班可写，每份记录 0660）",
        "  sessions/   the groups' sessions (2770: the class writes, each session 0660)") + "\n"
      + say("  feedback/   发给各组的反馈（2750）", "  feedback/   feedback released to the groups (2750)") + "\n"
      + say(
        "  instructor/ 你的评阅文件、评分和点评（0700：只有你能看）",
        "  instructor/ your review file, scores and comments (0700: yours alone)") + "\n"
  }
  public static var phasesHeading: String { say("阶段：", "phases:") }
  /// One phase of the plan, as `class init` and `class status` list it.
  public static func phaseLine(_ number: Int, _ title: String, minutes: Int?) -> String {
    let length = minutes.map { say("（\($0) 分钟）", " (\($0) min)") } ?? ""
    return "\(number). \(title)\(length)"
  }
  public static func signedClass(_ key: String) -> String {
    say(
      "已签名：class.json 和反馈只有用 \(key) 签名时才被信任", "signed: class.json and feedback are trusted only when signed with \(key)"
    )
  }
  public static func classRepository(_ server: String) -> String {
    say(
      "班级仓库 \(server)：改动 class.json、feedback/ 或 instructor/ 的推送必须签名",
      "class repository \(server): pushes changing class.json, feedback/ or instructor/ must be signed")
  }
  public static func studentsClone(_ server: String) -> String {
    say(
      "学生：git clone \(server) 文件夹，然后 caseroom --class 文件夹",
      "students: git clone \(server) DIR, then caseroom --class DIR")
  }
  public static func studentsFolder(_ path: String) -> String {
    say(
      "学生：caseroom --class \(path)   （或 CASEROOM_CLASS=\(path)）",
      "students: caseroom --class \(path)   (or CASEROOM_CLASS=\(path))")
  }
  public static func phaseNow(_ text: String, _ number: Int, _ count: Int, started: String, ends: String?) -> String {
    guard let ends else {
      return say(
        "现在：\(text)（第 \(number)/\(count) 阶段，\(started) 开始）",
        "now: \(text) (phase \(number)/\(count), started \(started))")
    }
    return say(
      "现在：\(text)（第 \(number)/\(count) 阶段，\(started) 开始，\(ends) 结束）",
      "now: \(text) (phase \(number)/\(count), started \(started), ends \(ends))")
  }
  public static var noPhaseRunningNow: String {
    say("现在：没有进行中的阶段（caseroom class phase 开始第一个）", "now: no phase is running ('caseroom class phase' starts the first)")
  }
  /// Two lines (the folder on its own), so that neither is cut at 80 columns.
  public static func feedbackReleasedTo(_ groups: Int, _ folder: String, answers: Int) -> String {
    say(
      "已把反馈发给 \(groups) 个小组：\(answers) 个答案有评分或点评\n  写在 \(folder)",
      "released feedback to \(groups) group(s): \(answers) answer(s) scored or commented\n  written to \(folder)")
  }
  /// Scores released that were given under another scale or rubric than their question's now.
  public static func releasedOtherScale(_ n: Int) -> String {
    say(
      "注意：\(n) 个评分是按别的分制或评分标准给的，小组看到的总分和你的一样不计入它们\n  重新评分，或用 caseroom review --convert-scores 换算后再发布",
      "note: \(n) score(s) given under another scale or rubric than their question's now: left out of the groups' totals, as of yours\n  score them again, or convert them (caseroom review --convert-scores), then release again"
    )
  }
  public static func draftsNotReleased(_ n: Int) -> String {
    say(
      "没有发出：\(n) 条点评还没确认（草稿）\n  在评阅里选中答案按 c，再按 Enter 确认（多行的点评按 Ctrl-S）",
      "left out: \(n) comment(s) not confirmed (drafts)\n  confirm each in the review: c on the answer, then Enter (Ctrl-S if multi-line)"
    )
  }
  public static var theCriteriaGiven: String { say("给出的评分标准", "the criteria given") }
  public static func noRubric(_ max: Int) -> String {
    say("没有评分标准：分数从 0 到 \(max)", "no rubric: scores run from 0 to \(max)")
  }
  public static func rubricScale(_ q: Int, _ max: Int) -> String {
    say("第 \(q) 题：0 到 \(max) 分", "Q\(q): scored from 0 to \(max)")
  }
  public static func rubricLine(_ q: Int, _ criteria: String, _ points: Int) -> String {
    say("第 \(q) 题：\(criteria)（共 \(points) 分）", "Q\(q): \(criteria) (\(points) points)")
  }

  // MARK: caseroom sync

  public static var driverInstalled: String {
    say("已安装合并驱动：小组记录用 caseroom merge-session 合并", "merge driver installed: sessions merge with caseroom merge-session")
  }
  public static func instructorFilesRestored(_ files: String, aside: String?) -> String {
    say("教师文件已恢复为班级签名的版本：\(files)", "instructor's files restored to the class's signed version: \(files)")
      + (aside.map { say("（你的改动另存于 \($0)）", " (your edits put aside in \($0))") } ?? "")
  }
  public static func committed(_ commit: SyncCommit?) -> String {
    guard let commit else { return say("已提交：这里什么都没改", "committed: nothing had changed here") }
    let what = commitWhat(commit)
    return say("已提交：\(what)", "committed: \(what)")
  }
  public static func received(_ files: [String]) -> String {
    files.isEmpty
      ? say("收到：没有新的", "received: nothing new")
      : say("收到：\(files.joined(separator: ", "))", "received: \(files.joined(separator: ", "))")
  }
  public static func pushed(to remote: String?) -> String {
    guard let remote else { return say("没有要推送的", "nothing to push") }
    return say("已推送到 \(remote)", "pushed to \(remote)")
  }
  public static var nothingPushed: String { say("什么都没推送", "nothing pushed") }
  public static func bothVersionsIn(_ file: String) -> String {
    let mark = conflictMarking
    return say(
      "\(file) 里两个版本都保留了：在它的答案和批注里找\(mark)，保留一个",
      "both versions kept in \(file): look for \(mark) in its answers and notes, and keep one")
  }
  public static func syncWarning(_ line: String) -> String { say("警告：\(line)", "warning: \(line)") }
}
