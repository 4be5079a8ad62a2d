import Foundation
import Testing

@testable import CaseroomApp

@Suite("Editor: undo steps like a word processor")
struct UndoStepsTests {
  /// Types `s` one character at a time, `gap` seconds apart, from `start`; returns the time after.
  @discardableResult
  static func type(_ s: String, into e: inout TextEditor, from start: Date, gap: TimeInterval = 0.2) -> Date {
    var t = start
    for c in s {
      e.insert(String(c), now: t)
      t += gap
    }
    return t
  }

  @Test("three sentences typed with pauses between them are three Ctrl-Z steps")
  func pausedSentences() {
    var e = TextEditor(text: "", width: 40)
    var t = fixedNow
    for sentence in ["金税工程是核心系统", "它于1994年开始推行", "二期已经全部实现"] {
      t = Self.type(sentence, into: &e, from: t) + 2
    }
    #expect(e.text == "金税工程是核心系统它于1994年开始推行二期已经全部实现")
    e.undo()
    #expect(e.text == "金税工程是核心系统它于1994年开始推行")
    e.undo()
    #expect(e.text == "金税工程是核心系统")
    e.undo()
    #expect(e.text == "")
  }

  @Test("a pause of a second or more ends a run; less does not")
  func pauseLength() {
    var e = TextEditor(text: "", width: 40)
    e.insert("a", now: fixedNow)
    e.insert("b", now: fixedNow + 0.99)
    e.insert("c", now: fixedNow + 1.99)
    #expect(e.undoCount == 2)
    e.undo()
    #expect(e.text == "ab")
  }

  @Test("typing abc fast is one step, without times too")
  func fastRun() {
    var e = TextEditor(text: "", width: 40)
    Self.type("abc", into: &e, from: fixedNow, gap: 0.05)
    #expect(e.undoCount == 1)
    var f = TextEditor(text: "", width: 40)
    for c in "abc" { f.insert(String(c)) }
    #expect(f.undoCount == 1, "no time given: no pause is seen")
    f.undo()
    #expect(f.text == "")
  }

  @Test("a sentence end typed ends the run: each sentence is a step even without a pause")
  func sentenceEnds() {
    var e = TextEditor(text: "", width: 40)
    Self.type("金税工程。金关工程！好吗？Yes!", into: &e, from: fixedNow)
    #expect(e.undoCount == 4)
    e.undo()
    #expect(e.text == "金税工程。金关工程！好吗？")
    e.undo()
    #expect(e.text == "金税工程。金关工程！")
  }

  @Test("moving the cursor ends a run, even when it comes back to the same place")
  func movementEndsRun() {
    var e = TextEditor(text: "", width: 40)
    Self.type("金税", into: &e, from: fixedNow)
    e.left()
    e.right()
    Self.type("工程", into: &e, from: fixedNow + 0.5)
    e.undo()
    #expect(e.text == "金税")
  }

  @Test("a paste is one step of its own, and typing after it another")
  func pasteStep() {
    var e = TextEditor(text: "", width: 40)
    Self.type("前", into: &e, from: fixedNow)
    e.insert("粘贴的\n两段", now: fixedNow + 0.1)
    Self.type("后", into: &e, from: fixedNow + 0.2)
    #expect(e.undoCount == 3)
    e.undo()
    e.undo()
    #expect(e.text == "前")
  }

  @Test("deleting words and lines are one step each")
  func deletionCommands() {
    var e = TextEditor(text: "金税工程，金关工程，金盾工程", width: 40)
    e.textEnd()
    e.deleteWordBackward(now: fixedNow)
    e.deleteWordBackward(now: fixedNow)
    e.killToLineStart(now: fixedNow)
    #expect(e.text == "")
    #expect(e.undoCount == 3)
    e.undo()
    #expect(e.text == "金税工程，")
  }
}
