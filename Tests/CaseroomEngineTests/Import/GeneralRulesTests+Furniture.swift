import Foundation
import Testing

@testable import CaseroomEngine

/// Issue 25, ninth session: causes read in rounds 10 and 11's differences (tuned on them: flattered), each tested
/// on shapes of its own.
extension GeneralRulesTests {
  /// A sentence of `n` characters, ending in `。`.
  static func sentence(_ n: Int, _ c: Character = "文") -> String { String(repeating: c, count: n - 1) + "。" }

  @Test("a long paragraph is one paragraph; only flattened text (most of it on very long lines) is cut")
  func longParagraphKept() {
    let long = (0..<3).map { _ in Self.sentence(140) }.joined()  // 420 characters
    let raw = ["养犬管理", "一、背景", Self.body, "", long, "", Self.body, "二、课堂安排", "1．阅读；", "2．讨论。"]
      .joined(separator: "\n")
    for format in [ImportFormat.text, .docx, .markdown] {
      let s = imported(raw, format).result.contentSections.first
      #expect(s?.paragraphs.count == 3, "\(format)")
      #expect(s?.paragraphs[1].text == long, "\(format)")
    }
    // A whole section on one line of 1 400 characters: flattened, cut at sentence ends.
    let flat = (0..<10).map { _ in Self.sentence(140) }.joined()
    let f = imported(["养犬管理", "一、背景", flat].joined(separator: "\n")).result.contentSections.first
    #expect((f?.paragraphs.count ?? 0) >= 4)
    // …but never a .docx's paragraph, however long: a Word paragraph is a paragraph.
    let d = imported(["养犬管理", "一、背景", flat].joined(separator: "\n"), .docx).result.contentSections.first
    #expect(d?.paragraphs.count == 1)
  }
}

extension GeneralRulesTests {
  @Test(
    "a footnote's or an endnote's reference mark at the end of the title is not part of it",
    arguments: [
      ("社区食堂的运营之困①", "社区食堂的运营之困"), ("社区食堂的运营之困[1]", "社区食堂的运营之困"),
      ("社区食堂的运营之困*", "社区食堂的运营之困"), ("社区食堂的运营之困¹", "社区食堂的运营之困"),
      ("社区食堂的运营之困[^2]", "社区食堂的运营之困"), ("社区食堂的运营之困 †", "社区食堂的运营之困"),
      ("2023年的社区食堂", "2023年的社区食堂"), ("社区食堂[2023]", "社区食堂[2023]"),
    ])
  func titleNoteMark(_ pair: (String, String)) {
    let raw = [pair.0, "一、背景", Self.body, "二、思考题", "1．食堂为什么亏损？"].joined(separator: "\n")
    #expect(imported(raw).result.title == pair.1)
  }
}

extension GeneralRulesTests {
  @Test(
    "a Markdown editor's table-of-contents marker is furniture, wherever it stands",
    arguments: ["[TOC]", "[toc]", "{:toc}", "[[_TOC_]]", "${toc}", "@[toc](目录)", "{{toc}}"])
  func tocMarker(_ marker: String) {
    for raw in [
      [marker, "", "# 社区食堂的运营之困", "", "## 一、背景", "", Self.body, "", "## 二、思考题", "", "1. 食堂为什么亏损？"],
      ["# 社区食堂的运营之困", "", marker, "", "## 一、背景", "", Self.body, "", "## 二、思考题", "", "1. 食堂为什么亏损？"],
    ] {
      let r = imported(raw.joined(separator: "\n"), .markdown)
      #expect(r.result.title == "社区食堂的运营之困", "\(marker)")
      #expect(r.result.subtitle == nil, "\(marker)")
      #expect(r.result.contentSections.map(\.title) == ["背景"], "\(marker)")
      #expect(r.dropped.map(\.text) == [marker], "\(marker)")
    }
    // The word in a sentence stays.
    let t = imported(["社区食堂", "一、背景", "TOC 是一种管理方法。", "二、思考题", "1．为什么？"].joined(separator: "\n"))
    #expect(t.result.contentSections.first?.paragraphs.map(\.text) == ["TOC 是一种管理方法。"])
  }
}

