import CaseroomEngine

/// Text from a user, made safe to show anywhere: controls and escapes become U+FFFD.
func visible(_ s: String) -> String {
  var out = ""
  for c in s {
    if c == "\n" || c == "\t" {
      out.append(c)
    } else {
      out.append(TerminalWidth.needsReplacement(c) ? "\u{FFFD}" : c)
    }
  }
  return out
}
