import Foundation
import Testing

@testable import CaseroomApp

/// What each terminal sends for each key, from the terminfo database and the
/// terminals' own documentation (shared/KEYS.md), in both cursor modes.
struct TerminalProfile: CustomStringConvertible, Sendable {
  var name: String
  var keys: [(String, Key)]
  var description: String { name }
}

private let e = "\u{1B}"

/// Keys every profile shares: PgUp/PgDn, Insert/Delete, F5–F12, Backspace, Tab, Enter, Ctrl-letters.
private let common: [(String, Key)] = [
  ("\(e)[5~", .pageUp), ("\(e)[6~", .pageDown), ("\(e)[2~", .insert), ("\(e)[3~", .delete),
  ("\(e)[15~", .function(5)), ("\(e)[17~", .function(6)), ("\(e)[18~", .function(7)), ("\(e)[19~", .function(8)),
  ("\(e)[20~", .function(9)), ("\(e)[21~", .function(10)), ("\(e)[23~", .function(11)), ("\(e)[24~", .function(12)),
  ("\u{7F}", .backspace), ("\t", .tab), ("\r", .enter), ("\u{01}", .ctrl("a")), ("\u{1A}", .ctrl("z")),
]

/// xterm and the terminals that follow it (VTE, Konsole, iTerm2, Windows Terminal):
/// application and normal cursor mode, SS3 F1–F4, xterm modifiers.
private let xtermLike: [(String, Key)] =
  common + [
    ("\(e)OA", .up), ("\(e)OB", .down), ("\(e)OC", .right), ("\(e)OD", .left),
    ("\(e)[A", .up), ("\(e)[B", .down), ("\(e)[C", .right), ("\(e)[D", .left),
    ("\(e)OH", .home), ("\(e)OF", .end), ("\(e)[H", .home), ("\(e)[F", .end),
    ("\(e)OP", .function(1)), ("\(e)OQ", .function(2)), ("\(e)OR", .function(3)), ("\(e)OS", .function(4)),
    ("\(e)[Z", .backTab),
    ("\(e)[1;5C", .modified(.right, .ctrl)), ("\(e)[1;5D", .modified(.left, .ctrl)),
    ("\(e)[1;3D", .modified(.left, .alt)), ("\(e)[1;3C", .modified(.right, .alt)),
    ("\(e)[1;2A", .modified(.up, .shift)), ("\(e)[1;2B", .modified(.down, .shift)),
    ("\(e)[1;2H", .modified(.home, .shift)), ("\(e)[1;2F", .modified(.end, .shift)),
    ("\(e)[1;6C", .modified(.right, [.ctrl, .shift])), ("\(e)[3;5~", .modified(.delete, .ctrl)),
    ("\(e)[1;2P", .modified(.function(1), .shift)), ("\(e)b", .modified(.char("b"), .alt)),
    ("\(e)f", .modified(.char("f"), .alt)), ("\(e)\u{7F}", .modified(.backspace, .alt)),
  ]

