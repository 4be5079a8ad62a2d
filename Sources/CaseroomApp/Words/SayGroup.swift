import CaseroomEngine
import CaseroomSession
import FoundationEssentials
import Glibc

// MARK: - A group writing together: who reads, who writes, saves that fail

extension Say {
  /// `李华正在写`.
  static func writing(_ member: String) -> String { say("\(member)正在写", "\(member) is writing") }
  /// In a read-only answer or note another member writes.
  static func fieldHeld(_ member: String) -> String {
    say("\(member)正在写（只读，实时更新；别处可以写）", "\(member) is writing this (read-only, live; write elsewhere)")
  }
  static var fieldFreeNow: String { say("现在可以写了", "you can write it now") }
  static func fieldTakenFromYou(_ member: String) -> String {
    say(
      "\(member)接着写了这里（你停了一分钟）：你写的已保存；现在只读，实时显示\(member)写的",
      "\(member) took this over (you were idle a minute): what you wrote is saved; now read-only, showing \(member)'s text live"
    )
  }
  static func fieldCannotLock(_ u: SessionLock.Unavailable) -> String {
    let why = lockUnavailable(u)
    return say(
      "无法加锁（\(why)）：照常写；别人同时写这里时两份都保留",
      "cannot lock (\(why)): write on; if another writes here too, both texts are kept")
  }
  /// Present members, for the header and the answers view: `在线：李华、王芳`;
  /// a member reading at two terminals is shown as such (`李华×2`).
  static func present(_ members: [String]) -> String { presentForms(members)[0] }
  /// The same, ever shorter, for a narrow title: all of them, then the first
  /// few and how many more (`在线：李华、王芳 +2`, `在线：李华 +3`), then only
  /// how many (`在线 4 人`). Every form ends at a whole name.
  static func presentForms(_ members: [String]) -> [String] {
    var names: [String] = []
    var count: [String: Int] = [:]
    for m in members {
      if count[m] == nil { names.append(m) }
      count[m, default: 0] += 1
    }
    let shown = names.map { count[$0]! > 1 ? "\($0)×\(count[$0]!)" : $0 }
    let label = say("在线：", "here: ")
    let fewer = (1..<max(1, shown.count)).reversed().map {
      label + shown.prefix($0).joined(separator: say("、", ", ")) + " +\(shown.count - $0)"
    }
    return [label + shown.joined(separator: say("、", ", "))] + fewer
      + [say("在线 \(members.count) 人", "\(members.count) here")]
  }
  /// The reader's member in the header: `第一组 · 李华`.
  static func groupAndMember(_ group: String, _ member: String) -> String { "\(group) · \(member)" }

  // Who is reading (asked when the group opens).
  static func whoIsReadingTitle(_ group: String) -> String { say("谁在读“\(group)”？", "Who is reading “\(group)”?") }
  static func whoIsReadingText(_ login: String) -> String {
    say(
      "按一个数字选你的名字（以后用账号 \(login) 打开时会记住）。不在名单里：按 a 以 \(login) 加入小组，或用 --member 名字 启动。",
      "Press a number to choose your name (remembered for the login \(login)). Not listed: press a to join the group as \(login), or start with --member NAME."
    )
  }
  static func addMyself(_ login: String) -> String { say("以 \(login) 加入小组", "join the group as \(login)") }
  static func memberAdded(_ name: String) -> String { say("\(name) 已加入小组", "\(name) joined the group") }
  static func notAMember(_ name: String, _ group: String) -> String {
    say("\(name) 不在“\(group)”的名单里", "\(name) is not a member of “\(group)”")
  }
  static func addAsMember(_ name: String) -> String { say("把 \(name) 加入小组", "add \(name) to the group") }
  static var chooseAnother: String { say("选名单里的另一个名字", "choose another name from the list") }
  /// Two readers as one member: both are shown.
  static func sameMemberTwice(_ member: String) -> String {
    say("\(member) 在另一个终端也开着这个小组", "\(member) has this group open in another terminal too")
  }

