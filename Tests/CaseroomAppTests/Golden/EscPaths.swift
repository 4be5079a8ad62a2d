import CaseroomEngine
import Foundation
import Testing

@testable import CaseroomApp

/// Every screen's way back: Esc pops exactly one level, each frame on the
/// way compared with a golden sequence.
@Suite("Golden sequences: Esc goes back one level")
struct EscPaths {
  let t0 = WorkspaceFixtures.t0

  /// A workspace with a note on a passage of 金宏工程 and an answer to question 1.
  func workspace() -> Workspace {
    var w = WorkspaceFixtures.workspace(24, 80)
    w.press(.char("]"), .char(")"), .char("A"))
    w.type("要点")
    w.press(.escape, .char("a"), .enter)
    w.type("我们单位属于金宏工程。")
    w.press(.escape, .escape)
    return w
  }

  @Test("i → e → Esc: back to the notes list, then Esc to the reader")
  func notes() {
    var s = Steps(workspace(), now: t0)
    s.press("i", .char("i"))
    #expect(s.screen.screen == .annotations(selected: 0))
    s.press("e", .char("e"))
    guard case .annotating = s.screen.screen else {
      Issue.record("e does not open the note: \(s.screen.screen)")
      return
    }
    s.press("Esc", .escape)
    #expect(s.screen.screen == .annotations(selected: 0), "the note editor goes back to the list it came from")
    s.press("Esc", .escape)
    #expect(s.screen.screen == .reading)
    Golden.expectSequence(s.frames, "esc-notes-80x24")
  }

  @Test("Q → Enter → Esc: back to the questions panel, then Esc to the reader")
  func questions() {
    var s = Steps(workspace(), now: t0)
    s.press("Q", .char("Q"))
    s.press("Enter", .enter)
    #expect(s.screen.screen == .editing(question: 0))
    s.press("Esc", .escape)
    #expect(s.screen.screen == .reading)
    #expect(s.screen.reader.mode == .questions(selected: 0), "the editor goes back to the questions panel")
    s.press("Esc", .escape)
    #expect(s.screen.reader.mode == .reading)
    Golden.expectSequence(s.frames, "esc-questions-80x24")
  }

  @Test("a → Enter → Esc: back to the answers, then Esc to the reader")
  func answers() {
    var s = Steps(workspace(), now: t0)
    s.press("a", .char("a"))
    s.press("Enter", .enter)
    #expect(s.screen.screen == .editing(question: 0))
    s.press("Esc", .escape)
    #expect(s.screen.screen == .answers(selected: 0))
    s.press("Esc", .escape)
    #expect(s.screen.screen == .reading)
    Golden.expectSequence(s.frames, "esc-answers-80x24")
  }

  @Test("( ) c with three questions → Esc: no citation, back to the reader")
  func choosingQuestion() {
    var s = Steps(workspace(), now: t0)
    s.press(") c", .char(")"), .char("c"))
    guard case .choosingQuestion = s.screen.screen else {
      Issue.record("c does not ask which question: \(s.screen.screen)")
      return
    }
    s.press("Esc", .escape)
    #expect(s.screen.screen == .reading)
    #expect(s.screen.session.answers.allSatisfy { $0.citations.isEmpty })
    Golden.expectSequence(s.frames, "esc-cite-80x24")
  }

  @Test("the reader's contents, help and search: Esc closes each, back to the text")
  func reader() {
    var s = Steps(workspace(), now: t0)
    for (label, key) in [("t", Key.char("t")), ("?", .char("?")), ("/", .char("/"))] {
      s.press(label, key)
      #expect(s.screen.reader.mode != .reading, "\(label) opens something")
      s.press("Esc", .escape)
      #expect(s.screen.reader.mode == .reading, "Esc after \(label) is back to the text")
    }
    Golden.expectSequence(s.frames, "esc-reader-80x24")
  }

  @Test("the review: an answer → c (comment) → Esc → Esc → the grid; ? → Esc")
  func review() {
    var s = Steps(ReviewFixtures.state(24, 80), now: ReviewFixtures.now)
    s.press("Enter", .enter)
    #expect(s.screen.screen == .answer)
    s.press("c", .char("c"))
    #expect(s.screen.commentBox != nil)
    s.press("Esc", .escape)
    #expect(s.screen.commentBox == nil)
    #expect(s.screen.screen == .answer, "Esc leaves the comment, not the answer")
    s.press("Esc", .escape)
    #expect(s.screen.screen == .grid)
    s.press("?", .char("?"))
    #expect(s.screen.helpScroll != nil)
    s.press("Esc", .escape)
    #expect(s.screen.helpScroll == nil)
    #expect(s.screen.screen == .grid)
    Golden.expectSequence(s.frames, "esc-review-80x24")
  }
}
