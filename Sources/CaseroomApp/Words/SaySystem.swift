import CaseroomEngine
import CaseroomSession
import Glibc

/// What the system said (an `errno`, `SystemError`), why a file is not a
/// regular one, and why a file could not be written, in the interface's
/// language. The C library's English (`strerror`) is shown only for an error
/// not worded here, after the words.
extension Say {
  /// The system's error, in full (after what could not be done).
  public static func systemError(_ e: SystemError) -> String {
    switch e.code {
    case ENOSPC: return say("磁盘已满", "the disk is full")
    case EDQUOT: return say("磁盘配额已用完", "the disk quota is used up")
    case EACCES, EPERM: return say("没有权限", "permission denied")
    case EROFS: return say("只读文件系统", "the file system is read-only")
    case ENOENT: return say("文件或文件夹不存在", "no such file or folder")
    case EEXIST: return say("已经存在", "it exists already")
    case EISDIR: return say("是文件夹", "it is a folder")
    case ENOTDIR: return say("路径中有一段不是文件夹", "a part of the path is not a folder")
    case ENAMETOOLONG: return say("文件名太长", "the file name is too long")
    case EIO: return say("读写出错（磁盘或网络文件系统的输入输出错误）", "an input/output error (the disk or a network file system)")
    default: return say("系统错误 \(e.code)（\(e)）", "system error \(e.code) (\(e))")
    }
  }

  /// Why a save failed, short, for the save badge and the status bar.
  static func saveFailure(_ e: SystemError) -> String {
    switch e.code {
    case EACCES, EPERM: return say("没有写入权限", "no permission to write")
    case ENOTDIR, ENOENT: return say("会话文件夹不见了或被换成了文件", "the session's folder is gone or replaced by a file")
    default: return systemError(e)
    }
  }

  /// What a file that is not a regular file is.
  static func special(_ s: FileReadError.Special) -> String {
    switch s {
    case .fifo: return say("命名管道（FIFO）", "a FIFO")
    case .socket: return say("套接字", "a socket")
    case .device: return say("设备文件", "a device")
    case .other: return say("特殊文件", "a special file")
    }
  }

  /// Why a file could not be written (after its name).
  public static func writeFailure(_ e: FileWriteError) -> String {
    let what: String
    switch e.step {
    case .createFolder: what = say("无法创建它的文件夹", "cannot create its folder")
    case .symbolicLink:
      return say(
        "是符号链接：没有替换（caseroom 从不经由链接写入）", "is a symbolic link: not replaced (caseroom never writes through a link)")
    case .directory: return say("是文件夹：没有替换", "is a folder: not replaced")
    case .notRegular: return say("不是普通文件：没有替换", "is not a regular file: not replaced")
    case .createTemporary: what = say("无法创建临时文件", "cannot create a temporary file")
    case .write: what = say("无法写入", "cannot be written")
    case .replace: what = say("无法替换", "cannot be replaced")
    }
    guard let system = e.system else { return what }
    return say("\(what)：\(systemError(system))", "\(what): \(systemError(system))")
  }

  /// Why a save failed, short, from what the writer handed back.
  static func saveFailure(_ e: FileWriteError) -> String {
    e.system.map(saveFailure) ?? writeFailure(e)
  }
}

extension Say {
  /// Why a folder of sessions cannot be listed.
  static func folderError(_ e: SystemError) -> String {
    switch e.code {
    case ENOENT: return say("没有这个文件夹", "no such directory")
    case ENOTDIR: return say("不是文件夹", "is not a directory")
    default: return systemError(e)
    }
  }

  /// What is wrong with a session file, without its name or the kind of
  /// problem (said before it): why it could not be read, the loader's
  /// refusal, or what the session layer handed back.
  static func sessionDetail(_ e: SessionError) -> String {
    if let kind = e.reason { return fileProblem(kind) }
    if let u = e.unreadable { return versionedProblem(u) }
    return sessionWhat(e.what)
  }
}