  // A lock on another host: taking over, asked on screen.
  static func heldElsewhereTitle(_ member: String) -> String {
    say("\(member)正在写这一题", "\(member) is writing this")
  }
  static func heldElsewhereText(_ holder: String) -> String {
    say(
      "写的人在另一台电脑上（\(holder)），这里无法确认那个进程还在不在。它一分钟没有动静后会自动释放。只有确定那边已经不写了（断线、关机）才接管；两边都写的文字都会保留，并标出是谁写的。",
      "The writer is on another computer (\(holder)): whether that process still runs cannot be checked from here. It is freed after a minute without a key. Take over only if you are sure it stopped (a dropped connection, a shut-down laptop); if both write, both texts are kept, marked with who wrote them."
    )
  }
  static var takeOverField: String { say("接管，在这里写", "take over and write here") }
  static var watchField: String { say("只读查看（实时更新）", "watch it read-only (live)") }

  // Saves that cannot be done.
  /// Followed by the draft's path, on a line of its own (whole, to copy).
  static func savedToDraft(_ why: String) -> String {
    say("保存失败（\(why)）。文字已存入草稿：", "Could not save (\(why)). Your text is in a draft:")
  }
  static func draftFailedToo(_ why: String, _ draftWhy: String) -> String {
    say(
      "保存失败（\(why)），草稿也无法写入（\(draftWhy)）：退出会丢掉未保存的文字。",
      "Could not save (\(why)), nor write a draft (\(draftWhy)): quitting loses what is unsaved.")
  }
  static var quitSaveFailedTitle: String { say("保存失败", "Could not save") }
  static var draftOfferedNextTime: String {
    say("下次打开这个小组时会提示恢复这份草稿。", "The next time this group is opened, caseroom offers the draft.")
  }
  static var quitNow: String { say("退出", "quit") }
  static var stayAndRetry: String { say("留下，继续重试保存", "stay, and keep trying to save") }
  static func badgeDraft(_ why: String) -> String {
    say(" 保存失败：\(why) — 已存草稿，重试中 ", " SAVE FAILED: \(why) — draft kept, retrying ")
  }

  // The draft offered on the next start.
  static func draftFoundTitle(_ group: String) -> String {
    say("“\(group)”有一份未保存的草稿", "“\(group)” has an unsaved draft")
  }
  /// The draft offer's words before its path (the path on a line of its own, then `draftRestoreExplained`).
  static func draftFoundText(_ when: String, _ why: String) -> String {
    say("\(when) 的一次保存没有成功（\(why)），文字存在：", "A save at \(when) failed (\(why)); the text is in:")
  }
  /// A draft made from the crash journals of readers that ended without saving.
  static func typedBeforeCrashText(_ when: String) -> String {
    say(
      "上次程序没有正常结束（\(when)），最后打的字还没保存，已存在：",
      "caseroom did not end normally last time (\(when)): the last text typed was not saved yet; it is in:")
  }
  static var draftRestoreExplained: String {
    say(
      "恢复：与小组现在的记录合并（不同的题互不影响；同一处两边都改了则两份都保留并标明）。",
      "Restoring merges it with the group's session as it is now (different answers never clash; where both changed one place, both texts are kept, marked)."
    )
  }
  static var restoreDraft: String { say("恢复草稿", "restore the draft") }
  static var keepDraftForLater: String { say("先不恢复（草稿留着）", "not now (the draft stays)") }
  static var dropDraft: String { say("删除草稿", "delete the draft") }
  static var draftRestored: String { say("草稿已恢复并保存", "the draft is restored and saved") }
  static func othersWrote(_ conflicts: Int) -> String {
    say("有 \(conflicts) 处两人都改了：两份都保留并标明", "\(conflicts) place(s) changed by two: both kept, marked")
  }
}

