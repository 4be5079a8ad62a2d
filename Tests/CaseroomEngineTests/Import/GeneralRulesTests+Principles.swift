import Foundation
import Testing

@testable import CaseroomEngine

/// Five principles a teacher's file obeys whoever made it (issue 25, eighth session), each shown by three
/// shapes or more invented here (other makers, words and positions than any hand-out of the corpus), and
/// by the shapes it must leave alone.
extension GeneralRulesTests {
  static let text2 = "改造方案公布后，居民分成了两派，一派支持尽快动工，另一派担心施工影响出行。"
  static let text3 = "街道召开了三次协调会，最后决定分两期施工，并设立居民监督小组。"

  func outline(_ lines: [String], _ format: ImportFormat = .text) -> (Outline, ImportResult) {
    let r = imported(lines.joined(separator: "\n"), format)
    return (Outline(r.result), r)
  }

  // MARK: - 1. Furniture is what repeats or what frames

  @Test(
    "a printed web page: its address at each page's foot is left out as an address, its date-and-title head and 1/2 as furniture"
  )
  func principleFurniturePrintedPage() {
    let head = "2025/3/14 08:05        老街改造 - 智慧课堂"
    let page1 = [
      head, "", "老街改造：谁说了算", "一、缘起", Self.body, "https://class.example.edu.cn/course/88/article?id=4512", "1/2",
    ]
    let page2 = [head, "", "二、协商", Self.text2, "三、结果", Self.text3, "www.example.org/c/88", "2/2"]
    let r = imported(page1.joined(separator: "\n") + "\n\u{0C}" + page2.joined(separator: "\n") + "\n\u{0C}", .pdf)
    #expect(r.result.title == "老街改造：谁说了算")
    #expect(Outline(r.result).sections.map { "\($0.title)×\($0.paragraphs)" } == ["缘起×1", "协商×1", "结果×1"])
    #expect(r.dropped.filter { $0.reason == .chrome(.address) }.count == 2)
  }

  @Test(
    "a forum's or a platform's chrome at the start and end (a breadcrumb, who posted and the counters, replies and buttons) is left out; the plan's last step stays",
    arguments: [
      (
        ["论坛 › 教学资源 › 案例分享"], ["楼主：张老师　　浏览 532　　回复 8"],
        ["回复（8）", "分享　　收藏　　举报"]
      ),
      (
        ["Home > Courses > Public Policy > Week 5"], ["作者：李明  |  阅读量：1,204  |  点赞 36"],
        ["上一篇：城市更新　　下一篇：社区规划", "评论 (2)"]
      ),
      (["我的空间 / 资料 / 案例"], [], ["收藏　　点赞 3"]),
      ([], [], ["阅读 2.3万", "在看 56", "写留言"]),
      (["返回　　分享　　收藏"], ["【打印】【关闭】"], []),
    ] as [([String], [String], [String])])
  func principleFurnitureChrome(_ shape: ([String], [String], [String])) {
    let (top, under, end) = shape
    let lines =
      top + ["老街改造：谁说了算"] + under + [
        "一、缘起", Self.body, "二、协商", Self.text2, "讨论题", "1. 老街改造应当由谁决定？", "课堂安排", "课前：阅读案例", "课后：提交小组报告",
      ] + end
    let (o, r) = outline(lines)
    #expect(o.title == "老街改造：谁说了算", "\(shape)")
    #expect(o.arrangement == ["课前：阅读案例", "课后：提交小组报告"], "\(shape)")
    #expect(o.sections.map(\.title) == ["缘起", "协商"], "\(shape)")
    #expect(r.dropped.count == top.count + under.count + end.count, "\(r.dropped)")
  }

