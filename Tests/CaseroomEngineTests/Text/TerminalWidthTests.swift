import Testing

@testable import CaseroomEngine

@Suite("Terminal width (glibc wcwidth, as ncurses draws)")
struct TerminalWidthTests {
  @Test("a UTF-8 ctype is available")
  func utf8() {
    #expect(TerminalWidth.isUTF8Available)
  }

  /// The widths of the characters the bundled case uses, pinned so a libc change is caught.
  @Test(
    "pinned widths of the case's characters",
    arguments: [
      ("金", 2), ("工", 2), ("程", 2), ("，", 2), ("。", 2), ("、", 2), ("；", 2), ("：", 2), ("！", 2), ("？", 2),
      ("（", 2), ("）", 2), ("《", 2), ("》", 2), ("【", 2), ("】", 2), ("．", 2), ("～", 2), ("％", 2), ("／", 2),
      ("Ｃ", 2), ("\u{3000}", 2), ("“", 1), ("”", 1), ("‘", 1), ("’", 1), ("—", 1), ("…", 1), ("·", 1), ("°", 1),
      ("×", 1), ("A", 1), ("1", 1), (" ", 1), ("<", 1), ("é", 1), ("①", 1),
    ] as [(String, Int)])
  func pinned(_ text: String, _ width: Int) {
    #expect(TerminalWidth.columns(Character(text)) == width, "\(text)")
  }

  @Test("every character of the bundled case has width 1 or 2")
  func caseCharacters() {
    for s in Fixtures.bundledCase.sections {
      for p in s.paragraphs {
        for c in p.text {
          let w = TerminalWidth.columns(c)
          #expect(w == 1 || w == 2, "\(c) U+\(String(c.unicodeScalars.first!.value, radix: 16)) in \(s.id)")
        }
      }
    }
  }

  @Test("combining marks add nothing; a cluster is measured whole")
  func combining() {
    #expect(TerminalWidth.columns(Character("e\u{301}")) == 1)
    #expect(TerminalWidth.columns("e\u{301}x") == 2)
    #expect(TerminalWidth.wcwidth("\u{301}") == 0)
  }

  @Test("control characters are shown as U+FFFD, one column, never raw")
  func controls() {
    #expect(TerminalWidth.wcwidth("\u{1B}") == -1)
    #expect(TerminalWidth.columns(Character("\u{1B}")) == 1)
    #expect(TerminalWidth.displayable("a\u{1B}[31mb\u{7}") == "a\u{FFFD}[31mb\u{FFFD}")
    #expect(TerminalWidth.displayable("金税") == "金税")
  }

  @Test("bidi controls and C1 controls are shown as U+FFFD too, one column each, so the line is never reordered")
  func bidi() {
    for v: UInt32 in [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x9B, 0x85] {
      let c = Character(Unicode.Scalar(v)!)
      #expect(TerminalWidth.needsReplacement(c), "U+\(String(v, radix: 16))")
      #expect(TerminalWidth.columns(c) == 1, "U+\(String(v, radix: 16))")
    }
    #expect(TerminalWidth.displayable("组\u{202E}名") == "组\u{FFFD}名")
    #expect(TerminalWidth.columns("组\u{202E}名") == 5)
    #expect(!TerminalWidth.needsReplacement("\u{2029}") || TerminalWidth.wcwidth("\u{2029}") < 0)
    #expect(!TerminalWidth.needsReplacement("\u{200D}"))
  }
}
