/// Turns what a terminal sends into `Key`s, whatever TERM claims: the union of
/// what xterm, VTE, Konsole, iTerm2, macOS Terminal, Windows Terminal, PuTTY
/// (and Xshell, MobaXterm), tmux, screen, rxvt and the Linux console send
/// (see shared KEYS.md), in normal and application cursor mode, with xterm's
/// modifiers, SGR and X10 mouse reports and bracketed paste. Any other
/// complete escape sequence (CSI, SS3, OSC, DCS…) is consumed whole as one
/// `.unknown` key, so no escape byte ever reaches a screen.
///
/// The terminal edge feeds it the characters ncurses reads (with keypad mode
/// off, so that ncurses interprets nothing) and calls `flush()` when nothing
/// more arrives within `patience` milliseconds: a lone Esc is then Esc.
///
/// Esc followed at once by a key is Alt with that key where the view on
/// screen binds that Alt key (`altKeys`: an editor's Alt-b), and Esc then
/// the key everywhere else: `Esc` `Q` typed without a pause in the contents
/// closes them and opens the questions. Alt sent as xterm's modifier
/// (`ESC [ 1 ; 3 D`) is Alt whatever the view.
public struct KeyDecoder: Sendable {
  /// Characters read that do not make a key yet (a sequence still arriving).
  private var pending: [UInt32] = []
  /// Inside a bracketed paste: the text so far, as UTF-8 (made a String at once at its end).
  private var pasted: [UInt8]?
  /// Bytes (UTF-8) of the paste under way; past `maximumPaste` its text is dropped as it comes.
  private var pastedBytes = 0
  /// The last characters of a refused paste, to find its end.
  private var refusedTail: [UInt32] = []
  /// A lone Esc was just flushed as a key: a `[` or `O` right after it (within `lateSequenceWindow`, which
  /// the terminal edge keeps by `forgetLateEscape()`) is the rest of its sequence, split by a slow link
  /// (an arrow's `ESC` then `[A` 100 ms later), not keys of their own.
  private var lateEscape = false
  /// The `[` or `O` read after a late Esc: at a flush it is that key alone (its Esc was given already).
  private var latePending = false

  /// How long an Esc waits for the rest of its sequence before it is a key of its own.
  public static let escapeDelay = 50
  /// How long a sequence already under way (`ESC [ 1`) waits for its end: a slow
  /// SSH connection can split it, and nobody types such a thing by hand.
  public static let sequenceDelay = 1000
  /// How long after a lone Esc a `[` or `O` is still taken for the rest of its sequence.
  public static let lateSequenceWindow = 500

  /// Whether a lone Esc was just given and the rest of its sequence may still come (`lateEscape`).
  public var awaitsLateSequence: Bool { lateEscape }
  /// The window after a lone Esc passed with nothing: what comes next is keys of their own.
  public mutating func forgetLateEscape() { lateEscape = false }
  /// The longest sequence (or string: OSC, DCS) kept before it is dropped as unknown.
  static let maximumSequence = 4096
  /// The longest paste kept, in bytes: the editor's limit. A longer one is
  /// refused as soon as it passes it (`Key.pasteRefused`), its text dropped
  /// as it arrives, so a paste of any size costs time in proportion to it and
  /// memory for at most this much.
  public static let maximumPaste = TextEditor.byteLimit

  /// The Alt keys the view on screen answers (`Screen.altKeys`), set before
  /// each read; nil: no view to ask, every Esc-prefixed key is Alt.
  public var altKeys: Set<Key>?

  public init() {}

  /// Whether part of a sequence (or a paste) is waiting for the rest.
  public var isWaiting: Bool { !pending.isEmpty || pasted != nil }

  /// Milliseconds to wait for more input before `flush()`; nil when nothing is pending.
  public var patience: Int? {
    if pasted != nil { return Self.sequenceDelay }
    if pending.isEmpty { return nil }
    return pending.count <= 2 ? Self.escapeDelay : Self.sequenceDelay
  }