let profiles: [TerminalProfile] = [
  TerminalProfile(name: "xterm", keys: xtermLike),
  TerminalProfile(name: "VTE / GNOME Terminal", keys: xtermLike),
  TerminalProfile(name: "Konsole", keys: xtermLike),
  TerminalProfile(name: "iTerm2", keys: xtermLike),
  // macOS Terminal: normal cursor mode, Option as Meta sends Esc + key.
  TerminalProfile(
    name: "macOS Terminal",
    keys: common + [
      ("\(e)[A", .up), ("\(e)[B", .down), ("\(e)[C", .right), ("\(e)[D", .left), ("\(e)[H", .home),
      ("\(e)[F", .end), ("\(e)OP", .function(1)), ("\(e)b", .modified(.char("b"), .alt)),
      ("\(e)f", .modified(.char("f"), .alt)), ("\(e)[1;2D", .modified(.left, .shift)),
    ]),
  TerminalProfile(name: "Windows Terminal", keys: xtermLike),
  // PuTTY (and Xshell, MobaXterm in their usual settings): Home/End as ESC [ 1~ / 4~,
  // F1–F4 as ESC [ 11~ … 14~, Shift-arrows as the normal-mode arrows.
  TerminalProfile(
    name: "PuTTY",
    keys: common + [
      ("\(e)[1~", .home), ("\(e)[4~", .end), ("\(e)OA", .up), ("\(e)OB", .down), ("\(e)OC", .right),
      ("\(e)OD", .left), ("\(e)[A", .up), ("\(e)[D", .left), ("\(e)[11~", .function(1)),
      ("\(e)[12~", .function(2)), ("\(e)[13~", .function(3)), ("\(e)[14~", .function(4)), ("\(e)[Z", .backTab),
      ("\(e)OD", .left), ("\(e)b", .modified(.char("b"), .alt)),
    ]),
  TerminalProfile(
    name: "Xshell / MobaXterm",
    keys: common + [
      ("\(e)[1~", .home), ("\(e)[4~", .end), ("\(e)[11~", .function(1)), ("\(e)OA", .up), ("\(e)[H", .home),
      ("\(e)[F", .end), ("\(e)[1;5D", .modified(.left, .ctrl)),
    ]),
  // tmux and screen send their own column whatever TERM says inside.
  TerminalProfile(
    name: "tmux / screen",
    keys: common + [
      ("\(e)[1~", .home), ("\(e)[4~", .end), ("\(e)OA", .up), ("\(e)OP", .function(1)),
      ("\(e)[1;5C", .modified(.right, .ctrl)), ("\(e)[1;2A", .modified(.up, .shift)), ("\(e)[Z", .backTab),
    ]),
  // rxvt: ESC [ 7~ / 8~, shifted arrows ESC [ a…d, ctrl arrows ESC O a…d, ESC [ 7$ Shift-Home.
  TerminalProfile(
    name: "rxvt-unicode",
    keys: common + [
      ("\(e)[7~", .home), ("\(e)[8~", .end), ("\(e)[A", .up), ("\(e)[11~", .function(1)),
      ("\(e)[a", .modified(.up, .shift)), ("\(e)[b", .modified(.down, .shift)),
      ("\(e)[c", .modified(.right, .shift)), ("\(e)[d", .modified(.left, .shift)),
      ("\(e)Oa", .modified(.up, .ctrl)), ("\(e)Oc", .modified(.right, .ctrl)),
      ("\(e)Od", .modified(.left, .ctrl)), ("\(e)[7$", .modified(.home, .shift)),
      ("\(e)[8^", .modified(.end, .ctrl)), ("\(e)\(e)[D", .modified(.left, .alt)),
    ]),
  // The Linux console: F1–F5 as ESC [ [ A … E, Shift-Tab as ESC Tab.
  TerminalProfile(
    name: "Linux console",
    keys: common + [
      ("\(e)[1~", .home), ("\(e)[4~", .end), ("\(e)[A", .up), ("\(e)[[A", .function(1)), ("\(e)[[B", .function(2)),
      ("\(e)[[E", .function(5)), ("\(e)\t", .backTab),
    ]),
]

@Suite("Key decoding")
struct KeyDecoderTests {
  /// Feeds a whole sequence at once, as one read.
  func decode(_ s: String) -> [Key] {
    var d = KeyDecoder()
    var keys = d.feed(s)
    keys += d.flush()
    return keys
  }

  @Test("every key of every terminal's profile decodes to one key", arguments: profiles)
  func profile(_ p: TerminalProfile) {
    for (bytes, key) in p.keys {
      #expect(decode(bytes) == [key], "\(p.name): \(bytes.debugDescription)")
    }
  }

  @Test("a sequence split across reads is still one key", arguments: profiles)
  func splitReads(_ p: TerminalProfile) {
    for (bytes, key) in p.keys where bytes.unicodeScalars.count > 1 {
      var d = KeyDecoder()
      var keys: [Key] = []
      // One character a read, nothing flushed between them (they come within the delay).
      for u in bytes.unicodeScalars {
        keys += d.feed(u.value)
      }
      keys += d.flush()
      #expect(keys == [key], "\(p.name): \(bytes.debugDescription)")
    }
  }

