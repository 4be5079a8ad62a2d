import CaseroomEngine
import Foundation
import Testing

@testable import CaseroomApp

/// The import review shows what `w` writes: its tag column, its outline pane and the file come from one build.
@Suite("Import review: the screen is the file")
struct ImportReviewModelTests: ImportReviewDriving {
  /// A small fixed-seed generator, so that a failing sequence can be replayed.
  struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  static let handouts: [(String, String)] = [
    ("医共体", ImportReviewTests.raw),
    ("合作社", ImportReviewTests.wrong),
    (
      "网约车",
      (try? String(
        contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
          .deletingLastPathComponent().appendingPathComponent("Fixtures/handouts/arabic-dun-headings-wangyueche.txt"),
        encoding: .utf8)) ?? ""
    ),
    ("养老", ImportReviewTests.notes),
    // Round 9's OCR'd scan: running heads on every page (X), numbers with spaces in them (`一 、`, `1 . `).
    (
      "海绵城市",
      (try? String(
        contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
          .deletingLastPathComponent().appendingPathComponent("Fixtures/handouts/ocr-scan-pages-haimian.txt"),
        encoding: .utf8)) ?? ""
    ),
    // Round 8's shapes: list numbers glued to their text (`1.x`, `2)x`), `④`, `5、`, labelled questions, run-in labels.
    ("食堂", ImportReviewRoundEightTests.handout),
  ]

  /// Every key that changes or moves, none that writes or quits.
  static let keys: [Key] =
    "jjjjkkkGgqqbbhhoopnnxxt<>>JJsuuvV23rXX||HH/N".map { .char($0) } + [
      .ctrl("r"), .escape, .char("r"), .char("q"), .char("r"), .char("n"), .char("r"), .enter, .backspace,
    ]

  /// Whether a text starts with a list number of its own, in any form (`1.` `1．` `1、` `1)` `（1）` `(1)` `①`,
  /// glued or not; `1.5倍` is a decimal, no number), as the tester saw items written `（1）1.案例…`.
  static func startsNumbered(_ text: String) -> Bool {
    let s = Array(text)
    if let c = s.first, ("①"..."⑳").contains(c) { return true }
    var k = 0
    let open = s.first == "（" || s.first == "("
    if open { k = 1 }
    let start = k
    while k < s.count && s[k].isASCII && s[k].isNumber { k += 1 }
    guard k > start, k < s.count else { return false }
    if open { return s[k] == "）" || s[k] == ")" }
    guard ".．、)）".contains(s[k]) else { return false }
    return k + 1 < s.count && !(s[k + 1].isASCII && s[k + 1].isNumber)
  }

