import CaseroomClass
import CaseroomEngine
import CaseroomReview
import CaseroomSession
import FoundationEssentials

/// The command line's words: its messages and errors, in the language chosen
/// as the screens choose it (`Language.chosen`).
extension Language {
  /// The command line's language before it has read a case: `--lang X` (as
  /// `asked(in:)` found it), `CASEROOM_LANG`, a Chinese locale; else Chinese,
  /// the bundled case's. A command that reads a case then speaks that case's
  /// language where nothing above decided (`Language.chosen` with its title).
  public static func forCommandLine(asked option: String?, environment: [String: String]) -> Language {
    chosen(option, environment: environment, caseTitle: nil)
  }
}

extension Say {
  /// An error as the command line prints it: what the layers below return
  /// as values is worded here; anything else as it describes itself.
  public static func commandError(_ error: any Error) -> String {
    // A session's refusal says it is a session (`sessionProblem`, with the loader's words inside).
    if !(error is SessionError || error is ReviewFileError), let refused = versionedFile(in: error) {
      return versionedFile(refused)
    }
    switch error {
    case let e as CaseError: return caseError(e)
    case let e as CaseErrors: return e.errors.map(caseError).joined(separator: "\n")
    case let e as FileReadError: return e.file + ": " + fileProblem(e.kind)
    case let e as OpenedSession.SaveRefusal: return saveRefused(e)
    case let e as ClassError: return classProblem(e)
    case let e as SessionError: return sessionProblem(e)
    case let e as ReviewFileError: return reviewFileProblem(e)
    case let e as FileWriteError: return writeProblem(e)
    case let e as SyncError: return syncFailedCommand(syncWhy(e))
    case let e as SessionOpener.Failure: return openFailure(e)
    case let e as ImportError: return importProblem(e)
    case let e as RubricError: return rubricProblem(e)
    case let e as MissingFolder: return folderMissing(e.path)
    default: return SystemError(error).map(systemError) ?? ErrorText.words(error)
    }
  }

  /// An error without the file it names (that is said before it).
  public static func errorReason(_ error: any Error) -> String {
    switch error {
    case let e as CaseError where e.line == 0: return caseProblem(e.what)
    case let e as FileReadError: return fileProblem(e.kind)
    case let e as ClassError where !e.file.isEmpty: return classWhat(e.what)
    default: return commandError(error)
    }
  }

  /// Why a sync did not finish, for the command line (without the screens' "your work is kept").
  public static func syncReason(_ error: any Error) -> String {
    guard let e = error as? SyncError else { return commandError(error) }
    return syncWhy(e)
  }

  /// Why a file could not be read.
  public static func fileProblem(_ kind: FileReadError.Kind) -> String {
    switch kind {
    case .missing: return say("没有这个文件", "no such file")
    case .directory: return say("是文件夹，不是文件", "is a directory, not a file")
    case .notRegular(let what):
      return say("不是普通文件（是\(special(what))），没有打开", "is \(special(what)), not a regular file (not opened)")
    case .unreadable(let e): return say("无法读取：\(systemError(e))", "cannot be read: \(systemError(e))")
    }
  }

  // MARK: Options

  public static func optionsExclusive(_ a: String, _ b: String) -> String {
    say("\(a) 和 \(b) 不能同时使用", "\(a) and \(b) cannot be used together")
  }
  public static func optionGoesWith(_ a: String, _ b: String) -> String {
    say("\(a) 要和 \(b) 一起使用", "\(a) goes with \(b)")
  }
  public static func optionGoesAlone(_ a: String) -> String { say("\(a) 只能单独使用", "\(a) goes alone") }
  public static func optionRange(_ option: String, _ low: Int, _ high: Int) -> String {
    say("\(option) 应在 \(low) 到 \(high) 之间", "\(option) must be between \(low) and \(high)")
  }
  public static func langOption(_ given: String) -> String {
    say("--lang：请给 zh 或 en，而不是“\(given)”", "--lang: give zh or en, not '\(given)'")
  }
  public static var groupNameEmpty: String { say("小组名称是空的", "the group name is empty") }
  public static var queryEmpty: String { say("搜索词是空的", "the query is empty") }
  public static var searchArguments: String { say("用法：[案例] 搜索词", "expected [CASE] QUERY") }
  public static var giveAFile: String { say("请至少给出一个要检查的文件", "give at least one file to check") }

  // MARK: Files and folders

