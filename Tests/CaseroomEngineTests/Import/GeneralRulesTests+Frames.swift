import Foundation
import Testing

@testable import CaseroomEngine

/// The readings of issue 25's tenth rules session, each for what any teacher's file does, shown by three shapes or
/// more invented here (other makers, words and positions than the corpus's) and by shapes each must leave alone:
/// what frames the title, levels from how schemes nest (symbols, 壹貳參, Markdown's `#`), lines that are items or
/// steps by what they are, and questions by what they are (a task, a label that asks).
extension GeneralRulesTests {
  static let part1 = "2019年，街道在老旧小区开办了第一家社区食堂，每天供应午餐两百份，老人可以打八折。"
  static let part2 = "开办一年后，食堂每月亏损两万元，运营的企业提出退出，街道只好重新招标。"
  static let tail = ["讨论题", "1．食堂为什么亏损？", "2．街道应当如何补贴？", "课堂安排", "1．阅读案例（10分钟）", "2．分组讨论（30分钟）"]

  // MARK: - What frames the title

  @Test(
    "fields to fill in over the title (a worksheet's name line) are left out as the title's labels",
    arguments: [
      ["班级：__________      姓名：__________        学号：__________"],
      ["姓名：＿＿＿＿＿＿"],
      ["学号：        成绩：", "小组：        日期："],
      ["Class：____　组别：____"].map { $0.replacingOccurrences(of: "Class", with: "班别") },
    ])
  func titleUnderFields(_ fields: [String]) {
    let (o, r) = outline(fields + ["社区食堂的难题", "一、缘起", Self.part1, "二、亏损", Self.part2] + Self.tail)
    #expect(o.title == "社区食堂的难题", "\(fields)")
    #expect(o.sections.map(\.title) == ["缘起", "亏损"], "\(fields)")
    #expect(r.dropped.filter { $0.reason == .titleLabel }.count == fields.count, "\(r.dropped)")
  }

  @Test(
    "a title with a colon, or labelled as the title, is no field",
    arguments: ["社区食堂：一个街道的探索", "案例名称：社区食堂：一个街道的探索", "食堂之困：亏损、补贴与退出"])
  func titleWithColonStays(_ first: String) {
    let (o, _) = outline([first, "一、缘起", Self.part1, "二、亏损", Self.part2] + Self.tail)
    #expect(o.title == first.replacingOccurrences(of: "案例名称：", with: ""))
  }

  @Test(
    "the lines over the one top-level heading by form (a course's label over Word's Title or a # title) frame it",
    arguments: [
      (["《公共政策》课程案例"], ImportFormat.markdown),
      (["2024年春季学期", "MPA核心课　教学讲义"], .markdown),
      (["公共管理學系　個案教材（第3版）"], .docx),
    ] as [([String], ImportFormat)])
  func titleByForm(_ shape: ([String], ImportFormat)) {
    let (above, format) = shape
    let lines = above + ["# 社区食堂的难题", "壹、缘起", Self.part1, "贰、亏损", Self.part2] + Self.tail
    let (o, r) = outline(lines, format)
    #expect(o.title == "社区食堂的难题", "\(above)")
    #expect(o.sections.map(\.title) == ["缘起", "亏损"], "\(above)")
    #expect(r.dropped.filter { $0.reason == .titleLabel }.count == above.count)
  }

  @Test("a plain first line stays the title over a part that is the one heading by form and holds its text")
  func titleByFormLeavesPartAlone() {
    let (o, _) = outline(["社区食堂的难题", "# 缘起", Self.part1, "亏损", Self.part2] + Self.tail, .docx)
    #expect(o.title == "社区食堂的难题")
    #expect(o.sections.first?.title == "缘起")
  }

  @Test(
    "a page's property line beside properties left out (a date and a time) is one of them, never the subtitle",
    arguments: [
      ["创建时间: 2024年3月2日 10:15", "标签: 公共服务, 基层治理"],
      ["标签: 社区, 养老", "最后编辑: 2025/1/8 21:40"],
      ["状态: 草稿", "Last edited: 2025-01-08 21:40"].map { $0.replacingOccurrences(of: "Last edited", with: "编辑于") },
    ])
  func propertyBesideProperties(_ props: [String]) {
    let lines =
      ["# 社区食堂的难题", ""] + props + ["", "## 一、缘起", Self.part1, "## 二、亏损", Self.part2, "## 讨论题", "1. 食堂为什么亏损？"]
    let (o, r) = outline(lines, .markdown)
    #expect(o.title == "社区食堂的难题")
    #expect(r.result.subtitle == nil, "\(props)")
    #expect(o.sections.map(\.title) == ["缘起", "亏损"], "\(props)")
    #expect(r.dropped.count == 2, "\(r.dropped)")
  }

