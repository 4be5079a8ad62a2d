/// What pasted text becomes before the editor inserts it.
///
/// A paste arrives exactly as the terminal sent it (`Key.paste`): Windows
/// line ends, escape sequences copied from another terminal, bells. The
/// editor keeps only text:
///
/// - CR LF, a lone CR, U+2028 and U+2029 become one LF (a CR LF paste never
///   doubles its line breaks);
/// - a tab becomes `tab` (the multi-line editor passes the indent its Tab
///   key inserts, two U+3000);
/// - every other C0 control (U+0000–U+001F), DEL (U+007F) and every C1
///   control (U+0080–U+009F, NEL included) is dropped and counted;
/// - U+FFFD stays: it is where the terminal's bytes were not valid UTF-8,
///   and the reader should see that something was there;
/// - in single-line mode each line break becomes a space, and line breaks at
///   the very end are dropped (a copied line usually ends with one).
public enum PasteCleaner {
  /// The text to insert, and how many control characters were dropped.
  public static func clean(_ s: String, tab: String, singleLine: Bool = false) -> (text: String, removed: Int) {
    if isClean(s, singleLine: singleLine) { return (s, 0) }
    // Built as UTF-8 bytes, one scalar at a time: linear in the paste's size
    // (appending sequences to a String's scalar view copied it each time).
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count)
    var removed = 0
    var afterCR = false
    // Single-line mode: breaks seen but not yet written (dropped at the end).
    var pendingBreaks = 0
    let tabBytes = Array(tab.utf8)
    func flushBreaks() {
      if pendingBreaks > 0 {
        out.append(contentsOf: repeatElement(0x20, count: pendingBreaks))
        pendingBreaks = 0
      }
    }
    func lineBreak() {
      if singleLine { pendingBreaks += 1 } else { out.append(0x0A) }
    }
    for u in s.unicodeScalars {
      let wasCR = afterCR
      afterCR = false
      switch u.value {
      case 0x0A:
        if !wasCR { lineBreak() }
      case 0x0D:
        lineBreak()
        afterCR = true
      case 0x2028, 0x2029:
        lineBreak()
      case 0x09:
        flushBreaks()
        out.append(contentsOf: tabBytes)
      case 0x00...0x1F, 0x7F...0x9F:
        removed += 1
      default:
        flushBreaks()
        UTF8.encode(u) { out.append($0) }
      }
    }
    return (String(decoding: out, as: UTF8.self), removed)
  }

  /// Whether nothing in `s` needs cleaning (looked for by bytes: a paste can be long).
  static func isClean(_ s: String, singleLine: Bool) -> Bool {
    var previous: UInt8 = 0
    var beforePrevious: UInt8 = 0
    for b in s.utf8 {
      if (b < 0x20 && (b != 0x0A || singleLine)) || b == 0x7F { return false }
      if previous == 0xC2 && b >= 0x80 && b <= 0x9F { return false }  // C1: C2 80 … C2 9F
      if beforePrevious == 0xE2 && previous == 0x80 && (b == 0xA8 || b == 0xA9) { return false }  // U+2028/9
      beforePrevious = previous
      previous = b
    }
    return true
  }
}
