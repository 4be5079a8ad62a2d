import Testing

@testable import CaseroomEngine

/// The import review's edits for hand-outs as they are copied: a line's shape (`X`), an item's text without
/// its bullet, task box, label word or an OCR's spaces, a table row's cells (`|`), a seam to split at (`s`).
@Suite("Importer: tagged lines as copied")
struct TaggedHandoutShapeTests {
  @Test("a shape masks digits and squeezes spaces: a running head's pages are one shape, two chapters are not")
  func shape() {
    #expect(TaggedHandout.shape("第五章　城市公共安全　85") == TaggedHandout.shape("第五章 城市公共安全  87"))
    #expect(TaggedHandout.shape("1/2") == TaggedHandout.shape("2/2"))
    #expect(TaggedHandout.shape("第五章") != TaggedHandout.shape("第六章"))
    var h = TaggedHandout(
      id: "t",
      lines: [
        TaggedLine(.title, "1/3"), TaggedLine(.body, "正文。"), TaggedLine(.body, "2/3"), TaggedLine(.furniture, "3/3"),
      ])
    let first = h.leaveOutAlike(0)
    #expect(first == [0, 2])
    #expect(h.lines.map(\.tag) == [.furniture, .body, .furniture, .furniture])
    let again = h.leaveOutAlike(2)
    #expect(again.isEmpty)
  }

  @Test("an item's text loses its bullet, its task box, 思考： and an OCR's spaces in its number; nothing else")
  func itemText() {
    #expect(TaggedHandout.itemText("• [ ] 课前：观察") == "课前：观察")
    #expect(TaggedHandout.itemText("•了解业主委员会") == "了解业主委员会")
    #expect(TaggedHandout.itemText("- 理解") == "理解")
    #expect(TaggedHandout.itemText("思考：T市为什么？") == "T市为什么？")
    #expect(TaggedHandout.itemText("1 . W市为什么？") == "1. W市为什么？")
    #expect(TaggedHandout.itemText("思考题：") == "思考题：")  // a label alone stays
    #expect(TaggedHandout.itemText("-10℃的早晨") == "-10℃的早晨")  // a minus sign is no bullet
    #expect(TaggedHandout.itemText("问题的关键在哪里？") == "问题的关键在哪里？")
    // The labels dropped are the importer's own words for asking (`ImportRoles.askingWords`) and its names
    // of the questions: more than the tags' old list (思考题 讨论题 思考 讨论 问题 提问 想一想 议一议).
    for (label, kept) in [
      ("请思考：", false), ("小组讨论：", false), ("讨论问题：", false), ("启发思考题：", false), ("思考題：", false),
      ("【想一想】：", false), ("Question: ", false), ("discussion:", false), ("Exercise：", false),
      ("思考：", false), ("问题：", false), ("议一议：", false),
      // Not asking: a label of something else, a number in the label, an interview's 问.
      ("背景：", true), ("Question 1: ", true), ("问：", true), ("【想一想】", true),
    ] {
      let text = label + "为何水价要涨？"
      #expect(TaggedHandout.itemText(text) == (kept ? text : "为何水价要涨？"), "\(label)")
    }
    #expect(TaggedHandout.tightNumber("一 、 城市看海") == "一、城市看海")
    #expect(TaggedHandout.tightNumber("2O16年") == "2O16年")
    #expect(TaggedHandout.tightNumber("3 个问题") == "3 个问题")
  }

  @Test("| cuts a line into cells at tabs, full-width spaces and two spaces or more; again makes it text")
  func rows() {
    #expect(TaggedHandout.cells("14:00—14:15      教师导入") == ["14:00—14:15", "教师导入"])
    #expect(TaggedHandout.cells("Time 时间\tActivity 活动") == ["Time 时间", "Activity 活动"])
    var h = TaggedHandout(id: "t", lines: [TaggedLine(.step, "0–10 min   Opening 开场"), TaggedLine(.step, "一句话")])
    var made = h.toggleRow(0)
    #expect(made)
    #expect(h.lines[0].row == TableRow(["0–10 min", "Opening 开场"]))
    #expect(h.lines[0].shown == "0–10 min | Opening 开场")
    made = h.toggleRow(1)
    #expect(!made)
    var heading = TaggedHandout(id: "t", lines: [TaggedLine(.heading, "时间    内容", level: 1)])
    made = heading.toggleRow(0)
    #expect(!made)
    made = h.toggleRow(0)
    #expect(made)
    #expect(h.lines[0].row == nil && h.lines[0].text == "0–10 min  Opening 开场")
  }

  @Test("s cuts at a seam of spaces: after a sentence and a space, between Chinese, at two spaces; else a full stop")
  func seams() {
    func cut(_ s: String) -> String? {
      let t = Array(s.unicodeScalars)
      return TaggedHandout.splitPoint(t).map { String(String.UnicodeScalarView(t[$0...])) }
    }
    #expect(cut("案例6-1　物业费之争：K小区") == "物业费之争：K小区")
    #expect(cut("第一句。第二句。 第三段。") == "第三段。")
    #expect(cut("案例阅读（15分钟） 分组讨论（40分钟）") == "分组讨论（40分钟）")
    #expect(cut("第一句。第二句。") == "第二句。")
    #expect(cut("Q1. Why did J Company choose it?") == nil)
  }

  @Test("a question's label with a number is dropped (问题二：, Q10:, 任务3：); 任务 alone is no label; 评论（2） no cut")
  func numberedLabels() {
    func cut(_ s: String) -> String? {
      let t = Array(s.unicodeScalars)
      return TaggedHandout.splitPoint(t).map { String(String.UnicodeScalarView(t[$0...])) }
    }
    #expect(TaggedHandout.itemText("问题二：谁来出钱？") == "谁来出钱？")
    #expect(TaggedHandout.itemText("思考1：谁来出钱？") == "谁来出钱？")
    #expect(TaggedHandout.itemText("Q10: Who pays?") == "Who pays?")
    #expect(TaggedHandout.itemText("任务3：访谈两位老人") == "访谈两位老人")
    #expect(TaggedHandout.itemText("任务：访谈") == "任务：访谈")
    #expect(TaggedHandout.itemText("【思考】") == "【思考】")
    #expect(cut("有评论（2）条：价格公道（20分钟）。另一位说太少。") == "另一位说太少。")
    #expect(cut("原因如下。（1）资金；（2）人手") == "（1）资金；（2）人手")
  }
}