  @Test("a labelled line under the title with no properties beside it is still read as it was (the subtitle)")
  func lonePropertyStays() {
    let (_, r) = outline(["# 社区食堂的难题", "", "标签: 公共服务", "", "## 一、缘起", Self.part1, "## 二、亏损", Self.part2], .markdown)
    #expect(r.result.subtitle == "标签: 公共服务")
  }

  @Test(
    "the line under the title in a heading's form that holds nothing is the subtitle, whatever its size",
    arguments: [
      ["# 社区食堂", "### 一个街道的三年探索", "## 一、缘起"],
      ["# 社区食堂", "## 一个街道的三年探索", "## 一、缘起"],
      ["# 社区食堂", "#### 一个街道的三年探索", "### 一、缘起"],
    ])
  func subtitleByForm(_ top: [String]) {
    let (o, r) = outline(top + [Self.part1, "## 二、亏损", Self.part2], .markdown)
    #expect(o.title == "社区食堂")
    #expect(r.result.subtitle == "一个街道的三年探索", "\(top)")
    #expect(o.sections.map { "\($0.title)@\($0.level)" } == ["缘起@1", "亏损@1"], "\(top)")
  }

  @Test("a heading under the title that holds its text stays a heading")
  func subtitleByFormLeavesPartAlone() {
    let (o, r) = outline(["# 社区食堂", "## 缘起", Self.part1, "## 亏损", Self.part2], .markdown)
    #expect(r.result.subtitle == nil)
    #expect(o.sections.map(\.title) == ["缘起", "亏损"])
  }

  // MARK: - Levels from how schemes nest

  @Test(
    "Markdown's levels come from how the headings nest, not from the count of #",
    arguments: [
      (["# 社区食堂", "### 教学目标", "1. 理解社区服务的供给方式。", "## 一、缘起", Self.part1, "## 二、亏损", Self.part2], ["缘起@1", "亏损@1"]),
      (["# 社区食堂", "### 缘起", Self.part1, "### 亏损", Self.part2], ["缘起@1", "亏损@1"]),
      (["# 社区食堂", "## 缘起", Self.part1, "#### 招标", Self.part2, "## 亏损", Self.part2], ["缘起@1", "招标@2", "亏损@1"]),
      (["社区食堂", "", "### 缘起", Self.part1, "##### 招标", Self.part2, "### 亏损", Self.part2], ["缘起@1", "招标@2", "亏损@1"]),
    ] as [([String], [String])])
  func markdownNesting(_ shape: ([String], [String])) {
    let (o, _) = outline(shape.0 + ["## 讨论题", "1. 食堂为什么亏损？"], .markdown)
    #expect(o.title == "社区食堂")
    #expect(o.sections.map { "\($0.title)@\($0.level)" } == shape.1, "\(shape.0)")
  }

  @Test(
    "bullet symbols used as levels: the first symbols' short lines holding the others' are headings",
    arguments: [
      ["■", "●", "→"], ["◆", "▶", "▶"], ["★", "☆", "☆"], ["○", "•", "•"],
    ])
  func symbolLevels(_ s: [String]) {
    let lines = [
      "社区食堂的难题", "\(s[0]) 学习目标", "\(s[1]) 理解社区服务的供给方式", "\(s[1]) 分析补贴政策的效果", "\(s[0]) 缘起",
      "\(s[1]) \(Self.part1)", "\(s[2]) 老人可以打八折，残疾人免费。", "\(s[0]) 亏损", "\(s[1]) \(Self.part2)", "\(s[0]) 讨论题",
      "\(s[1]) 食堂为什么亏损？", "\(s[1]) 街道应当如何补贴？", "\(s[0]) 课堂安排", "\(s[1]) 分组讨论30分钟", "\(s[1]) 教师总结10分钟",
    ]
    let (o, _) = outline(lines)
    #expect(o.sections.map { "\($0.title)×\($0.paragraphs)" } == ["缘起×2", "亏损×1"], "\(s)")
    #expect(o.objectives == ["理解社区服务的供给方式", "分析补贴政策的效果"], "\(s)")
    #expect(o.questions == ["食堂为什么亏损？", "街道应当如何补贴？"], "\(s)")
    #expect(o.arrangement.count == 2, "\(s)")
  }