  /// Feeds one character; returns the keys it completes.
  public mutating func feed(_ c: UInt32) -> [Key] {
    if pasted != nil { return feedPaste(c) }
    if lateEscape && pending.isEmpty {
      lateEscape = false
      if c == 0x5B || c == 0x4F {
        pending = [0x1B, c]
        latePending = true
        return []
      }
    }
    if pending.isEmpty {
      switch c {
      case 0x1B:
        pending = [c]
        return []
      case 0x9B:  // an 8-bit CSI
        pending = [0x1B, 0x5B]
        return []
      case 0x8F:  // an 8-bit SS3
        pending = [0x1B, 0x4F]
        return []
      default:
        return Self.plain(c).map { [$0] } ?? []
      }
    }
    pending.append(c)
    let late = latePending
    let read = pending
    let keys = decodePending()
    if pending.isEmpty { latePending = false }
    // After a late Esc, what makes no key was typed by hand (Esc, then `[` `[` for the previous section twice):
    // the characters themselves, not an unknown sequence that loses them.
    if late && keys.contains(.unknown) { return read.dropFirst().compactMap(Self.plain) }
    return keys
  }

  /// Feeds several characters (a test, or a read of many bytes).
  public mutating func feed(_ s: String) -> [Key] {
    var out: [Key] = []
    for u in s.unicodeScalars { out += feed(u.value) }
    return out
  }

  /// Nothing more arrived in time: what is pending is complete as it is.
  public mutating func flush() -> [Key] {
    if let p = pasted {
      pasted = nil
      // (a refused paste was said when it passed the limit)
      return overLimit ? [] : [.paste(Self.text(p))]
    }
    guard !pending.isEmpty else { return [] }
    let p = pending
    pending = []
    if latePending {
      // `[` or `O` after a late Esc and nothing more: the key itself (its Esc was given already).
      latePending = false
      return p.dropFirst().compactMap(Self.plain)
    }
    switch p.count {
    case 1:
      lateEscape = true
      return [.escape]
    case 2 where p[1] == 0x1B: return [.escape, .escape]
    case 2: return Self.plain(p[1]).map(escaped) ?? [.escape]
    default: return [.unknown]
    }
  }

  /// Esc typed just before `key`: Alt with it where the view binds that, else Esc then the key.
  func escaped(_ key: Key) -> [Key] {
    let alt = key.with(.alt)
    guard let bound = altKeys, !bound.contains(alt) else { return [alt] }
    return [.escape, key]
  }

  // MARK: Sequences

  /// Looks at what is pending (it starts with Esc) and takes a key off it when one is complete.
  private mutating func decodePending() -> [Key] {
    switch Self.match(pending[...]) {
    case .incomplete:
      if pending.count > Self.maximumSequence {
        pending = []
        return [.unknown]
      }
      return []
    case .complete(let length, let key):
      let rest = pending[length...]
      pending = []
      var out: [Key] = []
      if let key { out.append(key) }
      for c in rest { out += feed(c) }
      return out
    case .escaped(let length, let key):
      let rest = pending[length...]
      pending = []
      var out = key.map(escaped) ?? []
      for c in rest { out += feed(c) }
      return out
    case .pasteStart(let length):
      let rest = pending[length...]
      pending = []
      pasted = []
      pastedBytes = 0
      refusedTail = []
      var out: [Key] = []
      for c in rest { out += feed(c) }
      return out
    case .broken(let length):
      // A sequence cut short by something that cannot be in it: drop what was
      // read of it, and read the rest again as new input.
      let rest = pending[length...]
      pending = []
      var out: [Key] = [.unknown]
      for c in rest { out += feed(c) }
      return out
    }
  }

  enum Match: Equatable {
    case incomplete
    /// `length` characters make `key` (nil: an event with no key, such as a mouse release).
    case complete(length: Int, key: Key?)
    /// Esc, then `length - 1` characters that make `key`: Alt with it, or Esc and it (`escaped`).
    case escaped(length: Int, key: Key?)
    /// The first `length` characters were a sequence that cannot be completed.
    case broken(length: Int)
    /// `ESC [ 200 ~`: a bracketed paste starts.
    case pasteStart(length: Int)
  }

