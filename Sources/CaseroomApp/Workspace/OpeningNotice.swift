import CaseroomSession

extension OpenedSession.Notice {
  /// What the status bar says when a group's session is opened.
  var text: String {
    switch self {
    case .newGroup(let name): return "新小组“\(name)” new group"
    case .startedAfresh(let aside):
      return "重新开始；损坏的文件已移到 \(aside.lastPathComponent) started afresh, the damaged file kept aside"
    case .openedBackup(let aside):
      return "已从备份恢复；损坏的文件已移到 \(aside.lastPathComponent) recovered from the backup, the damaged file kept aside"
    case .caseChanged:
      return "案例文本已更改：引文按原文重新定位 the case changed since this session was saved; citations follow their text"
    case .tookOverStaleLock(let h): return "接管了失效的锁 took over a stale lock (\(h.description))"
    case .tookOver(let h): return "已接管另一个 caseroom 的锁 took over the lock of \(h.description)"
    case .heldBy(let h):
      return "另一个 caseroom 正在使用此小组（\(h.description)）· 要在这里写：--take-over"
    case .otherCase(let id): return "此文件属于另一个案例（\(id)），不会写入 a session of another case"
    case .symbolicLink(let url):
      return "\(url.lastPathComponent) 是符号链接，不会经由它写入 a symbolic link, never written through"
    case .lockFailed(let why): return "无法加锁（\(why)），不会写入 cannot lock"
    }
  }
}
