import CaseroomEngine
import CaseroomReview
import CaseroomSession
import Foundation
import Testing

@testable import CaseroomApp

@Suite("Nothing removed without a way back; Esc never quits")
struct UndoTests {
  let t0 = WorkspaceFixtures.t0

  /// A workspace whose question 2 has two citations of 金税工程.
  func citing() -> Workspace {
    var w = WorkspaceFixtures.workspace()
    w.press(.char("]"), .char("]"), .char(")"), .char("c"), .char("2"))
    w.press(.char(")"), .char("c"), .char("2"))
    #expect(w.session.answers[1].citations.count == 2)
    return w
  }

  @Test("a citation deleted in the answers list comes back with u, in its place")
  func citation() {
    var w = citing()
    let before = w.session.answers[1].citations
    w.press(.char("a"), .char("j"), .char("j"))  // past 1． and 2． to 2．'s first citation
    #expect(w.answerRows[2] == .citation(1, 0))
    w.press(.char("d"))
    #expect(w.session.answers[1].citations == [before[1]])
    #expect(w.render().line(23).hasPrefix(" 已删除引用 · u 撤销"))
    #expect(w.needsSave(now: t0))
    w.press(.char("u"))
    #expect(w.session.answers[1].citations == before)
    #expect(w.render().line(23).hasPrefix(" 已恢复引用"))
    // Nothing more to undo.
    w.press(.ctrl("z"))
    #expect(w.session.answers[1].citations == before)
    #expect(w.render().line(23).hasPrefix(" 没有可撤销的删除"))
  }

  @Test("a note deleted in the notes list comes back with Ctrl-Z")
  func note() {
    var w = WorkspaceFixtures.workspace()
    w.press(.char("]"), .char(")"), .char("A"))
    w.type("第一条批注")
    w.press(.escape)
    w.press(.char(")"), .char("}"), .char("A"))  // the next sentence: a note of its own
    w.type("第二条批注")
    w.press(.escape)
    let notes = w.session.annotations
    #expect(notes.map(\.note) == ["第一条批注", "第二条批注"])
    w.press(.char("i"), .char("d"))
    #expect(w.session.annotations.map(\.note) == ["第二条批注"])
    #expect(w.render().line(23).hasPrefix(" 已删除批注 · u 撤销"))
    w.press(.ctrl("z"))
    #expect(w.session.annotations == notes)
  }

  @Test("an answer emptied in the editor comes back with u in the answers list")
  func clearedAnswer() {
    var w = WorkspaceFixtures.workspace()
    w.press(.char("a"), .char("1"))
    w.type("一段答案")
    w.press(.escape)
    #expect(w.session.answers[0].text == "一段答案")
    w.press(.char("1"))
    for _ in 0..<4 { w.press(.backspace) }
    w.press(.escape)
    #expect(w.session.answers[0].text == "")
    #expect(w.render().line(23).hasPrefix(" 第 1 题的答案已清空 · u 撤销"))
    w.press(.char("u"))
    #expect(w.session.answers[0].text == "一段答案")
  }

  @Test("a read-only workspace undoes nothing")
  func readOnly() {
    var w = WorkspaceFixtures.workspace(readOnly: "process 1 on h")
    w.press(.char("a"), .char("u"))
    #expect(w.render().line(23).hasPrefix(" 没有可撤销的删除"))
  }

  @Test("a score changed or cleared in review comes back with u")
  func score() {
    var s = ReviewFixtures.state()
    s.handle(.char("l"), now: t0)
    s.handle(.enter, now: t0)
    let group = s.current!.group.name
    s.handle(.char("4"), now: t0)
    s.handle(.char("2"), now: t0)
    s.handle(.char("x"), now: t0)
    #expect(s.review.feedback(group: group, question: 1)?.score == nil)
    #expect(s.render().line(23).hasPrefix(" 评分已清除 · u 撤销"))
    s.handle(.char("u"), now: t0)
    #expect(s.review.feedback(group: group, question: 1)?.score == 2)
    s.handle(.char("u"), now: t0)
    #expect(s.review.feedback(group: group, question: 1)?.score == 4)
    s.handle(.char("u"), now: t0)
    #expect(s.review.feedback(group: group, question: 1) == nil, "as if never scored")
    #expect(s.reviewChanged)
  }

