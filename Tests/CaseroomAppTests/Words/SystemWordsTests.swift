import CaseroomClass
import CaseroomEngine
import CaseroomReview
import CaseroomSession
import Glibc
import Testing

@testable import CaseroomApp

/// The system's errors (an errno carried as a value), a write's failed step,
/// a file that is not a regular one, and why a hand-out cannot be read: each
/// worded in Chinese and English by the catalogue, never the C library's
/// English inside the Chinese.
@Suite("The system's errors and the importer's reasons, worded")
struct SystemWordsTests {
  static let named: [Int32] = [ENOSPC, EACCES, EPERM, EROFS, EDQUOT, ENOENT, EEXIST, EISDIR, ENAMETOOLONG, EIO]

  static func latin(_ s: String) -> Bool { s.unicodeScalars.contains { ("a"..."z").contains($0) } }

  @Test("each errno named: its own words in both languages, no strerror inside the Chinese")
  func named() {
    for code in Self.named {
      let e = SystemError(code)
      let zh = Language.$current.withValue(.zh) { Say.systemError(e) }
      let en = Language.$current.withValue(.en) { Say.systemError(e) }
      #expect(zh != en && !Self.latin(zh.replacingOccurrences(of: "OCR", with: "")), "\(code): \(zh)")
      #expect(!zh.contains(e.description) && !en.isEmpty, "\(code): \(zh) / \(en)")
    }
    #expect(Language.$current.withValue(.zh) { Say.systemError(SystemError(ENOSPC)) } == "磁盘已满")
    #expect(Language.$current.withValue(.en) { Say.systemError(SystemError(EDQUOT)) } == "the disk quota is used up")
    // EACCES and EPERM are one thing to a user.
    #expect(Say.systemError(SystemError(EACCES)) == Say.systemError(SystemError(EPERM)))
  }

  @Test("an errno not named: its number, and the system's words after it")
  func fallback() {
    let zh = Language.$current.withValue(.zh) { Say.systemError(SystemError(EXDEV)) }
    #expect(zh.hasPrefix("系统错误 \(EXDEV)（") && zh.contains("Invalid cross-device link"), "\(zh)")
    let en = Language.$current.withValue(.en) { Say.systemError(SystemError(EXDEV)) }
    #expect(en.hasPrefix("system error \(EXDEV) ("), "\(en)")
  }

  @Test("a save's short reason for the badge, from the writer's value: the disk full, no permission, the folder gone")
  func saveBadge() {
    func badge(_ step: FileWriteError.Step, _ code: Int32) -> String {
      Language.$current.withValue(.zh) { Say.saveProblem(FileWriteError(path: "/s/a", step, SystemError(code))) }
    }
    #expect(badge(.write, ENOSPC) == "磁盘已满")
    #expect(badge(.replace, EDQUOT) == "磁盘配额已用完")
    #expect(badge(.createTemporary, EACCES) == "没有写入权限")
    #expect(badge(.createTemporary, EROFS) == "只读文件系统")
    #expect(badge(.createTemporary, ENOENT) == "会话文件夹不见了或被换成了文件")
    let lock = SessionError(file: "/s/a", kind: .io, .cannotLock(SystemError(EIO)))
    #expect(Language.$current.withValue(.zh) { Say.saveProblem(lock) }.hasPrefix("读写出错"))
  }

