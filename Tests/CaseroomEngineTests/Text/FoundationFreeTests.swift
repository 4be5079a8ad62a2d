import Foundation
import Testing

@testable import CaseroomEngine

/// The small stand-ins for Foundation's ICU-bound APIs give what Foundation gave.
@Suite("Without Foundation")
struct FoundationFreeTests {
  @Test("Printf formats numbers as String(format:) does")
  func printf() {
    for (format, value) in [("%.1f", 3.25), ("%.1f", 3.35), ("%.1f", 0.05), ("%.3f ms", 12.3456), ("%.2f", -1.005)] {
      #expect(Printf.text(format, value) == String(format: format, value))
    }
    #expect(Printf.text("%02d:%02d", 5, 7) == "05:07")
    #expect(Printf.text("%02d:%02d", 125, 0) == "125:00")
    let long = Printf.text("%0300d", 1)
    #expect(long.count == 300 && long.hasSuffix("01"))
  }

  @Test("UTCStamp is DateFormatter's yyyyMMdd'T'HHmmss'Z' in UTC, whatever the time zone")
  func utcStamp() {
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = TimeZone(identifier: "UTC")
    f.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
    for t in [0, 1_800_000_000.7, 951_782_400, 4_102_444_799] as [Double] {
      let d = Date(timeIntervalSince1970: t)
      #expect(UTCStamp.text(d) == f.string(from: d))
    }
  }

  @Test("PathText splits paths as NSString's deletingLastPathComponent and lastPathComponent do")
  func pathText() {
    let cases: [(String, String, String)] = [
      ("/a/b/c", "/a/b", "c"), ("/a", "/", "a"), ("/", "/", "/"), ("c", "", "c"), ("a/b/", "a", "b"),
      ("/a/b.json.x1y2", "/a", "b.json.x1y2"), ("/x/.hidden", "/x", ".hidden"),
    ]
    for (path, directory, last) in cases {
      #expect(PathText.directory(path) == directory, "\(path)")
      #expect(PathText.lastComponent(path) == last, "\(path)")
    }
  }

  @Test("the character classes and trimming match CharacterSet's")
  func characterClasses() {
    let samples: [Unicode.Scalar] = [
      "a", "Z", "中", "é", "\u{301}", "5", "٣", "Ⅷ", "½", "-", "_", " ", "\t", "\n", "\r", "\u{3000}", "\u{A0}",
      "\u{85}", "\u{2028}", "\u{2029}", "。", "！", "😀",
    ]
    for s in samples {
      #expect(s.isLetter == CharacterSet.letters.contains(s), "\(s.value)")
      #expect(s.isDecimalDigit == CharacterSet.decimalDigits.contains(s), "\(s.value)")
      #expect(s.isAlphanumeric == CharacterSet.alphanumerics.contains(s), "\(s.value)")
      #expect(s.isLineBreak == CharacterSet.newlines.contains(s), "\(s.value)")
      #expect(s.isSpace == CharacterSet.whitespaces.contains(s), "\(s.value)")
      #expect(s.isSpaceOrLineBreak == CharacterSet.whitespacesAndNewlines.contains(s), "\(s.value)")
    }
    for t in ["  a b \n", "\u{3000}中文\u{3000}", "\n\n", "", "x", "\t x\r\n"] {
      #expect(t.trimmingSpacesAndLineBreaks() == t.trimmingCharacters(in: .whitespacesAndNewlines))
      #expect(t.trimmingSpaces() == t.trimmingCharacters(in: .whitespaces))
      #expect(t.trimmingLineBreaks() == t.trimmingCharacters(in: .newlines))
    }
  }

  @Test("replacingEvery and rangeOfText compare scalars, as Foundation does")
  func replacing() {
    for (s, a, b) in [
      ("a\r\nb", "\n", " "), ("\"q\"", "\"", "\"\""), ("e\u{301}-x", "-", "\\-"), ("aaa", "aa", "b"), ("", "x", "y"),
    ] {
      #expect(s.replacingEvery(a, with: b) == s.replacingOccurrences(of: a, with: b))
    }
    let text = "金盾工程是公安部的"
    #expect(text.rangeOfText("公安").map { String(text[$0]) } == "公安")
    #expect(text.rangeOfText("公安").map { text.distance(from: text.startIndex, to: $0.lowerBound) } == 5)
    #expect(text.rangeOfText("没有") == nil)
  }

  @Test("JSONSyntax finds the first fault, at its line, and accepts what JSONSerialization accepts")
  func jsonSyntax() throws {
    let good = ["{}", "[]", " {\"a\": [1, -2.5e+3, true, false, null, \"\\u4e2d\\n\"]} ", "\"x\"", "0"]
    for g in good {
      #expect(JSONSyntax.problem(in: Array(g.utf8)) == nil, "\(g)")
      #expect((try? JSONSerialization.jsonObject(with: Data(g.utf8), options: .fragmentsAllowed)) != nil)
    }
    let bad: [(String, Int, String)] = [
      ("{\n \"a\": 1,\n \"b\": ]", 3, "unexpected ']'"),
      ("{\"a\": [", 1, "ends before"),
      ("", 1, "ends before"),
      ("{'a': 1}", 1, "expected a key"),
      ("[1 2]", 1, "expected ','"),
      ("[01]", 1, "expected ','"),
      ("{\"a\": tru}", 1, "unexpected '}'"),
      ("\"a\tb\"", 1, "control character"),
      ("{} x", 1, "after the end"),
    ]
    for (b, line, words) in bad {
      let p = try #require(JSONSyntax.problem(in: Array(b.utf8)), "\(b)")
      #expect(p.line == line, "\(b): \(p)")
      #expect(p.what.contains(words), "\(b): \(p)")
      #expect((try? JSONSerialization.jsonObject(with: Data(b.utf8), options: .fragmentsAllowed)) == nil, "\(b)")
    }
  }
}