  @Test("Esc at the top of the review and of the group picker goes nowhere; q quits")
  func escape() {
    var s = ReviewFixtures.state()
    s.handle(.escape, now: t0)
    #expect(!s.wantsQuit)
    s.handle(.char("q"), now: t0)
    #expect(s.wantsQuit)

    var p = GroupPicker(caseTitle: "案例", entries: [.init(name: "第一组", members: [])], rows: 24, cols: 80)
    p.handle(.escape)
    #expect(p.outcome == nil)
    p.handle(.char("q"))
    #expect(p.outcome == .cancelled)
  }

  @Test("q in review asks first when the review file could not be saved")
  func quitAfterFailedSave() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-undo-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    // A folder where the review file should be: it cannot be written.
    let file = dir.appendingPathComponent("review.json")
    try FileManager.default.createDirectory(at: file, withIntermediateDirectories: true)
    let base = ReviewFixtures.state()
    var s = ReviewState(all: base.all, review: base.review, rows: 24, cols: 80, file: file)
    for key in [Key.char("l"), .enter, .char("3"), .escape, .char("q")] { _ = s.drive(.key(key), now: t0) }
    #expect(s.saveError != nil)
    #expect(!s.wantsQuit)
    #expect(s.render().line(23).hasPrefix(" 保存失败！仍要退出？"))
    _ = s.drive(.key(.char("n")), now: t0)
    #expect(!s.wantsQuit)
    _ = s.drive(.key(.char("q")), now: t0)
    guard case .quit = s.drive(.key(.char("y")), now: t0) else {
      Issue.record("y does not quit")
      return
    }
  }

  @Test("a paste while reading says where pasting works instead of vanishing")
  func pasteWhileReading() {
    var w = WorkspaceFixtures.workspace()
    w.press(.paste("一段文字"))
    #expect(w.render().line(23).hasPrefix(" 要粘贴到答案里：按 a，再按题号，然后粘贴"))
    var r = ReaderFixtures.reader()
    r.handle(.paste("x"))
    #expect(r.render().line(23).hasPrefix(" 阅读时没有可粘贴的地方"))
  }
}

@Suite("Autosave: a pause or a deadline, whichever comes first")
struct AutosaveTests {
  let t0 = WorkspaceFixtures.t0

  /// A workspace in the editor of question 1, everything saved as of `t0 - 10 s`.
  func editing() -> Workspace {
    var w = WorkspaceFixtures.workspace()
    let before = t0.addingTimeInterval(-10)
    w.press(.char("a"), .char("1"), now: before)
    w.saved(w.sessionToSave(now: before), at: before, error: nil)
    let due = w.needsSave(now: before)
    #expect(!due)
    return w
  }

  @Test("a key every 100 ms: the session is due for saving 1.5 s after the first unsaved change")
  func continuousTyping() {
    var w = editing()
    var due: Double?
    for i in 0..<40 {
      let now = t0.addingTimeInterval(Double(i) * 0.1)
      w.handle(.char("字"), now: now)
      if w.needsSave(now: now) {
        due = Double(i) * 0.1
        break
      }
    }
    #expect(due.map { abs($0 - Workspace.saveDeadline) < 0.01 } == true, "due at \(String(describing: due))")
  }

  @Test("keys 0.9 s apart: saved at the deadline, not never")
  func slowTyping() {
    var w = editing()
    w.handle(.char("字"), now: t0)
    w.handle(.char("字"), now: t0.addingTimeInterval(0.9))
    let early = w.needsSave(now: t0.addingTimeInterval(1.4))
    let due = w.needsSave(now: t0.addingTimeInterval(1.5))
    #expect(!early && due)
  }

  @Test("a pause of 1 s after the last key is enough")
  func pause() {
    var w = editing()
    w.handle(.char("字"), now: t0)
    let early = w.needsSave(now: t0.addingTimeInterval(0.9))
    let due = w.needsSave(now: t0.addingTimeInterval(1.0))
    #expect(!early && due)
  }

