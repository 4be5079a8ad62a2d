/// A web page's frame copied with its text: navigation, share buttons, a footer. Plain `caseroom import`
/// suggests `--review` when it finds one, though nothing is missing.
public enum WebChrome {
  /// Words a web page's frame has and a hand-out's own sections never do.
  static let words = [
    "当前位置", "分享到", "相关文章", "上一篇", "下一篇", "版权所有", "浏览次数", "发布时间", "【打印】", "【关闭】", "字体：",
    "登录", "注册", "首页",
  ]
  /// This many guesses or more: worth a look line by line, whatever they are.
  static let manyGuesses = 6

  /// Whether an import is worth reviewing though nothing is missing: its title, a section or a paragraph
  /// carries a web page's frame (at its start, or in a short line), or it made many guesses.
  public static func worthReview(_ result: ImportResult) -> Bool {
    let c = result.result
    if result.report.count >= manyGuesses { return true }
    let texts = [c.title] + c.sections.map(\.title) + c.sections.flatMap { $0.paragraphs.map(\.text) }
    return texts.contains { t in words.contains { t.hasPrefix($0) || (t.count < 40 && t.contains($0)) } }
  }
}
