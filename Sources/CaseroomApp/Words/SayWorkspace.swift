import CaseroomClass
import CaseroomEngine
import CaseroomSession
import FoundationEssentials
import Glibc

// MARK: - Workspace: answers, the editor, notes, saving

extension Say {
  static func noSuchQuestion(_ k: String) -> String { say("没有第 \(k) 题", "there is no question \(k)") }
  static var readOnlyCannotCite: String { say("只读：不能引用", "read-only: nothing can be cited") }
  static var readOnlyCannotAnnotate: String { say("只读：不能批注", "read-only: nothing can be annotated") }
  static var readOnly: String { say("只读", "read-only") }
  static func readOnlyHeld(_ holder: String) -> String {
    say("只读：另一个进程正在编辑（\(holder)）", "read-only: held by \(holder)")
  }
  static func citedIn(_ q: Int) -> String { say("已引用到第 \(q) 题", "cited in question \(q)") }
  static var citationOrphaned: String { say("引文已失效：案例中找不到这段文字", "orphaned: the passage is no longer in the case") }
  static func copied(_ n: Int) -> String { say("已复制 \(n) 字 · Ctrl-V 粘贴", "copied \(n) characters · Ctrl-V pastes") }
  static var noteUpdated: String { say("批注已更新", "note updated") }
  static var noteAdded: String { say("已加批注", "note added") }
  static func citationCount(_ n: Int) -> String { say(" · \(n) 引用", " · \(n) cited") }
  static var notWritten: String { say("未写", "not written") }
  static func characters(_ n: Int) -> String { say("\(n) 字", "\(n) characters") }
  static var draftKeptAsNote: String {
    say("上次未写完的批注已存为批注（原文已失效）", "your unfinished note is kept as a note (its passage is gone)")
  }
  static var draftBack: String { say("上次未写完的批注已恢复", "your unfinished note is back") }
  static var citeInWhichQuestion: String { say("引用到哪一题？", "Cite in which question?") }
  static var annotateThisPassage: String { say("批注这一段：", "A note on this passage:") }
  static var editNote: String { say("修改批注：", "Edit the note:") }
  /// `（张三、李四）`, or ` (张三, 李四)` in English; nothing without members.
  static func members(_ members: [String]) -> String {
    guard !members.isEmpty else { return "" }
    let m = members.joined(separator: say("、", ", "))
    return say("（\(m)）", " (\(m))")
  }

  static func groupLine(_ name: String, _ members: [String]) -> String {
    guard !members.isEmpty else { return say("小组 \(name)", "group \(name)") }
    let m = members.joined(separator: say("、", ", "))
    return say("小组 \(name)（\(m)）", "group \(name) (\(m))")
  }
  static var answersTitle: String { say("本组答案", "Your answers") }
  static var notesTitle: String { say("本组批注", "Your notes") }
  static var noCitationsYet: String {
    say("引用：无 · 在阅读时按 ( ) 选句、c 引用", "no citations yet · mark a sentence with ( ), then c")
  }
  static func citationsCount(_ n: Int) -> String { say("引用 \(n) 处：", "\(n) cited: ") }
  static var noNotesYet: String {
    say("还没有批注：在阅读时按 ( ) 选句，A 加批注", "no notes yet: mark a sentence with ( ), then A")
  }
  static var badgeReadOnly: String { say(" 只读 ", " read-only ") }
  static func badgeSaveFailed(_ why: String) -> String {
    say(" 保存失败：\(why) — 重试中 ", " SAVE FAILED: \(why) — retrying ")
  }
  static var badgeUnsaved: String { say(" 未保存 ", " unsaved ") }
  static func badgeSaved(_ time: String) -> String { say(" 已保存 \(time) ", " saved \(time) ") }
  static var quitAfterFailedSave: String {
    say("保存失败！仍要退出？y 退出 / 其他键 返回", "SAVE FAILED — quit anyway? y quits, any other key goes back")
  }
  static func wordCount(_ words: Int, _ characters: Int) -> String {
    say("字数 \(words) · 字符 \(characters)  ", "\(words) words · \(characters) characters  ")
  }
  static var hintCitations: String { say("引用列表", "citations") }
  static var noCitationsToList: String { say("这个答案还没有引用", "this answer cites nothing yet") }

