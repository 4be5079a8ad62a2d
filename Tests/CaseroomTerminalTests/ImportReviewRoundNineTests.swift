import CaseroomEngine
import CaseroomTestSupport
import Foundation
import Testing

/// Round 9's nine wrong guesses (docs/IMPORT-CORPUS.md), each fixed in the real program as a teacher fixes
/// it — the .docx and .pdf opened directly with `--review`, the keys of docs/CASE-FORMAT.md's table "Fixing
/// round 9's wrong guesses", `w` — and the case written equal to the hand-out's expected outline.
@Suite("Import review in a real terminal: round 9's wrong guesses fixed (tmux)", .serialized)
struct ImportReviewRoundNineTests {
  /// A hand-out's expected outline (`name.expected.json`), as the corpus test reads it.
  struct Expected: Decodable {
    struct Entry: Decodable { var title: String, level: Int, paragraphs: Int? }
    var title: String
    var subtitle: String?
    var objectives: [String]
    var sections: [Entry]
    var questions: [String]
    var arrangement: [String]
  }

  /// The hand-out and the keys that fix it: each a tmux key name, or `/…` for a search typed then Enter.
  static let fixes: [(name: String, keys: [String])] = [
    // Imported right since the importer's principles (issue 25, eighth session, branch r7-25) and the readers
    // (r7-docs): no key is needed, and `w` writes the expected outline. (The keys that fixed them on the rules
    // before: yeweihui h 2 o x s x t h G k k k < r q; jiatidianti /https x; yeshi /思考 q / q / q r q G x; haimian
    // X t j j h 2 b h b x b h 2 b j 4 q; zhucan x t G k k 3 x; diandongche 1 3 G h k r q G k k 3 p.)
    ("docx-textbook-chapter-case-yeweihui", []),
    ("docx-bilingual-parallel-chuhai", []),
    ("pdf-browser-print-jiatidianti", []),
    ("pdf-questions-after-parts-yeshi", []),
    ("pdf-interview-transcript-cunxiao", []),
    ("ocr-scan-pages-haimian", []),
    ("course-platform-copy-zhucan", []),
    ("markdown-obsidian-callouts-diandongche", []),
    ("docx-lesson-plan-table-qishou", []),
  ]

  static let folder = BuiltBinary.repository.appendingPathComponent("Tests/Fixtures/handouts")

  @Test("80x24: each of round 9's nine is fixed with its keys and w writes its expected outline", arguments: 0..<9)
  func fix(_ which: Int) throws {
    let (name, keys) = Self.fixes[which]
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
    let file = try #require(files.first { $0.hasPrefix(name + ".") && !$0.contains(".expected") })
    let t = try Tmux(cols: 80, rows: 24)
    let out = t.state.appendingPathComponent("\(name).case.md")
    try t.shell(
      "clear; \(Tmux.binary.path) import \(Self.folder.appendingPathComponent(file).path) -o \(out.path) --review")
    try t.waitFor("the import review") { $0.first?.contains("导入检查") == true || $0.first?.contains("Import") == true }
    for k in keys {
      if k.hasPrefix("/") {
        try t.keys("/")
        if k.count > 1 { try t.type(String(k.dropFirst())) }
        try t.keys("Enter")
      } else {
        try t.keys(k)
      }
    }
    try t.keys("w")
    try t.waitFor("written") { $0.last?.contains(out.lastPathComponent) == true }
    try t.keys("Q")
    try t.waitForShell()
    try t.expectSaneTerminal()
    let c = try CaseFormat.parse(String(contentsOf: out, encoding: .utf8), file: out.path)
    let e = try JSONDecoder().decode(
      Expected.self, from: Data(contentsOf: Self.folder.appendingPathComponent(name + ".expected.json")))
    let o = Outline(c)
    #expect(o.title == e.title, "\(name)")
    #expect(c.subtitle == e.subtitle, "\(name)")
    #expect(o.objectives == e.objectives, "\(name)")
    #expect(o.questions == e.questions, "\(name)")
    #expect(o.arrangement == e.arrangement, "\(name)")
    #expect(o.sections.map(\.title) == e.sections.map(\.title), "\(name)")
    // No empty section is written (qishou's heading over its form, with nothing under it).
    for (i, s) in c.sections.enumerated() {
      let hasChild = i + 1 < c.sections.count && c.sections[i + 1].level > s.level
      #expect(!s.paragraphs.isEmpty || hasChild, "\(name): \(s.title) is empty")
    }
    #expect(o.sections.map(\.level) == e.sections.map(\.level), "\(name)")
    for (s, w) in zip(o.sections, e.sections) where w.paragraphs != nil {
      #expect(s.paragraphs == w.paragraphs, "\(name): \(s.title)")
    }
  }

