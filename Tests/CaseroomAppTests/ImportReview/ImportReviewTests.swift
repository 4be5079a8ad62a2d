import CaseroomEngine
import Foundation
import Testing

@testable import CaseroomApp

/// The import review as state, update and view: keys re-tag lines, the outline and checklist follow.
@Suite("Import review screen")
struct ImportReviewTests {
  static let raw = """
    县域医共体改革
    一、教学目的
    1．了解医共体。
    二、案例正文
    医共体成立后，县医院每周派出专家到乡镇坐诊。
    乡镇卫生院的门诊量在一年内增长了三成。
    讨论：医共体为什么有效？
    三、课堂安排
    1．阅读；
    2．讨论。
    """

  func screen(rows: Int = 24, cols: Int = 80, output: URL? = nil) -> ImportReview {
    var s = ImportReview(CaseImporter.run(Self.raw, id: "t"), output: output)
    _ = s.update(.resize(rows: rows, cols: cols), now: Date())
    return s
  }

  func press(_ s: inout ImportReview, _ keys: [Key]) -> Transition {
    var t = Transition.stay
    for k in keys { t = s.update(.key(k), now: Date()) }
    return t
  }

  @Test("each line shows its tag; the outline and the checklist are beside them")
  func shows() {
    let f = screen().render()
    #expect(f.line(0).contains("县域医共体改革"))
    #expect(f.text.contains("标题1  一、教学目的") || f.text.contains("head1  一、教学目的"))
    #expect(f.lines.contains { $0.hasPrefix("目标") || $0.hasPrefix("obj") })
    #expect(f.text.contains("✗") && f.text.contains("0"))  // no questions yet: the checklist says so
  }

  @Test("q on a line makes it a question: the checklist counts it at once; u undoes it")
  func retagQuestion() {
    var s = screen()
    let i = s.handout.lines.firstIndex { $0.text.hasPrefix("讨论") }!
    _ = press(&s, Array(repeating: .char("j"), count: i))
    #expect(s.cursor == i)
    _ = press(&s, [.char("q")])
    #expect(s.built.questions == ["讨论：医共体为什么有效？"])
    #expect(s.dirty)
    #expect(s.render().text.contains("1 道") || s.render().text.contains("1 questions"))
    _ = press(&s, [.char("u")])
    #expect(s.built.questions.isEmpty)
  }

  @Test("h, then > and <, make a heading and move its level; the outline shows it")
  func headingLevels() {
    var s = screen()
    let i = s.handout.lines.firstIndex { $0.text.hasPrefix("乡镇卫生院") }!
    _ = press(&s, Array(repeating: .down, count: i) + [.char("h"), .up, .char(">")])
    #expect(s.handout.lines[i].tag == .heading && s.handout.lines[i].level == 2)
    #expect(s.built.sections.contains { $0.level == 2 && $0.title.hasPrefix("乡镇卫生院") })
    _ = press(&s, [.char("<"), .char("<"), .char("<")])
    #expect(s.handout.lines[i].level == 1)
  }

  @Test("w writes the case the tags make; Q quits, asking once when changes are not written")
  func writeAndQuit() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("review-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("t.case.md")
    var s = screen(output: out)
    let i = s.handout.lines.firstIndex { $0.text.hasPrefix("讨论") }!
    _ = press(&s, Array(repeating: .down, count: i) + [.char("q")])
    if press(&s, [.char("Q")]).ends { Issue.record("quit with changes not written") }
    #expect(s.render().line(23).contains("Q"))
    // w asks for the write as an effect: update itself writes nothing.
    let t = s.update(.key(.char("w")), now: Date())
    #expect(t.effects.map(\.name) == ["writeCase"])
    #expect(!FileManager.default.fileExists(atPath: out.path))
    #expect(s.dirty)
    for e in t.effects { if let r = e.perform() { _ = s.update(.done(r), now: Date()) } }
    let written = try CaseFormat.parse(String(contentsOf: out, encoding: .utf8))
    #expect(written.questions == ["讨论：医共体为什么有效？"])
    #expect(!s.dirty)
    guard press(&s, [.char("Q")]).ends else {
      Issue.record("Q after writing does not quit")
      return
    }
  }

  @Test("a write that fails says so and leaves the changes unwritten; a change made while it ran stays unwritten")
  func writeFails() throws {
    let out = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/t.case.md")
    var s = screen(output: out)
    _ = press(&s, [.char("q")])
    var t = s.update(.key(.char("w")), now: Date())
    _ = press(&s, [.char("w")])  // a second w while the first runs asks for nothing more
    #expect(s.update(.key(.char("w")), now: Date()).effects.isEmpty)
    for e in t.effects { if let r = e.perform() { _ = s.update(.done(r), now: Date()) } }
    #expect(s.dirty)
    #expect(s.render().text.contains(out.path))
    #expect(s.writing == nil)
    // Written to a real place, with a change made before the result came back: still unwritten.
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("review-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    s = screen(output: dir.appendingPathComponent("t.case.md"))
    _ = press(&s, [.char("q")])
    t = s.update(.key(.char("w")), now: Date())
    _ = press(&s, [.char("j"), .char("q")])
    for e in t.effects { if let r = e.perform() { _ = s.update(.done(r), now: Date()) } }
    #expect(s.dirty)
    #expect(s.outcome.wroteFile)
  }

  @Test("without an output file, w ends the review with the case for standard output")
  func writeToStandardOutput() {
    var s = screen()
    guard press(&s, [.char("w")]).ends else {
      Issue.record("w does not end the review")
      return
    }
    #expect(s.outcome.caseText?.contains("title: 县域医共体改革") == true)
  }

  @Test("at 40x12 the lines fill the screen without the side panel; at 2 rows it says the terminal is too small")
  func sizes() {
    let narrow = screen(rows: 12, cols: 40).render()
    #expect(!narrow.text.contains("│"))
    #expect(narrow.line(1).contains("县域医共体改革"))
    expectWholeHints(narrow.line(11), ImportReview.hints, cols: 40, keeping: ImportReview.helpHint)
    let tiny = screen(rows: 2, cols: 80).render()
    #expect(tiny.line(0).contains("小") || tiny.line(0).contains("small"))
  }

  @Test("at 80 columns the hint bar shows how to write and to quit, whatever else it has no room for")
  func writeAndQuitHinted() {
    let bar = screen(rows: 24, cols: 80).render().line(23)
    #expect(bar.contains("w ") && (bar.contains("写入") || bar.contains("write")), "\(bar)")
    #expect(bar.contains("Q ") && (bar.contains("退出") || bar.contains("quit")), "\(bar)")
  }

  @Test("? shows every key of the keymap; any key goes back")
  func help() {
    var s = screen(rows: 40, cols: 100)
    _ = press(&s, [.char("?")])
    let text = s.render().text
    for b in Keymap.importReview { #expect(text.contains(b.description.text), "\(b.action)") }
    _ = press(&s, [.char("x")])
    #expect(s.handout.lines.allSatisfy { $0.tag != .furniture })  // the key closed help, it did not tag
  }
}