  @Test("keys typed fast after a sequence are read after it, whole")
  func followedByText() {
    #expect(decode("\(e)[1~XYZ") == [.home, .char("X"), .char("Y"), .char("Z")])
    #expect(decode("abc\(e)[4~金") == [.char("a"), .char("b"), .char("c"), .end, .char("金")])
    #expect(decode("\(e)[A\(e)[B") == [.up, .down])
  }

  @Test("a lone Esc is Esc once the delay passes; Esc and a key within it is Alt with the key")
  func escTiming() {
    var d = KeyDecoder()
    #expect(d.feed(0x1B).isEmpty)
    #expect(d.patience == KeyDecoder.escapeDelay)
    #expect(KeyDecoder.escapeDelay <= 50)
    #expect(d.flush() == [.escape])
    #expect(d.patience == nil)
    // Esc, then (after the delay) a b: Esc and b.
    #expect(d.feed(0x1B).isEmpty)
    #expect(d.flush() == [.escape])
    #expect(d.feed(UInt32(("b" as Unicode.Scalar).value)) == [.char("b")])
    // Esc b together: Alt-b.
    #expect(decode("\(e)b") == [.modified(.char("b"), .alt)])
    // Esc [ alone: Alt-[ (not the start of a sequence that never came).
    #expect(decode("\(e)[") == [.modified(.char("["), .alt)])
    // Esc Esc: two Escs.
    #expect(decode("\(e)\(e)") == [.escape, .escape])
  }

  @Test(
    "an arrow split by a slow link (ESC, then [A 100 ms later) is Esc then Up, never Esc [ A; after the window, [ is [")
  func lateSequence() {
    var d = KeyDecoder()
    #expect(d.feed(0x1B).isEmpty)
    #expect(d.flush() == [.escape])
    #expect(d.awaitsLateSequence)
    #expect(d.feed("[A") == [.up])
    #expect(!d.awaitsLateSequence)
    #expect(d.feed(0x1B).isEmpty)
    #expect(d.flush() == [.escape])
    #expect(d.feed("O") == [])
    #expect(d.feed("B") == [.down])
    // `[` alone after the late Esc, nothing more: `[` itself.
    #expect(d.feed(0x1B).isEmpty)
    #expect(d.flush() == [.escape])
    #expect(d.feed("[").isEmpty)
    #expect(d.flush() == [.char("[")])
    // The window passed: `[` is a key of its own at once.
    #expect(d.feed(0x1B).isEmpty)
    #expect(d.flush() == [.escape])
    d.forgetLateEscape()
    #expect(d.feed("[A") == [.char("["), .char("A")])
    // Typed by hand within the window, Esc then `[` `[` (the previous section twice) or `[` `j`: the keys
    // themselves, never an unknown sequence that loses them; a known sequence is still its key.
    #expect(d.feed(0x1B).isEmpty)
    #expect(d.flush() == [.escape])
    #expect(d.feed("[[").isEmpty)  // the Linux console's F1 starts so: it waits, then they are the keys
    #expect(d.flush() == [.char("["), .char("[")])
    #expect(d.feed(0x1B).isEmpty)
    #expect(d.flush() == [.escape])
    #expect(d.feed("[[j") == [.char("["), .char("["), .char("j")])
    #expect(d.feed(0x1B).isEmpty)
    #expect(d.flush() == [.escape])
    #expect(d.feed("[j") == [.char("["), .char("j")])
    #expect(d.feed(0x1B).isEmpty)
    #expect(d.flush() == [.escape])
    #expect(d.feed("[1;5C") == [.modified(.right, .ctrl)])
  }