  /// What the characters at `s` (starting with Esc) make.
  static func match(_ s: ArraySlice<UInt32>) -> Match {
    let i = s.startIndex
    guard s.count >= 2 else { return .incomplete }
    let second = s[i + 1]
    switch second {
    case 0x5B: return csi(s)  // [
    case 0x4F: return ss3(s)  // O
    case 0x5D, 0x50, 0x5F, 0x5E, 0x58:  // ] P _ ^ X: OSC, DCS, APC, PM, SOS
      return string(s)
    case 0x1B:
      // Esc Esc: Alt with the key of a sequence (rxvt's Alt-arrows), or two Escs.
      guard s.count >= 3 else { return .incomplete }
      if s[i + 2] == 0x5B || s[i + 2] == 0x4F {
        switch match(s.dropFirst()) {
        case .incomplete: return .incomplete
        case .complete(let n, let key), .escaped(let n, let key): return .escaped(length: n + 1, key: key)
        case .broken(let n): return .broken(length: n + 1)
        case .pasteStart(let n): return .pasteStart(length: n + 1)
        }
      }
      return .complete(length: 1, key: .escape)
    case 0x09: return .complete(length: 2, key: .backTab)  // the Linux console's Shift-Tab
    default:
      guard let key = plain(second) else { return .complete(length: 2, key: .escape) }
      return .escaped(length: 2, key: key)
    }
  }

  /// `ESC [` … : a control sequence.
  static func csi(_ s: ArraySlice<UInt32>) -> Match {
    let i = s.startIndex
    guard s.count >= 3 else { return .incomplete }
    let third = s[i + 2]
    if third == 0x5B {  // the Linux console's F1–F5: ESC [ [ A … E
      guard s.count >= 4 else { return .incomplete }
      let f = Int(s[i + 3]) - 0x40
      return .complete(length: 4, key: (1...5).contains(f) ? .function(f) : .unknown)
    }
    if third == 0x4D {  // X10 mouse: ESC [ M and three characters
      guard s.count >= 6 else { return .incomplete }
      let b = Int(s[i + 3]) - 32
      let x = Int(s[i + 4]) - 33
      let y = Int(s[i + 5]) - 33
      return .complete(length: 6, key: mouse(button: b, row: y, col: x, press: b & 3 != 3))
    }
    var j = i + 2
    while j < s.endIndex {
      let b = s[j]
      switch b {
      case 0x24 where j > i + 2 && s[(i + 2)..<j].allSatisfy({ (0x30...0x39).contains($0) }):
        // rxvt's Shift with a key: ESC [ 7 $ (Shift-Home). `$` is an intermediate
        // byte elsewhere, but never after bare digits.
        return .complete(length: j - i + 1, key: csiKey(params: s[(i + 2)..<j], final: b))
      case 0x7E where Array(s[(i + 2)..<j]) == [0x32, 0x30, 0x30]:  // 200~
        return .pasteStart(length: j - i + 1)
      case 0x40...0x7E:
        return .complete(length: j - i + 1, key: csiKey(params: s[(i + 2)..<j], final: b))
      case 0x20...0x3F:
        j += 1
      default:
        return .broken(length: j - i)
      }
    }
    return .incomplete
  }

