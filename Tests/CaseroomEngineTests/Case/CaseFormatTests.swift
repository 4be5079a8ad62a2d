import Testing

@testable import CaseroomEngine

@Suite("Case format")
struct CaseFormatTests {
  static let sample = """
    ---
    format: caseroom.case/1
    id: sample
    title: 示例案例
    subtitle: 副标题
    ---

    <!-- a comment
    over two lines -->
    # 一、教学目标 {#goals}

    1. 了解一。
    2．了解二。
    3、了解三。

    # 【案例正文】

    ## （一）背景 {#bg}

    第一段第一行，
    第一段第二行。

    Second paragraph
    in English.

    \\1. 这不是列表。

    ### 1．细节

    细节内容。

    # 三、讨论题

    （1）问题一？
    (2) 问题二？

    # 四、教学安排 {role=arrangement #plan}

    - 阅读
    - 讨论
    """

  @Test("reads headings, levels, roles, ids, paragraphs and items")
  func parse() throws {
    let c = try CaseFormat.parse(Self.sample)
    #expect(c.id == "sample")
    #expect(c.title == "示例案例")
    #expect(c.subtitle == "副标题")
    #expect(c.sections.map(\.id) == ["goals", "s2", "bg", "s2-1-1", "s3", "plan"])
    #expect(c.sections.map(\.level) == [1, 1, 2, 3, 1, 1])
    #expect(c.sections.map(\.role) == [.objectives, .content, .content, .content, .questions, .arrangement])
    #expect(c.sections[1].title == "案例正文")
    #expect(c.sections[2].number == "（一）")
    #expect(c.sections[2].title == "背景")
    #expect(c.objectives == ["了解一。", "了解二。", "了解三。"])
    #expect(c.sections[0].paragraphs.map(\.label) == ["1.", "2．", "3、"])
    #expect(c.questions == ["问题一？", "问题二？"])
    #expect(c.arrangement == ["阅读", "讨论"])
    #expect(c.sections[2].paragraphs.map(\.text) == ["第一段第一行，第一段第二行。", "Second paragraph in English.", "1. 这不是列表。"])
    #expect(c.sections[2].paragraphs[0].line == 20)
    #expect(c.contentSections.map(\.id) == ["bg", "s2-1-1"])
  }