  @Test(
    "a book's running heads carry the page's number in sequence (the chapter's on odd pages, the book's on even ones): left out, wherever the number stands"
  )
  func principleFurnitureNumberedHeads() {
    for (odd, even) in [
      ({ (n: Int) in "第三章　社区治理　\(n)" }, { (n: Int) in "\(n)　公共管理案例教程" }),
      ({ (n: Int) in "\(n)  Chapter 2  Urban Governance" }, { (n: Int) in "Cases in Public Management  \(n)" }),
      ({ (n: Int) in "案例七　老街改造　　\(n)" }, { (n: Int) in "\(n)　　案例选编（第二辑）" }),
    ] {
      let pages = [
        [odd(41), "", "老街改造", "", "一、缘起", "", Self.body],
        [even(42), "", "二、协商", "", Self.text2],
        [odd(43), "", "三、结果", "", Self.text3],
      ]
      let r = imported(pages.map { $0.joined(separator: "\n") }.joined(separator: "\n\u{0C}"))
      #expect(r.result.title == "老街改造", "\(odd(1))")
      #expect(Outline(r.result).sections.map { "\($0.title)×\($0.paragraphs)" } == ["缘起×1", "协商×1", "结果×1"])
      #expect(r.dropped.count == 3, "\(r.dropped.map(\.text))")
    }
    // A line that starts with a number on one page only, or a footnote's `1 …` at a foot, is text.
    let once = imported(["老街改造", "一、缘起", Self.body, "\u{0C}2019　年的第一场协调会", Self.text2].joined(separator: "\n"))
    #expect(once.dropped.isEmpty)
  }

  // MARK: - 2. The title is the line that names the case

  @Test(
    "a case's number labels its title (案例3-2　X, Case 4: X, 【案例二】X), after a chapter's own objectives or on the first line; the label over it is no title",
    arguments: [
      (["学习目标", "1. 理解城市更新中的协商机制；", "2. 掌握利益相关者分析。", "本节案例", "案例3-2　老街改造：谁说了算"], 2),
      (["Case 4: 老街改造：谁说了算"], 0),
      (["【案例二】老街改造：谁说了算"], 0),
      (["案例｜老街改造：谁说了算"], 0),
      (["教学目的", "- 理解城市更新中的协商机制；", "- 掌握利益相关者分析。", "案例 12　老街改造：谁说了算"], 2),
    ] as [([String], Int)])
  func principleTitleNamesCase(_ shape: ([String], Int)) {
    let (o, r) = outline(shape.0 + ["缘起", Self.body, "协商", Self.text2, "讨论题", "1. 老街改造应当由谁决定？"])
    #expect(o.title == "老街改造：谁说了算", "\(shape.0)")
    #expect(o.objectives.count == shape.1, "\(shape.0)")
    #expect(o.sections.map(\.title) == ["缘起", "协商"], "\(shape.0)")
    #expect(o.questions == ["老街改造应当由谁决定？"])
    // A first line that only mentions a case with no number is the title as it stands; so is a title of two words
    // set apart by a wide blank.
    #expect(outline(["案例教学：老街改造", "一、缘起", Self.body]).0.title == "案例教学：老街改造")
    #expect(outline(["城市更新　老街改造", "一、缘起", Self.body]).0.title == "城市更新　老街改造")
    // A word spread out by blanks near the top is no row of buttons.
    #expect(outline(["老街改造", "目　次　表", "一、缘起", Self.body]).1.dropped.allSatisfy { $0.reason != .chrome(.counters) })
  }

  // MARK: - 3. Questions by what they are, wherever they stand

  @Test(
    "a question set after a part under its label (思考：, 讨论：, Question:) is a question, in reading order with those at the end",
    arguments: ["思考：", "**讨论：**", "Question: ", "【想一想】：", "议一议：", "Discussion: ", "小组讨论："])
  func principleQuestionsAfterParts(_ label: String) {
    let lines = [
      "老街改造", "一、缘起", Self.body, "\(label)老街为什么要改造？", "二、协商", Self.text2, "\(label)两派居民各自担心什么？", "三、结果", Self.text3,
      "讨论题", "1. 分两期施工是好办法吗？",
    ]
    let (o, _) = outline(lines, label.hasPrefix("**") ? .markdown : .text)
    #expect(o.questions == ["老街为什么要改造？", "两派居民各自担心什么？", "分两期施工是好办法吗？"], "\(label)")
    #expect(o.sections.map { "\($0.title)×\($0.paragraphs)" } == ["缘起×1", "协商×1", "结果×1"], "\(label)")
    // An interview's question (`问：`) in the text stays the text.
    let interview = outline(["老街改造", "一、访谈", Self.body, "问：你们为什么反对？", "答：怕影响出行。"]).0
    #expect(interview.questions.isEmpty)
    #expect(interview.sections.map(\.paragraphs) == [3])
  }

