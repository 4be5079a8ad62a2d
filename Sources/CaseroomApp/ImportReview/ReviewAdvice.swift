import CaseroomEngine

/// How the command that `caseroom import` suggests is written, to be copied as it is.
public enum ReviewAdvice {
  /// This many guesses or more: worth a look line by line, whatever they are.
  static let manyGuesses = 6

  /// Whether an import is worth reviewing though nothing is missing: it left out a web page's or a platform's
  /// chrome, which a teacher should see was rightly left out, or took a line of chrome's shape for the title
  /// (both by `PageChrome`, the importer's one notion of a page's frame), or it made many guesses.
  public static func worthReview(_ result: ImportResult) -> Bool {
    result.report.count >= manyGuesses || result.leftOutChrome || result.titleShapedAsChrome
  }

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
