import CaseroomEngine
import CaseroomReview
import CaseroomSession
import Foundation
import Testing

@testable import CaseroomApp

/// The attack on sizes (issue 23): every screen and every editor, from 1×1
/// up, keys typed at each size, and the text still there at the end.
@Suite("Sizes from 1x1 up in every screen and editor: no crash, the text kept")
struct TinySizesTests {
  static let sizes: [(Int, Int)] = [
    (1, 1), (1, 2), (2, 1), (2, 2), (1, 10), (10, 1), (2, 10), (10, 2), (1, 120), (2, 120), (120, 1), (3, 3),
    (3, 12), (4, 8), (5, 20), (6, 30), (8, 40), (12, 40), (24, 80), (40, 120),
  ]
  let t0 = WorkspaceFixtures.t0

  /// Sets every size in turn, drawing, typing `typed` and moving at each; then 24×80.
  func shake(_ screen: inout some Screen, typing typed: Character, now: Date) {
    for (rows, cols) in Self.sizes + Self.sizes.reversed() {
      _ = screen.update(.resize(rows: rows, cols: cols), now: now)
      var f = Frame(rows: rows, cols: cols)
      screen.render(into: &f)
      for key in [Key.char(typed), .left, .right, .down, .up, .pageDown, .end] {
        _ = screen.update(.key(key), now: now)
      }
      _ = screen.update(.tick, now: now)
      var g = Frame(rows: rows, cols: cols)
      screen.render(into: &g)
    }
    _ = screen.update(.resize(rows: 24, cols: 80), now: now)
  }

  func workspace(_ keys: [Key]) -> Workspace {
    var w = WorkspaceFixtures.workspace()
    for k in keys { _ = w.update(.key(k), now: t0) }
    return w
  }

  @Test("the workspace's answer editor")
  func answerEditor() {
    var w = workspace([.char("a"), .enter] + Key.typing("我们的答案。"))
    shake(&w, typing: "字", now: t0)
    #expect(w.currentSession.answers[0].text.hasPrefix("我们的答案。"))
    #expect(w.currentSession.answers[0].text.filter { $0 == "字" }.count == Self.sizes.count * 2)
  }

  @Test("the note editor (where 2 rows or fewer crashed)")
  func noteEditor() {
    var w = workspace([.char(")"), .char("A")] + Key.typing("批注开头"))
    guard case .annotating = w.screen else {
      Issue.record("the note editor did not open: \(w.screen)")
      return
    }
    shake(&w, typing: "注", now: t0)
    _ = w.update(.key(.escape), now: t0)
    let note = w.currentSession.annotations.first?.note ?? ""
    #expect(note.hasPrefix("批注开头"), "\(note)")
    #expect(note.filter { $0 == "注" }.count == Self.sizes.count * 2 + 1)
  }

  @Test("the workspace's other views: reading, answers, notes, choosing a question")
  func workspaceViews() {
    for keys: [Key] in [[], [.char("a")], [.char("i")], [.char(")"), .char("c")]] {
      var w = workspace(keys)
      shake(&w, typing: "j", now: t0)
    }
  }

  @Test("the review: grid, an answer, the comment editor")
  func review() {
    for keys: [Key] in [[], [.enter], [.enter, .char("c")]] {
      var r = ReviewFixtures.state()
      for k in keys { _ = r.update(.key(k), now: ReviewFixtures.now) }
      let commenting = r.commentBox != nil
      shake(&r, typing: "评", now: ReviewFixtures.now)
      if commenting {
        #expect(r.commentBox?.editor.text.filter { $0 == "评" }.count == Self.sizes.count * 2)
      }
    }
  }

  @Test("the group picker's name field, and the reader alone")
  func pickerAndReader() {
    var p = GroupPicker(caseTitle: "案例", entries: [.init(name: "第一组", members: [])], rows: 24, cols: 80)
    _ = p.update(.key(.char("n")), now: t0)
    shake(&p, typing: "名", now: t0)
    var r = ReaderScreen(reader: ReaderFixtures.reader(), positions: ReadingPositions(), positionsURL: nil)
    shake(&r, typing: "j", now: t0)
  }
}