extension GeneralRulesTests {
  @Test(
    "a page counter is furniture by its shape, on a one-page PDF too, and never joins the last plan step",
    arguments: ["第1页（共1页）", "第 1 页 共 1 页", "共1页 第1页", "第1/1页", "(第1页,共1页)", "第 1 页 / 共 1 页"])
  func pageCounter(_ counter: String) {
    let raw = [
      "社区食堂的运营之困", "一、背景", Self.body, "二、课堂安排", "1．阅读案例，分组讨论食堂为什么会亏损，并提出", "改进的建议。", counter,
    ].joined(separator: "\n")
    for format in [ImportFormat.pdf, .text] {
      let r = imported(raw, format)
      #expect(Outline(r.result).arrangement.last == "阅读案例，分组讨论食堂为什么会亏损，并提出改进的建议。", "\(counter) \(format)")
      #expect(r.dropped.map { $0.text.filter { $0 != " " } } == [counter.filter { $0 != " " }], "\(counter) \(format)")
    }
    // Words that only start like one stay: 第1页的表格说明了…
    let t = imported(["社区食堂", "一、背景", "第1页共有三张表。", "二、思考题", "1．为什么？"].joined(separator: "\n"))
    #expect(t.dropped.isEmpty)
  }
}

extension GeneralRulesTests {
  @Test(
    "a page header in fields over the title (a school, then the course's case series) labels the title, is no title",
    arguments: ["××学院经济管理系　　《管理学原理》教学案例", "XX大学商学院    MBA《运营管理》课程案例", "公共管理案例库\t\t第三辑　系列"])
  func courseLineOverTitle(_ header: String) {
    let raw = [header, "老旧小区加装电梯", "一、背景", Self.body, "二、思考题", "1．为什么难？"].joined(separator: "\n")
    for format in [ImportFormat.pdf, .text] {
      let r = imported(raw, format).result
      #expect(r.title == "老旧小区加装电梯", "\(header) \(format)")
      #expect(r.subtitle == nil, "\(header) \(format)")
    }
    // One field: a title that happens to end in 案例 stays the title (principle 2).
    let t = imported(["老旧小区加装电梯案例", "一、背景", Self.body, "二、思考题", "1．为什么难？"].joined(separator: "\n")).result
    #expect(t.title == "老旧小区加装电梯案例")
  }
}

extension GeneralRulesTests {
  @Test(
    "role names in traditional characters are the names they spell",
    arguments: [
      ("教學目標", "思考題", "課堂安排"), ("【學習目標】", "討論問題：", "教學進度安排"), ("一、教學目的", "二、啟發思考題", "三、時間安排"),
    ])
  func traditionalRoleNames(_ names: (String, String, String)) {
    let raw = [
      "社區食堂的營運", "壹、背景", "二〇一六年以後，社區食堂在K市迅速普及，高峰時段供餐超過兩萬份。", names.0, "1．了解社區治理；", "2．理解公共服務。",
      names.1, "1．食堂為什麼虧損？", names.2, "1．閱讀；", "2．討論。",
    ].joined(separator: "\n")
    let o = Outline(imported(raw).result)
    #expect(o.objectives == ["了解社區治理；", "理解公共服務。"], "\(names)")
    #expect(o.questions == ["食堂為什麼虧損？"], "\(names)")
    #expect(o.arrangement == ["閱讀；", "討論。"], "\(names)")
  }
}