// The review: who wrote what in a group.
extension Say {
  static func participation(_ parts: [String]) -> String {
    let list = parts.joined(separator: " · ")
    return say("参与：\(list)", "Shares: \(list)")
  }
  static func memberShare(_ name: String, percent: Int, notes: Int, citations: Int) -> String {
    switch (notes > 0, citations > 0) {
    case (false, false): return "\(name) \(percent)%"
    case (true, false): return say("\(name) \(percent)%（\(notes) 注）", "\(name) \(percent)% (\(notes) notes)")
    case (false, true):
      return say("\(name) \(percent)%（\(citations) 引）", "\(name) \(percent)% (\(citations) cited)")
    case (true, true):
      return say(
        "\(name) \(percent)%（\(notes) 注，\(citations) 引）", "\(name) \(percent)% (\(notes) notes, \(citations) cited)")
    }
  }
}

// MARK: - The same member at two terminals; keys typed into a field another writes

extension Say {
  /// In a read-only answer or note this member writes at another terminal.
  static func fieldHeldByYou(note: Bool) -> String {
    note
      ? say("你在另一个终端正在写这条批注（只读，实时更新）", "you are writing this note in another terminal (read-only, live)")
      : say("你在另一个终端正在写这题（只读，实时更新）", "you are writing this in another terminal (read-only, live)")
  }
  /// `李华正在写` in the answers view, for this member's other terminal.
  static var writingElsewhere: String { say("你在另一个终端写", "you write it in another terminal") }
  static func heldByYouTitle(note: Bool) -> String {
    note
      ? say("你在另一个终端正在写这条批注", "You are writing this note in another terminal")
      : say("你在另一个终端正在写这题", "You are writing this in another terminal")
  }
  static func heldByYouText(note: Bool) -> String {
    note
      ? say(
        "同一个名字在另一个终端里开着这条批注。接管：在这里接着写，那边写的已保存，那边变为只读并会看到提示。只读查看：在那边接着写，这里实时显示。",
        "The same name has this note open in another terminal. Take over: write on here; what was written there is saved, and that terminal turns read-only and is told. Watch: write on there, shown here live."
      )
      : say(
        "同一个名字在另一个终端里开着这题。接管：在这里接着写，那边写的已保存，那边变为只读并会看到提示。只读查看：在那边接着写，这里实时显示。",
        "The same name has this open in another terminal. Take over: write on here; what was written there is saved, and that terminal turns read-only and is told. Watch: write on there, shown here live."
      )
  }
  /// The field held here was taken over at this member's other terminal.
  static func fieldTakenByYouElsewhere(note: Bool) -> String {
    note
      ? say(
        "你在另一终端接管了这条批注：这里写的已保存，现在只读",
        "your other terminal took this note over: what you wrote here is saved; now read-only")
      : say(
        "你在另一终端接管了这题：这里写的已保存，现在只读",
        "your other terminal took this over: what you wrote here is saved; now read-only")
  }
  /// Keys typed into a field another member writes: not written, kept on
  /// the clipboard, and what to do (short: the status line at 80 columns holds it whole).
  static func typedNotWritten(_ member: String, _ count: Int) -> String {
    say(
      "\(member)在写这题：\(count) 字未写入（已复制）；Esc 写别的题或等他写完",
      "\(member) is writing this: \(count) typed, not written (copied); Esc to write another, or wait"
    )
  }
  /// The same, the field written at this member's other terminal.
  static func typedNotWrittenYours(_ count: Int, note: Bool) -> String {
    note
      ? say(
        "你在另一终端写这条批注：\(count) 字未写入（已复制）；Esc 再打开可接管",
        "your other terminal writes this note: \(count) typed, not written (copied); Esc, open it again to take over")
      : say(
        "你在另一终端写这题：\(count) 字未写入（已复制）；Esc 再打开可接管",
        "your other terminal writes this: \(count) typed, not written (copied); Esc, open it again to take over")
  }
}