  @Test(
    "symbols whose lines are sentences, or one symbol alone, stay a list",
    arguments: [
      ["● 食堂开在小区中心。", "→ 每天两百份。", "● 老人打八折。", "→ 残疾人免费。"],
      ["● 食堂", "● 补贴", "● 招标"],
      ["● 食堂", "○ 开在小区中心", "● 补贴", "○ 老人打八折"],
    ])
  func symbolListsStay(_ list: [String]) {
    let (o, _) = outline(["社区食堂的难题", "一、缘起", Self.part1] + list + ["二、亏损", Self.part2] + Self.tail)
    #expect(o.sections.map(\.title) == ["缘起", "亏损"], "\(list)")
  }

  @Test(
    "壹、貳、參 (simplified or traditional) and Ⅰ. Ⅱ. number the top, 一、 the parts under them; a role's 一、…。 lines are its items",
    arguments: [
      ("壹、", "貳、", "參、", "肆、"), ("壹、", "贰、", "叁、", "肆、"), ("Ⅰ.", "Ⅱ.", "Ⅲ.", "Ⅳ."),
    ] as [(String, String, String, String)])
  func formalNumerals(_ n: (String, String, String, String)) {
    let lines = [
      "社区食堂的难题", "\(n.0)教学目标", "一、理解社区服务的供给方式。", "二、分析补贴政策的效果。", "\(n.1)案例内容", "一、缘起", Self.part1,
      "二、亏损", Self.part2, "\(n.2)讨论问题", "一、食堂为什么亏损？", "二、街道应当如何补贴？", "\(n.3)课堂安排", "1. 阅读案例：10分钟",
      "2. 分组讨论：40分钟",
    ]
    let (o, r) = outline(lines)
    #expect(o.title == "社区食堂的难题")
    #expect(o.objectives == ["理解社区服务的供给方式。", "分析补贴政策的效果。"], "\(n)")
    // The items' numbers are written as the case format reads them: the file reads back to the same outline.
    #expect((try? Outline(CaseFormat.parse(CaseFormat.write(r.result), file: "t"))) == o, "\(n)")
    #expect(o.questions == ["食堂为什么亏损？", "街道应当如何补贴？"], "\(n)")
    #expect(o.arrangement.count == 2, "\(n)")
    #expect(o.sections.filter { $0.level == 2 }.map(\.title) == ["缘起", "亏损"], "\(n)")
  }

  @Test("壹 in a sentence numbers nothing; 一、 headings holding text stay headings under a role-less part")
  func formalNumeralsLeaveTextAlone() {
    let (o, _) = outline(
      [
        "社区食堂的难题", "一、缘起", "壹、贰、叁是大写数字。" + Self.part1, "二、亏损", Self.part2,
      ] + Self.tail)
    #expect(o.sections.map(\.title) == ["缘起", "亏损"])
  }

  // MARK: - Items and steps by what they are

  @Test(
    "a numbered line holding its activity's time is a plan's step, never a heading",
    arguments: [
      ["课堂流程", "1．阅读案例与角色说明（10分钟）", "", "2．模拟议事会（40分钟）"],
      ["活动安排", "（1）14:00 分组讨论", "", "（2）15:00 各组汇报"],
      ["教学过程", "1) 导入 10 min", "", "2) 讨论 40 min"],
    ])
  func timedLinesAreSteps(_ plan: [String]) {
    let (o, _) = outline(
      ["社区食堂的难题", "一、缘起", Self.part1, "二、亏损", Self.part2, "三、讨论题", "1．食堂为什么亏损？", "四、" + plan[0]] + plan.dropFirst())
    #expect(o.arrangement.count == 2, "\(plan)")
    #expect(o.sections.map(\.title) == ["缘起", "亏损"], "\(plan)")
  }

  // MARK: - Questions by what they are

