import Testing

@testable import CaseroomEngine

/// Checks every promise the layout makes, for one paragraph at one width.
func checkLayout(
  _ text: String, width: Int, style: ParagraphStyle = ParagraphStyle(),
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let lines = Layout.lines(text, width: width, style: style)
  #expect(lines.map(\.text).joined() == text, "lossless at \(width)", sourceLocation: sourceLocation)
  for (i, line) in lines.enumerated() {
    #expect(
      line.columns <= width, "line \(i) '\(line.display)' is \(line.columns) > \(width)", sourceLocation: sourceLocation
    )
    #expect(TerminalWidth.columns(line.display) == line.columns, sourceLocation: sourceLocation)
    let shown = line.text.drop { BreakRules.flags($0).contains(.space) }
    if i > 0, let first = shown.first {
      #expect(
        !BreakRules.isForbiddenLineStart(first), "line \(i) starts with \(first) at \(width): \(line.display)",
        sourceLocation: sourceLocation)
    }
    if i < lines.count - 1, let last = line.text.last {
      #expect(
        !BreakRules.isForbiddenLineEnd(last), "line \(i) ends with \(last) at \(width): \(line.display)",
        sourceLocation: sourceLocation)
    }
  }
}

@Suite("Layout: Chinese line breaking")
struct LayoutTests {
  @Test("fills lines with Hanzi two columns each")
  func fills() {
    let lines = Layout.lines("一二三四五六七八九十", width: 8)
    #expect(lines.map(\.display) == ["一二三四", "五六七八", "九十"])
    #expect(lines.map(\.columns) == [8, 8, 4])
  }

  @Test("closing punctuation never starts a line: the character before is pushed out with it")
  func pushOut() {
    // At 8 columns "一二三四" fills the line; "，" must not start the next one.
    let lines = Layout.lines("一二三四，五六", width: 8)
    #expect(lines.map(\.display) == ["一二三", "四，五六"])
    for mark in ["。", "、", "；", "：", "！", "？", "”", "）", "》", "」", "．", "·"] {
      let l = Layout.lines("一二三四\(mark)五六", width: 8)
      #expect(!BreakRules.isForbiddenLineStart(l[1].text.first!), "\(mark)")
    }
  }

  @Test("opening punctuation never ends a line")
  func openingStaysWithNext() {
    let lines = Layout.lines("一二三“四五”", width: 8)
    #expect(lines.map(\.display) == ["一二三", "“四五”"])
    let l2 = Layout.lines("一二三（四五）", width: 8)
    #expect(l2.map(\.display) == ["一二三", "（四五）"])
  }

  @Test("—— and …… are never split")
  func pairs() {
    for w in 8...14 {
      for text in ["建设周期约四年（2006——2009年）前后", "一二三……四五六七八九十", "一二三四五六七——八九十"] {
        let lines = Layout.lines(text, width: w)
        for (a, b) in zip(lines, lines.dropFirst()) {
          let joint = String(a.text.suffix(1)) + String(b.text.prefix(1))
          #expect(joint != "——" && joint != "……", "split \(joint) at \(w)")
        }
        checkLayout(text, width: w)
      }
    }
  }

  @Test(
    "Latin words and numbers stay whole unless wider than the line",
    arguments: ["CTAIS", "2.5Gbps", "1994", "155Mbps", "TCP／IP", "GDP", "1,500"])
  func latinRuns(_ word: String) {
    for w in 8...30 {
      let text = "我国的系统\(word)是核心系统之一"
      let lines = Layout.lines(text, width: w)
      guard TerminalWidth.columns(word) <= w else { continue }
      #expect(lines.contains { $0.text.contains(word) }, "\(word) broken at \(w): \(lines.map(\.display))")
    }
  }

  @Test("a word wider than the line is broken, never overflows")
  func longWord() {
    let lines = Layout.lines("ABCDEFGHIJKLMNOPQRSTUVWXYZ", width: 8)
    #expect(lines.map(\.display) == ["ABCDEFGH", "IJKLMNOP", "QRSTUVWX", "YZ"])
  }

  @Test("spaces between Latin words hang at the line end")
  func spaces() {
    let lines = Layout.lines("Medical Information Network", width: 12)
    #expect(lines.map(\.display) == ["Medical", "Information", "Network"])
    #expect(lines.map(\.text).joined() == "Medical Information Network")
  }

  @Test("body paragraphs get a two full-width space indent; items hang under their label")
  func styles() {
    let body = Layout.lines("一二三四五六七八九十一二三四五六七八九十", width: 24, style: .body(width: 24))
    #expect(body[0].display.hasPrefix("\u{3000}\u{3000}一"))
    #expect(body[0].columns == 24)
    #expect(body[1].lead == "")
    let item = Layout.lines("了解中国电子政务的发展历程。", width: 16, style: .item(label: "1．", width: 16))
    #expect(item.map(\.display) == ["1．了解中国电子", "   政务的发展历", "   程。"])
  }

