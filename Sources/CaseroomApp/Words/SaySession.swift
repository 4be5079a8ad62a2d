import CaseroomEngine
import CaseroomSession

/// What the session layer hands back — why a session file is refused, why no
/// lock can be made, why two sessions cannot be merged — in the interface's
/// language. The system's reason (strerror) and a decoder's words are kept
/// as they are, after the sentence.
extension Say {
  /// What is wrong with a session file (after its name).
  public static func sessionWhat(_ what: SessionError.What) -> String {
    switch what {
    case .unreadable: return say("无法读取", "cannot be read")
    case .undecodable(let detail): return say("无法读取为小组记录：\(detail)", "cannot be read as a session: \(detail)")
    case .cannotEncode(let detail): return say("无法编码：\(detail)", "cannot be encoded: \(detail)")
    case .cannotWrite(let detail): return say("无法写入：\(systemReason(detail))", "cannot be written: \(detail)")
    case .cannotMoveAside(let why): return say("无法移到一边：\(systemReason(why))", "cannot be moved aside: \(why)")
    case .tooManyDamagedCopies:
      return say("无法移到一边：损坏的副本太多，名字都已用完", "cannot be moved aside: too many damaged copies")
    case .backupOfOtherCase(let id): return say("是另一个案例（\(id)）的小组记录", "a session of another case (\(id))")
    case .symbolicLinkNotRecovered:
      return say(
        "是符号链接：不在原处恢复（caseroom 从不经由链接写入）",
        "is a symbolic link: not recovered in place (caseroom never writes through a link)")
    case .cannotRecoverNow(let why):
      return say("现在无法恢复：\(readOnlyReason(why))", "cannot be recovered now: \(readOnlyReason(why))")
    case .cannotCreate(let why):
      return say("无法创建：\(lockUnavailable(why))", "cannot be created: \(lockUnavailable(why))")
    case .liveFolderNotAFolder:
      return say("不是文件夹：小组的成员无法在这里会合", "is not a folder: the group's readers cannot meet")
    case .cannotCreateFolder(let why):
      return say("无法创建文件夹：\(systemReason(why))", "the folder cannot be created: \(why)")
    case .holdsAnotherSession(let group, let caseId):
      return say(
        "现在是另一份小组记录（\(group)，\(caseId)）：没有覆盖", "now holds another session (\(group), \(caseId)): not written over")
    case .cannotMerge(let f): return mergeFailure(f)
    case .writeLockUnopenable(let why):
      return say("无法打开写入锁：\(systemReason(why))", "the write lock cannot be opened: \(why)")
    case .saveDidNotEnd: return say("另一位成员的保存迟迟没有结束", "another reader's save did not end")
    case .cannotLock(let why): return say("无法加锁：\(systemReason(why))", "cannot lock: \(why)")
    }
  }

  /// Why no lock can be made here.
  public static func lockUnavailable(_ u: SessionLock.Unavailable) -> String {
    switch u {
    case .cannotCreateFolder(let dir, let why):
      return say("无法创建 \(dir)：\(systemReason(why))", "cannot create \(dir): \(why)")
    case .cannotEncode: return say("无法编码锁文件", "cannot encode the lock")
    case .cannotCreate(let why): return say("无法创建锁文件：\(systemReason(why))", "cannot create the lock: \(why)")
    case .cannotWrite(let why): return say("无法写入锁文件：\(systemReason(why))", "cannot write the lock: \(why)")
    case .folder(let e): return sessionPlace(e) + ": " + sessionWhat(e.what)
    case .nameTaken: return say("成员锁的名字已被占用", "a reader's lock name is taken")
    }
  }

  /// Why two sessions cannot be merged.
  public static func mergeFailure(_ f: SessionMerge.Failure) -> String {
    switch f {
    case .twoCases(let a, let b):
      return say("两个案例（\(a)、\(b)）的小组记录不能合并", "sessions of two cases (\(a), \(b)) cannot be merged")
    case .twoGroups(let a, let b):
      return say("两个小组（\(a)、\(b)）的小组记录不能合并", "sessions of two groups (\(a), \(b)) cannot be merged")
    }
  }

  /// `file:line` or `file`.
  static func sessionPlace(_ e: SessionError) -> String { e.line > 0 ? "\(e.file):\(e.line)" : e.file }

  /// The system's reason (strerror, English), with its Chinese name where one is known.
  static func systemReason(_ words: String) -> String {
    let known: [(String, String)] = [
      ("No space left", "磁盘已满"), ("Disk quota", "磁盘配额已满"), ("Permission denied", "没有权限"),
      ("Operation not permitted", "没有权限"), ("Read-only file system", "只读文件系统"),
      ("Not a directory", "路径中有一段不是文件夹"), ("No such file or directory", "文件或文件夹不存在"),
      ("Input/output error", "读写出错"),
    ]
    guard let zh = known.first(where: { words.contains($0.0) })?.1 else { return words }
    return "\(zh)（\(words)）"
  }
}

extension Say {
  /// Why a group's save failed, short, for the save badge and the status bar.
  static func sessionSaveFailure(_ e: SessionError) -> String {
    switch e.what {
    case .cannotWrite(let why), .cannotMoveAside(let why), .cannotCreateFolder(let why), .cannotLock(let why),
      .writeLockUnopenable(let why):
      return saveFailure(why)
    case .liveFolderNotAFolder: return say("会话文件夹不见了或被换成了文件", sessionWhat(e.what))
    case .holdsAnotherSession: return say("文件被换成了另一个小组的记录", sessionWhat(e.what))
    case .unreadable where e.reason != nil: return fileProblem(e.reason!)
    case .unreadable, .undecodable:
      return say("文件被手动改过，无法读取", e.unreadable.map(versionedProblem) ?? sessionWhat(e.what))
    default: return sessionWhat(e.what)
    }
  }
}