  @Test(
    "a part whose lines all ask is the questions whatever its name, in the body or after it, numbered or bulleted",
    arguments: [
      ["综合讨论", "1. 分两期施工是好办法吗？", "2. 监督小组能起什么作用？"],
      ["课后练习", "请围绕以下问题写一篇短文：", "（1）分两期施工是好办法吗？", "（2）监督小组能起什么作用？"],
      ["延伸", "- 分两期施工是好办法吗？", "- 监督小组能起什么作用？"],
    ])
  func principleQuestionsByWhatTheyAre(_ part: [String]) {
    let (o, _) = outline(["老街改造", "缘起", Self.body, "协商", Self.text2] + part + ["课堂安排", "课前：阅读案例"])
    #expect(o.questions == ["分两期施工是好办法吗？", "监督小组能起什么作用？"], "\(part)")
    #expect(o.sections.map(\.title) == ["缘起", "协商"], "\(part)")
    // A part with one rhetorical question among its sentences is the text.
    let text = outline(["老街改造", "缘起", Self.body, "谁来决定？", Self.text2, "协商", Self.text3]).0
    #expect(text.questions.isEmpty)
  }

  @Test(
    "a note app's callout of questions (`> [!question] 讨论题`, `> [!faq]` with no title) is the questions",
    arguments: ["> [!question] 讨论题", "> [!faq]- 想一想", "> [!question]"])
  func principleQuestionsInCallout(_ head: String) {
    let md = [
      "# 老街改造", "", "## 缘起", "", Self.body, "", "## 协商", "", Self.text2, "", head, "> 1. 分两期施工是好办法吗？",
      "> 2. 监督小组能起什么作用？",
    ]
    let (o, _) = outline(md, .markdown)
    #expect(o.questions == ["分两期施工是好办法吗？", "监督小组能起什么作用？"], "\(head)")
    #expect(o.sections.map { "\($0.title)×\($0.paragraphs)" } == ["缘起×1", "协商×1"], "\(head)")
  }

  // MARK: - 4. A plan step is an activity with time

  @Test(
    "a plan in columns lined up by blanks: its header row (names, no time) is no step",
    arguments: [
      ["时间                 活动", "9:00—9:20            教师导入", "9:20—10:00           分组讨论"],
      ["环节          时长          形式", "导入          10分钟        讲授", "讨论          40分钟        小组"],
      ["Time      Activity", "15 min    Warm-up", "45 min    Group work"],
    ])
  func principlePlanColumns(_ table: [String]) {
    let (o, r) = outline(["老街改造", "一、缘起", Self.body, "二、课堂安排"] + table, .pdf)
    #expect(o.arrangement.count == 2, "\(o.arrangement)")
    #expect(o.arrangement.allSatisfy { $0.contains(" | ") }, "\(o.arrangement)")
    #expect(
      !o.arrangement.contains {
        $0.contains(table[0].split(separator: " ")[0]) && !$0.contains("分钟") && !$0.contains("min") && !$0.contains(":")
      })
    #expect(o.sections.map(\.title) == ["缘起"], "\(r.dropped)")
    // A paragraph whose words a PDF spaced out once is no table.
    let prose = outline(["老街改造", "一、缘起", "街道    召开了协调会。", Self.text2], .pdf).0
    #expect(prose.sections.map(\.paragraphs) == [2])
  }

  // MARK: - 5. Text a scan or a note app mangles is normalised before reading

  @Test(
    "a scan's spaced enumerators and letters for digits are read as what they are",
    arguments: [
      ("一 、 缘起", "二 、 协商", "1 . 老街为什么要改造？", "2O19年"),
      ("（ 一 ） 缘起", "（ 二 ） 协商", "1 、老街为什么要改造？", "20l9年"),
      ("一 ，缘起", "二 ，协商", "（1）老街为什么要改造？", "2Ol9年"),
    ])
  func principleNormaliseScan(_ shape: (String, String, String, String)) {
    let (o, r) = outline([
      "老街改造", shape.0, "\(shape.3)，街道启动了老街改造。", shape.1, Self.text2, "思考题", shape.2,
    ])
    #expect(o.sections.map(\.title) == ["缘起", "协商"], "\(shape)")
    #expect(o.questions == ["老街为什么要改造？"], "\(shape)")
    #expect(r.result.contentSections.first?.paragraphs.first?.text == "2019年，街道启动了老街改造。", "\(shape)")
    // Letters in words stay: iOS, O2O, B2B.
    let words = outline(["老街改造", "一、缘起", "街道开发了iOS应用，尝试O2O模式，2020年上线。"]).1
    #expect(words.result.contentSections.first?.paragraphs.first?.text == "街道开发了iOS应用，尝试O2O模式，2020年上线。")
  }

  @Test(
    "a note app's marks are their words: `- [ ]` tasks are steps, `[[link]]` and `[[link|shown]]` and `==mark==` the words",
    arguments: ["- [ ] ", "- [x] ", "* [ ] "])
  func principleNormaliseNoteApp(_ box: String) {
    let md = [
      "# 老街改造", "", "## 缘起", "", "街道把[[老街改造|改造]]列为==年度重点==，[[城市更新]]由此开始。", "", "## 课堂安排", "", "\(box)课前：阅读案例",
      "\(box)课中：分组讨论",
    ]
    let (o, r) = outline(md, .markdown)
    #expect(o.arrangement == ["课前：阅读案例", "课中：分组讨论"], "\(box)")
    #expect(r.result.contentSections.first?.paragraphs.first?.text == "街道把改造列为年度重点，城市更新由此开始。")
  }
}

