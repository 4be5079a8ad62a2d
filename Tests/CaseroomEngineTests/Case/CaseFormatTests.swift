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

  /// Each bad input, and the line and words its error must carry.
  @Test(
    "bad files give every problem with its line",
    arguments: [
      ("no header", "# 一、标题\n\n文字", 1, "starts with a '---' header"),
      ("unclosed header", "---\nid: x\ntitle: y\n# 一、标题", 1, "never closed"),
      ("missing id", "---\ntitle: y\n---\n# A\n\ntext", 1, "no 'id'"),
      ("bad yaml", "---\nid: x\ntitle: [unclosed\n---\n# A", 3, "header: this '[' is never closed"),
      ("unknown key", "---\nid: x\ntitle: y\ncolour: red\n---\n# A", 4, "unknown header key 'colour'"),
      ("text first", "---\nid: x\ntitle: y\n---\n\nstray text\n\n# A", 6, "text before the first heading"),
      ("level jump", "---\nid: x\ntitle: y\n---\n# A\n\n### C", 7, "heading level 3 under level 1"),
      ("duplicate id", "---\nid: x\ntitle: y\n---\n# A {#a}\n# B {#a}", 6, "duplicate section id 'a'"),
      ("unknown role", "---\nid: x\ntitle: y\n---\n# A {role=quiz}", 5, "unknown role 'quiz'"),
      ("no sections", "---\nid: x\ntitle: y\n---\n", 0, "no sections"),
      ("unclosed comment", "---\nid: x\ntitle: y\n---\n# A\n<!-- open", 6, "never closed"),
      (
        "bad erratum", "---\nid: x\ntitle: y\nerrata:\n  - section: a\n    was: 甲\n    now: 乙\n---\n# A {#a}\n\n丙",
        5, "corrected text is not in section"
      ),
      ("future format", "---\nformat: caseroom.case/9\nid: x\ntitle: y\n---\n# A", 2, "unsupported format"),
    ] as [(String, String, Int, String)])
  func errors(_ name: String, _ text: String, _ line: Int, _ words: String) {
    do {
      _ = try CaseFormat.parse(text, file: "bad.case.md")
      Issue.record("\(name): no error")
    } catch let e as CaseErrors {
      #expect(e.errors.contains { $0.line == line && $0.message.contains(words) }, "\(name): \(e)")
      #expect(e.description.hasPrefix("bad.case.md:"), "\(name)")
    } catch {
      Issue.record("\(name): unexpected \(error)")
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
