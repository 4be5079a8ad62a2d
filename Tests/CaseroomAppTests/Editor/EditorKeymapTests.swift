import CaseroomEngine
import Foundation
import Testing

@testable import CaseroomApp

@Suite("Editor keymap: one table for the keys, the box and the help screen")
struct EditorKeymapTests {
  @Test("every action has a key, and no key is bound twice")
  func complete() {
    let bound = Set(Keymap.editor.map(\.action))
    #expect(bound == Set(EditorAction.allCases))
    let keys = Keymap.editor.flatMap(\.keys)
    #expect(keys.count == Set(keys).count)
  }

  @Test("every key of the table does something in a multi-line box, never the host's")
  func everyKeyHandled() {
    for b in Keymap.editor {
      for k in b.keys {
        var box = EditorBox(text: "金税工程，金关工程\n第二段", width: 20, rows: 3)
        box.editor.select(from: .init(0, 3), to: .init(0, 9))
        box.fit(rows: 3, width: 20)
        let outcome = box.handle(k, now: fixedNow, clipboard: "粘贴")
        #expect(outcome != .unhandled, "\(k.label) (\(b.action))")
        #expect(Keymap.action(for: k, in: Keymap.editor) == b.action)
      }
    }
  }

  @Test("the keys the editor promises, as the key decoder reports them from real terminals")
  func decodedKeys() {
    let expected: [(String, EditorAction)] = [
      ("\u{1B}[D", .left), ("\u{02}", .left), ("\u{06}", .right), ("\u{10}", .up), ("\u{0E}", .down),
      ("\u{1B}[H", .lineStart), ("\u{01}", .lineStart), ("\u{1B}[F", .lineEnd), ("\u{05}", .lineEnd),
      ("\u{1B}b", .wordLeft), ("\u{1B}f", .wordRight), ("\u{1B}[1;5D", .wordLeft), ("\u{1B}[1;5C", .wordRight),
      ("\u{1B}[1;3D", .wordLeft), ("\u{1B}Od", .wordLeft),
      ("\u{1B}[1;5H", .textStart), ("\u{1B}[1;5F", .textEnd), ("\u{1B}[5~", .pageUp), ("\u{1B}[6~", .pageDown),
      ("\u{7F}", .backspace), ("\u{08}", .backspace), ("\u{1B}[3~", .delete), ("\u{04}", .delete),
      ("\u{1B}\u{7F}", .deleteWordBackward), ("\u{17}", .deleteWordBackward), ("\u{1B}d", .deleteWordForward),
      ("\u{0B}", .killToLineEnd), ("\u{15}", .killToLineStart),
      ("\u{1B}[1;2D", .selectLeft), ("\u{1B}[1;2C", .selectRight), ("\u{1B}[1;2A", .selectUp),
      ("\u{1B}[1;2B", .selectDown), ("\u{1B}[1;2H", .selectLineStart), ("\u{1B}[1;2F", .selectLineEnd),
      ("\u{1B}[1;6D", .selectWordLeft), ("\u{1B}[1;6C", .selectWordRight), ("\u{1B}[1;6H", .selectTextStart),
      ("\u{1B}[1;6F", .selectTextEnd), ("\u{18}", .cut), ("\u{03}", .copy), ("\u{16}", .paste),
      ("\u{1A}", .undo), ("\u{19}", .redo), ("\r", .newParagraph), ("\t", .indent),
    ]
    for (bytes, action) in expected {
      var d = KeyDecoder()
      let keys = d.feed(bytes) + d.flush()
      #expect(keys.count == 1, "\(bytes.debugDescription)")
      #expect(keys.first.flatMap { Keymap.action(for: $0, in: Keymap.editor) } == action, "\(bytes.debugDescription)")
    }
  }

  @Test("a bracketed paste arrives as one key, cleaned and inserted as one step")
  func bracketedPaste() {
    var d = KeyDecoder()
    let keys = d.feed("\u{1B}[200~第一段\r\n第二段\u{1B}[201~")
    #expect(keys == [.paste("第一段\r\n第二段")])
    var box = EditorBox(text: "", width: 20)
    #expect(box.handle(keys[0], now: fixedNow) == .edited)
    #expect(box.editor.paragraphs == ["第一段", "第二段"])
    #expect(box.editor.undoCount == 1)
  }

  @Test("Ctrl-U deletes to the line start and Ctrl-C copies: they are no longer undo and leave")
  func changedKeys() {
    #expect(Keymap.action(for: .ctrl("u"), in: Keymap.editor) == .killToLineStart)
    #expect(Keymap.action(for: .ctrl("c"), in: Keymap.editor) == .copy)
    #expect(Keymap.action(for: .escape, in: Keymap.editor) == nil, "Esc is the host's")
  }

  @Test("the help screen lists the editor's keys by group, in order")
  func help() {
    let help = Keymap.help(Keymap.editor)
    let groups = help.compactMap { entry -> String? in
      if case .group(let g) = entry { return g }
      return nil
    }
    #expect(
      Array(groups.prefix(5)) == [
        KeyGroup.other.title, KeyGroup.cursor.title, KeyGroup.deleting.title, KeyGroup.selecting.title,
        KeyGroup.history.title,
      ])
    #expect(
      help.contains(
        .keys("Ctrl-← Alt-b Alt-←", "上一个词；中文到上一个标点之后")))
    #expect(
      help.contains(
        .keys("Alt-Backspace Ctrl-W Ctrl-Backspace", "删除前一个词（中文：到上一个标点）")))
    #expect(help.contains(.keys("Ctrl-Shift-←", "选择到上一个词")))
    let lines = Keymap.helpLines(width: 80, Keymap.editor)
    #expect(lines.allSatisfy { TerminalWidth.columns($0) <= 80 })
    #expect(Keymap.hints(Keymap.editor).map(\.key) == ["Ctrl-X", "Ctrl-C", "Ctrl-V", "Ctrl-Z", "Ctrl-Y"])
  }
}