  @Test("120x40: X says how many running heads it left out and they show 略去; / says n of m, then not found")
  func findAndLeaveOut() throws {
    let t = try Tmux(cols: 120, rows: 40)
    let out = t.state.appendingPathComponent("scan.case.md")
    // The scan copied without its page breaks: a running head seen twice is then no running head to the rules
    // (it is taken for the title and for text), and X has both to leave out.
    let scan = try String(contentsOf: Self.folder.appendingPathComponent("ocr-scan-pages-haimian.txt"), encoding: .utf8)
    let file = t.state.appendingPathComponent("scan-no-page-breaks.txt")
    try scan.replacingOccurrences(of: "\u{0C}", with: "").write(to: file, atomically: true, encoding: .utf8)
    try t.shell("clear; \(Tmux.binary.path) import \(file.path) -o \(out.path) --review --lang zh")
    try t.waitFor("the import review") { $0.first?.contains("导入检查 · 第五章") == true }
    try t.keys("X")
    let left = try t.waitFor("two running heads left out") { $0.last?.contains("2 行同样的行") == true }
    #expect(left.filter { $0.hasPrefix("略去") && $0.contains("第五章") }.count == 2)
    #expect(!left.contains { $0.contains("│第五章") })  // not in the outline
    // From the first line (a running head with 城市 in it), the next line with 城市: the case's name, line 2.
    try t.keys("g", "/")
    try t.type("城市")
    try t.waitFor("the search typed") { $0.last?.contains("查找：城市") == true }
    try t.keys("Enter")
    let found = try t.waitFor("n of m") { $0.last?.contains("“城市”：第 2/12 处") == true }
    // The line in full, with its number in the file (line 3, after the running head and a blank line).
    let lines = scan.replacingOccurrences(of: "\u{0C}", with: "").split(
      separator: "\n", omittingEmptySubsequences: false)
    let n = lines.count - (lines.last?.isEmpty == true ? 1 : 0)
    #expect(found.contains { $0.contains("第 3/\(n) 行") && $0.contains("W市的海绵城市建设") }, "\(found)")
    try t.keys("/")
    try t.type("夜市")
    try t.keys("Enter")
    try t.waitFor("not found") { $0.last?.contains("没有找到“夜市”") == true }
    try t.keys("Q", "Q")
    try t.waitForShell()
    try t.expectSaneTerminal()
  }

  /// Writes a hand-out copied as text into the terminal's state folder and opens it under `--lang zh`.
  @discardableResult
  func open(_ t: Tmux, _ name: String, _ text: String) throws -> URL {
    let file = t.state.appendingPathComponent(name + ".txt")
    try text.write(to: file, atomically: true, encoding: .utf8)
    let out = t.state.appendingPathComponent(name + ".case.md")
    try t.shell("clear; \(Tmux.binary.path) import \(file.path) -o \(out.path) --review --lang zh")
    try t.waitFor("the import review") { $0.first?.contains("导入检查") == true }
    return out
  }

  @Test("80x24: | shows a table copied as spaced columns as rows a | b and says how many; s cuts a label; q drops 思考：")
  func rowsLabelsAndSeams() throws {
    let t = try Tmux(cols: 80, rows: 24)
    // A PDF copied to text (pdftotext's spaced columns; the .pdf itself is read by its geometry into rows).
    let copy = t.state.appendingPathComponent("spaced-plan.txt")
    try [
      "老旧小区加装电梯", "", "学习目标", "1．理解城市更新中“共同决策”的难点。", "", "一、爬不动的六楼",
      "L市的老旧小区大多建于上世纪八九十年代，六层以下没有电梯。", "", "讨论题", "1．低楼层居民的反对是否合理？", "",
      // Its columns not lined up from row to row (a typist's spaces): the rules take no table from it.
      "课堂时间安排", "时间                                      内容", "14:00—14:15                 教师导入",
      "14:15—14:55                             分组讨论", "14:55—15:30                        小组汇报，教师点评",
    ].joined(separator: "\n").write(to: copy, atomically: true, encoding: .utf8)
    try t.shell("clear; \(Tmux.binary.path) import \(copy.path) -o \(t.state.path)/spaced.case.md --review --lang zh")
    try t.waitFor("the import review") { $0.first?.contains("导入检查") == true }
    try t.keys("G", "k", "k", "3", "|")
    let rows = try t.waitFor("three rows") { $0.last?.contains("3 行按空格分成表格的格") == true }
    #expect(rows.contains { $0.hasPrefix("步骤") && $0.contains("14:00—14:15 | 教师导入") })
    try t.keys("Q", "Q")
    try t.waitForShell()
    // A textbook's case under a label the rules do not know (阅读材料丙), its objectives taken for the title.
    try open(
      t, "chapter",
      "学习目标\n1．理解业主自治的难点。\n\n阅读材料丙　物业费之争：K小区业主委员会的成立\n\n一、矛盾的起点\nK小区建成于2008年，物业费一直没有涨过。\n")
    try t.waitFor("the objectives taken for the title") { $0.first?.contains("导入检查 · 学习目标") == true }
    try t.keys("/")
    try t.type("阅读材料丙")
    try t.keys("Enter", "s")
    let cut = try t.waitFor("the label on a line of its own") { s in
      s.contains { $0.hasPrefix("正文") && $0.contains("物业费之争") && !$0.contains("阅读材料丙") }
    }
    #expect(cut.contains { $0.contains("阅读材料丙") && !$0.contains("物业费之争") })
    // The title was 学习目标 (the chapter's objectives): t makes the line the title, and 学习目标 a heading again.
    try t.keys("x", "t")
    try t.waitFor("both titles said") { $0.last?.contains("原来的题目“学习目标”成为小标题") == true }
    try t.waitFor("the title without its label") { $0.first?.contains("导入检查 · 物业费之争：K小区业主委员会的成立") == true }
    try t.keys("Q", "Q")
    try t.waitForShell()
    // A question written after a part's text, under no part of questions: text to the rules.
    try open(t, "night", "夜市回来了\n\nT市决定重开夜市。\n\n思考：T市为什么选择在这个时候重开夜市？\n\n城管部门给摊位编号。\n")
    try t.waitFor("the question taken as text") { s in s.contains { $0.hasPrefix("正文") && $0.contains("思考：T市") } }
    try t.keys("/")
    try t.type("思考：T市")
    try t.keys("Enter", "q")
    let q = try t.waitFor("the question without its label") { s in
      s.contains { $0.hasPrefix("问题") && $0.contains("T市为什么选择在这个时候重开夜市？") && !$0.contains("思考：") }
    }
    #expect(q.contains { $0.contains("思考题 1 道") })
    try t.keys("Q", "Q")
    try t.waitForShell()
    try t.expectSaneTerminal()
  }
}
