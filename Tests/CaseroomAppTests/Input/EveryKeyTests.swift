import CaseroomEngine
import Foundation
import Testing

@testable import CaseroomApp

/// Every printable and control key, fed to every screen and state: a key
/// that changes anything on screen (beyond a message on the status bar) must
/// be in that screen's keymap — so `?`, the hint bar and `caseroom keys`
/// list every key that does something.
@Suite("Every key is in a keymap")
struct EveryKeyTests {
  let t0 = WorkspaceFixtures.t0

  /// Printable ASCII, Ctrl with each letter, and the named keys.
  static let keys: [Key] =
    (0x20...0x7E).map { Key.char(Character(UnicodeScalar($0)!)) }
    + "abcdefghijklmnopqrstuvwxyz".map { Key.ctrl($0) }
    + [
      .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .tab, .backTab, .backspace, .delete,
      .insert, .wheelUp, .wheelDown,
    ]

  static func bound<A>(_ maps: [Binding<A>]...) -> Set<Key> { Set(maps.flatMap { $0.flatMap(\.keys) }) }

  /// What a key may change: the frame above the status bar, and the state named by `state`.
  func check<S>(
    _ name: String, _ make: () -> S, bound: Set<Key>, keys: [Key] = EveryKeyTests.keys,
    state: (S) -> String = { _ in "" }, sourceLocation: SourceLocation = #_sourceLocation
  ) where S: Screen {
    var unbound: [String] = []
    for key in keys where !bound.contains(key) {
      var s = make()
      let before = snapshot(s) + state(s)
      _ = s.update(.key(key), now: t0)
      if snapshot(s) + state(s) != before { unbound.append(key.label) }
    }
    #expect(
      unbound.isEmpty, "\(name): keys that change the screen but are in no keymap: \(unbound)",
      sourceLocation: sourceLocation)
  }

  func snapshot(_ s: some Screen) -> String {
    let f = s.render()
    return f.lines.dropLast().joined(separator: "\n")
  }

  /// A workspace with a note, an answer and a citation in question 2.
  func workspace() -> Workspace {
    var w = WorkspaceFixtures.workspace(24, 100)
    w.press(.char("]"), .char(")"), .char("A"))
    w.type("要点")
    w.press(.escape, .char("]"), .char(")"), .char("c"), .char("2"))
    w.press(.char("a"), .enter)
    w.type("我们单位属于金宏工程。")
    w.press(.escape, .escape)
    _ = w.update(.resize(rows: 24, cols: 100), now: t0)
    return w
  }

  func state(_ w: Workspace) -> String { "\(w.screen) \(w.reader.mode) \(w.reader.top) \(w.reader.section)" }

  @Test("the reader in a workspace")
  func reader() {
    check("reader", workspace, bound: Self.bound(Keymap.reader), state: state)
  }

  @Test("the reader's contents, questions and help")
  func panels() {
    check(
      "contents",
      {
        var w = workspace(); w.press(.char("t")); return w
      }, bound: Self.bound(Keymap.contentsPanel),
      state: state)
    // Beside the text (100 columns), the questions panel leaves the text's paging keys to the text.
    let paging = Keymap.reader.filter {
      [.pageDown, .pageUp, .halfDown, .halfUp, .nextSection, .previousSection, .top, .bottom].contains($0.action)
    }
    check(
      "questions",
      {
        var w = workspace(); w.press(.char("Q")); return w
      },
      bound: Self.bound(Keymap.questionsPanel).union(Self.bound(paging)), state: state)
    check(
      "help",
      {
        var w = workspace(); w.press(.char("?")); return w
      }, bound: Self.bound(Keymap.helpScreen),
      state: state)
  }

  @Test("the answers list")
  func answers() {
    check(
      "answers",
      {
        var w = workspace(); w.press(.char("a")); return w
      }, bound: Self.bound(Keymap.answersList), state: state)
  }

  @Test("the notes list")
  func notes() {
    check(
      "notes",
      {
        var w = workspace(); w.press(.char("i")); return w
      }, bound: Self.bound(Keymap.notesList), state: state)
  }

  @Test("the editor's citation list (Ctrl-O)")
  func citations() {
    check(
      "citation list",
      {
        var w = workspace(); w.press(.char("a"), .char("2"), .ctrl("o")); return w
      },
      bound: Self.bound(Keymap.citationList), state: { "\(state($0)) \(String(describing: $0.citationFocus))" })
  }

  @Test("the question to cite in")
  func citeIn() {
    check(
      "cite in",
      {
        var w = workspace(); w.press(.char(")"), .char("c")); return w
      }, bound: Self.bound(Keymap.citeIn),
      state: state)
  }

  @Test("the answer editor: every key that is not typed text is in the editor's keymap")
  func editor() {
    let extra: Set<Key> = [.escape, .ctrl("o"), .ctrl("s")]  // the workspace's own: back, citations, save now
    check(
      "answer editor",
      {
        var w = workspace(); w.press(.char("a"), .char("1")); return w
      },
      bound: Self.bound(Keymap.editor).union(extra),
      keys: Self.keys.filter { if case .char = $0 { return false } else { return true } }, state: state)
  }

  @Test("the group picker")
  func groupPicker() {
    check(
      "group picker",
      {
        GroupPicker(
          caseTitle: "案例", entries: [.init(name: "第一组", members: []), .init(name: "第二组", members: [])], rows: 24,
          cols: 80)
      },
      bound: Self.bound(Keymap.groupPicker), state: { "\($0.step) \(String(describing: $0.outcome))" })
  }

  @Test("the review's grid, answer, presenter and order")
  func review() {
    func state(_ s: ReviewState) -> String {
      "\(s.screen) \(s.row) \(s.question) \(s.scroll) \(s.helpScroll as Int?) \(s.commentBox != nil) \(s.scoreEntry as String?)"
    }
    check("review grid", { ReviewFixtures.state(24, 100) }, bound: Self.bound(Keymap.reviewGrid), state: state)
    check(
      "review answer",
      {
        var s = ReviewFixtures.state(24, 100); _ = s.update(.key(.enter), now: t0); return s
      },
      bound: Self.bound(Keymap.reviewAnswer), state: state)
    check(
      "review presenter",
      {
        var s = ReviewFixtures.state(24, 100); _ = s.update(.key(.char("P")), now: t0); return s
      },
      bound: Self.bound(Keymap.reviewPresenter), state: state)
    check(
      "review order",
      {
        var s = ReviewFixtures.state(24, 100); _ = s.update(.key(.char("o")), now: t0); return s
      },
      bound: Self.bound(Keymap.reviewOrder), state: state)
  }
}
