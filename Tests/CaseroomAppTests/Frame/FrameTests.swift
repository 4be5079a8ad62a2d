import CaseroomEngine
import Testing

@testable import CaseroomApp

@Suite("Frame: cells as the terminal shows them")
struct FrameTests {
  @Test("a double-width character takes two cells; text that does not fit ends in …, never half a Hanzi")
  func wide() {
    var f = Frame(rows: 1, cols: 5)
    let end = f.put("金税", row: 0, col: 0, style: .normal)
    #expect(end == 4)
    #expect(f.cells[0].map(\.character) == ["金", nil, "税", nil, " "])
    var g = Frame(rows: 1, cols: 3)
    g.put("a金税", row: 0, col: 0, style: .normal)
    #expect(g.cells[0].map(\.character) == ["a", "…", " "])
    var h = Frame(rows: 1, cols: 4)
    h.put("ab金", row: 0, col: 1, style: .normal)
    #expect(h.cells[0].map(\.character) == [" ", "a", "b", "…"], "no half of 金 at the edge")
    var k = Frame(rows: 1, cols: 6)
    k.put("金税  ", row: 0, col: 0, style: .normal, limit: 5)
    #expect(k.cells[0].map(\.character) == ["金", nil, "税", nil, " ", " "], "blanks at the end are cut without a mark")
  }

  @Test("writing over the right half of a double-width character blanks its left half")
  func overwriteRightHalf() {
    var f = Frame(rows: 1, cols: 4)
    f.put("金税", row: 0, col: 0, style: .normal)
    f.put("a", row: 0, col: 1, style: .normal)
    #expect(f.cells[0].map(\.character) == [" ", "a", "税", nil])
  }

  @Test("writing a narrow character over the left half of a double-width one")
  func overwriteLeftHalf() {
    var f = Frame(rows: 1, cols: 4)
    f.put("金税", row: 0, col: 0, style: .normal)
    f.put("a", row: 0, col: 0, style: .normal)
    #expect(f.cells[0].map(\.character) == ["a", " ", "税", nil])
  }
}
