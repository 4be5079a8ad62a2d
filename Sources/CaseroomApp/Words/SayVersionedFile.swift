import CaseroomClass
import CaseroomEngine
import CaseroomReview
import CaseroomSession

/// Why a session, review, class or feedback file could not be read
/// (`VersionedFileError`, from the one loader `VersionedFile`), in the
/// interface's language: the file and line, the schema wanted and, when the
/// file names another, the one it names.
extension Say {
  public static func versionedFile(_ e: VersionedFileError) -> String {
    let place = e.line > 0 ? "\(e.file):\(e.line)" : e.file
    return place + ": " + versionedProblem(e)
  }

  /// The problem alone (after the file's name).
  public static func versionedProblem(_ e: VersionedFileError) -> String {
    let wanted = e.schema
    switch e.problem {
    case .unreadable(let kind): return fileProblem(kind)
    case .empty: return say("文件是空的（应为 \(wanted)）", "the file is empty (expected \(wanted))")
    case .notJSON(let p):
      if p.what == "the text ends before the JSON does" {
        return say(
          "不是完整的 JSON：文件在第 \(p.line) 行就结束了（被截断？）",
          "not valid JSON: the file ends at line \(p.line) before its JSON does (truncated?)")
      }
      return say(
        "不是有效的 JSON：第 \(p.line) 行第 \(p.column) 列（\(p.what)）",
        "not valid JSON: \(p.what) at line \(p.line), column \(p.column)")
    case .notAnObject: return say("不是 \(wanted) 文件：应为 JSON 对象", "not a \(wanted) file: expected a JSON object")
    case .noSchema: return say("不是 \(wanted) 文件：没有 \"schema\"", "not a \(wanted) file: no \"schema\"")
    case .otherKind(let found):
      return say(
        "是另一种文件（schema \"\(found)\"），不是 \(wanted)", "another kind of file (schema \"\(found)\"), not \(wanted)")
    case .otherVersion(let found):
      let version = VersionedFileError.version(of: found)
      return say(
        "\(found) 是第 \(version) 版格式，这个 caseroom 只读 \(wanted)（由更新的 caseroom 写的？）",
        "\(found) is version \(version) of the format; this caseroom reads \(wanted) (written by a newer caseroom?)")
    case .missing(let key, let at):
      return say("缺少 \"\(key)\"（位于 \(at)，\(wanted)）", "missing \"\(key)\" at \(at) (\(wanted))")
    case .wrongType(let at, _): return say("\(at) 的类型不对（\(wanted)）", "wrong type at \(at) (\(wanted))")
    case .null(let at): return say("\(at) 是 null（\(wanted)）", "null at \(at) (\(wanted))")
    case .badValue(let at, _): return say("\(at) 的值不对（\(wanted)）", "bad value at \(at) (\(wanted))")
    }
  }

  /// The loader's refusal inside an error of the layers below, when there is one.
  static func versionedFile(in error: any Error) -> VersionedFileError? {
    switch error {
    case let e as VersionedFileError: return e
    case let e as SessionError: return e.unreadable
    case let e as ReviewFileError: return e.unreadable
    case let e as ClassError: return e.unreadable
    default: return nil
    }
  }
}