extension GeneralRulesTests {
  @Test(
    "a part whose lines are all activities with a time is the class plan whatever its name; a part of dates is text",
    arguments: [
      ["活动流程", "导入（10分钟）", "分组讨论（40分钟）", "汇报与点评（30分钟）"],
      ["Agenda", "14:00—14:20 案例回顾", "14:20—15:00 小组辩论", "15:00—15:30 总结"],
      ["上课怎么上", "第一步：阅读材料，15 分钟", "第二步：角色扮演，2课时", "第三步：复盘，20 min"],
    ])
  func principlePlanByTime(_ part: [String]) {
    let (o, _) = outline(
      ["老街改造", "一、缘起", Self.body, "二、协商", Self.text2, "三、讨论题", "1. 老街改造应当由谁决定？", "四、" + part[0]] + part.dropFirst())
    #expect(o.arrangement.count == 3, "\(o.arrangement)")
    #expect(o.sections.map(\.title) == ["缘起", "协商"], "\(part)")
    // A part of dates and events (years are no times) is the case's text.
    let dates = outline(["老街改造", "一、缘起", Self.body, "二、大事记", "2019年：启动改造", "2020年：第一期完工"]).0
    #expect(dates.arrangement.isEmpty)
    #expect(dates.sections.map(\.title) == ["缘起", "大事记"])
  }
}

extension GeneralRulesTests {
  @Test(
    "a book's chapter before a numbered case: the chapter's line and its own objectives are no title, the case's number labels it",
    arguments: [
      ["第二章　基层治理", "学习要点", "1．了解条块关系；", "2．理解协商机制。", "案例2-3　老街改造"],
      ["Chapter 3 Urban Renewal", "Learning Objectives", "1. 了解条块关系；", "2. 理解协商机制。", "Case 3.1: 老街改造"],
      ["第5讲　城市更新", "案例五　老街改造"],
    ])
  func principleTitleAfterChapter(_ top: [String]) {
    let (o, r) = outline(top + ["一、缘起", Self.body, "二、协商", Self.text2])
    #expect(o.title == "老街改造", "\(top)")
    #expect(r.result.subtitle == nil, "\(top)")
    #expect(o.objectives.count == (top.count > 2 ? 2 : 0), "\(top)")
    #expect(o.sections.map(\.title) == ["缘起", "协商"], "\(top)")
  }

  @Test(
    "a short label over numbered questions that run to a part's end is the questions, whatever the label",
    arguments: ["【案例思考】", "课后练习", "Exercises", "【小组任务】"])
  func principleQuestionsUnderAnyLabel(_ label: String) {
    let (o, _) = outline([
      "老街改造", "一、缘起", Self.body, "二、协商", Self.text2, label, "1 . 分两期施工是好办法吗？", "2 . 监督小组能起什么作用？", "三、结果", Self.text3,
    ])
    #expect(o.questions == ["分两期施工是好办法吗？", "监督小组能起什么作用？"], "\(label)")
    #expect(o.sections.map { "\($0.title)×\($0.paragraphs)" } == ["缘起×1", "协商×1", "结果×1"], "\(label)")
  }

