import Foundation
import Testing

@testable import CaseroomEngine

@Suite("Terminal-safe text: nothing from a file drives the terminal")
struct TerminalSafeTests {
  @Test(
    "controls are shown, never sent: C0 as control pictures, DEL as ␡, C1 and bidi controls as <U+…>",
    arguments: [
      ("组\u{1B}]0;pwned\u{07}\u{1B}[31m红", "组␛]0;pwned␇␛[31m红"),
      ("a\u{0}b\u{0D}c\u{1F}", "a␀b␍c␟"),
      ("del\u{7F}", "del␡"),
      ("csi\u{9B}31m", "csi<U+009B>31m"),
      ("\u{80}\u{9F}", "<U+0080><U+009F>"),
      ("abc\u{202E}fed", "abc<U+202E>fed"),
      ("\u{202A}\u{202B}\u{202C}\u{202D}", "<U+202A><U+202B><U+202C><U+202D>"),
      ("\u{2066}x\u{2067}y\u{2068}z\u{2069}", "<U+2066>x<U+2067>y<U+2068>z<U+2069>"),
      ("第一段\n\t第二段", "第一段\n\t第二段"),
      ("中国十二金工程 CTAIS 2.5Gbps “引号”——……", "中国十二金工程 CTAIS 2.5Gbps “引号”——……"),
      // Neighbours of the ranges are left alone.
      ("\u{A0}\u{2029}\u{202F}\u{2065}\u{206A}é", "\u{A0}\u{2029}\u{202F}\u{2065}\u{206A}é"),
    ])
  func shown(_ input: String, _ expected: String) {
    #expect(TerminalSafe.text(input) == expected)
    #expect(!TerminalSafe.text(input).unicodeScalars.contains { TerminalSafe.isHidden($0) })
  }

  @Test("on one line, newline and tab are shown too; CR LF line ends are kept, a lone CR is shown")
  func oneLine() {
    #expect(TerminalSafe.text("a\nb\tc", keepingLines: false) == "a␊b␉c")
    #expect(TerminalSafe.text("a\nb\tc") == "a\nb\tc")
    #expect(TerminalSafe.text("a,b\r\nc,d\r\n") == "a,b\r\nc,d\r\n")
    #expect(TerminalSafe.text("真的\r假的") == "真的␍假的")
    #expect(TerminalSafe.text("结尾\r") == "结尾␍")
    #expect(TerminalSafe.text("\r\r\n") == "␍\r\n")
    #expect(TerminalSafe.text("a\r\n", keepingLines: false) == "a␍␊")
  }

  @Test("every scalar that could drive a terminal is caught by the quick look at the bytes")
  func everyScalar() {
    for v in UInt32(0)...0x2100 {
      guard let scalar = Unicode.Scalar(v) else { continue }
      let s = "x" + String(scalar) + "y"
      let shown = TerminalSafe.text(s)
      #expect(
        shown.unicodeScalars.allSatisfy { !TerminalSafe.isHidden($0) || $0 == "\n" || $0 == "\t" },
        "U+\(String(v, radix: 16))")
    }
    for v in UInt32(0x2000)...0x2100 {
      let scalar = Unicode.Scalar(v)!
      let hidden = (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
      #expect((TerminalSafe.text(String(scalar)) != String(scalar)) == hidden, "U+\(String(v, radix: 16))")
    }
  }

  @Test("JSON: C1, DEL and bidi controls escaped as \\u, the value unchanged when read back")
  func json() throws {
    struct Name: Codable, Equatable { var name: String }
    let evil = Name(name: "组\u{1B}[31m\u{9B}31m\u{7F}\u{202E}红")
    let text = try JSONCoding.text(evil)
    #expect(text.contains(#"\u001b"#) || text.contains(#"\u001B"#))
    #expect(text.contains(#"\u009b"#) && text.contains(#"\u007f"#) && text.contains(#"\u202e"#))
    #expect(!text.unicodeScalars.contains { TerminalSafe.isHidden($0) })
    #expect(try JSONDecoder().decode(Name.self, from: Data(text.utf8)) == evil)
    #expect(TerminalSafe.text(text) == text, "nothing left for the terminal filter to do")
  }
}