  @Test("a write's failed step in both languages; a folder or link in the way is said without an errno")
  func writeSteps() {
    let steps: [FileWriteError.Step] = [
      .createFolder, .symbolicLink, .directory, .notRegular, .createTemporary, .write, .replace,
    ]
    for step in steps {
      let e = FileWriteError(path: "/r/x.json", step, SystemError(ENOSPC))
      let zh = Language.$current.withValue(.zh) { Say.writeProblem(e) }
      let en = Language.$current.withValue(.en) { Say.writeProblem(e) }
      #expect(zh.hasPrefix("/r/x.json: ") && zh != en, "\(step)")
      #expect(
        !Self.latin(zh.replacingOccurrences(of: "/r/x.json", with: "").replacingOccurrences(of: "caseroom", with: "")),
        "\(zh)")
    }
  }

  @Test("a file that is a FIFO, a socket or a device: named in Chinese")
  func special() {
    for s in [FileReadError.Special.fifo, .socket, .device, .other] {
      let zh = Language.$current.withValue(.zh) { Say.fileProblem(.notRegular(s)) }
      #expect(zh.hasPrefix("不是普通文件（是") && zh.hasSuffix("），没有打开"), "\(zh)")
    }
    #expect(
      Language.$current.withValue(.en) { Say.fileProblem(.notRegular(.fifo)) }
        == "is a FIFO, not a regular file (not opened)")
  }

  @Test("every reason a .docx or a .pdf cannot be read: both languages, the other program's words kept after")
  func importReasons() {
    let all: [ImportError.Unreadable] = [
      .notZip, .noDocument, .damagedPart("word/styles.xml", detail: "invalidCRC32"),
      .notWellFormed(piece: 1, line: 3), .notWellFormed(piece: 2, line: 9), .pdftotextNotStarted(detail: "x"),
      .pdftotextFailed(detail: ""), .pdftotextFailed(detail: "Syntax Error"), .noTextLayer,
      .helperNotStarted(path: "/bin/h", detail: "x"), .helperSignal(9), .helperFailed(status: 3),
      .oldWordFormat, .damagedZip, .partTooLarge("word/document.xml", limit: 256 << 20),
      .textTooLong("word/document.xml", characters: 10_000_000), .documentType("word/document.xml"),
      .needsPassword(detail: ""), .needsPassword(detail: "Incorrect password"),
      .helperCrashed(signal: 5, log: "/tmp/caseroom-documents-1.log"),
    ]
    for r in all {
      let e = ImportError.unreadable(file: "/h/x.docx", reason: r)
      let zh = Language.$current.withValue(.zh) { Say.importProblem(e) }
      let en = Language.$current.withValue(.en) { Say.importProblem(e) }
      #expect(zh != en && en == e.description, "\(r): \(en) / \(e.description)")
      #expect(zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(zh)")
      // Each code goes through the helper's report and comes back the same value.
      #expect(DocumentsHelperReport(e).error == e, "\(r)")
      #expect(DocumentsHelperReport.read(DocumentsHelperReport(e).text) == e, "\(r)")
    }
    #expect(DocumentsHelperReport.read("an older helper's sentence") == .helper(message: "an older helper's sentence"))
  }
}

/// What a sync committed and what git said, worded: the status bar and
/// `caseroom sync` never show the English commit message inside Chinese.
@Suite("A sync's commit and git's silence, worded")
struct SyncCommitWordsTests {
  @Test("a commit of one group, of several, of class files: in Chinese; the English is the commit message's subject")
  func commits() {
    var edits = SyncCommit.Edits()
    (edits.answers, edits.citationsAdded, edits.reading) = ([1, 3], 1, true)
    let commits = [
      SyncCommit(groups: [.init(name: "第一组", change: .new(members: ["张三", "李四"], answers: [1]))]),
      SyncCommit(groups: [.init(name: "第一组", change: .changed(edits))]),
      SyncCommit(groups: [.init(name: "第一组", change: .changed(SyncCommit.Edits()))], classFiles: ["class.json"]),
      SyncCommit(
        groups: ["甲", "乙", "丙", "丁", "戊"].map { .init(name: $0, change: .removed) }, feedback: 2),
      SyncCommit(feedback: 1), SyncCommit(classFiles: ["class.json", "plan.md"]),
    ]
    for c in commits {
      let zh = Language.$current.withValue(.zh) { Say.commitWhat(c) }
      let en = Language.$current.withValue(.en) { Say.commitWhat(c) }
      #expect(en == c.subject, "\(en) / \(c.subject)")
      #expect(ImportPhrase.english(zh) == nil, "English inside the Chinese: \(zh)")
    }
    #expect(
      Language.$current.withValue(.zh) { Say.commitWhat(commits[0]) } == "第一组：新的小组记录（张三、李四），答了第 1 题")
    #expect(
      Language.$current.withValue(.zh) { Say.commitWhat(commits[1]) } == "第一组：改了第 1、3 题的答案、加了 1 处引用、阅读进度")
    #expect(commits[1].subject == "第一组: answers 1, 3 edited, +1 citation(s), reading progress")
  }

  @Test("git failing without a word: its exit status, in both languages; its own words kept as they are")
  func silentGit() {
    let silent = ClassError(file: "/c", .git(command: "push origin main", detail: GitSaid("", status: 128)))
    #expect(
      Language.$current.withValue(.zh) { Say.commandError(silent) }
        == "/c: git push origin main 失败：git 以状态 128 退出，没有说明原因")
    #expect(
      Language.$current.withValue(.en) { Say.commandError(silent) }
        == "/c: git push origin main failed: git exited with 128 and said nothing")
    let sync = SyncError(.offline(remote: "ssh://x", git: GitSaid("", status: 1)))
    #expect(Language.$current.withValue(.zh) { Say.syncWhy(sync) }.contains("git 以状态 1 退出"))
  }
}

/// Three English words in a row, if the text has them.
enum ImportPhrase {
  static func english(_ s: String) -> String? {
    s.firstMatch(of: /[A-Za-z]+ [A-Za-z]+ [A-Za-z]+/).map { String($0.output) }
  }
}
