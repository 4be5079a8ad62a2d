import CaseroomEngine
import Testing

@testable import CaseroomApp

@Suite("Golden screens in English (--lang en)")
struct EnglishScreens {
  @Test("the reader, the answers, the review grid and the picker at 80×24")
  func screens() {
    Language.$current.withValue(.en) {
      var w = WorkspaceFixtures.workspace()
      w.press(.char("]"), .char("]"), .char(")"), .char("c"), .char("2"))
      Golden.expect(w.render(), "en-reader-80x24")
      w.press(.char("a"))
      Golden.expect(w.render(), "en-workspace-answers-80x24")
      Golden.expect(ReviewFixtures.state().render(), "en-review-grid-80x24", masking: ReviewScreens().localTime)
      let picker = GroupPicker(
        caseTitle: "中国十二金工程", entries: [.init(name: "第一组", members: ["张三"])], rows: 24, cols: 80)
      Golden.expect(picker.render(), "en-picker-80x24")
    }
  }
}