  /// The key a complete control sequence stands for (nil: none, e.g. focus or a mouse release).
  static func csiKey(params raw: ArraySlice<UInt32>, final: UInt32) -> Key? {
    let text = String(String.UnicodeScalarView(raw.compactMap(Unicode.Scalar.init)))
    if text.hasPrefix("<") && (final == 0x4D || final == 0x6D) {  // SGR mouse: ESC [ < b ; x ; y M|m
      let n = text.dropFirst().split(separator: ";").compactMap { Int($0) }
      guard n.count == 3 else { return .unknown }
      return mouse(button: n[0], row: n[2] - 1, col: n[1] - 1, press: final == 0x4D)
    }
    if let first = text.first, "<=>?".contains(first) { return .unknown }
    let fields = text.split(separator: ";", omittingEmptySubsequences: false)
    // Parameters are numbers (or empty, meaning the default); anything else is a sequence we do not know.
    guard fields.allSatisfy({ $0.isEmpty || Int($0) != nil }) else { return .unknown }
    let numbers = fields.map { Int($0) }
    let first = numbers.first.flatMap { $0 } ?? 1
    let mods = numbers.count > 1 ? Modifiers(xterm: numbers[1] ?? 1) : []
    switch Unicode.Scalar(final).map(Character.init) {
    case "A": return Key.up.with(mods)
    case "B": return Key.down.with(mods)
    case "C": return Key.right.with(mods)
    case "D": return Key.left.with(mods)
    case "H": return Key.home.with(mods)
    case "F": return Key.end.with(mods)
    case "Z": return .backTab
    case "P": return Key.function(1).with(mods)
    case "Q": return Key.function(2).with(mods)
    case "R": return Key.function(3).with(mods)
    case "S": return Key.function(4).with(mods)
    case "a": return Key.up.with(.shift)  // rxvt
    case "b": return Key.down.with(.shift)
    case "c": return Key.right.with(.shift)
    case "d": return Key.left.with(.shift)
    case "I", "O": return nil  // focus in/out
    case "~", "$", "^", "@":
      var m = mods
      if final == 0x24 { m.insert(.shift) }  // rxvt: $ Shift, ^ Ctrl, @ Ctrl-Shift
      if final == 0x5E { m.insert(.ctrl) }
      if final == 0x40 { m.formUnion([.ctrl, .shift]) }
      if first == 201 { return nil }  // a stray end of a paste
      return tildeKey(first)?.with(m) ?? .unknown
    default: return .unknown
    }
  }

  /// `ESC [ n ~`: the editing keys and the function keys.
  static func tildeKey(_ n: Int) -> Key? {
    switch n {
    case 1, 7: return .home
    case 4, 8: return .end
    case 2: return .insert
    case 3: return .delete
    case 5: return .pageUp
    case 6: return .pageDown
    case 11...15: return .function(n - 10)
    case 17...21: return .function(n - 11)
    case 23, 24: return .function(n - 12)
    default: return nil
    }
  }

  /// `ESC O` …: application cursor and keypad keys, F1–F4, rxvt's Ctrl-arrows.
  static func ss3(_ s: ArraySlice<UInt32>) -> Match {
    let i = s.startIndex
    var j = i + 2
    // Some terminals put a modifier digit before the final (ESC O 5 C).
    while j < s.endIndex, (0x30...0x39).contains(s[j]) || s[j] == 0x3B { j += 1 }
    guard j < s.endIndex else { return .incomplete }
    let final = s[j]
    guard (0x40...0x7E).contains(final) else { return .broken(length: j - i) }
    let digits = String(String.UnicodeScalarView(s[(i + 2)..<j].compactMap(Unicode.Scalar.init)))
    let mods = Int(digits.split(separator: ";").last ?? "").map { Modifiers(xterm: $0) } ?? []
    let key: Key
    switch Unicode.Scalar(final).map(Character.init) {
    case "A": key = Key.up.with(mods)
    case "B": key = Key.down.with(mods)
    case "C": key = Key.right.with(mods)
    case "D": key = Key.left.with(mods)
    case "H": key = Key.home.with(mods)
    case "F": key = Key.end.with(mods)
    case "P": key = Key.function(1).with(mods)
    case "Q": key = Key.function(2).with(mods)
    case "R": key = Key.function(3).with(mods)
    case "S": key = Key.function(4).with(mods)
    case "a": key = Key.up.with(.ctrl)  // rxvt
    case "b": key = Key.down.with(.ctrl)
    case "c": key = Key.right.with(.ctrl)
    case "d": key = Key.left.with(.ctrl)
    case "M": key = .enter  // keypad Enter
    case let c?:
      // The keypad in application mode: ESC O j … y and X.
      let keypad: [Character: Character] = [
        "j": "*", "k": "+", "l": ",", "m": "-", "n": ".", "o": "/", "X": "=", "p": "0", "q": "1", "r": "2", "s": "3",
        "t": "4", "u": "5", "v": "6", "w": "7", "x": "8", "y": "9",
      ]
      key = keypad[c].map { .char($0) } ?? .unknown
    case nil: key = .unknown
    }
    return .complete(length: j - i + 1, key: key)
  }

