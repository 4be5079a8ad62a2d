import CaseroomSession

extension OpenedSession.Notice {
  /// What the status bar says when a group's session is opened.
  var text: String {
    switch self {
    case .newGroup(let name): return "新小组“\(name)” new group"
    case .startedAfresh(let url): return "重新开始：\(url.lastPathComponent)（损坏的文件保持原样）"
    case .openedBackup(let url): return "已打开备份，保存到 \(url.lastPathComponent) opened the backup"
    case .caseChanged:
      return "案例文本已更改：引文按原文重新定位 the case changed since this session was saved; citations follow their text"
    case .tookOverStaleLock(let h): return "接管了失效的锁 took over a stale lock (\(h.description))"
    case .heldBy(let h): return "另一个 caseroom 正在使用此小组：只读打开 held by \(h.description): read-only"
    }
  }
}
