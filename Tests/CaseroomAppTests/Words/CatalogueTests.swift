import CaseroomEngine
import Foundation
import Testing

@testable import CaseroomApp

/// One language at a time: every string the app shows comes from the
/// catalogue, in both languages.
@Suite("The catalogue: every string in Chinese and English")
struct CatalogueTests {
  static let sources = BuiltSources.app

  static func isHan(_ u: Unicode.Scalar) -> Bool {
    (0x4E00...0x9FFF).contains(u.value) || (0x3400...0x4DBF).contains(u.value)
  }
  /// Chinese punctuation that has no place in English text.
  static func isChinesePunctuation(_ u: Unicode.Scalar) -> Bool {
    (0x3001...0x303F).contains(u.value) || (0xFF01...0xFF1F).contains(u.value)
  }

  @Test("no Chinese outside the catalogue: every Chinese string is the first half of a phrase")
  func noLooseChinese() throws {
    var loose: [String] = []
    for file in Self.sources {
      for (n, line) in file.lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
        for literal in StringLiterals.of(line) where literal.text.unicodeScalars.contains(where: Self.isHan) {
          let before = line[..<literal.start].replacingOccurrences(of: " ", with: "")
          if !(before.hasSuffix("say(") || before.hasSuffix("Phrase("))
            && !(n > 0 && before.isEmpty && file.lines[n - 1].trimmingCharacters(in: .whitespaces).hasSuffix("("))
          {
            loose.append("\(file.name):\(n + 1): \(literal.text)")
          }
        }
      }
    }
    #expect(loose.isEmpty, "\(loose.joined(separator: "\n"))")
  }

  @Test("every phrase has both languages: Chinese, and English with no Chinese in it, with the same values in each")
  func bothLanguages() throws {
    var phrases = 0
    var problems: [String] = []
    for file in Self.sources {
      for (i, pair) in Phrases.of(file.text).enumerated() {
        phrases += 1
        let (zh, en) = pair
        let place = "\(file.name) phrase \(i + 1): \(zh) / \(en)"
        if zh.isEmpty || en.isEmpty { problems.append("empty half: " + place) }
        if en.unicodeScalars.contains(where: { Self.isHan($0) || Self.isChinesePunctuation($0) }) {
          problems.append("Chinese in the English: " + place)
        }
        if Interpolations.of(zh).sorted() != Interpolations.of(en).sorted() {
          problems.append("not the same values: " + place)
        }
      }
    }
    #expect(phrases > 250, "\(phrases) phrases found: the scan must see the catalogue")
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
  }

  @Test("the check can fail: a loose string, a missing half and Chinese in English are caught")
  func canFail() {
    #expect(!StringLiterals.of(#"message = "只读 read-only""#).isEmpty)
    #expect(Phrases.of(#"say("只读", "")"#).first?.1 == "")
    #expect(Phrases.of(#"say("只读", "只读")"#).first?.1.unicodeScalars.contains(where: Self.isHan) == true)
    #expect(Interpolations.of(#"第 \(q) 题"#) != Interpolations.of(#"question"#))
  }

  @Test("--lang en: the bars, headers and lists show no Chinese but the case's own words")
  func english() {
    Language.$current.withValue(.en) {
      var w = WorkspaceFixtures.workspace()
      let caseWords = ["中国十二金工程", "一、教学目的", "第一组", "张三"]
      func chineseLeft(_ s: String) -> Bool {
        var t = s
        for c in caseWords { t = t.replacingOccurrences(of: c, with: "") }
        return t.unicodeScalars.contains(where: Self.isHan)
      }
      let reading = w.render()
      #expect(!chineseLeft(reading.line(0)), "\(reading.line(0))")
      #expect(!chineseLeft(reading.line(23)), "\(reading.line(23))")
      #expect(reading.line(23).hasPrefix(" Space page  t contents  Q questions"))
      w.press(.char("a"))
      let answers = w.render()
      #expect(answers.line(1) == " Your answers · group 第一组 (张三)")
      #expect(answers.line(4) == "    not written")
      #expect(!chineseLeft(answers.line(23)))
      w.press(.char("?"))
      let help = w.render()
      #expect((1..<23).allSatisfy { !chineseLeft(help.line($0)) }, "\(help.text)")
      var review = ReviewFixtures.state()
      #expect(review.render().line(0).contains("Review · 3 groups"))
      review.handle(.char("?"))
      var picker = GroupPicker(caseTitle: "中国十二金工程", entries: [], rows: 24, cols: 80)
      #expect(picker.render().line(0) == " 中国十二金工程  │  Choose your group")
      picker.handle(.char("n"))
      #expect(picker.render().line(23) == " Name:")
    }
  }

  @Test("by default, Chinese: the hint bar's names have no English")
  func chineseHints() {
    let bar = WorkspaceFixtures.workspace().render().line(23)
    var names = bar
    for (key, _) in Keymap.hints() + [Keymap.helpHint] { names = names.replacingOccurrences(of: key + " ", with: "") }
    names = names.replacingOccurrences(of: "%", with: "")
    #expect(!names.contains(where: { $0.isASCII && $0.isLetter }), "\(bar)")
  }

  @Test("the language: --lang, then CASEROOM_LANG, then a zh locale, then the case's own")
  func chosen() {
    #expect(Language.chosen("en", environment: ["CASEROOM_LANG": "zh"], caseTitle: "中国") == .en)
    #expect(Language.chosen(nil, environment: ["CASEROOM_LANG": "en"], caseTitle: "中国") == .en)
    #expect(Language.chosen(nil, environment: ["LANG": "zh_CN.UTF-8"], caseTitle: "A case") == .zh)
    #expect(Language.chosen(nil, environment: ["LANG": "en_US.UTF-8"], caseTitle: "中国十二金工程") == .zh)
    #expect(Language.chosen(nil, environment: ["LANG": "C.UTF-8"], caseTitle: "A case") == .en)
  }
}

