import CaseroomClass
import CaseroomEngine
import FoundationEssentials

// MARK: - Syncing with the class repository, and conflicts of a merge

extension Say {
  /// After an answer's 字数 when it holds a merge's conflict.
  static var conflictFlag: String {
    say(" · ⚠ 合并冲突（编辑器里 Ctrl-T 保留一方）", " · ⚠ merge conflict (Ctrl-T in the editor keeps one side)")
  }
  /// Short, for a grid cell.
  static var conflictMark: String { "⚠" }
  static var noConflictHere: String { say("光标不在合并冲突里", "the cursor is not in a merge conflict") }
  static func keptVersion(_ label: String) -> String {
    say("已保留 \(label) 的版本", "kept \(label)'s version")
  }

  /// Why a sync did not finish, in the interface's language; the work is always kept.
  static func syncFailure(_ e: SyncError) -> String {
    let why: String
    switch e.kind {
    case .notAClone: why = say("小组记录文件夹不是班级仓库的克隆", "the sessions folder is not a clone of the class repository")
    case .noRemote:
      why = say(
        "这个克隆没有班级仓库（git remote add origin 地址）", "this clone has no class repository (git remote add origin URL)")
    case .offline: why = say("连不上班级仓库（网络、共享盘或地址）", "the class repository cannot be reached (network, share or address)")
    case .refused: why = say("班级仓库拒绝了推送", "the class repository refused the push")
    case .race: why = say("别人一直抢先推送，稍后再同步", "others kept pushing first: sync again in a moment")
    case .conflict:
      why = say("git 无法合并（小组记录以外的文件两边都改了）", "git cannot merge (a file other than a session changed on both sides)")
    case .sessionBusy: why = say("一个小组记录正在保存，稍后再同步", "a group's session was being saved: sync again in a moment")
    case .noGit: why = say("没有安装 git（apt-get install git）", "git is not installed (apt-get install git)")
    case .otherBranch:
      why = say("这个克隆不在班级的分支上，改动没有提交或推送", "this clone is not on the class's branch: nothing committed or pushed")
    case .unfinished:
      why = say("克隆里有未完成的 git 操作（git status 查看）", "a git operation is unfinished in the clone (see git status)")
    case .failed:
      why = say("git 出错", "git failed") + "：" + (e.message.split(separator: "\n").first.map(String.init) ?? "")
    }
    return syncFailed(why)
  }

  /// The instructor's files given back the class's version (a student's clone).
  static func restoredInstructorFiles(_ n: Int, aside: String?) -> String {
    say("，已恢复 \(n) 个教师文件", ", \(n) instructor file(s) restored")
      + (aside.map {
        say(
          "（本机的改动另存于 \($0)；本机没有教师密钥——若您是教师，请把 ~/.ssh/caseroom-instructor 及其 .pub 复制到本机）",
          " (your edits kept in \($0); this machine has not the instructor's key — if you are the instructor, copy ~/.ssh/caseroom-instructor and its .pub here)"
        )
      } ?? "")
  }
  /// A sync took the instructor's key found at its default place (the instructor on a new machine).
  static var tookInstructorKey: String { say("，本机起以教师身份签名", ", signing as the instructor from now on") }
}
