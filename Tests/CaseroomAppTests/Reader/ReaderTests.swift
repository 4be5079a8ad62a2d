import CaseroomEngine
import CaseroomSession
import Foundation
import Testing

@testable import CaseroomApp

@Suite("Reader: keys in, frames out")
struct ReaderTests {
  @Test("first screen at 80×24: header, section heading, text, hint bar", arguments: [(24, 80), (40, 120), (12, 40)])
  func firstScreen(_ rows: Int, _ cols: Int) {
    let r = ReaderFixtures.reader(rows, cols)
    let f = r.render()
    #expect(f.rows == rows && f.cols == cols)
    #expect(f.line(0).contains("中国十二金工程"))
    #expect(f.line(0).contains("一、教学目的"))
    #expect(f.line(3).hasSuffix(" 1．了解中国电子政务的发展历程。"), "\(f.line(3))")
    #expect(f.line(rows - 1).contains("%"))
    #expect(f.style(row: 0, col: 1) == .header)
    #expect(f.style(row: rows - 1, col: 0) == .status)
  }

  @Test("the header names the section and its number: （七）金盾工程  7/17")
  func header() {
    var r = ReaderFixtures.reader()
    r.press(.char("t"))
    for _ in 0..<7 { r.press(.char("j")) }
    r.press(.enter)
    #expect(r.render().line(0).contains("（七）金盾工程  7/17"), "\(r.render().line(0))")
  }

