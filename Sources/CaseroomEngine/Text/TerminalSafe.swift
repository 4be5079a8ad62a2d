/// Text from a file or from the command line made safe to print to a
/// terminal: the one place where characters that would drive the terminal
/// instead of being shown are made visible. Every printing command sends its
/// output through here (`emit`, error messages).
///
/// What is shown, and how:
///
/// | characters | shown as |
/// |---|---|
/// | C0 controls U+0000–U+001F (except newline and tab) | their control picture: `␛` for ESC, `␇` for BEL, `␍` for CR, `␀` for NUL… (U+2400 + the code) |
/// | DEL U+007F | `␡` |
/// | C1 controls U+0080–U+009F | `<U+009B>` |
/// | bidi embeddings, overrides and isolates U+202A–U+202E, U+2066–U+2069 | `<U+202E>` |
///
/// Newline, tab and CR LF line ends (a CSV's) are kept, unless `keepingLines`
/// is false (a name printed on one line): then they are shown as `␊`, `␉`
/// and `␍` too. A CR on its own (which would let a line overwrite itself) is
/// shown. A text with none of these characters is returned as it is.
public enum TerminalSafe {
  /// The text with every character that could drive a terminal made visible.
  public static func text(_ s: String, keepingLines: Bool = true) -> String {
    guard needsWork(s, keepingLines: keepingLines) else { return s }
    var out = String.UnicodeScalarView()
    let scalars = s.unicodeScalars
    var i = scalars.startIndex
    while i < scalars.endIndex {
      let scalar = scalars[i]
      let next = scalars.index(after: i)
      if keepingLines && scalar == "\r" && next < scalars.endIndex && scalars[next] == "\n" {
        out.append(scalar)
      } else if let shown = shown(scalar, keepingLines: keepingLines) {
        out.append(contentsOf: shown.unicodeScalars)
      } else {
        out.append(scalar)
      }
      i = next
    }
    return String(out)
  }

  /// JSON text (as `JSONEncoder` writes it) with C1 controls, DEL and bidi
  /// controls escaped as `\u009b`: JSONEncoder escapes C0 but leaves these
  /// raw. They can only occur inside strings, where `\uXXXX` means the same
  /// character, so the JSON keeps its meaning.
  public static func json(_ text: String) -> String {
    guard needsWork(text, keepingLines: true) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if isHidden(scalar) && scalar.value >= 0x7F {
        out.append(contentsOf: "\\u\(hex4(scalar.value))".unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// Whether a scalar is one a terminal would act on rather than show
  /// (newline and tab excluded).
  public static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    switch v {
    case 0x0A, 0x09: return false
    case 0x00...0x1F, 0x7F, 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }

  /// How a hidden scalar is shown, or nil when it is shown as itself.
  static func shown(_ scalar: Unicode.Scalar, keepingLines: Bool) -> String? {
    let v = scalar.value
    if v == 0x0A || v == 0x09 {
      return keepingLines ? nil : String(Unicode.Scalar(0x2400 + v)!)
    }
    guard isHidden(scalar) else { return nil }
    if v < 0x20 { return String(Unicode.Scalar(0x2400 + v)!) }
    if v == 0x7F { return "\u{2421}" }
    return "<U+\(hex4(v).uppercased())>"
  }

  static func hex4(_ v: UInt32) -> String {
    let s = String(v, radix: 16)
    return String(repeating: "0", count: max(0, 4 - s.count)) + s
  }

  /// A quick look at the bytes: most text has nothing to show.
  static func needsWork(_ s: String, keepingLines: Bool) -> Bool {
    var previous: UInt8 = 0
    var beforePrevious: UInt8 = 0
    for b in s.utf8 {
      // A CR is fine only just before a LF.
      if previous == 0x0D && (b != 0x0A || !keepingLines) { return true }
      switch b {
      case 0x0A, 0x09: if !keepingLines { return true }
      case 0x0D: break
      case 0x00...0x1F, 0x7F: return true
      // C1: U+0080–U+009F is C2 80–C2 9F.
      case 0x80...0x9F where previous == 0xC2: return true
      // U+202A–U+202E is E2 80 AA–AE; U+2066–U+2069 is E2 81 A6–A9.
      case 0xAA...0xAE where previous == 0x80 && beforePrevious == 0xE2: return true
      case 0xA6...0xA9 where previous == 0x81 && beforePrevious == 0xE2: return true
      default: break
      }
      beforePrevious = previous
      previous = b
    }
    return previous == 0x0D
  }
}