  @Test("Esc typed just before a key is Alt only where the view binds that Alt key, else Esc then the key")
  func escByContext() {
    func decode(_ s: String, in altKeys: Set<Key>) -> [Key] {
      var d = KeyDecoder()
      d.altKeys = altKeys
      return d.feed(s) + d.flush()
    }
    // The contents list binds no Alt key: Esc closes it, Q opens the questions.
    #expect(decode("\(e)Q", in: []) == [.escape, .char("Q")])
    #expect(decode("\(e)j\(e)k", in: []) == [.escape, .char("j"), .escape, .char("k")])
    #expect(decode("\(e)[", in: []) == [.escape, .char("[")], "flushed alone")
    #expect(decode("\(e)\(e)[A", in: []) == [.escape, .up], "Esc, then an arrow")
    // The editor binds Alt-b and Alt-←: those stay Alt; Q there is Esc, then Q.
    let editor = Keymap.editorAltKeys
    #expect(editor.contains(.modified(.char("b"), .alt)) && editor.contains(.modified(.left, .alt)))
    #expect(decode("\(e)b", in: editor) == [.modified(.char("b"), .alt)])
    #expect(decode("\(e)\(e)[D", in: editor) == [.modified(.left, .alt)], "rxvt's Alt-←")
    #expect(decode("\(e)Q", in: editor) == [.escape, .char("Q")])
    // Alt sent as xterm's modifier is Alt wherever it comes.
    #expect(decode("\(e)[1;3D", in: []) == [.modified(.left, .alt)])
  }

  @Test("a sequence under way waits longer than a lone Esc, then is dropped whole")
  func sequencePatience() {
    var d = KeyDecoder()
    _ = d.feed("\(e)[1")
    #expect(d.patience == KeyDecoder.sequenceDelay)
    #expect(d.flush() == [.unknown])
    #expect(d.feed("x") == [.char("x")])
  }

  @Test("unknown CSI, SS3, OSC and DCS sequences are consumed whole")
  func unknownSequences() {
    #expect(decode("\(e)[99~") == [.unknown])
    #expect(decode("\(e)[9 9~") == [.unknown])
    #expect(decode("\(e)[?1;2c") == [.unknown])
    #expect(decode("\(e)Oz") == [.unknown])
    #expect(decode("\(e)]0;title\u{07}") == [.unknown])
    #expect(decode("\(e)]11;rgb:0000/0000/0000\(e)\\") == [.unknown])
    #expect(decode("\(e)P1$r0m\(e)\\") == [.unknown])
    #expect(decode("\(e)[99~abc") == [.unknown, .char("a"), .char("b"), .char("c")])
    // A sequence broken by a control character: dropped, the character read anew.
    #expect(decode("\(e)[1\r") == [.unknown, .enter])
  }

  @Test("focus reports and mouse releases give no key")
  func silentEvents() {
    #expect(decode("\(e)[I").isEmpty)
    #expect(decode("\(e)[O").isEmpty)
    #expect(decode("\(e)[<0;10;5m").isEmpty)
  }

  @Test("mouse: SGR and X10 presses and the wheel")
  func mouse() {
    #expect(decode("\(e)[<0;10;5M") == [.click(row: 4, col: 9)])
    #expect(decode("\(e)[<64;1;1M") == [.wheelUp])
    #expect(decode("\(e)[<65;1;1M") == [.wheelDown])
    #expect(decode("\(e)[<32;3;3M").isEmpty)  // motion
    // X10: ESC [ M, then button + 32, column + 33, row + 33.
    #expect(decode("\(e)[M \u{2A}\u{25}") == [.click(row: 4, col: 9)])
    #expect(decode("\(e)[M\u{60}!!") == [.wheelUp])
    #expect(decode("\(e)[M\u{61}!!") == [.wheelDown])
  }

