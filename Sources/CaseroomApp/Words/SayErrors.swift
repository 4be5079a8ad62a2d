import CaseroomClass
import CaseroomEngine
import CaseroomReview
import CaseroomSession
import FoundationEssentials

/// What went wrong in the layers below, as they return it (a value with the
/// file, the place and what), worded in the interface's language. Details
/// that come from elsewhere — git's and the system's words, a JSON parser's
/// place — are kept as they are, after the sentence.
extension Say {
  /// A class's problem: `path: words`.
  public static func classProblem(_ e: ClassError) -> String {
    if let u = e.unreadable { return versionedFile(u) }
    let words = classWhat(e.what)
    return e.file.isEmpty ? words : e.file + ": " + words
  }

  static func classWhat(_ what: ClassError.What) -> String {
    switch what {
    case .noPhase(let n, let count):
      return say("没有第 \(n) 阶段：安排里有 \(count) 个（1–\(count)）", "no phase \(n): the plan has \(count) (1–\(count))")
    case .minutesAtLeastOne: return say("--minutes 至少是 1", "--minutes must be at least 1")
    case .lastPhase(let n):
      return say(
        "第 \(n) 阶段是最后一个：caseroom class phase --stop 结束这堂课",
        "phase \(n) is the last: 'caseroom class phase --stop' ends the class")
    case .noPhaseRunning: return say("没有进行中的阶段：先开始一个", "no phase is running: start one first")
    case .notAClassFolder:
      return say(
        "不是班级文件夹（没有 class.json）：用 caseroom class init 创建一个",
        "not a class folder (no class.json): make one with 'caseroom class init'")
    case .alreadyAClassFolder:
      return say("已经是班级文件夹（class.json 已存在）：没有改动", "already a class folder (class.json exists): not changed")
    case .noUnixGroup(let name): return say("没有名为“\(name)”的 Unix 组", "no Unix group '\(name)'")
    case .notAFolder: return say("已存在，但不是文件夹", "exists and is not a folder")
    case .cannotCreate(let e): return say("无法创建：\(systemError(e))", "cannot be created: \(systemError(e))")
    case .unreadable(let kind): return fileProblem(kind)
    case .notAClassFile(let detail): return say("不是班级文件：\(detail)", "not a class file: \(detail)")
    case .otherSchema(let schema, let expected):
      return say(
        "格式“\(schema)”不是 \(expected)（是新版本 caseroom 写的？）",
        "schema \"\(schema)\" is not \(expected) (written by a newer caseroom?)")
    case .noPhases: return say("没有阶段", "no phases")
    case .gitMissing:
      return say("无法运行 git：没有安装（apt-get install git）", "cannot run git: not found (install git: apt-get install git)")
    case .badFeedback(let detail): return say("反馈文件不能用：\(detail)", "not a usable feedback file: \(detail)")
    case .notInAClone: return say("不在班级仓库的 git 克隆里", "not in a git clone of a class repository")
    case .classNotSigned:
      return say(
        "它的 class.json 没有记录教师的密钥：这个班级不签名",
        "its class.json records no instructor's key: the class is not signed")
    case .noPrivateKey:
      return say(
        "这里没有 SSH 私钥（--signing-key 要的是 .pub 旁边的那个文件）",
        "no SSH private key here (--signing-key takes one beside its .pub)")
    case .cannotPutAside(let e):
      return say("无法把本地的改动放到一边（\(systemError(e))）", "cannot put a local edit aside: \(systemError(e))")
    case .other(let words): return words
    default: return classWhatMore(what)
    }
  }

  /// A session file that cannot be used: `file:line: words (detail)`. The
  /// kind is worded; the detail (the JSON parser's place, the system's
  /// reason) is kept after it.
  public static func sessionProblem(_ e: SessionError) -> String {
    let place = sessionPlace(e)
    if let reason = e.reason { return place + ": " + fileProblem(reason) }
    // A newer version's file: the loader's words say all (the version found, the one read).
    if let u = e.unreadable, case .otherVersion = u.problem { return versionedFile(u) }
    let what: String
    switch e.kind {
    case .corrupt: what = say("小组记录已损坏", "the session is damaged")
    case .foreign: what = say("不是这个案例的小组记录", "not a session of this case")
    case .futureSchema: what = say("是新版本 caseroom 写的小组记录", "a session of a newer caseroom")
    case .io: what = say("无法读写", "cannot be read or written")
    case .locked: what = say("被另一个 caseroom 进程占用", "held by another caseroom process")
    }
    // The loader's refusal, else what the session layer handed back, worded in the interface's language.
    let detail = e.unreadable.map(versionedProblem) ?? sessionWhat(e.what)
    return say("\(place): \(what)（\(detail)）", "\(place): \(what): \(detail)")
  }

