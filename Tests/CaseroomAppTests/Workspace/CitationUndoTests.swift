import CaseroomEngine
import Testing

@testable import CaseroomApp

@Suite("The editor's citation list: u undoes where it says so")
struct CitationUndoTests {
  @Test("Ctrl-O, d says u 撤销, and u there brings the citation back (the list had emptied)")
  func undoInEditor() {
    var w = WorkspaceFixtures.workspace(24, 80)
    w.press(.char("]"), .char("]"), .char(")"), .char("}"), .char("c"), .char("2"))
    w.press(.char("a"), .char("2"))
    #expect(w.screen == .editing(question: 1))
    w.press(.ctrl("o"), .char("d"))
    #expect(w.session.answers[1].citations.isEmpty)
    #expect(w.render().line(23).contains("u 撤销"))
    w.press(.char("u"))
    #expect(w.session.answers[1].citations.count == 1, "u does what the status bar said")
    #expect(w.screen == .editing(question: 1), "still in the editor")
    #expect(w.currentSession.answers[1].text.isEmpty, "u was not typed into the answer")
    #expect(w.render().line(23).contains("已恢复") || w.render().line(23).contains("恢复"))
  }
}