  @Test("while saving fails and typing goes on, the save is still retried every 2 s")
  func retryWhileTyping() {
    var w = editing()
    w.handle(.char("字"), now: t0)
    let s = w.sessionToSave(now: t0.addingTimeInterval(1.5))
    w.saved(s, at: t0.addingTimeInterval(1.5), error: "disk full")
    for i in 1...19 { w.handle(.char("字"), now: t0.addingTimeInterval(1.5 + Double(i) * 0.1)) }
    let early = w.needsSave(now: t0.addingTimeInterval(3.4))
    let due = w.needsSave(now: t0.addingTimeInterval(3.5))
    #expect(!early && due)
  }
}

@Suite("Drafts: a note being written survives a signal or a crash")
struct DraftTests {
  let t0 = WorkspaceFixtures.t0

  @Test("a note being typed is saved as the session's draft, and opens again with a notice")
  func noteDraft() {
    var w = WorkspaceFixtures.workspace()
    w.press(.char("]"), .char(")"), .char("A"))
    w.type("写到一半")
    #expect(w.needsSave(now: t0.addingTimeInterval(2)), "the draft is a change like any other")
    let saved = w.sessionToSave(now: t0)
    #expect(saved.noteDraft(of: "")?.text == "写到一半")
    #expect(saved.noteDraft(of: "")?.anchor.section == "golden-macro")
    #expect(saved.annotations.isEmpty)

    // The next start: the note editor is open on the same passage, with the text.
    var again = Workspace(reader: ReaderState(document: ReaderFixtures.bundled, rows: 24, cols: 80), session: saved)
    _ = again.drive(.resize(rows: 24, cols: 80), now: t0)
    guard case .annotating = again.screen else {
      Issue.record("the note editor is not open: \(again.screen)")
      return
    }
    #expect(again.render().line(23).hasPrefix(" 上次未写完的批注已恢复"))
    #expect(again.noteBox?.editor.text == "写到一半")
    again.type("，写完了")
    again.press(.escape)
    #expect(again.session.annotations.map(\.note) == ["写到一半，写完了"])
    #expect(again.sessionToSave(now: t0).noteDraft(of: "") == nil)
  }

  @Test("no draft is kept for a note left as it was")
  func noDraft() {
    var w = WorkspaceFixtures.workspace()
    w.press(.char("]"), .char(")"), .char("A"))
    #expect(w.sessionToSave(now: t0).noteDraft(of: "") == nil)
  }
}

@Suite("Drafts: a comment being written survives a signal or a crash")
struct CommentDraftTests {
  let t0 = ReviewFixtures.t0

  @Test("a comment being typed is kept beside the review file within 1.5 s, and opens again")
  func commentDraft() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-draft-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let file = dir.appendingPathComponent("case.review.json")
    let base = ReviewFixtures.state()
    var s = ReviewState(all: base.all, review: base.review, rows: 24, cols: 80, file: file)
    for key in [Key.char("l"), .enter, .char("c")] { _ = s.drive(.key(key), now: t0) }
    let group = try #require(s.current?.group.name)
    // A key every 100 ms: the draft is on disk by the deadline.
    for (i, c) in "论证清楚，引用恰当".enumerated() {
      _ = s.drive(.key(.char(c)), now: t0.addingTimeInterval(Double(i) * 0.1))
    }
    _ = s.drive(.tick, now: t0.addingTimeInterval(1.5))
    let draft = try #require(CommentDraft.load(beside: file))
    #expect(draft.group == group && draft.question == 1)
    #expect(draft.text == "论证清楚，引用恰当")

    var again = ReviewState(
      all: base.all, review: base.review, rows: 24, cols: 80, file: file, draft: CommentDraft.load(beside: file))
    #expect(again.commentBox?.editor.text == "论证清楚，引用恰当")
    #expect(again.current?.group.name == group)
    #expect(again.render().line(23).hasPrefix(" 上次未写完的点评已恢复"))
    _ = again.drive(.key(.ctrl("s")), now: t0)
    #expect(again.review.feedback(group: group, question: 1)?.comment == "论证清楚，引用恰当")
    #expect(CommentDraft.load(beside: file) == nil, "a finished comment leaves no draft")
  }
}
