import CaseroomEngine
import CaseroomSession
import Foundation
import Testing

@testable import CaseroomApp

/// The loader's refusal worded by the app, in Chinese and English, naming the file, the schema and the version.
@Suite("A versioned file refused, in zh and en")
struct VersionedFileWordsTests {
  @Test("a session of a newer version: the file, the version found and the schema read, in both languages")
  func newerVersion() throws {
    var refused: (any Error)?
    do { _ = try Session.decode(Data(#"{"schema": "caseroom.session/3"}"#.utf8), file: "第一组.session.json") } catch {
      refused = error
    }
    let error = try #require(refused)
    let zh = Language.$current.withValue(.zh) { Say.commandError(error) }
    let en = Language.$current.withValue(.en) { Say.commandError(error) }
    #expect(
      zh == "第一组.session.json:1: caseroom.session/3 是第 3 版格式，这个 caseroom 只读 caseroom.session/1（由更新的 caseroom 写的？）")
    #expect(
      en
        == "第一组.session.json:1: caseroom.session/3 is version 3 of the format; this caseroom reads caseroom.session/1 (written by a newer caseroom?)"
    )
  }

  @Test("cut short, and another kind of file: worded in Chinese")
  func otherProblems() {
    let cut = VersionedFileError(
      file: "r.json", line: 4, schema: "caseroom.review/1",
      .notJSON(.init(line: 4, column: 2, what: "the text ends before the JSON does")))
    #expect(Language.$current.withValue(.zh) { Say.versionedFile(cut) } == "r.json:4: 不是完整的 JSON：文件在第 4 行就结束了（被截断？）")
    let other = VersionedFileError(file: "c.json", schema: "caseroom.class/1", .otherKind(found: "caseroom.review/1"))
    #expect(
      Language.$current.withValue(.zh) { Say.versionedFile(other) }
        == "c.json:1: 是另一种文件（schema \"caseroom.review/1\"），不是 caseroom.class/1")
  }
}