  /// The screen agrees with the file `w` would write: the outline pane's rows are those of the written case,
  /// each heading's level shown is the level written, each item tagged is an item of its part in the file.
  func expectScreenIsFile(_ s: ImportReview, _ trail: String) throws {
    let written = try CaseFormat.parse(CaseFormat.write(s.built))
    #expect(ImportReview.outlineRows(s.built, width: 40) == ImportReview.outlineRows(written, width: 40), "\(trail)")
    #expect(Say.outlineTree(s.built) == Say.outlineTree(written), "\(trail)")
    let layout = s.handout.layout()
    var items: [Role: [String]] = [:]
    for (i, line) in s.handout.lines.enumerated() {
      switch line.tag {
      case .heading:
        let k = try #require(layout.headings[i])
        #expect(written.sections[k].level == line.level, "\(trail): line \(i) \(line.shown)")
        if line.part == .backMatter {
          #expect(layout.backMatter.contains(k) && written.sections[k].level == 1, "\(trail): \(line.shown)")
          #expect(written.sections[k].role == .content, "\(trail): \(line.shown)")
        }
      case .backMatter:
        // Back matter: text (never an item) of a section of its own at the top level, or under one.
        let k = written.sections.indices.filter { k in
          written.sections[k].paragraphs.contains { $0.label == nil && $0.text == (line.row?.text ?? line.shown) }
        }
        let top = k.compactMap { k in written.sections[...k].lastIndex { $0.level == 1 } }
        #expect(top.contains { layout.backMatter.contains($0) }, "\(trail): back matter \(line.shown)")
      case .question, .objective, .step:
        if line.row == nil {
          // As the screen shows it: with the label the file writes (numbered again when a stray comes first).
          items[line.tag == .question ? .questions : line.tag == .objective ? .objectives : .arrangement, default: []]
            .append(s.shown(i))
        }
      default: break
      }
    }
    // An item is numbered once: a numbered item's text in the file starts with no number of its own (a line's
    // `1.案例` tagged a step is never written `（1）1.案例`).
    for role in [Role.objectives, .questions, .arrangement] {
      for sec in written.sections where sec.role == role {
        for p in sec.paragraphs where p.label != nil && p.row == nil {
          #expect(!Self.startsNumbered(p.text), "\(trail): numbered twice: \(p.label!)\(p.text)")
        }
      }
    }
    // Every line tagged an item is an item of its part in the file (as many times as it is tagged).
    for (role, texts) in items {
      let shown = written.sections.filter { $0.role == role }.flatMap(\.paragraphs).filter {
        $0.isItem && $0.row == nil
      }
      .map { ParagraphStyle.shownLabel($0.label ?? "") + $0.text }
      var left = shown
      for t in texts {
        let k = left.firstIndex(of: t)
        #expect(k != nil, "\(trail): \(role) \(t) not in \(shown)")
        if let k { left.remove(at: k) }
      }
    }
  }

  @Test("random key sequences: after every key the outline pane and the tags are what w writes", arguments: 0..<6)
  func screenIsFile(_ which: Int) throws {
    let (name, raw) = Self.handouts[which]
    try #require(!raw.isEmpty)
    var rng = SplitMix(state: UInt64(which + 1))
    // The keys reached back matter both ways: a heading made to open it (r n), and a line tagged n.
    var (openedBack, taggedBack) = (false, false)
    for run in 0..<12 {
      var s = ImportReview(CaseImporter.run(raw, id: "t"), output: nil)
      _ = s.update(.resize(rows: 24, cols: 80), now: Date())
      try expectScreenIsFile(s, "\(name) start")
      var trail = ""
      for _ in 0..<40 {
        let key = Self.keys.randomElement(using: &rng)!
        trail += "\(key)"
        if s.update(.key(key), now: Date()).ends { break }  // Esc or Q with nothing to lose
        try expectScreenIsFile(s, "\(name) run \(run): \(trail)")
        openedBack = openedBack || s.handout.lines.contains { $0.tag == .heading && $0.part == .backMatter }
        taggedBack = taggedBack || s.handout.lines.contains { $0.tag == .backMatter }
      }
    }
    // And every heading made to open back matter (r n), then a few keys more.
    let start = ImportReview(CaseImporter.run(raw, id: "t"), output: nil)
    for i in start.handout.lines.indices where start.handout.lines[i].tag == .heading {
      var s = start
      _ = s.update(.resize(rows: 24, cols: 80), now: Date())
      var trail = "\(i)j r n "
      for key in [Key.char("g")] + Array(repeating: .char("j"), count: i) + [.char("r"), .char("n")] {
        _ = s.update(.key(key), now: Date())
      }
      openedBack = openedBack || s.handout.lines[i].part == .backMatter
      try expectScreenIsFile(s, "\(name) \(trail)")
      for _ in 0..<10 {
        let key = Self.keys.randomElement(using: &rng)!
        trail += "\(key)"
        if s.update(.key(key), now: Date()).ends { break }
        try expectScreenIsFile(s, "\(name) \(trail)")
        taggedBack = taggedBack || s.handout.lines.contains { $0.tag == .backMatter }
      }
    }
    #expect(openedBack && taggedBack, "\(name)")
  }

