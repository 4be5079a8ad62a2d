import CWidth

/// Column widths exactly as ncurses will draw them.
///
/// ncurses places the cursor by summing glibc's `wcwidth` over the scalars it
/// is given (`max(0, wcwidth)` each). Measuring with the same function, in a
/// UTF-8 locale, keeps our layout and the cursor in step. Characters with no
/// width (controls, unassigned code points) are never sent raw: they are shown
/// as U+FFFD, one column. So are the bidi embeddings, overrides and isolates
/// (U+202A–U+202E, U+2066–U+2069), which glibc measures as 0 but which would
/// reorder the line on a terminal that honours them.
public enum TerminalWidth {
  /// The glyph shown in place of a control character.
  public static let replacement: Character = "\u{FFFD}"

  /// Whether a UTF-8 `LC_CTYPE` could be put in force (the environment's, or
  /// `C.UTF-8`). Without one, glibc measures every non-ASCII scalar as -1.
  public static let isUTF8Available: Bool = cr_ensure_utf8_ctype() != 0

  /// glibc `wcwidth` of a scalar: -1 (no width: control, unassigned), 0, 1 or 2.
  /// A BMP scalar's is remembered once asked for (`cr_wcwidth_bmp`).
  @inline(__always)
  public static func wcwidth(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v >= 0x20 && v < 0x7F { return 1 }
    if v < 0x10000 { return Int(cr_wcwidth_bmp(v)) }
    _ = isUTF8Available
    return Int(cr_wcwidth(v))
  }

  /// Whether a character is drawn as U+FFFD because some scalar in it has no
  /// width, or is a bidi control.
  @inline(__always)
  public static func needsReplacement(_ c: Character) -> Bool {
    for s in c.unicodeScalars where wcwidth(s) < 0 || isBidiControl(s) { return true }
    return false
  }

  /// U+202A–U+202E and U+2066–U+2069.
  @inline(__always)
  static func isBidiControl(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    return v >= 0x202A && (v <= 0x202E || (v >= 0x2066 && v <= 0x2069))
  }

  /// Columns a character takes on screen, as drawn by us (controls as U+FFFD).
  @inline(__always)
  public static func columns(_ c: Character) -> Int {
    let utf8 = c.utf8
    if utf8.count == 1 { return 1 }  // ASCII; a control is shown as U+FFFD, one column too
    var total = 0
    for s in c.unicodeScalars {
      let w = wcwidth(s)
      if w < 0 || isBidiControl(s) { return 1 }  // shown as U+FFFD
      total += w
    }
    return total
  }

  /// Columns a string takes on screen.
  public static func columns(_ s: some StringProtocol) -> Int {
    var total = 0
    for c in s { total += columns(c) }
    return total
  }

  /// Whether a string takes more than `width` columns: stops at the column past
  /// `width` (a long heading in a narrow pane is not measured to its end).
  public static func exceeds(_ s: some StringProtocol, _ width: Int) -> Bool {
    var total = 0
    for c in s {
      total += columns(c)
      if total > width { return true }
    }
    return false
  }

  /// The string as it may be sent to the terminal: every character that has
  /// no width (C0/C1 controls, DEL, unassigned) replaced by U+FFFD.
  public static func displayable(_ s: some StringProtocol) -> String {
    var clean = true
    for c in s where needsReplacement(c) {
      clean = false
      break
    }
    if clean { return String(s) }
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for c in s { out.append(needsReplacement(c) ? replacement : c) }
    return out
  }
}