/// The app's source files, read for the catalogue's checks.
enum BuiltSources {
  struct File {
    var name: String
    var text: String
    var lines: [String]
  }

  static let app: [File] = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/CaseroomApp")
    let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
    return files.filter { $0.hasSuffix(".swift") }.sorted().compactMap { name in
      guard let text = try? String(contentsOf: root.appendingPathComponent(name), encoding: .utf8) else { return nil }
      return File(name: name, text: text, lines: text.components(separatedBy: "\n"))
    }
  }()
}

/// String literals of a line of Swift (one-line literals; escapes kept as written).
enum StringLiterals {
  struct Literal {
    var text: String
    var start: String.Index
  }

  static func of(_ line: String) -> [Literal] {
    var out: [Literal] = []
    var i = line.startIndex
    while i < line.endIndex {
      guard line[i] == "\"" else {
        i = line.index(after: i)
        continue
      }
      let start = i
      var j = line.index(after: i)
      var depth = 0
      while j < line.endIndex {
        if line[j] == "\\" {
          let next = line.index(after: j)
          if next < line.endIndex && line[next] == "(" { depth += 1 }
          j = line.index(j, offsetBy: 2, limitedBy: line.endIndex) ?? line.endIndex
          continue
        }
        if depth > 0 && line[j] == ")" { depth -= 1 }
        if depth == 0 && line[j] == "\"" { break }
        j = line.index(after: j)
      }
      guard j < line.endIndex else { break }
      out.append(Literal(text: String(line[line.index(after: start)..<j]), start: start))
      i = line.index(after: j)
    }
    return out
  }
}

/// The (Chinese, English) pairs of `say("…", "…")` and `Phrase("…", "…")` in a source text.
enum Phrases {
  static func of(_ text: String) -> [(String, String)] {
    var out: [(String, String)] = []
    var rest = Substring(text)
    while true {
      let candidates = ["say(", "Phrase("].compactMap { rest.range(of: $0) }
      guard let call = candidates.min(by: { $0.lowerBound < $1.lowerBound }) else { break }
      rest = rest[call.upperBound...]
      // A call with literal arguments (not the definition `say(_ zh: String…`).
      let args = rest.drop { $0 == " " || $0 == "\n" }
      guard args.first == "\"" else { continue }
      let literals = StringLiterals.of(String(args.prefix(2000)).replacingOccurrences(of: "\n", with: " "))
      if literals.count >= 2 { out.append((literals[0].text, literals[1].text)) }
    }
    return out
  }
}

/// The `\(…)` values a phrase shows.
enum Interpolations {
  static func of(_ s: String) -> [String] {
    var out: [String] = []
    var rest = Substring(s)
    while let r = rest.range(of: "\\(") {
      var depth = 1
      var j = r.upperBound
      while j < rest.endIndex && depth > 0 {
        if rest[j] == "(" { depth += 1 }
        if rest[j] == ")" { depth -= 1 }
        j = rest.index(after: j)
      }
      out.append(String(rest[r.upperBound..<rest.index(before: j)]))
      rest = rest[j...]
    }
    return out
  }
}