  public static func noSuchDirectory(_ path: String, _ option: String) -> String {
    say("\(path)：没有这个文件夹（\(option)）", "\(path): no such directory (\(option))")
  }
  public static func notADirectory(_ path: String, _ option: String) -> String {
    say("\(path)：不是文件夹（\(option)）", "\(path): not a directory (\(option))")
  }
  public static func cannotCreateDirectory(_ path: String, _ option: String) -> String {
    say("\(path)：无法创建文件夹（\(option)）", "\(path): cannot create the directory (\(option))")
  }
  /// The folder a file was to be written in is not there (or is no folder).
  public static func folderMissing(_ folder: String) -> String {
    say("文件夹 \(folder) 不存在", "the folder \(folder) does not exist")
  }
  /// `-o FILE` whose folder is not there: refused before anything is done.
  public static func outputFolderMissing(_ path: String, folder: String) -> String {
    say(
      "\(path)：文件夹 \(folder) 不存在；请先创建它（mkdir -p \(folder)），或换一个输出文件",
      "\(path): the folder \(folder) does not exist; create it first (mkdir -p \(folder)) or choose another output file"
    )
  }
  /// `-o FILE` that is a folder.
  public static func outputIsFolder(_ path: String) -> String {
    say("\(path)：是一个文件夹，不是文件；请给出案例文件的名字", "\(path): is a folder, not a file; give the case file's name")
  }
  /// `-o FILE` in a folder nobody may write in.
  public static func outputFolderNotWritable(_ path: String, folder: String) -> String {
    say("\(path)：无法在文件夹 \(folder) 里写入（没有权限）", "\(path): cannot write in the folder \(folder) (no permission)")
  }
  public static func alreadyExists(_ path: String) -> String {
    say("\(path)：已经存在；要替换请加 --force", "\(path): already exists; pass --force to replace it")
  }
  public static func noTextToRead(_ what: String?) -> String {
    guard let what else { return say("这个案例没有可读的正文", "the case has no text to read") }
    return say("\(what) 没有可读的正文", "\(what) has no text to read")
  }
  public static func noSectionToShow(_ section: String, count: Int) -> String {
    say(
      "没有“\(section)”这一节：请给 1–\(count)、一节的编号（见 caseroom outline）或 all",
      "no section '\(section)': give 1–\(count), an id (see 'caseroom outline'), or 'all'")
  }

  // MARK: The class

  public static var whichClass: String {
    say(
      "哪个班级？请给 --class 文件夹，或设置 \(ClassFolder.environmentVariable)",
      "which class? give --class DIR or set \(ClassFolder.environmentVariable)")
  }
  public static func syncFailedCommand(_ why: String) -> String { say("同步：\(why)", "sync: \(why)") }
  public static func reviewFileLeft(_ error: String) -> String {
    say("\(error)\n审阅文件保持原样；要重新开始，请把它移走", "\(error)\nthe review file is left as it is; move it away to start a new one")
  }
  public static func noScoresFromIt(_ error: String) -> String {
    say("\(error)\n不显示其中的评分；审阅文件保持原样", "\(error)\nno scores are shown from it; the review file is left as it is")
  }

  /// A mistake on the command line that ArgumentParser found, worded in the command line's language from its
  /// English message (`fullMessage`): the mistake, the usage line, where to read more. Nil for a message it
  /// does not know (a missing argument, an unknown option, a missing value are known), which stays as it is.
  public static func usageMistake(_ english: String) -> String? {
    let lines = english.split(separator: "\n").map(String.init)
    guard let first = lines.first, first.hasPrefix("Error: ") else { return nil }
    let error = String(first.dropFirst("Error: ".count))
    func quoted(after prefix: String) -> String? {
      guard error.hasPrefix(prefix + "'"), error.hasSuffix("'") else { return nil }
      return String(error.dropFirst(prefix.count + 1).dropLast())
    }
    let mistake: String
    if let a = quoted(after: "Missing expected argument ") {
      mistake = say("缺少参数 \(a)", "missing argument \(a)")
    } else if let a = quoted(after: "Unknown option ") {
      mistake = say("没有这个选项：\(a)", "unknown option: \(a)")
    } else if let a = quoted(after: "Missing value for ") {
      mistake = say("\(a) 后面缺少值", "missing value for \(a)")
    } else {
      return nil
    }
    var out = ["caseroom: " + mistake]
    if let usage = lines.first(where: { $0.hasPrefix("Usage: ") }) {
      out.append(say("用法：", "usage: ") + usage.dropFirst("Usage: ".count))
    }
    if let see = lines.first(where: { $0.contains("See '") }),
      let open = see.firstIndex(of: "'"), let close = see.lastIndex(of: "'"), open < close
    {
      let help = see[see.index(after: open)..<close]
      out.append(say("详见 \(help)", "see \(help)"))
    }
    return out.joined(separator: "\n") + "\n"
  }
}
