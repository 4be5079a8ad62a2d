import CaseroomClass
import CaseroomEngine
import CaseroomSession
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
  static func syncFailure(_ e: SyncError) -> String { syncFailed(syncBrief(e)) }

  /// Why a sync did not finish, short, for the status bar.
  static func syncBrief(_ e: SyncError) -> String {
    switch e.kind {
    case .notAClone: return say("小组记录文件夹不是班级仓库的克隆", "the sessions folder is not a clone of the class repository")
    case .noRemote:
      return say(
        "这个克隆没有班级仓库（git remote add origin 地址）", "this clone has no class repository (git remote add origin URL)")
    case .offline:
      return say("连不上班级仓库（网络、共享盘或地址）", "the class repository cannot be reached (network, share or address)")
    case .refused: return say("班级仓库拒绝了推送", "the class repository refused the push")
    case .race: return say("别人一直抢先推送，稍后再同步", "others kept pushing first: sync again in a moment")
    case .conflict:
      return say("git 无法合并（小组记录以外的文件两边都改了）", "git cannot merge (a file other than a session changed on both sides)")
    case .mergeUnfinished:
      return say("克隆里有未完成的合并（git status 查看）", "a merge is unfinished in the clone (see git status)")
    case .sessionBusy: return say("一个小组记录正在保存，稍后再同步", "a group's session was being saved: sync again in a moment")
    case .noGit: return say("没有安装 git（apt-get install git）", "git is not installed (apt-get install git)")
    case .otherBranch, .detached:
      return say("这个克隆不在班级的分支上，改动没有提交或推送", "this clone is not on the class's branch: nothing committed or pushed")
    case .unfinished:
      return say("克隆里有未完成的 git 操作（git status 查看）", "a git operation is unfinished in the clone (see git status)")
    case .status(_, let git), .commit(_, let git):
      let words = firstLine(gitSaid(git))
      return say("git 出错：\(words)", "git failed: \(words)")
    case .classProblem(let e):
      let words = firstLine(classProblem(e))
      return say("同步出错：\(words)", "sync failed: \(words)")
    case .failed(let why):
      let words = firstLine(why)
      return say("git 出错：\(words)", "git failed: \(words)")
    }
  }

  private static func firstLine(_ s: String) -> String { s.split(separator: "\n").first.map(String.init) ?? "" }

  /// Why a sync did not finish, in full, with the way out (the command line's `sync` and `class init`).
  static func syncWhy(_ e: SyncError) -> String {
    var out: String
    switch e.kind {
    case .notAClone(let folder, let git):
      out = say(
        "\(folder) 不在班级仓库的 git 克隆里：用 git clone 地址 文件夹 做一个克隆（\(gitSaid(git))）",
        "\(folder) is not in a git clone of a class repository: make one with 'git clone URL DIR' (\(gitSaid(git)))")
    case .noRemote(let clone):
      out = say(
        "\(clone)：这个克隆没有可以同步的班级仓库：用 git remote add origin 地址 指定它",
        "\(clone): this clone has no class repository to sync with: 'git remote add origin URL' names it")
    case .offline(let remote, let git):
      out = say("连不上班级仓库 \(remote)：\(gitSaid(git))", "cannot reach the class repository \(remote): \(gitSaid(git))")
    case .refused(let remote, let git):
      out = say(
        "班级仓库 \(remote) 拒绝了推送：\(gitSaid(git))", "the class repository \(remote) refused the push: \(gitSaid(git))")
    case .race(let remote, let tries):
      out = say(
        "别人一直抢先推送到 \(remote)（试了 \(tries) 次）：稍后再同步",
        "others kept pushing to \(remote) first (\(tries) tries): sync again in a moment")
    case .conflict(let files, let git):
      let what = files.isEmpty ? say("班级仓库的改动", "the class repository's changes") : files.joined(separator: ", ")
      out =
        say("git 无法合并 \(what)：\(gitSaid(git))", "git could not merge \(what): \(gitSaid(git))") + "\n"
        + say(
          "什么都没合并；这个克隆的工作原样保留（已提交）。小组记录会自动合并；两边都改了的其他文件要用 git 手工合并",
          "nothing was merged; this clone's work is kept as it was (committed). Sessions merge by themselves; another file edited on both sides must be merged by hand with git"
        )
    case .mergeUnfinished(let clone):
      out = say(
        "\(clone)：这个克隆里有未完成的合并：用 git 完成它（git status）或放弃它（git merge --abort），然后再同步",
        "\(clone): a merge is unfinished in this clone: finish it with git (git status) or abandon it (git merge --abort), then sync again"
      )
    case .sessionBusy(let file, let wait):
      out = say(
        "\(file)：这个小组记录的保存 \(wait) 秒还没结束：什么都没合并；这个克隆的工作保留着（已提交）：稍后再同步",
        "\(file): a save of this session did not end in \(wait) s: nothing was merged; this clone's work is kept (committed): sync again in a moment"
      )
    case .noGit:
      out = say(
        "没有安装 git：请安装（apt-get install git），然后再同步",
        "git is not installed: install it (apt-get install git), then sync again")
    case .detached(let clone, let branch):
      out = say(
        "\(clone)：不在任何分支上（detached HEAD）：先 git switch \(branch)",
        "\(clone): not on a branch (detached HEAD): 'git switch \(branch)' first")
    case .otherBranch(let clone, let branch, let tracks, let main):
      out = say(
        "\(clone)：这个克隆在分支“\(branch)”上，它与“\(tracks)”同步；班级用的是“\(main)”，所以没人会收到这些工作。什么都没提交或推送：git switch \(main)（再用 git merge \(branch) 带上那个分支的提交），然后再同步",
        "\(clone): this clone is on the branch '\(branch)', which syncs with '\(tracks)'; the class works on '\(main)', so nobody would receive the work. Nothing was committed or pushed: 'git switch \(main)' (and 'git merge \(branch)' to bring commits of that branch), then sync again"
      )
    case .unfinished(let clone, let command):
      out = say(
        "\(clone)：这个克隆里有未完成的 git \(command)：完成它（git status 看还剩什么，然后 git \(command) --continue）或放弃它（git \(command) --abort），然后再同步。什么都没提交或推送",
        "\(clone): a \(command) is unfinished in this clone: finish it (git \(command) --continue, after 'git status' shows what is left) or abandon it (git \(command) --abort), then sync again. Nothing was committed or pushed"
      )
    case .status(let clone, let git):
      out = say("\(clone)：git status 出错：\(gitSaid(git))", "\(clone): git status: \(gitSaid(git))")
    case .commit(let clone, let git):
      out = say("\(clone)：无法提交这个克隆的改动：\(gitSaid(git))", "\(clone): cannot commit this clone's changes: \(gitSaid(git))")
    case .classProblem(let e): out = classProblem(e)
    case .failed(let why): out = why
    }
    if e.keptInClone {
      out += "\n"
      if let commit = e.committed {
        let committed = commitWhat(commit)
        out += say(
          "你的工作保留着：已提交在这个克隆里（\(committed)），下次同步时送到班级仓库",
          "your work is kept: committed in this clone (\(committed)), it goes to the class repository at the next sync")
      } else {
        out += say(
          "你的工作保留着：已提交在这个克隆里，下次同步时送到班级仓库",
          "your work is kept: committed in this clone, it goes to the class repository at the next sync")
      }
    }
    return out
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

extension Say {
  /// A student's clone that had edits to the instructor's files put aside: what an instructor would do.
  public static var setAsideNotTheInstructor: String {
    say(
      "class.json、feedback/ 和 instructor/ 属于教师，这个克隆没有教师的密钥：如果你是教师，把 ~/.ssh/caseroom-instructor 和它的 .pub 从建班的电脑复制到这台（下次同步会用它），或运行 caseroom class init 文件夹 --signing-key 密钥；你的改动在放到一边的文件夹里",
      "class.json, feedback/ and instructor/ are the instructor's, and this clone has not the instructor's key: "
        + "if you are the instructor, copy ~/.ssh/caseroom-instructor and its .pub from the machine that made the class "
        + "to this one (the next sync takes it), or run 'caseroom class init DIR --signing-key KEY'; "
        + "your edits are in the folder put aside")
  }

  /// A session file a sync did not commit (damaged, truncated, gone), and why.
  public static func withheld(_ w: ClassSync.Withheld) -> String {
    let why = withheldReason(w.reason)
    return say(
      "\(w.file) 没有提交：\(why)；班级仓库里保留着上一个完好的版本",
      "\(w.file) not committed: \(why); the last good version stays in the class repository")
  }

  /// Why a session file is not committed.
  static func withheldReason(_ r: ClassSync.Withheld.Reason) -> String {
    switch r {
    case .gone: return say("文件不见了（要删除一个小组的记录：git rm）", "it is gone (to remove a group's session: git rm)")
    case .unreadable(let kind): return fileProblem(kind)
    case .damaged(let e):
      let detail = e.unreadable.map(versionedProblem) ?? sessionWhat(e.what)
      return say("文件已损坏（\(detail)）", "it is damaged (\(detail))")
    }
  }
}