  // Removals and their undoing.
  static var citationRemoved: String { say("已删除引用 · u 撤销", "citation removed · u undoes") }
  static var noteRemoved: String { say("已删除批注 · u 撤销", "note removed · u undoes") }
  static func answerCleared(_ q: Int) -> String { say("第 \(q) 题的答案已清空 · u 撤销", "answer \(q) cleared · u undoes") }
  static var citationRestored: String { say("已恢复引用", "citation restored") }
  static var noteRestored: String { say("已恢复批注", "note restored") }
  static func answerRestored(_ q: Int) -> String { say("已恢复第 \(q) 题的答案", "answer \(q) restored") }
  static var nothingToUndoRemoved: String { say("没有可撤销的删除", "nothing removed to bring back") }
}

// MARK: - The class

extension Say {
  static var syncNeedsAClone: String {
    say(
      "同步需要班级的 git 仓库：小组记录文件夹应是它的克隆（见 docs/CLASS-GUIDE.md）",
      "syncing needs the sessions folder to be a clone of the class repository (docs/CLASS-GUIDE.md)")
  }
  static func synced(_ received: Int, pushed: Bool, conflicts: Int) -> String {
    let c = conflicts > 0 ? say("，\(conflicts) 处冲突已标出", ", \(conflicts) conflicts marked") : ""
    return say("已同步：收到 \(received) 个更新", "synced: \(received) received") + (pushed ? "" : say("（未推送）", " (not pushed)"))
      + c
  }
  /// While git runs.
  static var syncing: String { say("同步中…", "syncing…") }

  static func syncFailed(_ why: String) -> String {
    say("同步失败：\(why)（本机的修改都在）", "sync failed: \(why) (your work is kept here)")
  }
  /// A phase and its time left: `个人阅读、分组讨论 · 还剩 12 分钟`.
  public static func phase(_ p: PhaseStatus) -> String {
    p.phase.title + (p.remaining.map { " · " + timeLeft($0) } ?? "")
  }
  static func timeLeft(_ remaining: TimeInterval) -> String {
    if remaining > 60 {
      return say("还剩 \(Int((remaining / 60).rounded(.up))) 分钟", "\(Int((remaining / 60).rounded(.up))) min left")
    }
    if remaining > 0 { return say("还剩 \(Int(remaining.rounded(.up))) 秒", "\(Int(remaining.rounded(.up))) s left") }
    let over = Int((-remaining / 60).rounded(.down))
    return over == 0 ? say("时间到", "time is up") : say("已超时 \(over) 分钟", "\(over) min over")
  }
  static func lastSync(_ time: String) -> String { say("同步于 \(time)", "synced \(time)") }
  static func feedbackLine(_ score: Int?, _ scale: Int) -> String {
    score.map { say("老师评分 \($0)/\(scale)", "instructor's score \($0)/\(scale)") }
      ?? say("老师的点评", "the instructor's comment")
  }
  static var feedbackComment: String { say("点评：", "comment: ") }
  /// One criterion's score: 论据 3/4 (— when not scored).
  static func criterionScore(_ name: String, _ score: Int?, _ points: Int) -> String {
    let given = score.map(String.init) ?? "—"
    return say("\(name) \(given)/\(points)", "\(name) \(given)/\(points)")
  }
}

// MARK: - Opening a group's session