  @Test(
    "a Markdown note's properties (front matter) are left out as such; its title: is the title",
    arguments: [
      ["---", "title: 老街改造", "tags: [案例, 城市更新]", "date: 2024-03-01", "---"],
      ["---", "title: \"老街改造\"", "aliases:", "  - 老街", "..."],
      ["---", "course: 城市治理", "week: 5", "---", "# 老街改造"],
    ])
  func principleNormaliseFrontMatter(_ head: [String]) {
    let (o, r) = outline(head + ["", "## 缘起", "", Self.body, "", "## 协商", "", Self.text2], .markdown)
    #expect(o.title == "老街改造", "\(head)")
    #expect(o.sections.map { "\($0.title)×\($0.paragraphs)" } == ["缘起×1", "协商×1"], "\(head)")
    #expect(r.dropped.contains { $0.reason == .chrome(.properties) }, "\(r.dropped)")
  }
}

extension GeneralRulesTests {
  @Test(
    "a short label over lines that all hold a time, to a part's end, is the class plan; buttons in brackets at the end are chrome",
    arguments: [
      ["教学建议", "课时：2课时", "课前：阅读案例（30分钟）", "课堂：分组讨论（45分钟）"],
      ["【上课流程】", "14:00 导入", "14:20 辩论", "15:10 点评"],
      ["Schedule", "Reading, 20 min", "Debate, 40 min"],
    ])
  func principlePlanUnderAnyLabel(_ plan: [String]) {
    let lines =
      ["老街改造", "一、缘起", Self.body, "二、协商", Self.text2, "思考题", "1. 老街改造应当由谁决定？", "三、结果", Self.text3] + plan + [
        "【打印本页】【关闭窗口】"
      ]
    let (o, r) = outline(lines)
    #expect(o.arrangement.count == plan.count - 1, "\(o.arrangement)")
    #expect(o.sections.map { "\($0.title)×\($0.paragraphs)" } == ["缘起×1", "协商×1", "结果×1"], "\(plan)")
    #expect(r.dropped.map(\.text) == ["【打印本页】【关闭窗口】"])
  }
}

extension GeneralRulesTests {
  @Test("a question after a part a level down belongs to that part: the parts after it keep their level and role")
  func principleQuestionsKeepTheOutline() {
    let (o, r) = outline([
      "老街改造", "案例正文", "一、缘起", Self.body, "思考：老街为什么要改造？", "二、协商", Self.text2, "想一想：协调会有用吗？", "三、结果", Self.text3,
    ])
    #expect(o.questions == ["老街为什么要改造？", "协调会有用吗？"])
    #expect(o.sections.map { "\($0.title)@\($0.level)×\($0.paragraphs)" } == ["缘起@2×1", "协商@2×1", "结果@2×1"])
    #expect(r.result.sections.filter { $0.role == .questions }.map(\.level) == [3, 3])
  }
}

extension GeneralRulesTests {
  @Test(
    "a first line that labels the kind of text (a series, a collection, 【案例导入】) is no title: the line under it is",
    arguments: ["教学案例", "MPA教学案例系列", "【案例导入】", "阅读材料", "公共管理案例选编"])
  func principleTitleUnderKindLabel(_ label: String) {
    let (o, r) = outline([label, "老街改造：谁说了算", "一、缘起", Self.body, "二、协商", Self.text2])
    #expect(o.title == "老街改造：谁说了算", "\(label)")
    #expect(r.result.subtitle == nil, "\(label)")
    #expect(r.dropped.map(\.text) == [label])
    // A title and its subtitle stay so; a title ending in 案例 over a heading is the title.
    let kept = outline(["共享单车治理", "P市的探索", "一、缘起", Self.body]).1.result
    #expect(kept.title == "共享单车治理" && kept.subtitle == "P市的探索")
    #expect(outline(["老街改造案例", "一、缘起", Self.body]).0.title == "老街改造案例")
  }
}

extension GeneralRulesTests {
  @Test(
    "the title in another language on its own line under it is the subtitle, however long; an English sentence there is the opening",
    arguments: [
      "Renewing the Old Street: Who Decides the Future of a Neighbourhood in Transition",
      "Who Decides? Negotiating Urban Renewal in a Chinese City",
      "Old Street Renewal (Case No. 2024-07)",
    ])
  func principleTitleTranslated(_ english: String) {
    let r = outline(["老街改造：谁说了算", english, "一、缘起", Self.body]).1.result
    #expect(r.title == "老街改造：谁说了算")
    #expect(r.subtitle == english)
    let sentence = outline(["老街改造：谁说了算", "This case was written for a class on urban governance.", "一、缘起", Self.body]).1
    #expect(sentence.result.subtitle == nil)
  }
}
