import CaseroomEngine

/// Text from a user, made safe to show anywhere: controls, escapes and bidi
/// overrides become U+FFFD.
func visible(_ s: String) -> String {
  var out = ""
  for c in s {
    if c == "\n" || c == "\t" {
      out.append(c)
    } else {
      let hidden = TerminalWidth.needsReplacement(c) || c.unicodeScalars.contains(where: TerminalSafe.isHidden)
      out.append(hidden ? "\u{FFFD}" : c)
    }
  }
  return out
}