  /// OSC, DCS, APC, PM, SOS: a string ended by BEL (OSC) or ESC \.
  static func string(_ s: ArraySlice<UInt32>) -> Match {
    let i = s.startIndex
    var j = i + 2
    while j < s.endIndex {
      if s[j] == 0x07 { return .complete(length: j - i + 1, key: .unknown) }
      if s[j] == 0x1B {
        guard j + 1 < s.endIndex else { return .incomplete }
        return .complete(length: j - i + 2, key: .unknown)
      }
      j += 1
    }
    return .incomplete
  }

  /// A mouse report: the wheel and a press of the first button are keys; the rest is ignored.
  static func mouse(button b: Int, row: Int, col: Int, press: Bool) -> Key? {
    guard press, b & 32 == 0 else { return nil }  // releases and motion
    if b & 64 != 0 { return b & 1 == 0 ? .wheelUp : .wheelDown }
    return b & 3 == 0 ? .click(row: max(0, row), col: max(0, col)) : nil
  }

  // MARK: Plain characters and paste

  /// A character that is not part of a sequence.
  static func plain(_ c: UInt32) -> Key? {
    switch c {
    case 0x0D, 0x0A: return .enter
    case 0x09: return .tab
    case 0x7F, 0x08: return .backspace
    case 0x1B: return .escape
    case 0x01...0x1A: return .ctrl(Character(Unicode.Scalar(c + 0x60)!))
    case 0x1C: return .ctrl("\\")
    case 0x1D: return .ctrl("]")
    case 0x1E: return .ctrl("^")
    case 0x1F: return .ctrl("_")
    case 0x00, 0x80...0x9F: return nil
    default: return Unicode.Scalar(c).map { .char(Character($0)) }
    }
  }

  private static let pasteEnd: [UInt32] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]  // ESC [ 2 0 1 ~

  /// Whether the paste under way is over the limit (its end sequence not counted).
  private var overLimit: Bool { pastedBytes > Self.maximumPaste + Self.pasteEnd.count }

  private mutating func feedPaste(_ c: UInt32) -> [Key] {
    let wasOver = overLimit
    pastedBytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4
    if overLimit {
      // Refused the moment it passes the limit; then nothing more is kept but
      // the last few characters, to see its end.
      if !wasOver { pasted = [] }
      refusedTail.append(c)
      if refusedTail.count > Self.pasteEnd.count { refusedTail.removeFirst() }
      if c == 0x7E && refusedTail == Self.pasteEnd {
        pasted = nil
        refusedTail = []
      }
      return wasOver ? [] : [.pasteRefused]
    }
    Self.appendUTF8(c, to: &pasted!)
    guard c == 0x7E, pasted!.count >= Self.pasteEnd.count,
      pasted!.suffix(Self.pasteEnd.count).elementsEqual(Self.pasteEnd.lazy.map(UInt8.init))
    else { return [] }
    let p = pasted!
    pasted = nil
    return [.paste(Self.text(p.dropLast(Self.pasteEnd.count)))]
  }

  /// Appends a character as UTF-8 (U+FFFD for what is no character).
  static func appendUTF8(_ c: UInt32, to bytes: inout [UInt8]) {
    switch c {
    case 0..<0x80: bytes.append(UInt8(c))
    case 0x80..<0x800:
      bytes.append(UInt8(0xC0 | c >> 6))
      bytes.append(UInt8(0x80 | c & 0x3F))
    case 0xD800...0xDFFF, 0x110000...: appendUTF8(0xFFFD, to: &bytes)
    case 0x800..<0x10000:
      bytes.append(UInt8(0xE0 | c >> 12))
      bytes.append(UInt8(0x80 | (c >> 6) & 0x3F))
      bytes.append(UInt8(0x80 | c & 0x3F))
    default:
      bytes.append(UInt8(0xF0 | c >> 18))
      bytes.append(UInt8(0x80 | (c >> 12) & 0x3F))
      bytes.append(UInt8(0x80 | (c >> 6) & 0x3F))
      bytes.append(UInt8(0x80 | c & 0x3F))
    }
  }

  /// Pasted text, exactly as it came (the editor cleans it).
  static func text(_ p: some Collection<UInt8>) -> String { String(decoding: p, as: UTF8.self) }
}
