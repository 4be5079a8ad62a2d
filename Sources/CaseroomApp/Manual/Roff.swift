import CaseroomEngine

/// Text for a manual page in roff (man(7) macros): escaped so that nothing
/// in it is taken for a request, and breakable after Chinese punctuation.
public enum Roff {
  /// Text escaped for roff: backslashes written as `\e`.
  public static func escaped(_ s: String) -> String { s.replacingEvery(#"\"#, with: #"\e"#) }

  /// A line of running text that cannot be taken for a request (`.` or `'`
  /// first). groff breaks lines only at spaces: after Chinese punctuation it
  /// is told it may (`\:`), so that a long Chinese description wraps.
  public static func text(_ s: String) -> String {
    #"\&"# + escaped(s).map { "，、；：。）！？".contains($0) ? String($0) + #"\:"# : String($0) }.joined()
  }

  /// A macro argument in double quotes.
  public static func quoted(_ s: String) -> String {
    "\"" + escaped(s).replacingEvery("\"", with: #"\(dq"#) + "\""
  }

  /// An option or command as typed, in bold, its hyphens real minus signs (`\-`, so copy and paste work).
  public static func bold(_ s: String) -> String {
    #"\fB"# + escaped(s).replacingEvery("-", with: #"\-"#) + #"\fR"#
  }

  /// A value to fill in, in italics.
  public static func italic(_ s: String) -> String {
    #"\fI"# + escaped(s).replacingEvery("-", with: #"\-"#) + #"\fR"#
  }

  /// Paragraphs of running text (a line break in the text starts a new paragraph, `.PP`).
  public static func paragraphs(_ s: String) -> [String] {
    var out: [String] = []
    for line in s.split(separator: "\n", omittingEmptySubsequences: true) {
      if !out.isEmpty { out.append(".PP") }
      out.append(text(String(line)))
    }
    return out
  }
}