  /// A file that could not be written: `path: words`.
  public static func writeProblem(_ e: FileWriteError) -> String {
    "\(e.path): " + writeFailure(e)
  }

  /// A session that could not be opened.
  public static func openFailure(_ f: SessionOpener.Failure) -> String {
    switch f {
    case .damaged(let e, _): return sessionProblem(e)
    case .backupUnusable(let url, let e): return backupUnusable(url.path, errorReason(e))
    case .blankGroupName: return groupNameEmpty
    }
  }

  /// Why a hand-out cannot be imported at all.
  public static func importProblem(_ e: ImportError) -> String {
    switch e {
    case .empty:
      return say("没有可导入的文字：文件是空的，或只有空白", "there is no text to import: the file is empty or holds only blanks")
    case .unreadable(let file, let reason): return file + ": " + importUnreadable(reason)
    case .needsPdftotext(let file):
      return say(
        "\(file): 读取 PDF 需要 pdftotext，但没有安装；请用 sudo apt-get install poppler-utils（Debian、Ubuntu）或 brew install poppler（macOS）安装，或把 PDF 里的文字复制到 .txt 文件再导入",
        "\(file): reading a PDF needs pdftotext, which is not installed; install it with 'sudo apt-get install poppler-utils' (Debian, Ubuntu) or 'brew install poppler' (macOS), or copy the text out of the PDF into a .txt file and import that"
      )
    case .needsHelper(let file, let lookedIn, let package):
      return needsHelper(file: file, lookedIn: lookedIn, package: package)
    case .helper(let message): return message
    }
  }

  /// Why a .docx or a .pdf cannot be read (another program's words kept, after the sentence).
  static func importUnreadable(_ r: ImportError.Unreadable) -> String {
    switch r {
    case .notZip: return say("不是 Word 文档（.docx）：不是 zip 压缩包", "not a Word document (.docx): it is not a zip archive")
    case .noDocument:
      return say("不是 Word 文档（.docx）：里面没有 word/document.xml", "not a Word document (.docx): it has no word/document.xml")
    case .damagedPart(let part, let detail):
      return say("文档里的 \(part) 已损坏（\(detail)）", "\(part) is damaged inside the .docx (\(detail))")
    case .notWellFormed(let piece, let line):
      return piece > 1
        ? say(
          "word/document.xml 不是格式正确的 XML：第 \(piece) 段第 \(line) 行",
          "word/document.xml is not well-formed XML (part \(piece)), line \(line)")
        : say("word/document.xml 不是格式正确的 XML：第 \(line) 行", "word/document.xml is not well-formed XML, line \(line)")
    case .pdftotextNotStarted(let detail):
      return say("无法启动 pdftotext（\(detail)）", "pdftotext could not be started (\(detail))")
    case .pdftotextFailed(let detail):
      return detail.isEmpty
        ? say("pdftotext 无法读取它（是 PDF 文件吗？）", "pdftotext could not read it (is it a PDF?)")
        : say("pdftotext 无法读取它：\(detail)（是 PDF 文件吗？）", "pdftotext could not read it: \(detail) (is it a PDF?)")
    case .noTextLayer:
      return say(
        "这个 PDF 没有文字层（是扫描件？）：请先做文字识别（OCR），再导入识别出的文字",
        "the PDF has no text layer (a scan?): run it through OCR first, then import the text")
    case .helperNotStarted(let path, let detail):
      return say("无法启动 \(path)（\(detail)）", "\(path) could not be started (\(detail))")
    case .helperSignal(let signal):
      return say(
        "caseroom-documents 读取时被信号 \(signal) 终止", "caseroom-documents stopped with signal \(signal) reading it")
    case .helperFailed(let status):
      return say(
        "caseroom-documents 读取失败（退出码 \(status)），没有说明原因", "caseroom-documents failed (exit \(status))")
    case .oldWordFormat:
      return say(
        "这是旧版 Word 的 .doc 文件，或加了密码的 Word 文件：请在 Word 或 WPS 里打开，另存为 .docx（不设密码）后再导入",
        "an old Word .doc or an encrypted Word file: open it in Word or WPS and save it as .docx (without a password), then import that"
      )
    case .damagedZip:
      return say(
        "这个 .docx 已损坏（不完整？）：是 zip 压缩包，但无法打开",
        "the .docx is damaged (cut off?): it is a zip archive that cannot be opened")
    case .partTooLarge(let part, let limit):
      return say(
        "文档里的 \(part) 解压后超过 \(limit / 1_048_576) MB（或远大于压缩前的大小），不予读取",
        "\(part) unpacks to more than \(limit / 1_048_576) MB (or far more than its packed size): refused")
    case .textTooLong(let part, let characters):
      return say(
        "文档里的 \(part) 有一段 \(characters) 个字符的连续文字，太长，无法读取",
        "\(part) has a run of \(characters) characters of text without a break, more than can be read")
    case .documentType(let part):
      return say(
        "文档里的 \(part) 声明了文档类型（实体），Word 从不这样写，不予读取",
        "\(part) declares a document type (entities), which Word never writes: refused")
    case .needsPassword(let detail):
      let said = detail.isEmpty ? "" : say("（\(detail)）", " (\(detail))")
      return say(
        "这个 PDF 需要密码才能打开\(said)：请另存一份不带密码的，再导入",
        "the PDF needs a password\(said): save a copy without the password, then import that")
    case .helperCrashed(let signal, let log):
      return say(
        "读取程序 caseroom-documents 读到一半停止了（信号 \(signal)）；它的输出保存在 \(log)",
        "the reader caseroom-documents stopped (signal \(signal)) reading it; what it said is in \(log)")
    }
  }

