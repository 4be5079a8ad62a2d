/// What a web page's or a platform's frame the import met, by the importer's one notion of it (`PageChrome`):
/// the report suggests `--review` on it.
extension ImportResult {
  /// Whether the import left out any line as chrome (an address, a breadcrumb, counters and buttons, a note's
  /// properties), or left out a line of chrome's shape over the title as the title's label.
  public var leftOutChrome: Bool {
    dropped.contains { d in
      if case .chrome = d.reason { return true }
      return d.reason == .titleLabel && Self.hasChromeShape(d.text)
    }
  }

  /// Whether the title has chrome's shape, a count among short labels and words (`发布时间：2026-10-08　浏览次数：126`),
  /// though it was kept: `PageChrome` leaves such a line out only beside a second count or a word (a title may
  /// hold one number), so a title of that shape is most likely a page's frame taken for it.
  public var titleShapedAsChrome: Bool { Self.hasChromeShape(result.title) }

  /// A count among short labels and words: `PageChrome`'s shape of a page's counters.
  static func hasChromeShape(_ text: String) -> Bool {
    let s = Array(text.unicodeScalars)
    return PageChrome.shape(s, 0..<s.count) == .counted
  }
}
