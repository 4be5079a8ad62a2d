import CaseroomEngine
import Testing

@testable import CaseroomApp

@Suite("Golden screens: the reader")
struct ReaderScreens {
  @Test("the first screen", arguments: [(12, 40), (24, 80), (40, 120)])
  func firstScreen(_ rows: Int, _ cols: Int) {
    Golden.expect(ReaderFixtures.reader(rows, cols).render(), "reader-first-\(cols)x\(rows)")
  }

  @Test("（七）金盾工程 with the contents beside it at 120×40")
  func goldenShieldWithPane() {
    let r = ReaderFixtures.reader(40, 120, at: Anchor(section: ReaderFixtures.content(7)))
    Golden.expect(r.render(), "reader-golden-shield-pane-120x40")
  }

  @Test("the contents over the text, after a jump to 金盾工程", arguments: [(12, 40), (24, 80)])
  func contents(_ rows: Int, _ cols: Int) {
    var r = ReaderFixtures.reader(rows, cols)
    r.press(.char("t"))
    while case .contents(let s) = r.mode, r.tocRows[s].section.title != "金盾工程" { r.press(.char("j")) }
    r.press(.enter, .char("t"))
    Golden.expect(r.render(), "reader-contents-\(cols)x\(rows)")
  }

  @Test("the help screen", arguments: [(12, 40), (24, 80)])
  func help(_ rows: Int, _ cols: Int) {
    var r = ReaderFixtures.reader(rows, cols)
    r.press(.char("?"))
    Golden.expect(r.render(), "reader-help-\(cols)x\(rows)")
  }

  @Test("a search hit for CCIC, highlighted", arguments: [(12, 40), (24, 80)])
  func searchHit(_ rows: Int, _ cols: Int) {
    var r = ReaderFixtures.reader(rows, cols)
    r.press(.char("/"))
    r.type("CCIC")
    r.press(.enter)
    Golden.expect(r.render(), "reader-search-CCIC-\(cols)x\(rows)")
  }

  @Test("the search prompt being typed at 80×24")
  func searchPrompt() {
    var r = ReaderFixtures.reader()
    r.press(.char("/"))
    r.type("金盾")
    Golden.expect(r.render(), "reader-search-prompt-80x24")
  }
}

@Suite("Golden screens: the group picker")
struct PickerScreens {
  func picker(_ rows: Int, _ cols: Int) -> GroupPicker {
    GroupPicker(
      caseTitle: ReaderFixtures.bundled.title,
      entries: [.init(name: "第一组", members: ["张三", "李四"]), .init(name: "第二组", members: ["王五"])],
      rows: rows, cols: cols)
  }

  @Test("two groups and the new-group row", arguments: [(12, 40), (24, 80)])
  func twoGroups(_ rows: Int, _ cols: Int) {
    Golden.expect(picker(rows, cols).render(), "picker-\(cols)x\(rows)")
  }

  @Test("the new-group row selected, then its name being typed, at 80×24")
  func newGroup() {
    var p = picker(24, 80)
    p.handle(.char("j"))
    p.handle(.char("j"))
    Golden.expect(p.render(), "picker-new-selected-80x24")
    p.handle(.enter)
    for c in "第三组" { p.handle(.char(c)) }
    Golden.expect(p.render(), "picker-new-name-80x24")
  }
}
