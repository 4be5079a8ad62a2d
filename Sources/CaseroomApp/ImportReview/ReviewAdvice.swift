import CaseroomEngine

/// When plain `caseroom import` suggests `--review` beyond what it was unsure of or did not find, and how
/// the command it suggests is written.
public enum ReviewAdvice {
  /// Words a web page's frame has and a hand-out's own sections never do: a page copied from a browser
  /// with its navigation, share buttons and footer.
  static let webChrome = [
    "当前位置", "分享到", "相关文章", "上一篇", "下一篇", "版权所有", "浏览次数", "发布时间", "【打印】", "【关闭】", "字体：",
    "登录", "注册", "首页",
  ]
  /// This many guesses or more: worth a look line by line, whatever they are.
  static let manyGuesses = 6

  /// Whether the import is worth reviewing though nothing is missing: the title or a section or a
  /// paragraph carries a web page's chrome, or it made many guesses.
  public static func worthReview(_ result: ImportResult) -> Bool {
    let c = result.result
    if result.report.count >= manyGuesses { return true }
    let texts = [c.title] + c.sections.map(\.title) + c.sections.flatMap { $0.paragraphs.map(\.text) }
    return texts.contains { t in webChrome.contains { t.hasPrefix($0) || (t.count < 40 && t.contains($0)) } }
  }

  /// A word as a POSIX shell reads it: as it is when safe, else in single quotes.
  public static func shellWord(_ s: String) -> String {
    let safe = !s.isEmpty && s.unicodeScalars.allSatisfy { c in
      c.value > 0x7F || (c.properties.isAlphabetic && c.isASCII) || "0123456789-_./=:+,@%".unicodeScalars.contains(c)
    }
    return safe ? s : "'" + s.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
  }
}
