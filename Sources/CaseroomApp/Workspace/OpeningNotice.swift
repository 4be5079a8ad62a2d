import CaseroomSession

extension OpenedSession.Notice {
  var isNewGroup: Bool {
    if case .newGroup = self { return true }
    return false
  }

  /// What the status bar says when a group's session is opened.
  var text: String {
    switch self {
    case .newGroup(let name): return Say.newGroup(name)
    case .startedAfresh(let aside):
      return Say.startedAfresh(aside.lastPathComponent)
    case .openedBackup(let aside):
      return Say.recoveredFromBackup(aside.lastPathComponent)
    case .caseChanged:
      return Say.caseChanged
    case .tookOverStaleLock(let h): return Say.tookOverStaleLock(Say.holder(h))
    case .tookOver(let h): return Say.tookOver(Say.holder(h))
    case .heldBy(let h):
      return Say.heldBy(Say.holder(h))
    case .otherCase(let id): return Say.otherCase(id)
    case .symbolicLink(let url):
      return Say.symbolicLink(url.lastPathComponent)
    case .lockFailed(let why): return Say.lockFailed(why)
    }
  }
}
