import CaseroomClass
import CaseroomEngine
import CaseroomReview
import Glibc
import Testing

@testable import CaseroomApp

/// A case file's problems, values from the parser, worded by the app in
/// Chinese and English with the file and the place.
@Suite("A bad case file, in zh and en")
struct CaseFileWordsTests {
  static func problems(_ text: String) -> [CaseError] {
    do {
      _ = try CaseFormat.parse(text, file: "坏.case.md")
      return []
    } catch let e as CaseErrors {
      return e.errors
    } catch {
      return []
    }
  }

  @Test("each problem at file:line (and the header's at its column), in both languages")
  func bothLanguages() throws {
    let errors = Self.problems("---\nid: x\ntitle: y\nerrata: [a, b}\n---\n# A {#a}\n\n文字\n\n# B {#a}\n")
    #expect(errors.count == 2)
    let zh = Language.$current.withValue(.zh) { errors.map(Say.caseError) }
    let en = Language.$current.withValue(.en) { errors.map(Say.caseError) }
    #expect(zh == ["坏.case.md:4:9: 文件头：应为 ',' 或 ']'，却是 '}'", "坏.case.md:10: 节 id“a”重复了（第 6 行已用过）"])
    #expect(
      en == [
        "坏.case.md:4:9: header: expected ',' or ']' in a flow collection, found '}'",
        "坏.case.md:10: duplicate section id 'a' (first used on line 6)",
      ])
  }

  @Test("the whole file: no place but the file; the command line's error says the same")
  func wholeFile() throws {
    let none = try #require(Self.problems("---\nid: x\ntitle: y\n---\n").first)
    #expect(Language.$current.withValue(.zh) { Say.commandError(none) } == "坏.case.md: 案例没有任何一节（'#' 标题）")
    #expect(
      Language.$current.withValue(.en) { Say.commandError(none) }
        == "坏.case.md: the case has no sections ('#' headings)")
    let missing = CaseError(file: "x.case.md", .unreadable(.missing))
    #expect(Language.$current.withValue(.zh) { Say.commandError(missing) } == "x.case.md: 没有这个文件")
  }

  @Test("every problem has words in both languages, none of them the value's own description")
  func everyProblem() {
    let all: [CaseError.What] = [
      .unreadable(.directory), .nulByte(offset: 3), .notUTF8(offset: 4), .notUTF8(offset: nil),
      .bundledCaseMissing(lookedIn: ["/a", "/b"]), .noHeader, .headerNotClosed, .header(.strayLine), .headerNotKeys,
      .noId, .noTitle, .unsupportedFormat(found: nil, reads: "caseroom.case/1"), .idNotValid, .titleNotText,
      .errataNotList, .unknownHeaderKey("k", expected: ["id"]), .erratumIncomplete, .erratumUnknownSection("s"),
      .erratumNotInSection(was: "甲", now: "乙", section: "s"), .noSections, .textBeforeFirstHeading,
      .commentNotClosed, .headingWithoutTitle, .headingLevelSkipped(level: 3, parent: 1),
      .duplicateSectionId("a", firstLine: 2), .sectionIdNotValid("a/b"), .unknownRole("r", expected: ["x"]),
      .unknownHeadingAttribute("x"), .controlCharacters(heading: true, shown: ["␛"]),
    ]
    let header: [HeaderYAML.Problem] = [
      .strayLine, .tabIndent, .directive, .indentedPastKeys, .indentedPastItems, .listItemAmongKeys, .notKeyValue,
      .keyTwice("k"), .keyInText, .colonInText, .textAfterQuote, .quoteNotClosed, .blockIndicator("|"),
      .textAfterBracket, .bracketNotClosed("["), .anchorOrTag("&"), .badEscape("x"), .unknownEscape("q"),
      .flowSeparator(closing: "]", found: "}"), .flowKeyNotText,
    ]
    for what in all + header.map(CaseError.What.header) {
      let zh = Language.$current.withValue(.zh) { Say.caseProblem(what) }
      let en = Language.$current.withValue(.en) { Say.caseProblem(what) }
      #expect(zh != en, "\(what)")
      #expect(zh != "\(what)" && en != "\(what)", "\(what) has no words")
      #expect(zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(what): \(zh)")
      #expect(
        !en.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } || what.mentionsHan, "\(what): \(en)")
    }
  }

  @Test("the case picker's line for a file that is not offered: the line and the words, in the interface's language")
  func notOffered() {
    let e = CaseError(file: "/cases/broken.case.md", line: 1, .noHeader)
    #expect(
      Language.$current.withValue(.zh) { Say.caseNotOfferedBecause(.notACase(e)) }
        == "第 1 行：案例文件应以 '---' 文件头（id、title）开始；没有找到")
    let header = CaseError(file: "/cases/broken.case.md", line: 3, column: 8, .header(.quoteNotClosed))
    #expect(
      Language.$current.withValue(.en) { Say.caseNotOfferedBecause(.notACase(header)) }
        == "line 3, column 8: header: this quote is never closed")
    #expect(
      Language.$current.withValue(.en) { Say.caseNotOfferedBecause(.sameId(as: "a.case.md", id: "a")) }
        == "the same id as a.case.md (id: a)")
  }
}

extension CaseError.What {
  /// Whether the value itself carries Chinese (the case's own words).
  fileprivate var mentionsHan: Bool { "\(self)".unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }
}

/// The review file's and a save's problems, values from the layers below,
/// worded by the screen (the effects hand back the values).
@Suite("A review file or a save refused, worded by the app")
struct ReviewFileWordsTests {
  @Test("a review of another case and a save held by another process, in zh and en")
  func reviewFile() {
    let other = ReviewFileError(file: "r.json", line: 1, .otherCase(found: "b", expected: "a"))
    #expect(Language.$current.withValue(.zh) { Say.commandError(other) } == "r.json:1: 是另一个案例（b）的评阅，不是 a 的")
    #expect(
      Language.$current.withValue(.en) { Say.commandError(other) } == "r.json:1: a review of another case (b), not of a"
    )
    let left = ReviewFileError(file: "r.json", line: 3, .leftAsItIs(.invalid("score 9 is not between 0 and 5")))
    #expect(
      Language.$current.withValue(.zh) { Say.reviewFileProblem(left) }
        == "r.json:3: 评阅文件不能用：score 9 is not between 0 and 5（文件保持原样，没有覆盖）")
  }

  @Test("a save's failure: the refusal worded as such, the system's reason in Chinese")
  func saveFailure() {
    let full = SaveFailure(FileWriteError(path: "/s/a.json", .write, SystemError(ENOSPC)))
    #expect(Language.$current.withValue(.zh) { Say.saveProblem(full) } == "磁盘已满")
    #expect(Language.$current.withValue(.en) { Say.saveProblem(full) } == "the disk is full")
  }
}

@Suite("A class's refusals of a signing key, worded by the app")
struct SigningKeyWordsTests {
  @Test("no private key, a class not signed: in zh and en, naming the file")
  func signingKey() {
    let none = ClassError(file: "/k/id", .noPrivateKey)
    #expect(
      Language.$current.withValue(.zh) { Say.commandError(none) }
        == "/k/id: 这里没有 SSH 私钥（--signing-key 要的是 .pub 旁边的那个文件）")
    #expect(
      Language.$current.withValue(.en) { Say.commandError(ClassError(file: "/c", .classNotSigned)) }
        == "/c: its class.json records no instructor's key: the class is not signed")
  }
}
