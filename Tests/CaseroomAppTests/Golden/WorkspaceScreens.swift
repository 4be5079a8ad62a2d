import CaseroomEngine
import Testing

@testable import CaseroomApp

@Suite("Golden screens: the workspace")
struct WorkspaceScreens {
  /// A workspace with a passage of 金税工程 cited in question 2 and an answer to question 1.
  func answered(_ rows: Int, _ cols: Int) -> Workspace {
    var w = WorkspaceFixtures.workspace(rows, cols)
    w.press(.char("]"), .char("]"), .char(")"), .char("}"), .char("c"), .char("2"))
    w.press(.char("a"), .enter)
    w.type("我们单位属于金税工程，负责税收征管。")
    w.press(.escape)
    return w
  }

  @Test("the answers: one answered, one with a citation", arguments: [(12, 40), (24, 80)])
  func answers(_ rows: Int, _ cols: Int) {
    var w = answered(rows, cols)
    Golden.expect(w.render(), "workspace-answers-\(cols)x\(rows)")
  }

  @Test("the editor on question 2, Chinese typed, its citation below", arguments: [(12, 40), (24, 80)])
  func editor(_ rows: Int, _ cols: Int) {
    var w = answered(rows, cols)
    w.press(.char("j"), .enter)
    w.type("金税工程是电子政务的核心系统之一，“一个网络、四级处理”覆盖全国。\n第二段：CTAIS 于1994年上线。")
    Golden.expect(w.render(), "workspace-editor-\(cols)x\(rows)")
  }

  @Test("Q: the questions in full, beside the text or over it", arguments: [(12, 40), (24, 80), (40, 120)])
  func questions(_ rows: Int, _ cols: Int) {
    var w = answered(rows, cols)
    w.press(.escape, .char("Q"), .char("j"))
    Golden.expect(w.render(), "workspace-questions-\(cols)x\(rows)")
  }

  @Test("the reader with a marked passage and the question prompt at 80×24")
  func citing() {
    var w = WorkspaceFixtures.workspace()
    w.press(.char("]"), .char("]"), .char(")"), .char("}"), .char("c"))
    Golden.expect(w.render(), "workspace-citing-80x24")
  }

  @Test("the notes list with two notes", arguments: [(12, 40), (24, 80)])
  func notes(_ rows: Int, _ cols: Int) {
    var w = WorkspaceFixtures.workspace(rows, cols)
    w.press(.char("]"), .char("A"))
    w.type("宏观经济")
    w.press(.escape)
    w.press(.char("]"), .char(")"), .char("}"), .char("A"))
    w.type("税收征管的核心")
    w.press(.escape)
    w.press(.char("i"))
    Golden.expect(w.render(), "workspace-notes-\(cols)x\(rows)")
  }
}
