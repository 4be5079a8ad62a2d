import Testing

@testable import CaseroomEngine

@Suite("A section's items")
struct ItemsTests {
  @Test("a lead-in before numbered questions is not a question (a group gets one answer per question)")
  func leadIn() throws {
    let text = """
      ---
      id: lead-in
      title: 引导语
      ---

      # 一、正文

      正文。

      # 二、思考题

      请结合案例回答以下问题：

      1．第一个问题？

      2．第二个问题？
      """
    let c = try CaseFormat.parse(text, file: "lead-in.case.md")
    #expect(c.questions == ["第一个问题？", "第二个问题？"])
  }
}