  @Test(
    "a part named as a task holds the questions when its items ask or say what to do",
    arguments: [
      ["讨论任务", "任务1：食堂为什么亏损？", "任务2：街道应当如何补贴？"],
      ["小组任务", "1. 请比较两次招标的条件。", "2. 分析老人打折的成本由谁承担。"],
      ["研讨问题", "（1）结合案例谈谈社区食堂的定位。", "（2）设计一个补贴方案。"],
      ["课堂任务", "- 评价街道的做法。", "- 提出你的建议。"],
    ])
  func taskParts(_ part: [String]) {
    let (o, r) = outline(["社区食堂的难题", "一、缘起", Self.part1, "二、亏损", Self.part2] + part + ["课堂安排", "分组讨论（30分钟）"])
    #expect(o.questions.count == 2, "\(part)")
    #expect((try? Outline(CaseFormat.parse(CaseFormat.write(r.result), file: "t"))) == o, "\(part)")
    #expect(!o.questions.contains { $0.hasPrefix("任务") }, "\(o.questions)")
    #expect(o.sections.map(\.title) == ["缘起", "亏损"], "\(part)")
  }

  @Test("a task part of role cards, or a part of findings not named as a task, stays content")
  func taskPartsLeftAlone() {
    let cards = ["小组任务与角色扮演", "每组扮演一方参加议事会。", "街道办事处", "你负责召集各方。", "运营企业", "你希望获得补贴。"]
    let (o, _) = outline(["社区食堂的难题", "一、缘起", Self.part1, "二、亏损", Self.part2] + cards + Self.tail)
    #expect(o.sections.contains { $0.title == "小组任务与角色扮演" })
    let findings = ["调查发现", "1. 分析了三年的账目。", "2. 比较了两次招标。"]
    let (o2, _) = outline(["社区食堂的难题", "一、缘起", Self.part1, "二、" + findings[0]] + findings.dropFirst() + Self.tail)
    #expect(o2.questions == ["食堂为什么亏损？", "街道应当如何补贴？"])
  }

  @Test(
    "a label that asks over its own list (one question or more) is the questions, however often it comes back",
    arguments: ["**思考：**", "想一想：", "议一议：", "Discussion:"])
  func askingLabelOverList(_ label: String) {
    let lines = [
      "# 社区食堂：三个小故事", "", "## 故事一　开张", Self.part1, "", label, "", "1. 老人为什么愿意来？", "", "## 故事二　亏损", Self.part2, "",
      label,
      "", "1. 亏损的原因有哪些？", "2. 企业为什么要退出？", "", "## 故事三　招标", Self.part1, "", label, "", "1. 新的招标条件合理吗？",
    ]
    let (o, r) = outline(lines, .markdown)
    #expect(o.questions.count == 4, "\(label): \(o.questions)")
    #expect(r.dropped.isEmpty, "\(r.dropped)")
  }

  @Test(
    "a case's number opening a heading by form is its number: the title is the rest",
    arguments: [("## 案例一　打赏之后", "打赏之后"), ("## Case 2 退款风波", "退款风波"), ("## 材料三　招标之后", "招标之后")])
  func caseNumberOnHeading(_ shape: (String, String)) {
    let (o, _) = outline(["# 社区食堂", "", shape.0, Self.part1, "## 讨论题", "1. 为什么？"], .markdown)
    #expect(o.sections.first?.title == shape.1)
  }

  @Test("a case's part named with a letter in brackets, or 案例分析, keeps its whole name")
  func caseNumberLeavesNamesAlone() {
    let (o, _) = outline(
      ["# 社区食堂", "", "## 案例（A）：开张", Self.part1, "## 案例分析", Self.part2, "## 讨论题", "1. 为什么？"], .markdown)
    #expect(o.sections.map(\.title) == ["案例（A）：开张", "案例分析"])
  }

  @Test(
    "an unnumbered label with its text run on after it holds only that text; the parts after it are its siblings",
    arguments: ["【案例导入】", "【背景链接】", "【新闻回放】"])
  func runOnLabel(_ label: String) {
    let (o, _) = outline(["社区食堂的难题", label + " " + Self.part2, "一、缘起", Self.part1, "二、亏损", Self.part2] + Self.tail)
    let name = String(label.dropFirst().dropLast())
    #expect(o.sections.map { "\($0.title)@\($0.level)" } == ["\(name)@1", "缘起@1", "亏损@1"])
  }

