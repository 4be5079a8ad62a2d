import Foundation
import Testing

@testable import CaseroomEngine

/// Random and mutated inputs: the importer and the case parser never crash or
/// hang, and whatever the importer makes is a valid case file.
@Suite("Fuzz: importer and case parser")
struct FuzzTests {
  static let pieces: [String] = [
    "一、", "二、", "三、", "十、", "（一）", "（二）", "(三)", "第一部分", "第二章", "【案例正文】", "【", "】", "1．", "2．", "1.", "2.",
    "3、", "（1）", "(2)", "①", "②", "思考题", "教学目的", "课堂安排", "案例内容", "金税工程", "“", "”", "。", "，", "\n", "\n\n", " ",
    "\u{3000}", "2.5Gbps", "3.2亿元", "15.3%", "（20分钟）", "3—5个", "#", "## ", "---", "{#x}", "{role=questions}", "<!--",
    "-->",
    "\\", "- ", "\u{1B}[31m", "\u{0}", "\u{FEFF}", "\r\n", "e\u{301}", "👨‍👩‍👧", "\u{202E}", "：", "title: x", "id: y",
    "\t", "|", " | ", "|---|", "- 3 -", "第 3 页", "3/12", "\n3\n", "【案例名称】", "案例名称：", "——", "1)", "问题1：", "Q1.",
    "第一节", "Part 1 ", "\n1 背景\n", "\n2.1 ", "1.1.1", "思考题：", "\n背景介绍\n", "一是", "(1)原则、(2)", "2019.12",
  ]

  func randomText(_ rng: inout SplitMix64) -> String {
    let n = Int(rng.next() % 60)
    var s = ""
    for _ in 0..<n {
      if rng.next() % 4 == 0 {
        s.unicodeScalars.append(Unicode.Scalar(UInt32(rng.next() % 0x3000)) ?? "x")
      } else {
        s += Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))]
      }
    }
    return s
  }

  func mutate(_ text: String, _ rng: inout SplitMix64) -> String {
    var scalars = Array(text.unicodeScalars)
    for _ in 0..<(1 + Int(rng.next() % 8)) where !scalars.isEmpty {
      let at = Int(rng.next() % UInt64(scalars.count))
      switch rng.next() % 4 {
      case 0: scalars.remove(at: at)
      case 1:
        scalars.insert(contentsOf: Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))].unicodeScalars, at: at)
      case 2:
        let len = min(scalars.count - at, Int(rng.next() % 400))
        scalars.removeSubrange(at..<(at + len))
      default:
        let len = min(scalars.count - at, Int(rng.next() % 200))
        scalars.insert(contentsOf: scalars[at..<(at + len)], at: Int(rng.next() % UInt64(scalars.count)))
      }
    }
    return String(String.UnicodeScalarView(scalars))
  }

  @Test("3,000 random and mutated inputs through import, write and parse; no Hanzi lost but listed furniture")
  func importer() throws {
    var rng = SplitMix64(seed: 2026)
    let seed = Fixtures.seed
    let start = Date()
    for i in 0..<3000 {
      let input = i % 3 == 0 ? randomText(&rng) : mutate(i % 3 == 1 ? seed : String(seed.prefix(800)), &rng)
      let one = Date()
      let result = CaseImporter.run(input)
      let lost = HanziCount.lost(input, result)
      if !lost.isEmpty {
        Issue.record("input \(i): Hanzi lost \(lost)\n\(input.debugDescription.prefix(300))")
        return
      }
      let file = CaseFormat.write(result.result)
      do {
        _ = try CaseFormat.parse(file, file: "fuzz-\(i)")
      } catch {
        Issue.record("input \(i): the importer wrote an invalid case: \(error)\n\(input.debugDescription.prefix(300))")
        return
      }
      #expect(Date().timeIntervalSince(one) < 2, "input \(i) took too long")
    }
    #expect(
      Date().timeIntervalSince(start) < 300,
      "a hang, not a slow machine: 3,000 inputs take about 2 minutes on two busy cores")
  }

  @Test("3,000 random and mutated case files: an error or a case, never a crash")
  func parser() {
    var rng = SplitMix64(seed: 7)
    let valid = CaseFormat.write(Fixtures.bundledCase)
    for i in 0..<3000 {
      let input = i % 2 == 0 ? "---\nid: x\ntitle: y\n---\n" + randomText(&rng) : mutate(valid, &rng)
      do {
        let c = try CaseFormat.parse(input, file: "f")
        for s in c.sections {
          #expect(s.hasText == !s.paragraphs.isEmpty, "input \(i), section \(s.id): the index and the text disagree")
          _ = SectionLayout(s, width: 8 + i % 50)
        }
      } catch let e as CaseErrors {
        #expect(!e.errors.isEmpty)
      } catch {
        Issue.record("unexpected error type: \(error)")
      }
    }
  }

  /// Lines of every kind the case format knows, in random order: the index
  /// (headings, comments, whether a section has text) and the paragraphs
  /// read later from each section's bytes must agree.
  @Test("2,000 random case files: each section's lazily read text agrees with the index")
  func lazySections() throws {
    var rng = SplitMix64(seed: 11)
    let kinds = [
      "", " ", "\u{3000}", "\u{A0}", "text", "更多文字", "  indented", "# 标题", "## 小节 {#n}", "### 更深", "#话题", "#",
      "<!-- one line -->", "<!-- open", "still in comment", "close -->", "close --> after", "<!-- a --> b", "-->",
      "<!-->", "\\# not a heading", "\\", "1. item", "1．条目", "（1）条目", "- dash", "①", "\r", "x\ry", "-- >",
    ]
    for i in 0..<2000 {
      var lines = ["---", "id: x", "title: y", "---", "# 开始"]
      for _ in 0..<Int(rng.next() % 30) { lines.append(kinds[Int(rng.next() % UInt64(kinds.count))]) }
      let ending = ["\n", "\r\n", "\r"][Int(rng.next() % 3)]
      let input = lines.joined(separator: ending)
      guard let c = try? CaseFormat.parse(input, file: "f") else { continue }
      for s in c.sections {
        #expect(!s.isLoaded)
        #expect(
          s.hasText == !s.paragraphs.isEmpty, "input \(i), section \(s.id): \(input.debugDescription)")
      }
      // Written out and read again, the case is the same.
      let again = try CaseFormat.parse(CaseFormat.write(c), file: "again")
      #expect(again.sections.count == c.sections.count)
      for (a, b) in zip(again.sections, c.sections) {
        #expect(a.paragraphs.map(\.text) == b.paragraphs.map(\.text), "input \(i): \(input.debugDescription)")
      }
    }
  }
}