extension Say {
  static func newGroup(_ name: String) -> String { say("新小组“\(name)”", "new group “\(name)”") }
  static func startedAfresh(_ aside: String) -> String {
    say("重新开始；损坏的文件已移到 \(aside)", "started afresh; the damaged file was kept aside as \(aside)")
  }
  static func recoveredFromBackup(_ aside: String) -> String {
    say("已从备份恢复；损坏的文件已移到 \(aside)", "recovered from the backup; the damaged file was kept aside as \(aside)")
  }
  static var caseChanged: String {
    say("案例文本已更改：引文按原文重新定位", "the case changed since this session was saved: citations follow their text")
  }
  static func tookOverStaleLock(_ h: String) -> String { say("接管了失效的锁（\(h)）", "took over a stale lock (\(h))") }
  static func tookOver(_ h: String) -> String { say("已接管另一个 caseroom 的锁（\(h)）", "took over the lock of \(h)") }
  static func heldBy(_ h: String) -> String {
    say(
      "另一个 caseroom 正在使用此小组（要在这里写：--take-over）：\(h)",
      "another caseroom has this group (to write here: --take-over): \(h)")
  }
  static func otherCase(_ id: String) -> String {
    say("此文件属于另一个案例（\(id)），不会写入", "a session of another case (\(id)): never written")
  }
  static func symbolicLink(_ name: String) -> String {
    say("\(name) 是符号链接，不会经由它写入", "\(name) is a symbolic link: never written through")
  }
  static func lockFailed(_ u: SessionLock.Unavailable) -> String {
    let why = lockUnavailable(u)
    return say("无法加锁（\(why)），不会写入", "cannot lock (\(why)): nothing is written")
  }

  static func inUseTitle(_ group: String) -> String { say("“\(group)”正在被使用", "“\(group)” is in use") }
  static func inUseHolder(_ h: String) -> String {
    say("另一个 caseroom 正在编辑这个小组的记录：\(h)。", "Another caseroom is editing this group's session: \(h).")
  }
  static var inUseExplained: String {
    say(
      "接管后由这里写入；那边之后的修改将无法保存（它会显示保存失败）。如果那个进程已经不在了（断线、关机），可以放心接管。",
      "Once taken over, this one writes; the other's later changes can no longer be saved (it will say so). If that process is gone (a dropped connection, a shut-down laptop), taking over is safe."
    )
  }
  static var takeOverChoice: String { say("接管，在这里写入", "take over and write here") }
  static var readOnlyChoice: String { say("只读打开", "open read-only") }
  static var quitChoice: String { say("退出", "quit") }
  static func damagedTitle(_ group: String) -> String {
    say("“\(group)”的记录已损坏", "“\(group)”'s session file is damaged")
  }
  static func backupUsable(_ when: String, _ revision: Int) -> String {
    say("备份可用：保存于 \(when)，第 \(revision) 版。", "Its backup can be used: saved \(when), revision \(revision).")
  }
  static func damagedKeptAside(_ name: String) -> String {
    say(
      "无论选哪一项，损坏的文件都会原样另存为 \(name).damaged-<时间>，不会删除。",
      "Whichever you choose, the damaged file is kept as it is, as \(name).damaged-<time>, never deleted.")
  }
  static var fromBackupChoice: String { say("从备份继续", "carry on from the backup") }
  static var freshChoice: String { say("重新开始（空白记录）", "start afresh (an empty session)") }
  static var leaveItChoice: String { say("退出，文件保持原样", "quit, leaving the file as it is") }
  static var backupUsableHint: String { say("（备份可用，Enter 选择）", " (its backup can be used: Enter)") }
  static func pressOneOf(_ keys: String) -> String {
    say("请按 \(keys) 之一（Ctrl-C 退出）", "press one of \(keys) (Ctrl-C quits)")
  }
}

// MARK: - The text editor's notices