  @Test(
    "text lines are the engine's layout at the text width, drawn column-exact",
    arguments: [(24, 80), (40, 120), (12, 40)])
  func cjkAlignment(_ rows: Int, _ cols: Int) {
    let r = ReaderFixtures.reader(rows, cols, at: Anchor(section: ReaderFixtures.content(2)))
    let f = r.render()
    let g = r.geometry
    let expected = SectionLayout(r.sections[r.section], width: g.textWidth).lines.prefix(g.viewRows).map(\.display)
    for (i, text) in expected.enumerated() {
      // Each Hanzi takes two cells: the first holds it, the second is its continuation.
      var col = g.textX
      for ch in text {
        #expect(f.cells[i + 1][col].character == ch, "row \(i + 1) col \(col)")
        if TerminalWidth.columns(ch) == 2 { #expect(f.cells[i + 1][col + 1].character == nil) }
        col += TerminalWidth.columns(ch)
      }
    }
  }

  @Test(
    "no screen line starts with closing or ends with opening punctuation, at any size",
    arguments: [(24, 80), (40, 120), (12, 40), (6, 20), (50, 300)])
  func punctuation(_ rows: Int, _ cols: Int) {
    var r = ReaderFixtures.reader(rows, cols)
    for _ in 0..<200 {
      let f = r.render()
      let g = r.geometry
      for row in 1..<(rows - 1) {
        let text = f.line(row)
        let body = f.cells[row][g.textX...].compactMap(\.character).map { String($0) }.joined()
          .trimmingCharacters(in: .whitespaces)
        if let first = body.first { #expect(!closing.contains(first), "\(rows)×\(cols): \(text)") }
        if let last = body.last { #expect(!opening.contains(last), "\(rows)×\(cols): \(text)") }
      }
      if r.section == r.sections.count - 1 && r.percent == 100 { break }
      r.press(.char(" "))
    }
  }

  @Test("j/k move a line, Space/b a page, d/u half a page, g/G the ends")
  func moving() {
    var r = ReaderFixtures.reader(12, 40, at: Anchor(section: ReaderFixtures.content(16)))
    r.press(.char("j"))
    #expect(r.top == 1)
    r.press(.char("k"), .char("k"))
    #expect(r.top == 0)
    r.press(.char(" "))
    #expect(r.top == r.geometry.viewRows - 1)
    r.press(.char("b"))
    #expect(r.top == 0)
    r.press(.char("d"))
    #expect(r.top == r.geometry.viewRows / 2)
    r.press(.char("u"))
    #expect(r.top == 0)
    r.press(.char("G"))
    #expect(r.top == r.layout.lines.count - r.geometry.viewRows)
    #expect(r.percent == 100)
    r.press(.char("g"))
    #expect(r.top == 0)
    r.press(.down, .down, .up)
    #expect(r.top == 1)
    r.press(.pageDown, .pageUp, .end, .home)
    #expect(r.top == 0)
    r.press(.wheelDown, .wheelDown)
    #expect(r.top == 6, "the wheel scrolls three lines")
    r.press(.wheelUp)
    #expect(r.top == 3)
  }

  @Test("paging through a whole section continues into the next")
  func pagingOn() {
    var r = ReaderFixtures.reader(24, 80, at: Anchor(section: ReaderFixtures.content(1)))
    var pages = 0
    while r.section == ReaderFixtures.content(1) && pages < 50 {
      r.press(.char(" "))
      pages += 1
    }
    #expect(r.section == ReaderFixtures.content(2))
    #expect(r.top == 0)
    #expect(r.endSeen.contains("golden-macro"))
    #expect(!r.read.contains("golden-macro"), "paged through in no time: not read")
    #expect(r.render().line(1).contains("（二）金税工程"))
    r.press(.char("b"))
    #expect(r.section == ReaderFixtures.content(1))
  }

  @Test("] and [ go to the next and previous section; the ends say so")
  func sections() {
    var r = ReaderFixtures.reader()
    r.press(.char("["))
    #expect(r.section == 0)
    #expect(r.message?.contains("第一节") == true)
    r.press(.char("]"), .char("]"))
    #expect(r.section == 2)
    r.press(.char("["))
    #expect(r.section == 1)
    for _ in 0..<30 { r.press(.char("]")) }
    #expect(r.section == r.sections.count - 1)
    #expect(r.render().line(0).contains("四、课堂安排"))
  }

  @Test("the table of contents lists all 17 projects plus objectives, questions and plan, and jumps")
  func contents() {
    var r = ReaderFixtures.reader(30, 80)
    // 一、教学目的 fits on the screen, but is not the content: never ticked, as 已读 0/17 counts none of it.
    r.tick(now: fixedNow)
    r.tick(now: fixedNow.addingTimeInterval(10))
    r.press(.char("t"))
    let f = r.render()
    // Each title on its own row of the list (from row 2), in the case's order.
    for title in ["一、教学目的", "三、思考题", "四、课堂安排"] + ReaderFixtures.bundled.contentSections.map(\.heading) {
      let i = r.tocRows.firstIndex { $0.section.heading == title }
      #expect(i.map { f.line(2 + $0).hasSuffix(" " + title) } == true, "\(title)")
    }
    #expect(f.line(2 + r.tocRows.count - 1).hasSuffix(" 四、课堂安排"))
    // Down to 金盾工程 (row labels like 二、案例内容 are skipped) and Enter.
    while case .contents(let s) = r.mode, r.tocRows[s].section.title != "金盾工程" { r.press(.char("j")) }
    r.press(.enter)
    #expect(r.mode == .reading)
    #expect(r.sections[r.section].title == "金盾工程")
    // The current one is marked (read ones ticked: QuestionsTests).
    r.press(.tab)
    let f2 = r.render()
    #expect(f2.line(2) == "   一、教学目的")
    #expect(f2.line(10) == " ▶  （七）金盾工程")
    r.press(.escape)
    #expect(r.mode == .reading)
  }

  @Test("wide terminals keep the table of contents beside the text; T hides it; a click jumps")
  func pane() {
    var r = ReaderFixtures.reader(40, 120)
    let g = r.geometry
    #expect(g.paneWidth > 0)
    let f = r.render()
    #expect(f.line(5).contains("│"))
    let last = r.tocRows.firstIndex { $0.section.heading == "（十七）金智工程" }!
    #expect(f.line(1 + last).hasPrefix("   （十七）金智工程 "), "\(f.line(1 + last))")
    let row = (1..<39).first { f.line($0).contains("（九）金农工程") }!
    r.press(.click(row: row, col: 5))
    #expect(r.sections[r.section].title == "金农工程")
    r.press(.char("T"))
    #expect(r.geometry.paneWidth == 0)
    #expect(!r.render().text.contains("（十七）金智工程"))
  }

  @Test("search for CCIC lands in 金盾工程 with the hit highlighted; n and N step across sections")
  func search() {
    var r = ReaderFixtures.reader()
    r.press(.char("/"))
    r.type("CCIC")
    #expect(r.render().line(23).hasPrefix("/CCIC"))
    #expect(r.render().cursor?.row == 23)
    r.press(.enter)
    #expect(r.sections[r.section].title == "金盾工程")
    let f = r.render()
    let row = (1..<23).first { f.line($0).contains("CCIC") }!
    #expect(!f.columns(withStyle: .currentHit, row: row).isEmpty)
    r.press(.char("n"))
    #expect(r.hitIndex == 1)
    r.press(.char("n"))
    #expect(r.hitIndex == 0)
    #expect(r.message?.contains("已从头开始") == true)
    r.press(.char("N"))
    #expect(r.hitIndex == 1)
    r.press(.char("/"), .char("金"), .char("盾"), .enter)
    #expect(r.hits.count > 5)
  }

  @Test("a hit split over two screen lines is highlighted on both")
  func highlightAcrossLines() {
    let phrase = "全国犯罪信息中心"
    var split = 0
    for cols in 30...90 {
      var r = ReaderFixtures.reader(12, cols)
      r.press(.char("/"))
      r.type(phrase)
      r.press(.enter)
      let f = r.render()
      let rows = (1..<11).filter { !f.columns(withStyle: .currentHit, row: $0).isEmpty }
      let highlighted = rows.map { row in
        f.columns(withStyle: .currentHit, row: row).compactMap { f.cells[row][$0].character }
      }
      #expect(String(highlighted.joined()) == phrase, "\(cols) columns")
      if rows.count == 2 { split += 1 }
    }
    #expect(split > 3, "the phrase is split over two lines at several widths")
  }

  @Test("a search with no hits says so and stays put")
  func noHits() {
    var r = ReaderFixtures.reader()
    r.press(.char("/"))
    r.type("不存在")
    r.press(.enter)
    #expect(r.section == 0)
    #expect(r.render().line(23).contains("找不到"))
  }

  @Test("Esc cancels the search prompt; Backspace edits it")
  func promptEditing() {
    var r = ReaderFixtures.reader()
    r.press(.char("/"), .char("a"), .char("b"), .backspace)
    #expect(r.mode == .searchPrompt("a"))
    r.press(.escape)
    #expect(r.mode == .reading)
  }

  @Test("m<letter> sets a mark, '<letter> returns, '' goes back before the jump")
  func marks() {
    var r = ReaderFixtures.reader(24, 80, at: Anchor(section: ReaderFixtures.content(16)))
    r.press(.char("j"), .char("j"), .char("m"), .char("a"))
    let marked = r.anchor
    r.press(.char("]"), .char("]"))
    r.press(.char("'"), .char("a"))
    #expect(r.anchor == marked)
    r.press(.char("'"), .char("'"))
    #expect(r.section == ReaderFixtures.content(16) + 2)
    r.press(.char("'"), .char("z"))
    #expect(r.message?.contains("z") == true)
  }

  @Test("= shows the position")
  func position() {
    var r = ReaderFixtures.reader(24, 80, at: Anchor(section: ReaderFixtures.content(7)))
    r.press(.char("="))
    #expect(r.render().line(23).contains("（七）金盾工程  7/17"))
    #expect(r.render().line(23).contains("%"))
  }

  @Test("? shows a help screen generated from the keymap, grouped by purpose")
  func help() {
    var r = ReaderFixtures.reader(70, 100)
    r.press(.char("?"))
    let lines = r.render().lines
    // Each group on a row of its own, then each of its bindings on a row: its keys, then its description.
    var last = 1
    for group in KeyGroup.allCases where Keymap.reader.contains(where: { $0.group == group }) {
      let title = lines.indices.first { $0 > last && lines[$0] == " " + group.title }
      #expect(title != nil, "\(group.title)")
      last = title ?? last
      for binding in Keymap.reader where binding.group == group {
        let row = lines.indices.first {
          $0 > last && lines[$0].hasPrefix("   " + binding.keysLabel + " ")
            && lines[$0].hasSuffix(" " + binding.description.text)
        }
        #expect(row != nil, "\(binding.description.text)")
        last = row ?? last
      }
    }
    r.press(.escape)
    #expect(r.mode == .reading)
  }

  @Test("the hint bar comes from the keymap and fits")
  func hints() {
    for cols in [20, 40, 80, 200] {
      let f = ReaderFixtures.reader(12, cols).render()
      let bar = f.line(11)
      #expect(TerminalWidth.columns(bar) <= cols)
      expectWholeHints(bar, Keymap.hints(session: false), cols: cols, keeping: Keymap.helpHint)
      if cols >= 80 { for (key, text) in Keymap.hints(session: false) { #expect(bar.contains(key + " " + text)) } }
      #expect(!bar.contains("a 答案") && !bar.contains("c 引用"), "no answer keys without a group")
    }
  }

  @Test("resizing keeps the same passage on screen: 80×24 → 40×12 → 120×40 → 80×24")
  func resize() {
    var r = ReaderFixtures.reader(24, 80, at: Anchor(section: ReaderFixtures.content(16)))
    for _ in 0..<9 { r.press(.char("j")) }
    let passage = r.anchor
    let topText = r.layout.lines[r.top].text
    for (rows, cols) in [(12, 40), (40, 120), (24, 80), (12, 40)] {
      r.resize(rows: rows, cols: cols)
      let line = r.layout.lines[r.top]
      #expect(line.paragraph == passage.paragraph)
      #expect(line.range.contains(passage.offset) || line.range.lowerBound == passage.offset, "\(rows)×\(cols)")
    }
    r.resize(rows: 24, cols: 80)
    #expect(r.layout.lines[r.top].text == topText)
  }

  @Test("a terminal smaller than the minimum shows a notice, then the text again when it grows")
  func tooSmall() {
    var r = ReaderFixtures.reader(24, 80, at: Anchor(section: ReaderFixtures.content(3)))
    r.press(.char("j"), .char("j"))
    let passage = r.anchor
    for (rows, cols) in [(5, 15), (3, 10), (1, 1), (0, 0), (24, 19)] {
      r.resize(rows: rows, cols: cols)
      let f = r.render()
      #expect(f.rows == rows && f.cols == cols)
      if rows >= 3 && cols >= 10 {
        #expect(f.line(max(0, (rows - 3) / 2)).trimmingCharacters(in: .whitespaces) == "终端太小")
      }
      r.press(.char("j"))  // ignored
    }
    r.resize(rows: 24, cols: 80)
    #expect(r.anchor == passage)
    #expect(r.render().line(0).contains("（三）金关工程"))
  }

  @Test("a start position given after a resize is the one kept by later resizes")
  func startAfterResize() {
    var r = ReaderFixtures.reader(24, 80)
    r.resize(rows: 30, cols: 90)
    r = r.moved(to: Anchor(section: ReaderFixtures.content(3)))
    r.resize(rows: 5, cols: 15)
    r.resize(rows: 24, cols: 80)
    #expect(r.render().line(0).contains("（三）金关工程"))
  }

  @Test("rapid resizes in a row land on a consistent screen")
  func rapidResizes() {
    var r = ReaderFixtures.reader(24, 80, at: Anchor(section: ReaderFixtures.content(11)))
    r.press(.char("d"))
    let passage = r.anchor
    for i in 0..<200 { r.resize(rows: 6 + i % 50, cols: 20 + (i * 7) % 200) }
    r.resize(rows: 24, cols: 80)
    #expect(r.anchor == passage)
  }

  @Test("control characters in a case never reach the frame raw")
  func controls() throws {
    let text = "---\nid: x\ntitle: 标题\n---\n# 一、正文\u{1B}[31m\n\n危险\u{1B}[2J文字\u{7}。\n"
    let c = try CaseFormat.parse(text)
    let f = ReaderState(document: c, rows: 10, cols: 40).render()
    #expect(!f.text.contains("\u{1B}"))
    #expect(!f.text.contains("\u{7}"))
    #expect(f.line(3) == " 　　危险\u{FFFD}[2J文字\u{FFFD}。")
  }

  @Test("remembered places restore the section, read ticks and marks")
  func remember() {
    var r = ReaderFixtures.reader(24, 80, at: Anchor(section: ReaderFixtures.content(5)))
    r.press(.char("j"), .char("m"), .char("b"))
    r.tick(now: fixedNow)
    r.tick(now: fixedNow.addingTimeInterval(59))
    let place = r.place
    #expect(place.section == "golden-card")
    var again = ReaderFixtures.reader(24, 80)
    again.restore(place)
    again = again.moved(to: again.anchor(for: place)!)
    #expect(again.anchor == r.anchor)
    #expect(again.marks["b"] == r.marks["b"])
    #expect(again.read.isSuperset(of: ["golden-card"]))
  }

  @Test("marks the reader cannot use (a hand-made `zz`, a section gone) are kept and saved again, never dropped")
  func keptMarks() {
    var r = ReaderFixtures.reader(24, 80)
    let place = ReadingPositions.Place(
      section: "golden-card", paragraph: 0, offset: 0, read: [],
      marks: [
        "zz": .init(section: "golden-tax", paragraph: 1, offset: 3),
        "q": .init(section: "a-section-gone", paragraph: 0, offset: 0),
        "a": .init(section: "golden-tax", paragraph: 0, offset: 0),
      ])
    r.restore(place)
    #expect(r.marks.keys.sorted() == ["a"])
    #expect(r.place.marks == place.marks)
    // Setting `q` here replaces the kept one; `zz` stays.
    r.press(.char("m"), .char("q"))
    #expect(r.place.marks["q"]?.section != "a-section-gone")
    #expect(r.place.marks["zz"] == place.marks["zz"])
  }

  @Test("opening a case lays out only the section on screen; paging lays out only what it shows")
  func lazyLayout() {
    var r = ReaderFixtures.reader(24, 80)
    _ = r.render()
    #expect(r.cache.layoutsComputed == 1)
    for _ in 0..<5 { r.press(.char("j")) }
    _ = r.render()
    #expect(r.cache.layoutsComputed == 1)
    r.press(.char("]"))
    _ = r.render()
    #expect(r.cache.layoutsComputed == 2)
    r.resize(rows: 24, cols: 100)
    #expect(r.cache.shapesComputed == r.sections[0].paragraphs.count + r.sections[1].paragraphs.count)
  }

  @Test("on a case of 2,000 sections, keys lay out only the sections they show")
  func bigCase() {
    let one = ReaderFixtures.bundled.contentSections[15]
    var sections: [Section] = []
    for n in 0..<2000 {
      var s = one
      s.id = "s\(n)"
      sections.append(s)
    }
    let big = Case(id: "big", title: "大案例", sections: sections)
    var r = ReaderState(document: big, rows: 24, cols: 80)
    _ = r.render()
    #expect(r.cache.layoutsComputed == 1)
    #expect(r.cache.shapesComputed == one.paragraphs.count)
    for _ in 0..<5 { r.press(.char("]")) }
    r.press(.char("G"), .char("g"), .char("j"))
    _ = r.render()
    #expect(r.cache.layoutsComputed == 6)
    r.press(.char("t"), .char("G"), .enter)
    _ = r.render()
    #expect(r.section == 1999)
    #expect(r.cache.layoutsComputed == 7)
    r.resize(rows: 40, cols: 120)
    _ = r.render()
    #expect(r.cache.layoutsComputed == 8, "a resize lays out the one section on screen again")
  }

  @Test("opening a 2,000-section case file at its last section reads and lays out only what is shown")
  func openBigFileAtTheEnd() throws {
    let projects = ReaderFixtures.bundled.contentSections
    var sections: [Section] = []
    for n in 1...2000 {
      var s = projects[(n - 1) % projects.count]
      s.id = "s\(n)"
      s.level = 1
      sections.append(s)
    }
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "caseroom-open-\(UUID().uuidString).case.md")
    try Data(CaseFormat.write(Case(id: "big", title: "大案例", sections: sections)).utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let (c, _) = try CaseFormat.open(url)
    var r = ReaderState(document: c, rows: 24, cols: 80)
    r = r.moved(to: Anchor(section: r.sections.count - 1))
    let screen = r.render()
    let shown = projects[(2000 - 1) % projects.count]
    #expect(screen.line(0).contains(shown.heading + "  2000/2000"))
    #expect(screen.line(1) == String(repeating: " ", count: r.geometry.textX) + shown.heading)
    // The first section (where a reader starts) and the last: nothing else is read or laid out.
    #expect(c.sections.filter(\.isLoaded).map(\.id) == ["s1", "s2000"])
    #expect(r.cache.layoutsComputed == 2)
    // Paging back a few screens reads only the sections it reaches.
    for _ in 0..<3 { r.press(.char("[")) }
    _ = r.render()
    #expect(c.sections.filter(\.isLoaded).count == 5)
  }

  @Test("before the terminal is sized nothing is laid out; the first size lays out only the place moved to")
  func unsizedReader() {
    var r = ReaderState(document: ReaderFixtures.bundled, rows: 0, cols: 0)
    let target = r.sectionIndex["golden-shield"]!
    r = r.moved(to: Anchor(section: target, paragraph: 2))
    #expect(r.cache.layoutsComputed == 0)
    r.resize(rows: 24, cols: 80)
    #expect(r.cache.layoutsComputed == 1)
    // The same screen as a reader sized from the start and moved there.
    let sized = ReaderState(document: ReaderFixtures.bundled, rows: 24, cols: 80).moved(
      to: Anchor(section: target, paragraph: 2))
    #expect(r.anchor == sized.anchor)
    #expect(r.render().text == sized.render().text)
    #expect(r.render().line(0).contains("（七）金盾工程  7/17"))
  }
}
