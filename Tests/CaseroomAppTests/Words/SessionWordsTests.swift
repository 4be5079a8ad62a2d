import CaseroomClass
import CaseroomEngine
import CaseroomSession
import FoundationEssentials
import Glibc
import Testing

@testable import CaseroomApp

/// What the session and class layers hand back as values — a session file
/// refused, a lock that cannot be made, two sessions that cannot be merged,
/// git failing — worded by the app in Chinese and English.
@Suite("The session and class layers' values, in zh and en")
struct SessionWordsTests {
  static let holder = SessionLock.Holder(
    pid: 4242, host: "lab1", since: Date(timeIntervalSince1970: 1_800_000_000), user: "张三")

  static func han(_ s: String) -> Bool { s.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }

  /// Both languages, different, the Chinese with Chinese words, neither the value's own description.
  static func expectWorded(_ value: Any, _ word: () -> String, sourceLocation: SourceLocation = #_sourceLocation) {
    let zh = Language.$current.withValue(.zh) { word() }
    let en = Language.$current.withValue(.en) { word() }
    #expect(zh != en, "\(value)", sourceLocation: sourceLocation)
    #expect(han(zh), "\(value): \(zh)", sourceLocation: sourceLocation)
    #expect(
      !en.contains("Optional(") && zh != "\(value)" && en != "\(value)", "\(value)", sourceLocation: sourceLocation)
  }

  static let unavailable: [SessionLock.Unavailable] = [
    .cannotCreateFolder("/s/live", reason: SystemError(EACCES)), .cannotEncode,
    .cannotCreate(reason: SystemError(ENOSPC)), .cannotWrite(reason: SystemError(EIO)),
    .folder(SessionError(file: "/s/live", kind: .io, .liveFolderNotAFolder)), .nameTaken,
  ]

  @Test("every session problem has words in both languages")
  func everySessionProblem() {
    let all: [SessionError.What] =
      [
        .unreadable, .undecodable("bad"), .cannotEncode("x"),
        .cannotWrite(FileWriteError(path: "/s/a", .write, SystemError(EACCES))),
        .cannotMoveAside(SystemError(EPERM)), .tooManyDamagedCopies, .backupOfOtherCase("other"),
        .symbolicLinkNotRecovered, .cannotRecoverNow(.heldBy(Self.holder)), .cannotRecoverNow(.symbolicLink),
        .cannotRecoverNow(.otherCase("c")), .liveFolderNotAFolder, .cannotCreateFolder(SystemError(EROFS)),
        .holdsAnotherSession(group: "第二组", caseId: "c"), .cannotMerge(.twoCases("a", "b")),
        .cannotMerge(.twoGroups("甲", "乙")), .writeLockUnopenable(SystemError(EACCES)), .saveDidNotEnd,
        .cannotLock(SystemError(EIO)),
      ] + Self.unavailable.map { .cannotCreate($0) } + Self.unavailable.map { .cannotRecoverNow(.noLock($0)) }
    for what in all {
      Self.expectWorded(what) { Say.sessionWhat(what) }
      Self.expectWorded(what) { Say.sessionProblem(SessionError(file: "/s/甲.session.json", kind: .io, what)) }
      Self.expectWorded(what) { Say.sessionSaveFailure(SessionError(file: "/s/甲.session.json", kind: .io, what)) }
    }
    for u in Self.unavailable { Self.expectWorded(u) { Say.lockUnavailable(u) } }
  }

  @Test("a damaged session held by another: the file, the Chinese reason, who holds it — no English of the layer below")
  func heldWhileRecovering() {
    let e = SessionError(file: "/s/甲.session.json", kind: .locked, .cannotRecoverNow(.heldBy(Self.holder)))
    let zh = Language.$current.withValue(.zh) { Say.commandError(e) }
    #expect(zh.hasPrefix("/s/甲.session.json: 被另一个 caseroom 进程占用（现在无法恢复："), "\(zh)")
    #expect(zh.contains("张三 在 lab1 上，进程 4242"), "\(zh)")
    #expect(!zh.contains("process") && !zh.contains("held by"), "\(zh)")
    let en = Language.$current.withValue(.en) { Say.commandError(e) }
    #expect(en.contains("cannot be recovered now: 张三 on lab1, process 4242"), "\(en)")
  }

  @Test("a save taken over and a lock that cannot be made read in Chinese on the status bar")
  func statusBar() {
    let taken = Language.$current.withValue(.zh) { Say.saveProblem(OpenedSession.SaveRefusal.takenOver(Self.holder)) }
    #expect(taken.hasPrefix("已被接管（张三 在 lab1 上，进程 4242"), "\(taken)")
    let noLock = Language.$current.withValue(.zh) {
      Say.lockFailed(.cannotCreate(reason: SystemError(EACCES)))
    }
    #expect(noLock == "无法加锁（无法创建锁文件：没有权限），不会写入", "\(noLock)")
    let notice = Language.$current.withValue(.zh) { OpenedSession.Notice.tookOver(Self.holder).text }
    #expect(notice.contains("张三 在 lab1 上") && !notice.contains("process"), "\(notice)")
  }

  @Test("git failing: the app's sentence in Chinese, git's own words kept as the detail")
  func gitFailure() {
    let e = ClassError(
      file: "/c/班级", .git(command: "push origin main", detail: "fatal: unable to access 'x': Could not resolve host"))
    #expect(
      Language.$current.withValue(.zh) { Say.commandError(e) }
        == "/c/班级: git push origin main 失败：fatal: unable to access 'x': Could not resolve host")
    #expect(
      Language.$current.withValue(.en) { Say.commandError(e) }
        == "/c/班级: git push origin main failed: fatal: unable to access 'x': Could not resolve host")
  }

  @Test("every class problem handed back as a value has words in both languages")
  func everyClassProblem() {
    let all: [ClassError.What] = [
      .git(command: "log", detail: "fatal: bad object"), .cannotRunGit("env: cannot change directory"),
      .cannotMakeKey(nil), .cannotMakeKey("Saving key failed"), .notAPublicKey, .signingKeyOutsideClone("/c"),
      .notTheClassKey(recorded: "ssh-ed25519 AAAA"), .repositoryExists,
      .cannotGiveGroup("class", reason: SystemError(EPERM), notAMember: true),
      .cannotGiveGroup("class", reason: SystemError(EPERM), notAMember: false),
      .cannotGiveMode("660", reason: SystemError(EPERM)), .cannotEncode("x"),
      .cannotWrite(FileWriteError(path: "/c/f", .replace, SystemError(ENOSPC))),
      .emptySession, .notASession(SessionError(file: "a", kind: .corrupt, .undecodable("x"))),
      .cannotMerge(.twoGroups("甲", "乙")), .feedbackScale(200, max: 100), .feedbackQuestion(0),
      .feedbackQuestionScale(question: 2, scale: 0, max: 100), .feedbackScore(question: 1, score: 12, top: 10),
    ]
    for what in all { Self.expectWorded(what) { Say.classProblem(ClassError(file: "/c/f", what)) } }
  }

  @Test("a session file a sync withheld: why, in both languages")
  func withheld() {
    let reasons: [ClassSync.Withheld.Reason] = [
      .gone, .unreadable(.directory),
      .damaged(SessionError(file: "g.session.json", kind: .corrupt, .undecodable("unexpected end"))),
    ]
    for r in reasons { Self.expectWorded(r) { Say.withheld(ClassSync.Withheld(file: "g.session.json", reason: r)) } }
    let gone = Language.$current.withValue(.zh) {
      Say.withheld(ClassSync.Withheld(file: "g.session.json", reason: .gone))
    }
    #expect(gone == "g.session.json 没有提交：文件不见了（要删除一个小组的记录：git rm）；班级仓库里保留着上一个完好的版本")
  }
}
