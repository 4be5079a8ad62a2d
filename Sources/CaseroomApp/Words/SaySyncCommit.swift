import CaseroomClass

/// What a sync committed (`SyncCommit`), in a line: the status bar's and
/// `caseroom sync`'s. The English half is the commit message's first line.
/// And what git said when it failed (`GitSaid`).
extension Say {
  /// git's own words, kept as they are; when it wrote nothing, its exit status.
  public static func gitSaid(_ g: GitSaid) -> String {
    guard g.words.isEmpty else { return g.words }
    let status = g.status
    return say("git 以状态 \(status) 退出，没有说明原因", "git exited with \(status) and said nothing")
  }

  public static func commitWhat(_ c: SyncCommit) -> String {
    var lines = c.groups.map { g in
      let what = change(g.change)
      return say("\(g.name)：\(what)", "\(g.name): \(what)")
    }
    let n = c.feedback
    if n == 1 { lines.append(say("反馈发给了 1 个小组", "feedback released to 1 group")) }
    if n > 1 { lines.append(say("反馈发给了 \(n) 个小组", "feedback released to \(n) groups")) }
    let files = c.classFiles.joined(separator: listSeparator)
    if !c.classFiles.isEmpty { lines.append(say("班级文件：\(files)", "class files: \(files)")) }
    if c.groups.count == 1, lines.count == 1 { return lines[0] }
    if c.groups.count == 1 {
      let name = c.groups[0].name
      return say("\(name) 和班级文件", "\(name) and class files")
    }
    if !c.groups.isEmpty {
      let count = c.groups.count
      let names = c.groups.prefix(4).map(\.name).joined(separator: listSeparator) + (count > 4 ? "…" : "")
      return say("\(count) 个小组：\(names)", "\(count) groups: \(names)")
    }
    return lines.first ?? say("班级文件", "class files")
  }

  /// What changed in a group's session, in a few words.
  static func change(_ c: SyncCommit.Change) -> String {
    switch c {
    case .removed: return say("记录已删除", "session removed")
    case .new(let members, let answers):
      // The members are joined as the commit message joins them.
      let list = members.joined(separator: "、")
      let written = answers.map(String.init).joined(separator: listSeparator)
      let who = members.isEmpty ? "" : say("（\(list)）", " (\(list))")
      let answered = answers.isEmpty ? "" : say("，答了第 \(written) 题", ", answers \(written)")
      return say("新的小组记录\(who)\(answered)", "new session\(who)\(answered)")
    case .changed(let e):
      var parts: [String] = []
      let edited = e.answers.map(String.init).joined(separator: listSeparator)
      if e.answers.count == 1 { parts.append(say("改了第 \(edited) 题的答案", "answer \(edited) edited")) }
      if e.answers.count > 1 { parts.append(say("改了第 \(edited) 题的答案", "answers \(edited) edited")) }
      let (ca, cr, na, nr) = (e.citationsAdded, e.citationsRemoved, e.notesAdded, e.notesRemoved)
      if ca > 0 { parts.append(say("加了 \(ca) 处引用", "+\(ca) citation(s)")) }
      if cr > 0 { parts.append(say("删了 \(cr) 处引用", "-\(cr) citation(s)")) }
      if na > 0 { parts.append(say("加了 \(na) 条笔记", "+\(na) note(s)")) }
      if nr > 0 { parts.append(say("删了 \(nr) 条笔记", "-\(nr) note(s)")) }
      if e.notesEdited { parts.append(say("改了笔记", "notes edited")) }
      if e.reading { parts.append(say("阅读进度", "reading progress")) }
      if e.position { parts.append(say("阅读位置", "position")) }
      if e.members { parts.append(say("成员", "members")) }
      return parts.isEmpty ? say("已保存", "saved") : parts.joined(separator: listSeparator)
    }
  }
}