extension Say {
  static var editorReadOnly: String { say("只读，不能修改", "read-only") }
  static var nothingSelected: String { say("没有选中文字", "nothing selected") }
  static var clipboardEmpty: String { say("剪贴板是空的", "the clipboard is empty") }
  static var nothingToUndo: String { say("没有可撤销的修改", "nothing to undo") }
  static var nothingToRedo: String { say("没有可重做的修改", "nothing to redo") }
  static func overLimit(_ limit: String) -> String {
    say("超过 \(limit) 字节的上限，未插入", "over the \(limit)-byte limit: nothing inserted")
  }
  static func pasteRefused(limit: String) -> String {
    say("粘贴的内容超过 \(limit) 字节的上限，未插入", "the paste is over the \(limit)-byte limit: nothing inserted")
  }
  static func controlsRemoved(_ n: Int) -> String {
    say("已移除 \(n) 个控制字符", "removed \(n) control character(s)")
  }
}

// MARK: - The group picker

extension Say {
  static var chooseOrCreateFirst: String {
    say("先选择或新建小组（n），名称处可以粘贴", "choose or create a group first (n); names can be pasted")
  }
  static var nameEmpty: String { say("小组名称不能为空", "the name cannot be empty") }
  static func nameExists(_ name: String) -> String {
    say("“\(name)”已存在，请在列表中选择", "“\(name)” exists already: choose it in the list")
  }
  static var chooseYourGroup: String { say("选择小组", "Choose your group") }
  static var whichGroup: String { say("哪个小组在阅读？", "Which group is reading?") }
  static var newGroupRow: String { say("＋ 新建小组", "+ New group") }
  static var groupNameTitle: String { say("小组名称：", "The group's name:") }
  static var nameLabel: String { say(" 名称：", " Name: ") }
  static func membersTitle(_ name: String) -> String {
    say("小组“\(name)”的成员，用逗号分隔：", "The members of “\(name)”, separated by commas:")
  }
  static var membersLabel: String { say(" 成员：", " Members: ") }
}

// MARK: - The case picker

extension Say {
  static var chooseACase: String { say("选择案例", "Choose a case") }
  static var whichCase: String { say("读哪个案例？", "Which case?") }
  static var chooseACaseFirst: String { say("先选择一个案例", "choose a case first") }
  static var noCaseToOpen: String { say("没有可以打开的案例", "no case can be opened") }
  static func caseCounts(sections: Int, questions: Int, own: Bool) -> String {
    say("\(sections) 节 · 思考题 \(questions)", "\(sections) sections · \(questions) questions")
      + (own ? say(" · 自己的", " · yours") : "")
  }
}

extension Say {
  /// Why a session is open read-only, for the status bar.
  static func readOnlyReason(_ r: OpenedSession.ReadOnly) -> String {
    switch r {
    case .heldBy(let h): return holder(h)
    case .otherCase(let id): return otherCase(id)
    case .symbolicLink: return say("符号链接，不会经由它写入", "a symbolic link: never written through")
    case .noLock(let why): return lockFailed(why)
    }
  }

  /// Why a save was refused: `已被 张三 在 lab1 上（…）接管：未保存`.
  static func saveRefused(_ r: OpenedSession.SaveRefusal) -> String {
    switch r {
    case .readOnly(let why):
      return say("只读（\(readOnlyReason(why))）：未保存", "read-only (\(readOnlyReason(why))): not saved")
    case .takenOver(let h): return say("已被接管（\(holder(h))）：未保存", "taken over by \(holder(h)): not saved")
    case .writtenSince:
      return say("打开后另一个进程写过这个文件（已被接管）：未保存", "written by another process since it was opened (taken over): not saved")
    }
  }

  /// Who holds a group's session: `张三 在 lab1 上（进程 4242，11-29 14:02 起）`.
  static func holder(_ h: SessionLock.Holder) -> String {
    let since = LocalTime.text(h.since, .dateAndTime)
    let who = h.user ?? say("某用户", "someone")
    return say("\(who) 在 \(h.host) 上，进程 \(h.pid)，\(since) 起", "\(who) on \(h.host), process \(h.pid), since \(since)")
  }
}

extension Say {
  static var answersListTitle: String { say("本组答案", "The answers") }
  static var citationListTitle: String { say("编辑器里的引用（Ctrl-O）", "The editor's citations (Ctrl-O)") }
  static var notesListTitle: String { say("本组批注", "The notes") }
}
