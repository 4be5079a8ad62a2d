import CaseroomEngine
import Testing

@testable import CaseroomApp

@Suite("Citations and notes marked in the text")
struct MarksTests {
  /// The row and column where a string starts on screen.
  func find(_ f: Frame, _ s: String) -> (row: Int, col: Int)? {
    for row in 0..<f.rows {
      let line = f.line(row)
      guard let r = line.range(of: s) else { continue }
      return (row, TerminalWidth.columns(line[..<r.lowerBound]))
    }
    return nil
  }

  @Test("a cited passage is marked with its own style and ▏ beside its lines, once the mark is gone")
  func cited() throws {
    var w = WorkspaceFixtures.workspace()
    w.press(.char("]"), .char("]"), .char(")"), .char("}"), .char("c"), .char("2"))
    #expect(w.reader.passage == nil, "citing clears the mark")
    let f = w.render()
    let at = try #require(find(f, "1994年7月，作为"))
    #expect(f.style(row: at.row, col: at.col) == .cited)
    #expect(f.style(row: at.row, col: at.col - 2) != .cited, "the sentence before is not cited")
    #expect(f.cells[at.row][w.reader.geometry.textX - 1].character == "▏")
  }

  @Test("✎ sits beside the line where the annotated sentence starts, not the paragraph's first line")
  func noteBesideItsLine() throws {
    var w = WorkspaceFixtures.workspace()
    w.press(.char("]"), .char("]"), .char(")"), .char("}"), .char("}"), .char("A"))
    w.type("二期")
    w.press(.escape)
    let f = w.render()
    let at = try #require(find(f, "1998年8月开始"))
    #expect(f.style(row: at.row, col: at.col) == .noted)
    let margin = w.reader.geometry.textX - 2
    let rows = (1..<23).filter { f.cells[$0][margin].character == "✎" }
    #expect(rows == [at.row])
  }

  @Test("below 60 columns, with no left margin, ✎ goes to the right of the line")
  func narrow() throws {
    var w = WorkspaceFixtures.workspace(12, 40)
    w.press(.char("]"), .char(")"), .char("A"))
    w.type("窄屏")
    w.press(.escape)
    let g = w.reader.geometry
    #expect(g.textX < 2)
    let f = w.render()
    #expect((1..<11).contains { f.cells[$0][g.textX + g.textWidth].character == "✎" })
  }

  @Test("a jump to a citation shows its passage for a moment (until the next key)")
  func flash() throws {
    var w = WorkspaceFixtures.workspace()
    w.press(.char("]"), .char("]"), .char(")"), .char("c"), .char("2"))
    w.press(.char("["), .char("["), .char("a"), .char("j"), .char("j"), .enter)
    #expect(w.screen == .reading)
    let f = w.render()
    let at = try #require(find(f, "总称为中国税收管理信息系统"))
    #expect(f.style(row: at.row, col: at.col) == .currentHit)
    w.press(.char("j"))
    let g = w.render()
    let again = try #require(find(g, "总称为中国税收管理信息系统"))
    #expect(g.style(row: again.row, col: again.col) == .cited)
  }
}

@Suite("The editor lists every citation of its answer")
struct EditorCitationsTests {
  @Test("Ctrl-O gives the list the keys: ↓ chooses, Enter jumps to the passage; each citation is listed")
  func listAndJump() throws {
    var w = WorkspaceFixtures.workspace()
    w.press(.char("]"), .char("]"), .char(")"), .char("c"), .char("2"))
    w.press(.char(")"), .char("}"), .char("c"), .char("2"))
    w.press(.char("]"), .char(")"), .char("c"), .char("2"))
    #expect(w.session.answers[1].citations.count == 3)
    w.press(.char("a"), .char("2"))
    let f = w.render()
    // Three rows above the status bar, one a citation.
    #expect(f.line(20).hasPrefix(" ↳ 1/3 （二）金税工程"))
    #expect(f.line(21).hasPrefix(" ↳ 2/3 （二）金税工程"))
    #expect(f.line(22).hasPrefix(" ↳ 3/3 （三）金关工程"))
    w.press(.ctrl("o"), .down, .down)
    #expect(w.render().style(row: 22, col: 2) == .selected)
    w.press(.enter)
    #expect(w.screen == .reading)
    #expect(w.reader.sections[w.reader.section].title == "金关工程")
    #expect(w.reader.flashed != nil, "the passage is shown")
  }

  @Test("typing goes to the text again after Esc leaves the list")
  func escBack() {
    var w = WorkspaceFixtures.workspace()
    w.press(.char("]"), .char("]"), .char(")"), .char("c"), .char("1"))
    w.press(.char("a"), .char("1"), .ctrl("o"), .escape)
    w.type("文字")
    #expect(w.currentSession.answers[0].text == "文字")
  }
}
