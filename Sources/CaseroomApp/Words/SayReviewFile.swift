import CaseroomEngine
import CaseroomReview
import CaseroomSession

/// Why the instructor's review file cannot be used or saved
/// (`ReviewFileError`), in the interface's language: `file:line: words`.
extension Say {
  public static func reviewFileProblem(_ e: ReviewFileError) -> String {
    let place = e.line > 0 ? "\(e.file):\(e.line)" : e.file
    return place + ": " + reviewFileWhat(e.what)
  }

  /// What is wrong (after the file's name).
  public static func reviewFileWhat(_ what: ReviewFileError.What) -> String {
    switch what {
    case .unreadable(let e): return versionedProblem(e)
    case .otherCase(let found, let expected):
      return say("是另一个案例（\(found)）的评阅，不是 \(expected) 的", "a review of another case (\(found)), not of \(expected)")
    case .invalid(let detail): return say("评阅文件不能用：\(detail)", "not a usable review file: \(detail)")
    case .notSaved(let detail): return say("未保存：\(detail)", "not saved: \(detail)")
    case .leftAsItIs(let inner):
      let words = reviewFileWhat(inner)
      return say("\(words)（文件保持原样，没有覆盖）", "\(words) (left as it is; not saved over)")
    case .cannotEncode(let detail): return say("无法编码：\(detail)", "cannot be encoded: \(detail)")
    case .cannotWrite(let e): return writeFailure(e)
    case .cannotCreateFolder(let e):
      return say("无法创建文件夹：\(systemError(e))", "cannot create the folder: \(systemError(e))")
    case .lockUnavailable(let why):
      let detail = lockUnavailable(why)
      return say("未保存：\(detail)", "not saved: \(detail)")
    case .beingSaved(let h): return say("未保存：\(holder(h)) 正在保存它", "not saved: being saved by \(holder(h))")
    case .other(let words): return words
    }
  }
}
