import CaseroomEngine

/// How the command that `caseroom import` suggests is written, to be copied as it is.
public enum ReviewAdvice {
  /// A word as a POSIX shell reads it: as it is when safe, else in single quotes.
  public static func shellWord(_ s: String) -> String {
    let safe =
      !s.isEmpty
      && s.unicodeScalars.allSatisfy { c in
        c.value > 0x7F || (c.properties.isAlphabetic && c.isASCII) || "0123456789-_./=:+,@%".unicodeScalars.contains(c)
      }
    return safe ? s : "'" + s.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
  }
}