  @Test("q on a body line makes that line alone a question of the questions part; the text after it stays")
  func oneQuestion() throws {
    var s = screen()
    let before = s.built.contentSections.map(\.title)
    go(&s, to: "乡镇卫生院")
    _ = press(&s, [.char("q")])
    let c = try CaseFormat.parse(CaseFormat.write(s.built))
    #expect(c.questions == ["乡镇卫生院的门诊量在一年内增长了三成。"])
    #expect(c.contentSections.map(\.title) == before)
    let text = try #require(c.sections.first { $0.title == "案例正文" })
    #expect(text.role == .content)
    #expect(text.paragraphs.map(\.text) == ["医共体成立后，县医院每周派出专家到乡镇坐诊。", "那么，医共体为什么有效？"])
    // The first line under a heading: the heading's part stays the case's text.
    go(&s, to: "医共体成立后")
    _ = press(&s, [.char("q")])
    let c2 = try CaseFormat.parse(CaseFormat.write(s.built))
    #expect(c2.sections.first { $0.title == "案例正文" }?.role == .content)
    #expect(c2.questions.count == 2)
    #expect(c2.sections.first { $0.title == "案例正文" }?.paragraphs.map(\.text) == ["那么，医共体为什么有效？"])
  }

  @Test("J joins across a left-out line: the two lines of text run on, the left-out line stays left out")
  func joinAcrossFurniture() throws {
    var s = screen()
    go(&s, to: "乡镇卫生院")
    _ = press(&s, [.char("x"), .char("k"), .char("k"), .char("J")])
    let i = s.cursor
    #expect(s.handout.lines[i].text == "医共体成立后，县医院每周派出专家到乡镇坐诊。那么，医共体为什么有效？")
    #expect(s.handout.lines[i + 1].tag == .furniture)
    #expect(s.handout.lines[i + 1].text == "乡镇卫生院的门诊量在一年内增长了三成。")
    #expect(!CaseFormat.write(s.built).contains("乡镇卫生院"))
  }

  @Test("undoing every change leaves nothing unwritten: no *, Q leaves at once; Ctrl-R redoes, Ctrl-Y says so")
  func undoRedo() {
    var s = screen()
    #expect(!s.render().line(0).contains("*"))
    _ = press(&s, [.char("j"), .char("x"), .char("x")])
    #expect(s.render().line(0).contains("*"))
    _ = press(&s, [.char("u"), .char("u")])
    #expect(!s.render().line(0).contains("*"))
    #expect(!s.dirty)
    _ = press(&s, [.ctrl("r")])
    #expect(s.handout.lines[1].tag == .furniture)
    #expect(s.render().line(0).contains("*"))
    _ = press(&s, [.ctrl("r"), .ctrl("r")])
    #expect(s.render().line(23).contains(Say.importNothingToRedo))
    _ = press(&s, [.ctrl("y")])
    #expect(s.render().line(23).contains(Say.importUnknownKey))
    _ = press(&s, [.char("u"), .char("u")])
    #expect(press(&s, [.char("Q")]).ends)
  }

  @Test("5 then Esc cancels the count and stays; V then Esc cancels the selection and stays")
  func escapeCancels() {
    var s = screen()
    #expect(!press(&s, [.char("5"), .escape]).ends)
    #expect(s.count == nil)
    #expect(!press(&s, [.char("V"), .char("j"), .escape]).ends)
    #expect(s.selection == nil)
  }

  @Test("Esc never discards: with changes unwritten Esc Esc (and Ctrl-C Ctrl-C) stay and say w and Q; Q then leaves")
  func escapeNeverDiscards() {
    var s = screen()
    press(&s, [.char("j"), .char("j"), .char("h")])
    #expect(s.dirty)
    #expect(!press(&s, [.escape, .escape]).ends)
    #expect(s.render().line(23).contains(Say.importUnwrittenEscapeCancelled))
    #expect(!press(&s, [.ctrl("c"), .ctrl("c")]).ends)
    #expect(s.dirty)
    #expect(press(&s, [.char("Q")]).ends)
    // Nothing changed: Esc says how to leave, and stays.
    var clean = screen()
    #expect(!press(&clean, [.escape]).ends)
    #expect(clean.render().line(23).contains(Say.importEscapeHint))
  }