  @Test("bracketed paste: one key with the text as it came, escapes and all")
  func paste() {
    #expect(decode("\(e)[200~金税\r\n工程\(e)[201~") == [.paste("金税\r\n工程")])
    #expect(decode("\(e)[200~a\(e)[1~b\(e)[201~x") == [.paste("a\(e)[1~b"), .char("x")])
    // Split anywhere.
    let s = "\(e)[200~第一段\n第二段\(e)[201~"
    var d = KeyDecoder()
    var keys: [Key] = []
    for u in s.unicodeScalars { keys += d.feed(u.value) }
    #expect(keys == [.paste("第一段\n第二段")])
    // A paste whose end never comes is delivered when input stops.
    var cut = KeyDecoder()
    _ = cut.feed("\(e)[200~半截")
    #expect(cut.isWaiting)
    #expect(cut.flush() == [.paste("半截")])
  }

  @Test("8-bit CSI and SS3")
  func eightBit() {
    #expect(decode("\u{9B}A") == [.up])
    #expect(decode("\u{8F}P") == [.function(1)])
  }

  @Test("Chinese typed through an input method arrives as characters")
  func chinese() {
    #expect(decode("金盾工程") == [.char("金"), .char("盾"), .char("工"), .char("程")])
  }

  @Test("modified keys are named in help as terminals print them")
  func labels() {
    #expect(Key.modified(.char("b"), .alt).label == "Alt-b")
    #expect(Key.modified(.right, .ctrl).label == "Ctrl-→")
    #expect(Key.modified(.up, .shift).label == "Shift-↑")
  }
}

/// The attack's big pastes (issue 23): refused the moment they pass the limit,
/// the rest dropped as it comes, the keys after them decoded as ever.
@Suite("Pastes over the limit")
struct PasteLimitTests {
  @Test("a paste over the limit is refused once, as soon as it passes it; keys after it are keys")
  func refusedAtOnce() {
    var d = KeyDecoder()
    #expect(d.feed("\u{1B}[200~").isEmpty)
    let chunk = String(repeating: "金税工程。\r", count: 10_000)  // 160 KB
    var keys: [Key] = []
    var fedBytes = 0
    var refusedAt: Int?
    while fedBytes < 3 * KeyDecoder.maximumPaste {
      keys += d.feed(chunk)
      fedBytes += chunk.utf8.count
      if refusedAt == nil, keys.contains(.pasteRefused) { refusedAt = fedBytes }
    }
    #expect(keys == [.pasteRefused])
    #expect(
      refusedAt.map { $0 <= KeyDecoder.maximumPaste + chunk.utf8.count } == true, "refused late: \(refusedAt ?? -1)")
    #expect(d.isWaiting, "the rest of the paste is still being dropped")
    #expect(d.feed("\u{1B}[201~x") == [.char("x")])
    #expect(!d.isWaiting)
  }

  @Test("a paste up to the limit is one paste key, exactly as sent")
  func atTheLimit() {
    var d = KeyDecoder()
    let text = String(repeating: "a", count: KeyDecoder.maximumPaste)
    #expect(d.feed("\u{1B}[200~" + text + "\u{1B}[201~") == [.paste(text)])
  }

  @Test("the editor says a refused paste is over the limit and changes nothing")
  func editorSays() {
    var box = EditorBox(text: "原文", width: 40, rows: 5)
    let outcome = box.handle(.pasteRefused, now: Date(timeIntervalSince1970: 0))
    #expect(outcome == .notice(EditorNotice.pasteRefused))
    #expect(box.editor.text == "原文")
  }

  @Test("cleaning a paste with CR line ends costs time in proportion to its size")
  func cleanerLinear() {
    func time(_ n: Int) -> Double {
      let s = String(repeating: "十二金工程推动了电子政务。\r\n\u{7}", count: n)
      let t = DispatchTime.now().uptimeNanoseconds
      let (out, removed) = PasteCleaner.clean(s, tab: "  ")
      #expect(removed == n && out.utf8.count == n * 40)
      return Double(DispatchTime.now().uptimeNanoseconds - t)
    }
    _ = time(1000)
    let small = time(20_000)
    let big = time(80_000)
    // Linear: 4× the text takes about 4× the time (quadratic took 16×); generous for a busy machine.
    #expect(big < small * 9, "20k: \(small / 1e6) ms, 80k: \(big / 1e6) ms")
  }
}