  @Test("control characters are drawn as U+FFFD and keep the text lossless")
  func controls() {
    let text = "金税\u{1B}[2J工程\u{7}"
    let lines = Layout.lines(text, width: 10)
    #expect(!lines.contains { $0.display.contains("\u{1B}") })
    checkLayout(text, width: 10)
  }

  @Test("an empty paragraph is one empty line")
  func empty() {
    #expect(Layout.lines("", width: 10).count == 1)
  }

  @Test("every paragraph of the bundled case, at every width from 8 to 300: fits, obeys the rules, lossless")
  func wholeCase() {
    let c = Fixtures.bundledCase
    var shapes: [(ParagraphShape, String?)] = []
    for s in c.sections {
      shapes.append((ParagraphShape(s.heading), nil))
      for p in s.paragraphs { shapes.append((ParagraphShape(p.text), p.label)) }
    }
    var problems: [String] = []
    for width in 8...300 {
      for (shape, label) in shapes {
        let style = label.map { ParagraphStyle.item(label: $0, width: width) } ?? .body(width: width)
        let lines = Layout.lines(shape, width: width, style: style)
        if lines.map(\.text).joined() != shape.text { problems.append("lossless \(width)") }
        for (i, line) in lines.enumerated() {
          if line.columns > width { problems.append("\(width): too wide: \(line.display)") }
          if i > 0, let f = line.text.first, BreakRules.isForbiddenLineStart(f) {
            problems.append("\(width): starts with \(f): \(line.display)")
          }
          if i < lines.count - 1, let l = line.text.last, BreakRules.isForbiddenLineEnd(l) {
            problems.append("\(width): ends with \(l): \(line.display)")
          }
          if i < lines.count - 1, line.text.hasSuffix("—") && lines[i + 1].text.hasPrefix("—") {
            problems.append("\(width): splits ——")
          }
        }
      }
    }
    #expect(problems.isEmpty, "\(problems.count) problems, first: \(problems.prefix(10))")
  }

  @Test("ASCII runs of the case are broken only inside a chain wider than the line")
  func caseRuns() {
    let c = Fixtures.bundledCase
    for width in [8, 9, 10, 11, 13, 17, 20, 33, 40, 61, 80] {
      for s in c.sections {
        for p in s.paragraphs {
          let shape = ParagraphShape(p.text)
          let ranges = LineBreaker.lines(shape, first: width, rest: width)
          for r in ranges.dropFirst() where shape.breaks[r.lowerBound] == .word {
            // The unbreakable chain around this break: atoms joined by anything but `.allowed`.
            var a = r.lowerBound
            while a > 0 && shape.breaks[a] != .allowed { a -= 1 }
            var b = r.lowerBound + 1
            while b < shape.count && shape.breaks[b] != .allowed { b += 1 }
            let chain = (a..<b).reduce(0) { $0 + Int(shape.widths[$1]) }
            #expect(
              chain > width, "a run was broken at \(width) though its chain is \(chain) wide: \(shape.slice(a..<b))")
          }
        }
      }
    }
  }

  @Test("random text at random widths keeps every promise")
  func randomText() {
    var rng = SplitMix64(seed: 42)
    let alphabet = Array("金税工程系统“”（）《》，。、；：！？——……CTAIS2.5Gbps 1994年 %·～ab\u{301}")
    for _ in 0..<400 {
      let n = Int(rng.next() % 120)
      let text = String((0..<n).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] })
      let width = 8 + Int(rng.next() % 60)
      let lines = Layout.lines(text, width: width)
      #expect(lines.map(\.text).joined() == text)
      for l in lines { #expect(l.columns <= width, "\(l.display) at \(width)") }
    }
  }
  @Test("a one-line preview is cut to its width with …, never after an opening mark")
  func clip() {
    #expect(Layout.clip("金税工程", width: 8) == "金税工程")
    #expect(Layout.clip("金税工程", width: 7) == "金税工…")
    #expect(Layout.clip("作为“金税工程”一期", width: 7) == "作为…")
    #expect(Layout.clip("（二）金税工程", width: 4) == "…")
    for width in 1...30 {
      let c = Layout.clip("↳ （二）金税工程 “1994年7月，作为“金税工程”一期的增值税", width: width)
      #expect(TerminalWidth.columns(c) <= width)
      #expect(!(c.dropLast().last.map(BreakRules.isForbiddenLineEnd) ?? false), "\(c)")
    }
  }
}