extension GeneralRulesTests {
  @Test("questions set before the case (课前思考, unnumbered lines) are the questions; the parts after keep level 1")
  func questionsFirst() {
    for name in ["课前思考", "课前思考题", "【课前思考】"] {
      let raw = [
        "社区食堂的运营之困", name, "你家附近有社区食堂吗？", "食堂应当由谁来办？", "一、背景", Self.body, "二、转折", Self.body, "课堂安排", "1．阅读；",
        "2．讨论。",
      ].joined(separator: "\n")
      let r = imported(raw).result
      #expect(Outline(r).questions == ["你家附近有社区食堂吗？", "食堂应当由谁来办？"], "\(name)")
      #expect(r.contentSections.map(\.title) == ["背景", "转折"], "\(name)")
      #expect(r.contentSections.map(\.level) == [1, 1], "\(name)")
    }
  }
}

extension GeneralRulesTests {
  @Test(
    "a chat record's placeholders and the app's notices are the record's text, never headings",
    arguments: ["[图片]", "[语音]", "[动画表情]", "“刘爸爸”撤回了一条消息", "刘爸爸拍了拍班主任", "周奶奶加入了群聊"])
  func chatNotices(_ notice: String) {
    let raw = [
      "社区团购群的一次退款", "一、群聊记录", "以下是群里的聊天记录：", "团长 20:13", "各位邻居，今天的菜已经到了，请大家来取。", "刘爸爸 20:20", notice,
      "我家的菜少了一袋，怎么办？", "团长 20:25", "我来查一下。", "二、思考题", "1．团长应当怎样处理？",
    ].joined(separator: "\n")
    let r = imported(raw).result
    #expect(r.contentSections.map(\.title) == ["群聊记录"], "\(notice)")
    #expect(r.contentSections.first?.paragraphs.map(\.text).contains(notice) == true, "\(notice)")
  }
}

extension GeneralRulesTests {
  @Test(
    "a phone's status bar and a viewer's bar on top of a screenshot's text are chrome, never the title",
    arguments: [["9:41", "5G 88%"], ["21:07", "令 4G 76"], ["LTE 100"], ["08:15", "‹ 社区食堂案例.pdf 分享"]])
  func phoneChrome(_ bars: [String]) {
    let raw = (bars + ["社区食堂的运营之困", "一、背景", Self.body, "二、思考题", "1．食堂为什么亏损？"]).joined(separator: "\n")
    let r = imported(raw)
    #expect(r.result.title == "社区食堂的运营之困", "\(bars)")
    #expect(r.result.contentSections.map(\.title) == ["背景"], "\(bars)")
    #expect(r.dropped.count == bars.count, "\(bars)")
  }

  @Test("a time or a number in the text is no status bar")
  func clockInText() {
    let raw = ["社区食堂的运营之困", "14:26", "一、背景", Self.body, "二、思考题", "1．食堂为什么亏损？"].joined(separator: "\n")
    #expect(imported(raw).dropped.isEmpty)
  }
}

extension GeneralRulesTests {
  @Test("a title wrapped before 的 or a closing mark goes on with that line (a narrow screen), never a subtitle")
  func titleWrappedBeforeParticle() {
    for (a, b) in [("“夜市”火了之后：S街", "的烟火经济"), ("社区食堂的运营之困（2023", "）")] {
      let raw = [a, b, "一、背景", Self.body, "二、思考题", "1．食堂为什么亏损？"].joined(separator: "\n")
      let r = imported(raw).result
      #expect(r.title == a + b)
      #expect(r.subtitle == nil)
    }
  }
}

extension GeneralRulesTests {
  @Test("a line that only names a role is never joined into a hard-wrapped paragraph before or after it")
  func roleNameNotJoined() {
    // Wrapped at 17 characters (a phone's screen), the question ending in a half-width `?`.
    let raw = [
      "社区食堂的运营之困", "一、背景", "2016年以后，社区食堂在K市迅速普", "及，高峰时段全市供餐超过两万份。", "思考题", "1.食堂为什么会出现亏损的情况?", "课堂安排",
      "分组讨论30分钟,各组汇报20分钟。",
    ].joined(separator: "\n")
    let o = Outline(imported(raw).result)
    #expect(o.questions == ["食堂为什么会出现亏损的情况?"])
    #expect(o.arrangement == ["分组讨论30分钟,各组汇报20分钟。"])
  }
}
