import CaseroomEngine
import CaseroomSession

/// What the session layer hands back — why a session file is refused, why no
/// lock can be made, why two sessions cannot be merged — in the interface's
/// language. The system's error is worded (`systemError`); a decoder's words
/// are kept as they are, after the sentence.
extension Say {
  /// What is wrong with a session file (after its name).
  public static func sessionWhat(_ what: SessionError.What) -> String {
    switch what {
    case .unreadable: return say("无法读取", "cannot be read")
    case .undecodable(let detail): return say("无法读取为小组记录：\(detail)", "cannot be read as a session: \(detail)")
    case .cannotEncode(let detail): return say("无法编码：\(detail)", "cannot be encoded: \(detail)")
    case .cannotWrite(let e): return writeFailure(e)
    case .cannotMoveAside(let why):
      let w = systemError(why)
      return say("无法移到一边：\(w)", "cannot be moved aside: \(w)")
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
      let w = systemError(why)
      return say("无法创建文件夹：\(w)", "the folder cannot be created: \(w)")
    case .holdsAnotherSession(let group, let caseId):
      return say(
        "现在是另一份小组记录（\(group)，\(caseId)）：没有覆盖", "now holds another session (\(group), \(caseId)): not written over")
    case .cannotMerge(let f): return mergeFailure(f)
    case .writeLockUnopenable(let why):
      let w = systemError(why)
      return say("无法打开写入锁：\(w)", "the write lock cannot be opened: \(w)")
    case .saveDidNotEnd: return say("另一位成员的保存迟迟没有结束", "another reader's save did not end")
    case .cannotLock(let why):
      let w = systemError(why)
      return say("无法加锁：\(w)", "cannot lock: \(w)")
    }
  }

  /// Why no lock can be made here.
  public static func lockUnavailable(_ u: SessionLock.Unavailable) -> String {
    switch u {
    case .cannotCreateFolder(let dir, let why):
      let w = systemError(why)
      return say("无法创建 \(dir)：\(w)", "cannot create \(dir): \(w)")
    case .cannotEncode: return say("无法编码锁文件", "cannot encode the lock")
    case .cannotCreate(let why):
      let w = systemError(why)
      return say("无法创建锁文件：\(w)", "cannot create the lock: \(w)")
    case .cannotWrite(let why):
      let w = systemError(why)
      return say("无法写入锁文件：\(w)", "cannot write the lock: \(w)")
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
}

extension Say {
  /// Why a group's save failed, short, for the save badge and the status bar.
  static func sessionSaveFailure(_ e: SessionError) -> String {
    switch e.what {
    case .cannotWrite(let e): return saveFailure(e)
    case .cannotMoveAside(let e), .cannotCreateFolder(let e), .cannotLock(let e), .writeLockUnopenable(let e):
      return saveFailure(e)
    case .liveFolderNotAFolder:
      return say("会话文件夹不见了或被换成了文件", "the session's folder is gone or replaced by a file")
    case .holdsAnotherSession:
      return say("文件被换成了另一个小组的记录", "the file now holds another group's session")
    case .unreadable where e.reason != nil: return fileProblem(e.reason!)
    case .unreadable, .undecodable:
      return say("文件被手动改过，无法读取", "the file was edited by hand and cannot be read")
    default: return sessionWhat(e.what)
    }
  }
}
