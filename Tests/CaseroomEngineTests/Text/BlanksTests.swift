import Testing

@testable import CaseroomEngine

@Suite("Blanks: one definition for the parser, the index check and the importer")
struct BlanksTests {
  /// Every scalar that is a blank, and some that look like one but are not.
  static let blanks: [Unicode.Scalar] = [" ", "\t", "\r", "\u{3000}", "\u{A0}"]
  static let notBlanks: [Unicode.Scalar] = ["\n", "\u{2003}", "\u{200B}", "\u{FEFF}", "\u{2028}", "a", "。", "_"]

  @Test("the blanks are space, tab, CR, U+3000 and U+00A0; a line break is one only for text over several lines")
  func pinned() {
    for s in Self.blanks {
      #expect(isBlank(s), "\(s.escaped(asASCII: true))")
      #expect(isBlankOrLineBreak(s), "\(s.escaped(asASCII: true))")
    }
    for s in Self.notBlanks {
      #expect(!isBlank(s), "\(s.escaped(asASCII: true))")
      #expect(isBlankOrLineBreak(s) == (s == "\n"), "\(s.escaped(asASCII: true))")
    }
  }

  @Test("the byte scans skip exactly the same blanks, forwards and backwards")
  func bytes() {
    for s in Self.blanks + Self.notBlanks {
      var text = "文" + String(s) + String(s) + "字"
      text.withUTF8 { b in
        let inner = 3..<(b.count - 3)
        let end = blanksEnd(b, from: inner.lowerBound, to: inner.upperBound)
        let start = blanksStart(b, from: inner.lowerBound, to: inner.upperBound)
        #expect(end == (isBlank(s) ? inner.upperBound : inner.lowerBound), "\(s.escaped(asASCII: true))")
        #expect(start == (isBlank(s) ? inner.lowerBound : inner.upperBound), "\(s.escaped(asASCII: true))")
      }
    }
    // A scan never reads past its bounds, even in the middle of a blank's bytes.
    var cut = "\u{3000}"
    cut.withUTF8 { b in
      #expect(blanksEnd(b, from: 0, to: 2) == 0)
      #expect(blanksStart(b, from: 1, to: 3) == 3)
    }
  }

  @Test("trimming takes blanks off both ends and nothing else")
  func trimming() {
    #expect(" \t\u{3000}\u{A0}文 字\r".trimmingBlanks() == "文 字")
    #expect("\n文\n".trimmingBlanks() == "\n文\n")
    #expect("\u{3000}\u{3000}".trimmingBlanks() == "")
    #expect("文\u{2003}"[...].trimmingBlanks() == "文\u{2003}")
  }
}
