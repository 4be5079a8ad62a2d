import CaseroomEngine
import Foundation
import Testing

@testable import CaseroomApp

/// The review's views and overlays form a stack (`ReviewStack`): Esc pops
/// exactly one level, each frame on the way compared with a golden sequence.
@Suite("Golden sequences: the review's Esc goes back one level")
struct ReviewEscPaths {
  /// The levels open, named: `grid answer score`.
  static func names(_ s: ReviewState) -> String {
    s.levels.map { level -> String in
      switch level {
      case .view(let v): return "\(v)"
      case .help: return "help"
      case .comment: return "comment"
      case .score: return "score"
      case .asking: return "asking"
      case .quitAnyway: return "quitAnyway"
      case .jump: return "jump"
      case .pick: return "pick"
      }
    }.joined(separator: " ")
  }

  @Test("an answer → P → 3 → Esc → g → Esc → Esc → the answer again → Esc → the grid")
  func presenterFromAnswer() {
    var s = Steps(ReviewFixtures.state(24, 80), now: ReviewFixtures.now)
    s.press("Enter", .enter)
    s.press("P", .char("P"))
    s.press("3", .char("3"))
    #expect(Self.names(s.screen) == "grid answer presenter jump")
    s.press("Esc", .escape)
    #expect(Self.names(s.screen) == "grid answer presenter", "Esc closes the number, not the presenter")
    s.press("g", .char("g"))
    #expect(s.screen.picking != nil)
    s.press("Esc", .escape)
    #expect(Self.names(s.screen) == "grid answer presenter", "Esc closes the list, not the presenter")
    s.press("Esc", .escape)
    #expect(s.screen.screen == .answer, "the presenter goes back to the answer it was opened from")
    s.press("Esc", .escape)
    #expect(s.screen.screen == .grid && Self.names(s.screen) == "grid")
    s.press("Esc", .escape)
    #expect(Self.names(s.screen) == "grid", "Esc on the grid stays on the grid")
    Golden.expectSequence(s.frames, "esc-review-presenter-80x24")
  }

  @Test("on a scale of 100: an answer → 8 (the score box) → ? (help) → Esc → Esc → the grid")
  func scoreBox() {
    var s = Steps(ReviewFixtures.state(24, 80, scale: 100), now: ReviewFixtures.now)
    s.press("Enter", .enter)
    s.press("8", .char("8"))
    #expect(Self.names(s.screen) == "grid answer score")
    #expect(s.screen.scoreEntry == "8")
    s.press("Esc", .escape)
    #expect(Self.names(s.screen) == "grid answer", "Esc cancels the score, and only that")
    s.press("?", .char("?"))
    #expect(Self.names(s.screen) == "grid answer help")
    s.press("Esc", .escape)
    #expect(Self.names(s.screen) == "grid answer", "Esc closes the help, not the answer")
    s.press("Esc", .escape)
    #expect(Self.names(s.screen) == "grid")
    Golden.expectSequence(s.frames, "esc-review-score-80x24")
  }

  @Test("the order, the files, the insight: each opened and closed with one Esc; from an answer, back to it")
  func lists() {
    var s = Steps(ReviewFixtures.state(24, 80), now: ReviewFixtures.now)
    for (label, key, view) in [
      ("o", Key.char("o"), ReviewState.Screen.order), ("F", .char("F"), .files), ("i", .char("i"), .insight),
    ] {
      s.press(label, key)
      #expect(s.screen.screen == view, "\(label) opens \(view)")
      s.press("Esc", .escape)
      #expect(Self.names(s.screen) == "grid", "Esc after \(label) is the grid again")
    }
    s.press("Enter", .enter)
    s.press("i", .char("i"))
    #expect(Self.names(s.screen) == "grid answer insight")
    s.press("Esc", .escape)
    #expect(Self.names(s.screen) == "grid answer", "the insight opened from an answer goes back to it")
    s.press("Esc", .escape)
    #expect(Self.names(s.screen) == "grid")
    Golden.expectSequence(s.frames, "esc-review-lists-80x24")
  }

  @Test("the insight → Enter (the groups) → Enter (an answer) → Esc → the groups → Esc → the list → Esc → the grid")
  func insightAnswer() {
    var s = Steps(ReviewFixtures.state(24, 80), now: ReviewFixtures.now)
    s.press("i", .char("i"))
    s.press("Enter", .enter)
    #expect(s.screen.insightPanel?.detail != nil)
    s.press("Enter", .enter)
    #expect(Self.names(s.screen) == "grid insight answer", "the answer opens over the insight")
    #expect(s.screen.selected == "甲组" && s.screen.question == 1)
    s.press("Esc", .escape)
    #expect(Self.names(s.screen) == "grid insight")
    #expect(s.screen.render().lines.contains("  思考题 2 · 甲组"), "back at the groups that cited the sentence")
    s.press("Esc", .escape)
    #expect(Self.names(s.screen) == "grid insight" && s.screen.insightPanel?.detail == nil, "then the list")
    s.press("Esc", .escape)
    #expect(Self.names(s.screen) == "grid")
    #expect(s.screen.question == 0, "the grid as it was left: the first question")
    Golden.expectSequence(s.frames, "esc-review-insight-80x24")
  }

  @Test("the insight's case text → n (a cited sentence) → Enter → Enter → Esc → Esc → Esc: the case text, where it was")
  func insightText() {
    var s = Steps(ReviewFixtures.state(24, 80), now: ReviewFixtures.now)
    s.press("Enter", .enter)
    s.press("i", .char("i"))
    s.press("l", .char("l"))
    s.press("n", .char("n"))
    let cursor = s.screen.insightPanel?.textCursor ?? 0
    #expect(cursor > 0, "n goes to the first cited sentence")
    s.press("Enter", .enter)
    #expect(s.screen.render().lines.contains(" 1 组引用："), "Enter on a cited sentence: the groups that cited it")
    s.press("Enter", .enter)
    #expect(Self.names(s.screen) == "grid answer insight answer")
    s.press("Esc", .escape)
    s.press("Esc", .escape)
    #expect(Self.names(s.screen) == "grid answer insight")
    #expect(s.screen.insightPanel?.page == .text && s.screen.insightPanel?.textCursor == cursor)
    s.press("Esc", .escape)
    #expect(Self.names(s.screen) == "grid answer", "the insight opened from an answer goes back to it")
    #expect(s.screen.selected == "丙组" && s.screen.question == 0, "the answer it was opened from, not the one jumped to")
    Golden.expectSequence(s.frames, "esc-review-insight-text-80x24")
  }

  @Test("a comment cancelled, then u: the box again over the answer; Esc, Esc: the grid")
  func commentBack() {
    var s = Steps(ReviewFixtures.state(24, 80), now: ReviewFixtures.now)
    s.press("c", .char("c"))
    #expect(Self.names(s.screen) == "grid answer comment", "c on the grid opens the answer and the comment over it")
    s.press("好", .char("好"))
    s.press("Esc", .escape)
    #expect(Self.names(s.screen) == "grid answer")
    s.press("Esc", .escape)
    s.press("u", .char("u"))
    #expect(Self.names(s.screen) == "grid answer comment", "u brings the comment back over its answer")
    s.press("Esc", .escape)
    s.press("Esc", .escape)
    #expect(Self.names(s.screen) == "grid")
    Golden.expectSequence(s.frames, "esc-review-comment-80x24")
  }
}
