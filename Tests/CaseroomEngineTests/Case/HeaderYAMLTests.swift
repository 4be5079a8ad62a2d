import Foundation
import Testing

@testable import CaseroomEngine

/// The header's YAML, read without a YAML library: what hand-written headers
/// use reads as YAML reads it, and what is wrong is refused at its line.
@Suite("Header YAML")
struct HeaderYAMLTests {
  func parse(_ text: String) throws -> HeaderYAML.Node? {
    try HeaderYAML.parse(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
  }

  func failure(_ text: String) -> HeaderYAML.Failure? {
    do {
      _ = try parse(text)
      return nil
    } catch {
      return error as? HeaderYAML.Failure
    }
  }

  @Test("the bundled case's header: keys, quoted text and the errata list")
  func bundled() throws {
    let text = try String(contentsOf: BundledCase.url(), encoding: .utf8)
    let header = text.components(separatedBy: "\n---\n")[0].dropFirst(4)
    let node = try #require(try parse(String(header)))
    #expect(node["id"]?.string == "twelve-golden-projects")
    #expect(node["title"]?.string == "中国十二金工程")
    #expect(node["format"]?.string == "caseroom.case/1")
    let errata = try #require(node["errata"]?.sequence)
    #expect(errata.count >= 4)
    #expect(errata[0]["section"]?.string == "golden-macro")
    #expect(errata[0]["was"]?.string == "宏观经济信息：有利于")
    #expect(errata[1]["was"]?.string == "“金财工程’’是")
    #expect(errata[2]["note"] == nil)
    #expect(errata[0]["section"]?.line == 7, "lines count from the header's first")
  }

  @Test(
    "scalars as YAML reads them",
    arguments: [
      ("title: plain text", "plain text"),
      ("title: 中文：全角冒号", "中文：全角冒号"),
      ("title: text # a comment", "text"),
      ("title: a#b", "a#b"),
      ("title: http://x.org/a", "http://x.org/a"),
      ("title: 'it''s'", "it's"),
      (#"title: "tab\there \u4e2d \"q\" \\""#, "tab\there 中 \"q\" \\"),
      ("title: \"one\n  two\"", "one two"),
      ("title: 'one\n\n  two'", "one\ntwo"),
      ("title: first\n  second\n  third", "first second third"),
      ("title: |\n  line 1\n  line 2\n", "line 1\nline 2\n"),
      ("title: |-\n  kept\n   indented", "kept\n indented"),
      ("title: >\n  folded\n  lines\n\n  new paragraph", "folded lines\nnew paragraph\n"),
      ("title:", ""),
      ("title: 123", "123"),
      ("title: null", "null"),
      ("title: [a, 'b c', \"d\"]", "[a, b c, d]"),
    ])
  func scalars(_ yaml: String, _ expected: String) throws {
    let node = try #require(try parse(yaml))
    let value = try #require(node["title"])
    if let items = value.sequence {
      #expect("[" + items.compactMap(\.string).joined(separator: ", ") + "]" == expected)
    } else {
      #expect(value.string == expected, "\(yaml)")
    }
  }

  @Test("lists: under a key at the same indentation or deeper, of mappings or of text, block or flow")
  func lists() throws {
    for yaml in [
      "errata:\n- section: a\n  was: x\n- section: b\n  was: y",
      "errata:\n  - section: a\n    was: x\n  - section: b\n    was: y",
      "errata:\n  -\n    section: a\n    was: x\n  - {section: b, was: y}",
      "errata: [{section: a, was: x},\n  {section: b, was: y}]",
    ] {
      let node = try #require(try parse(yaml))
      let items = try #require(node["errata"]?.sequence, "\(yaml)")
      #expect(items.map { $0["section"]?.string } == ["a", "b"], "\(yaml)")
      #expect(items.map { $0["was"]?.string } == ["x", "y"], "\(yaml)")
    }
  }

  @Test("blank lines and comments anywhere; nothing at all is no node")
  func comments() throws {
    #expect(try parse("") == nil)
    #expect(try parse("# only a comment\n\n") == nil)
    let node = try #require(try parse("# top\nid: a\n\n  # indented comment\ntitle: b"))
    #expect(node["id"]?.string == "a")
    #expect(node["title"]?.string == "b")
    #expect(node["title"]?.line == 5)
  }

  @Test(
    "what is wrong is refused at its line and column, as a value",
    arguments: [
      ("id: x\ntitle: [unclosed", 2, 8, .bracketNotClosed("[")),
      ("id: x\ntitle: \"unclosed\nmore", 2, 8, .quoteNotClosed),
      ("id: x\n  title: y", 2, 3, .keyInText),
      ("id: x\ntitle: a: b", 2, 9, .colonInText),
      ("id: x\nid: y", 2, 1, .keyTwice("id")),
      ("title: &anchor x", 1, 8, .anchorOrTag("&")),
      ("title: *alias", 1, 8, .anchorOrTag("*")),
      ("title: !!str x", 1, 8, .anchorOrTag("!")),
      ("title: \"bad \\q escape\"", 1, 8, .unknownEscape("q")),
      ("title: \"bad \\x4 escape\"", 1, 8, .badEscape("x")),
      ("title: \"x\" trailing", 1, 12, .textAfterQuote),
      ("title: [a] b", 1, 12, .textAfterBracket),
      ("title: [a, b}", 1, 8, .flowSeparator(closing: "]", found: "}")),
      ("title: |x\n  y", 1, 8, .blockIndicator("|")),
      ("errata:\n  x: 1\n y: 2", 3, 2, .indentedPastKeys),
      ("errata:\n  - a\n   - b", 3, 4, .indentedPastItems),
      ("id: x\n- a", 2, 1, .listItemAmongKeys),
      ("just text\nid: x", 2, 1, .keyInText),
      ("- a\nid: x", 2, 1, .strayLine),
      ("%YAML 1.2", 1, 1, .directive),
      ("\tid: x", 1, 1, .tabIndent),
    ] as [(String, Int, Int, HeaderYAML.Problem)])
  func refused(_ yaml: String, _ line: Int, _ column: Int, _ problem: HeaderYAML.Problem) throws {
    let f = try #require(failure(yaml), "accepted: \(yaml)")
    #expect(f.problem == problem, "\(yaml): \(f)")
    #expect(f.line == line, "\(yaml): \(f)")
    #expect(f.column == column, "\(yaml): \(f)")
  }
}