  @Test("writing and reading again gives the same case")
  func roundTrip() throws {
    let c = try CaseFormat.parse(Self.sample)
    let again = try CaseFormat.parse(CaseFormat.write(c))
    #expect(c.id == again.id && c.title == again.title && c.subtitle == again.subtitle)
    #expect(c.sections.count == again.sections.count)
    for (a, b) in zip(c.sections, again.sections) { #expect(a.sameContent(as: b), "\(a.id)") }
  }

  @Test("the bundled case survives a round trip")
  func bundledRoundTrip() throws {
    let c = Fixtures.bundledCase
    let again = try CaseFormat.parse(CaseFormat.write(c))
    #expect(again.errata == c.errata)
    for (a, b) in zip(c.sections, again.sections) { #expect(a.sameContent(as: b), "\(a.id)") }
  }

  @Test("text that looks like syntax is escaped when written")
  func escaping() throws {
    let c = Case(
      id: "x", title: "t: with colon", subtitle: "#hash",
      sections: [
        Section(
          id: "a", title: "A",
          paragraphs: [
            Paragraph("# not a heading"), Paragraph("1. not an item"), Paragraph("<!-- not a comment"),
            Paragraph("---"), Paragraph("\\ backslash"),
          ])
      ])
    let again = try CaseFormat.parse(CaseFormat.write(c))
    #expect(again.title == "t: with colon")
    #expect(again.subtitle == "#hash")
    #expect(again.sections[0].paragraphs.map(\.text) == c.sections[0].paragraphs.map(\.text))
  }

  /// Each bad input, and the line and the problem (a value) its error must carry.
  @Test(
    "bad files give every problem with its line",
    arguments: [
      ("no header", "# 一、标题\n\n文字", 1, .noHeader),
      ("unclosed header", "---\nid: x\ntitle: y\n# 一、标题", 1, .headerNotClosed),
      ("missing id", "---\ntitle: y\n---\n# A\n\ntext", 1, .noId),
      ("missing title", "---\nid: x\n---\n# A\n\ntext", 1, .noTitle),
      ("bad yaml", "---\nid: x\ntitle: [unclosed\n---\n# A", 3, .header(.bracketNotClosed("["))),
      ("not keys", "---\n- a\n---\n# A", 2, .headerNotKeys),
      (
        "unknown key", "---\nid: x\ntitle: y\ncolour: red\n---\n# A", 4,
        .unknownHeaderKey("colour", expected: CaseParser.headerKeys)
      ),
      ("bad id", "---\nid: a b\ntitle: y\n---\n# A", 2, .idNotValid),
      ("empty title", "---\nid: x\ntitle: \"\"\n---\n# A", 3, .titleNotText),
      ("errata not a list", "---\nid: x\ntitle: y\nerrata: 1\n---\n# A", 4, .errataNotList),
      ("erratum incomplete", "---\nid: x\ntitle: y\nerrata:\n  - section: a\n---\n# A", 5, .erratumIncomplete),
      ("text first", "---\nid: x\ntitle: y\n---\n\nstray text\n\n# A", 6, .textBeforeFirstHeading),
      ("level jump", "---\nid: x\ntitle: y\n---\n# A\n\n### C", 7, .headingLevelSkipped(level: 3, parent: 1)),
      ("duplicate id", "---\nid: x\ntitle: y\n---\n# A {#a}\n# B {#a}", 6, .duplicateSectionId("a", firstLine: 5)),
      (
        "unknown role", "---\nid: x\ntitle: y\n---\n# A {role=quiz}", 5,
        .unknownRole("quiz", expected: Role.allCases.map(\.rawValue))
      ),
      ("bad section id", "---\nid: x\ntitle: y\n---\n# A {#a/b}", 5, .sectionIdNotValid("a/b")),
      ("unknown attribute", "---\nid: x\ntitle: y\n---\n# A {x=1}", 5, .unknownHeadingAttribute("x=1")),
      ("empty heading", "---\nid: x\ntitle: y\n---\n# {#a}", 5, .headingWithoutTitle),
      ("no sections", "---\nid: x\ntitle: y\n---\n", 0, .noSections),
      ("unclosed comment", "---\nid: x\ntitle: y\n---\n# A\n<!-- open", 6, .commentNotClosed),
      (
        "bad erratum", "---\nid: x\ntitle: y\nerrata:\n  - section: a\n    was: 甲\n    now: 乙\n---\n# A {#a}\n\n丙",
        5, .erratumNotInSection(was: "甲", now: "乙", section: "a")
      ),
      (
        "erratum elsewhere",
        "---\nid: x\ntitle: y\nerrata:\n  - section: b\n    was: 甲\n    now: 乙\n---\n# A {#a}\n\n乙",
        5, .erratumUnknownSection("b")
      ),
      (
        "future format", "---\nformat: caseroom.case/9\nid: x\ntitle: y\n---\n# A", 2,
        .unsupportedFormat(found: "caseroom.case/9", reads: CaseFormat.formatName)
      ),
    ] as [(String, String, Int, CaseError.What)])
  func errors(_ name: String, _ text: String, _ line: Int, _ what: CaseError.What) {
    do {
      _ = try CaseFormat.parse(text, file: "bad.case.md")
      Issue.record("\(name): no error")
    } catch let e as CaseErrors {
      #expect(e.errors.contains { $0.line == line && $0.what == what }, "\(name): \(e)")
      #expect(e.errors.allSatisfy { $0.file == "bad.case.md" }, "\(name)")
    } catch {
      Issue.record("\(name): unexpected \(error)")
    }
  }

  @Test("a header's YAML problem keeps its column, counted from the file's line")
  func headerColumn() throws {
    let text = "---\nid: x\ntitle: \"坏\\q\"\n---\n# A\n\n文字"
    do {
      _ = try CaseFormat.parse(text, file: "bad.case.md")
      Issue.record("no error")
    } catch let e as CaseErrors {
      #expect(e.errors == [CaseError(file: "bad.case.md", line: 3, column: 8, .header(.unknownEscape("q")))])
      #expect(e.errors.first?.place == "bad.case.md:3:8")
    }
  }

  @Test("roles are recognised from the usual heading names")
  func roles() {
    #expect(Role.recognise("教学目的") == .objectives)
    #expect(Role.recognise("案例目标") == .objectives)
    #expect(Role.recognise("【案例正文】") == .content)
    #expect(Role.recognise("思考题") == .questions)
    #expect(Role.recognise("提问反思") == .questions)
    #expect(Role.recognise("教学安排") == .arrangement)
    #expect(Role.recognise("金盾工程") == nil)
  }

  @Test("heading numbers are split from titles")
  func headingNumbers() {
    #expect(HeadingNumber.split("（十七）金智工程") == ("（十七）", "金智工程"))
    #expect(HeadingNumber.split("二、案例内容") == ("二、", "案例内容"))
    #expect(HeadingNumber.split("第一部分 背景") == ("第一部分", "背景"))
    #expect(HeadingNumber.split("【案例正文】") == ("", "案例正文"))
    #expect(HeadingNumber.split("金盾工程") == ("", "金盾工程"))
    #expect(HeadingNumber.value(ofChinese: "十七") == 17)
    #expect(HeadingNumber.value(ofChinese: "一百零三") == 103)
    #expect(HeadingNumber.value(ofChinese: "二三") == nil)
    for n in [1, 9, 10, 11, 17, 20, 99, 100, 101, 110, 999, 1000, 2000, 2019] {
      #expect(HeadingNumber.value(ofChinese: HeadingNumber.chinese(n)) == n, "\(n) \(HeadingNumber.chinese(n))")
    }
  }
}
