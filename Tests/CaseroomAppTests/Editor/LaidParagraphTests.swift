import CaseroomEngine
import Foundation
import Testing

@testable import CaseroomApp

@Suite("Editor: laying out only what an edit changed")
struct LaidParagraphTests {
  /// Pieces random paragraphs are made of: Hanzi, punctuation that must not
  /// start or end a line, paired dashes and ellipses, Latin words and numbers
  /// with joiners, blanks, a combining mark and a wide emoji.
  static let pieces: [String] = [
    "电", "子", "政", "务", "金", "税", "工", "程", "系", "统", "，", "。", "、", "；", "：", "！", "？",
    "“", "”", "（", "）", "《", "》", "——", "……", "CTAIS", "2.5Gbps", "1994", "GDP", "TCP/IP", "a", "b",
    " ", " ", "\u{3000}", ".", ",", "e\u{301}", "👨‍👩‍👧", "%", "(", ")",
  ]

  static func randomText(_ n: Int, _ g: inout SplitMix64) -> String {
    (0..<n).map { _ in pieces[Int(g.next() % UInt64(pieces.count))] }.joined()
  }

  /// A random character boundary of `s`, as a UTF-8 offset.
  static func randomOffset(_ s: String, _ g: inout SplitMix64) -> Int {
    let n = Int(g.next() % UInt64(s.count + 1))
    return s.utf8.distance(from: s.startIndex, to: s.index(s.startIndex, offsetBy: n))
  }

  static func full(_ e: TextEditor) -> [Range<Int>] {
    Layout.lines(ParagraphShape(e.paragraphs[0]), width: e.width).map(\.range)
  }

  @Test("after random edits the lines known equal a full layout's, at widths from 4 to 40")
  func randomEdits() {
    var g = SplitMix64(seed: 2024)
    var checked = 0
    for _ in 0..<300 {
      let width = 4 + Int(g.next() % 37)
      var e = TextEditor(text: Self.randomText(20 + Int(g.next() % 200), &g), width: width)
      e.layOut(0)
      for _ in 0..<8 {
        let para = e.paragraphs[0]
        let a = Self.randomOffset(para, &g)
        let b = Self.randomOffset(para, &g)
        e.select(from: .init(0, min(a, b)), to: .init(0, max(a, b)))
        if g.next() % 3 == 0 {
          e.backspace()
        } else {
          e.insert(Self.randomText(1 + Int(g.next() % 6), &g))
        }
        let full = Self.full(e)
        let known = e.knownLines(of: 0)
        #expect(known.lines.map(\.range) == Array(full.prefix(known.lines.count)), "width \(width): \(e.paragraphs[0])")
        #expect(!known.complete || known.lines.count == full.count)
        switch g.next() % 3 {
        case 0:
          #expect(e.layOut(0).map(\.range) == full, "width \(width): \(e.paragraphs[0])")
          #expect(e.layOut(0).map(\.display) == Layout.lines(e.paragraphs[0], width: width).map(\.display))
        case 1:
          let o = Self.randomOffset(e.paragraphs[0], &g)
          let part = e.layOut(0, covering: o)
          #expect(part.covers(o))
          #expect(part.lines.map(\.range) == Array(full.prefix(part.lines.count)))
        default: break
        }
        checked += 1
      }
    }
    #expect(checked == 2400)
  }

  @Test("in long paragraphs, where the lines meet the old ones after an edit, they equal a full layout")
  func randomEditsInLongParagraphs() {
    var g = SplitMix64(seed: 99)
    for round in 0..<40 {
      let width = 4 + Int(g.next() % 37)
      var e = TextEditor(text: Self.randomText(600 + Int(g.next() % 1500), &g), width: width)
      e.layOut(0)
      for _ in 0..<6 {
        let para = e.paragraphs[0]
        let a = Self.randomOffset(para, &g)
        let b = min(para.utf8.count, a + Int(g.next() % 3) * 3)
        e.select(from: .init(0, a), to: .init(0, b))
        if g.next() % 4 == 0 { e.delete() } else { e.insert(Self.randomText(1 + Int(g.next() % 3), &g)) }
        let full = Self.full(e)
        let known = e.knownLines(of: 0)
        #expect(known.lines.map(\.range) == Array(full.prefix(known.lines.count)), "round \(round), width \(width)")
        #expect(e.layOut(0).map(\.range) == full, "round \(round), width \(width)")
        if e.layOut(0).map(\.range) != full { return }
      }
    }
  }

  @Test("a line that starts with a joiner after a digit is laid out with the digit before it")
  func joinerAtLineStart() {
    // One unit of digits and joiners, wider than any line: it breaks inside, and lines may start with "/".
    let text = String(repeating: "2/5", count: 400)
    var starts = 0
    for width in 4...12 {
      let full = Layout.lines(ParagraphShape(text), width: width, paragraph: 0)
      for k in 1..<full.count
      where text.utf8[text.utf8.index(text.startIndex, offsetBy: full[k].range.lowerBound)] == 0x2F {
        starts += 1
        // Laying out more after the lines before it…
        var laid = LaidParagraph(lines: Array(full[..<k]), complete: false)
        laid.extend(text: text, width: width, paragraph: 0, bytes: 1)
        #expect(laid.lines.map(\.range) == Array(full.map(\.range).prefix(laid.lines.count)), "width \(width)")
        // …and after an edit at its end (its lines before stay, it is laid out again).
        var e = TextEditor(text: text, width: width)
        e.layOut(0)
        e.place(.init(0, full[k].range.upperBound))
        e.insert("2")
        #expect(e.layOut(0).map(\.range) == Self.full(e), "width \(width)")
        if starts > 40 { return }
      }
    }
    #expect(starts > 0)
  }

  @Test("a long paragraph without punctuation is laid out again only near the edit")
  func longUnpunctuated() {
    var g = SplitMix64(seed: 7)
    let para = (0..<30_000).map { _ in ["电", "子", "政", "务", "系", "统"][Int(g.next() % 6)] }.joined()
    var e = TextEditor(text: para, width: 30)
    e.layOut(0)
    e.place(.init(0, 30_000))
    e.insert("新")
    let known = e.knownLines(of: 0)
    #expect(!known.complete, "the rest reflows: it is left for later")
    #expect(known.lines.last!.range.upperBound < 30_000 + 2 * LaidParagraph.maximumWindow)
    #expect(known.lines.map(\.range) == Array(Self.full(e).prefix(known.lines.count)))
    #expect(e.layOut(0).map(\.range) == Self.full(e))
  }
}