  @Test("Esc cancels a Q asked: x Q Esc then one Q stays (it asks again), a second Q leaves")
  func escapeCancelsQuit() {
    var s = screen()
    press(&s, [.char("j"), .char("x"), .char("Q")])
    #expect(s.render().line(23).contains(Say.importUnwritten))
    #expect(!press(&s, [.escape]).ends)
    #expect(s.render().line(23).contains(Say.importUnwrittenEscapeCancelled))
    #expect(!press(&s, [.char("Q")]).ends)
    #expect(s.render().line(23).contains(Say.importUnwritten))
    #expect(press(&s, [.char("Q")]).ends)
  }

  @Test("a write that fails names the missing folder and keeps the changes; Q says they were never written")
  func failedWriteIsNotSilent() {
    let out = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/x.case.md")
    var s = screen(rows: 24, cols: 240, output: out)
    press(&s, [.char("j"), .char("j"), .char("h")])
    let t = press(&s, [.char("w")])
    guard case .writeCase(let job) = t.effects.first else {
      Issue.record("w asked for no write")
      return
    }
    guard case .caseWritten(let j, let error)? = Effect.writeCase(job).perform() else {
      Issue.record("no result")
      return
    }
    _ = s.update(.done(.caseWritten(j, error: error)), now: Date())
    let status = s.render().line(23)
    #expect(status.contains(Say.folderMissing(out.deletingLastPathComponent().path)), "\(status)")
    #expect(!press(&s, [.char("Q")]).ends)
    #expect(
      s.render().line(23).contains(
        Say.importUnwrittenAfterFailure(out.path, Say.folderMissing(out.deletingLastPathComponent().path))))
    #expect(press(&s, [.char("Q")]).ends)
    #expect(s.outcome.leftUnwritten && s.outcome.writeFailure != nil)
  }

  @Test("too small to draw (80x2): keys but Q do nothing unseen")
  func tooSmallIgnoresKeys() {
    var s = screen(rows: 2, cols: 80)
    let before = s.handout
    press(&s, Key.typing("jjx5xhqu"))
    #expect(s.handout == before)
    #expect(s.render().line(0).contains(Say.terminalTooSmall))
    #expect(press(&s, [.char("Q")]).ends)
  }

  @Test("after w the status says what was written and that Q leaves; q still tags a question; Q then leaves")
  func writeThenQuit() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("t.case.md")
    for lang in [Language.zh, .en] {
      try Language.$current.withValue(lang) {
        var s = screen(output: out)
        _ = press(&s, [.char("j"), .char("x")])
        let w = press(&s, [.char("w")])
        #expect(w.effects.map(\.name) == ["writeCase"])
        for e in w.effects { if let r = e.perform() { _ = s.update(.done(r), now: Date()) } }
        let status = s.render().line(23)
        #expect(status.contains(out.lastPathComponent))
        #expect(status.contains(lang == .zh ? "Q 退出" : "Q quits") && !status.contains("q "), "\(status)")
        #expect(!s.render().line(0).contains("*"))
        #expect(press(&s, [.char("Q")]).ends)
        // A teacher tags a question right after writing: q tags it, and the screen stays.
        var t = screen(output: out)
        for e in press(&t, [.char("j"), .char("w")]).effects {
          if let r = e.perform() { _ = t.update(.done(r), now: Date()) }
        }
        #expect(!press(&t, [.char("q")]).ends)
        #expect(t.handout.lines[1].tag == .question)
        // Q while a write runs leaves when it is done.
        var u = screen(output: out)
        let uw = press(&u, [.char("w")])
        #expect(!press(&u, [.char("Q")]).ends)
        var ends = false
        for e in uw.effects { if let r = e.perform() { ends = u.update(.done(r), now: Date()).ends } }
        #expect(ends)
        _ = try String(contentsOf: out, encoding: .utf8)
      }
    }
  }

  @Test("a question labelled 问题1 shows in the list and under it as the file writes it: 问题1 then a space")
  func labelAsWritten() {
    var s = screen("医共体改革\n一、案例\n县医院牵头。\n二、思考题\n问题1 医共体内部为什么有效？\n问题2 有何风险？\n")
    let i = s.handout.lines.firstIndex { $0.text.hasPrefix("医共体内部") }!
    #expect(s.handout.lines[i].tag == .question && s.handout.lines[i].number == "问题1")
    #expect(CaseFormat.write(s.built).contains("问题1 医共体内部为什么有效？"))
    _ = press(&s, Array(repeating: .char("j"), count: i))
    let f = s.render()
    #expect(f.line(1 + i).contains("问题1 医共体内部"), "\(f.line(1 + i))")
    #expect(!f.text.contains("问题1医共体"))
    // q on it again (or b, then q) keeps its label: the file still has 问题1 and a space.
    _ = press(&s, [.char("q"), .char("k"), .char("b"), .char("k"), .char("q")])
    #expect(s.handout.lines[i].tag == .question && s.handout.lines[i].number == "问题1", "\(s.handout.lines[i])")
    #expect(CaseFormat.write(s.built).contains("问题1 医共体内部为什么有效？"))
    #expect(!s.render().text.contains("问题1医共体"))
  }

  @Test("Enter on a long line: it scrolls with j and Space, the status says which rows show, another key goes back")
  func wholeScrolls() {
    let long = String(repeating: "医共体成立后，县医院每周派出专家到乡镇坐诊，", count: 60)
    var s = screen("题目\n一、正文\n" + long + "\n", rows: 12, cols: 40)
    go(&s, to: "医共体")
    _ = press(&s, [.enter])
    let first = s.render()
    #expect(first.line(11).contains("1–10/"))
    _ = press(&s, [.char(" ")])
    let next = s.render()
    #expect(next.line(11).contains("11–20/"))
    #expect(next.line(1) != first.line(1))
    _ = press(&s, [.char("G")])
    #expect(!s.wholeShown)
  }

  @Test("a tab is drawn as spaces to the next stop, never as �; other control characters as ^X")
  func tabs() {
    var s = screen("题目\n序号 思考题\n一、正文\n铃声\n", rows: 24, cols: 80)
    // As a .docx gives it: the tab kept in the line.
    let i = s.handout.lines.firstIndex { $0.shown.hasPrefix("序号") }!
    s.handout.lines[i] = TaggedLine(.furniture, "序号\t思考题")
    _ = s.update(.resize(rows: 24, cols: 80), now: Date())
    let f = s.render()
    #expect(!f.text.contains("\u{FFFD}"))
    #expect(!f.text.contains("\t"))
    #expect(f.text.contains("序号    思考题"))
    #expect(ImportReview.visible("铃\u{7}声") == "铃^G声")
  }

  @Test("the r prompt fits at 40, 80 and 120 columns in both languages, every key named")
  func partPromptFits() {
    for lang in [Language.zh, .en] {
      Language.$current.withValue(lang) {
        for cols in [40, 80, 120] {
          var s = screen(rows: 24, cols: cols)
          go(&s, to: "二、案例正文")
          _ = press(&s, [.char("r")])
          let status = s.render().line(23)
          for k in ["o", "q", "p", "n", "b"] {
            #expect(status.contains(k + " ") || status.contains(k), "\(lang) \(cols)")
          }
          #expect(TerminalWidth.columns(Say.importAskPart(cols: cols)) + 1 <= cols, "\(lang) \(cols)")
        }
      }
    }
  }
}