  /// A line of a rubric: `file:3`, in Chinese `file 第 3 行`.
  static func rubricLine(_ file: String, _ line: Int) -> String { say("\(file) 第 \(line) 行", "\(file):\(line)") }

  /// A rubric that cannot be used: `file:line: words`.
  public static func rubricProblem(_ e: RubricError) -> String {
    let words: String
    switch e.what {
    case .notAQuestion(let head):
      words = say("“\(head)”不是题号（1、2……或 *）", "\"\(head)\" is not a question number (1, 2… or *)")
    case .noSuchQuestion(let q, let count):
      words = say("案例有 \(count) 道题，没有第 \(q) 题", "the case has \(count) questions, not \(q)")
    case .notACriterion(let item):
      words = say("“\(item)”不是评分项和分数（例如 论据 4）", "\"\(item)\" is not a criterion and its points (e.g. Argument 4)")
    case .pointsOutOfRange(let name, let points, let max):
      words = say("\(name)：\(points) 分（应为 1–\(max)）", "\(name): \(points) points (1–\(max))")
    case .namedTwice(let name): words = say("\(name) 出现了两次", "\(name) is named twice")
    case .noCriteria: words = say("没有评分项", "no criteria")
    case .tooManyPoints(let sum, let max):
      words = say("一共 \(sum) 分（最多 \(max)）", "\(sum) points in all (at most \(max))")
    case .noCriteriaAtAll: words = say("没有给任何题目评分项", "no criteria for any question")
    case .unreadable(let kind): words = fileProblem(kind)
    case .notUTF8: words = say("不是 UTF-8 文本", "not UTF-8 text")
    }
    // In Chinese the place is worded too (`给出的评分标准第 1 行：`), never an ASCII colon in the text.
    return (e.line.map { rubricLine(e.file, $0) } ?? e.file) + say("：", ": ") + words
  }
}

extension Say {
  /// Why a session was not saved (what the save effect handed back): a
  /// refusal worded as such, the system's or the session layer's reason
  /// through `saveFailure`.
  static func saveProblem(_ error: any Error) -> String {
    switch error {
    case let f as SaveFailure: return saveProblem(f.error)
    case let r as OpenedSession.SaveRefusal: return saveRefused(r)
    case let e as SessionError: return sessionSaveFailure(e)
    case let e as FileWriteError: return saveFailure(e)
    default: return SystemError(error).map(saveFailure) ?? commandError(error)
    }
  }
}