  @Test("a bracketed label alone on its line still holds the parts under it")
  func bracketOverPartsStays() {
    let (o, r) = outline(["社区食堂的难题", "【事件经过】", "一、缘起", Self.part1, "二、亏损", Self.part2] + Self.tail)
    #expect(o.sections.map { "\($0.title)@\($0.level)" } == ["缘起@2", "亏损@2"])
    #expect(r.result.sections.first.map { "\($0.title)@\($0.level)" } == "事件经过@1")
  }
}

extension GeneralRulesTests {
  @Test(
    "a part named as a discussion or a task with one question, after a lead-in at most, is the questions",
    arguments: [["#### 讨论", "思考：", "1. 食堂为什么亏损？"], ["### 小组任务", "1. 请列出各方的诉求。"], ["## 研讨", "请回答：", "- 补贴应当给谁？"]])
  func taskPartOneQuestion(_ part: [String]) {
    let (o, _) = outline(["# 社区食堂", "", "## 一、缘起", Self.part1, "## 二、亏损", Self.part2] + part, .markdown)
    #expect(o.questions.count == 1, "\(part): \(o.questions)")
    #expect(o.sections.map(\.title) == ["缘起", "亏损"], "\(part)")
  }
}

extension GeneralRulesTests {
  @Test(
    "a heading numbered on from one before it is that one's sibling, whatever larger heading came between",
    arguments: [("一、", "二、"), ("1. ", "2. "), ("（一）", "（二）")])
  func numberedOnIsSibling(_ n: (String, String)) {
    let lines = [
      "# 社区食堂", "", "### \(n.0)缘起", Self.part1, "", "# 某某街道办事处文件", "", "## 关于开办社区食堂的通知", Self.part2, "",
      "### \(n.1)亏损", Self.part2, "", "### 讨论题", "1. 食堂为什么亏损？",
    ]
    let (o, _) = outline(lines, .markdown)
    let levels = Dictionary(o.sections.map { ($0.title, $0.level) }, uniquingKeysWith: { a, _ in a })
    #expect(levels["缘起"] == 1 && levels["亏损"] == 1, "\(n): \(o.sections)")
    #expect(o.questions == ["食堂为什么亏损？"], "\(n)")
  }
}

extension GeneralRulesTests {
  static let notice = [
    "关于开办社区食堂的通知", "各社区居委会：", "", "一、供餐时间。食堂每天中午十一点至一点供餐，周末照常营业。", "",
    "二、收费标准。六十岁以上老人每餐八元，其他居民每餐十五元。", "", "三、工作要求。各社区要做好宣传，每月上报就餐人数。",
  ]

  @Test(
    "a quoted document's run-in items (一、供餐时间。…) are its text, never headings: a heading has no sentence after it on its line",
    arguments: [
      (["# 社区食堂", "", "## 背景", Self.part1, "## 街道的通知"], ImportFormat.markdown),
      (["社区食堂", "案例背景", Self.part1, "", "案例材料"], .text),
      (["社区食堂", "# 背景", Self.part1, "# 街道的通知"], .docx),
    ] as [([String], ImportFormat)])
  func runInItemsAreText(_ shape: ([String], ImportFormat)) {
    let (top, format) = shape
    let lines = top + Self.notice + ["", format == .markdown ? "## 亏损" : format == .docx ? "# 亏损" : "后来", Self.part2]
    let (o, _) = outline(lines + ["", "讨论题", "1. 食堂为什么亏损？"], format)
    #expect(!o.sections.contains { $0.title.hasPrefix("供餐时间") || $0.title == "收费标准" }, "\(format): \(o.sections)")
    // The notice's own title may be read as a heading under the part quoting it; the part after stays at the top.
    #expect(o.sections.first { $0.title == "亏损" || $0.title == "后来" }.map(\.level) == 1, "\(format): \(o.sections)")
    #expect(o.questions == ["食堂为什么亏损？"], "\(format)")
  }

  @Test("a numbered heading ending in a full stop with its text on the next lines stays a heading")
  func runInItemsLeaveHeadingsAlone() {
    let (o, _) = outline(["社区食堂", "一、缘起。", Self.part1, "二、亏损。", Self.part2] + Self.tail)
    #expect(o.sections.count == 2)
  }
}
