/// A line of the raw text left out of the case as page furniture: a page
/// number, a running header or footer repeated from page to page, a table of contents.
public struct DroppedLine: Sendable, Equatable {
  /// Why a line was left out; the app words it.
  public enum Reason: Sendable, Equatable {
    /// A running header or footer, the same line on `pages` pages (`atEdge`: at the page's edge).
    case running(pages: Int, atEdge: Bool)
    /// A page number (第3页, - 3 -, Page 3 of 9).
    case pageNumber
    /// A bare number on a line of its own.
    case bareNumber
    /// A bare number on the last line.
    case bareNumberLast
    /// The label of the case's title (案例名称：).
    case titleLabel
    /// The header of a table numbered in its first column.
    case numberedTableHeader
    /// A line of the table of contents (目录 and its entries, which the body's headings repeat).
    case tableOfContents
    /// The line an article was posted with, near the top: an account, a date and a time.
    case byline
    /// A heading's number on a line of its own (`01`), over the heading's name.
    case headingNumber
    /// The message a hand-out was sent with (an e-mail's or a chat's header and note), above a rule line.
    case message
    /// A letter's or an e-mail's closing at the end: a signature after `-- `, or 此致 / 敬礼, 祝好 and the name.
    case signature
    /// The case's title again on a line of its own further down (after a cover page, over the text).
    case titleAgain
    /// A web page's or a platform's chrome, told by its shape (issue 25, eighth session): an address, a
    /// breadcrumb, a line of counters and buttons (`阅读 126`, `点赞 12　收藏`, `上一篇：…　下一篇：…`).
    case chrome(Chrome)

    /// What kind of chrome a line is.
    public enum Chrome: Sendable, Equatable {
      /// A web address alone on its line (a browser prints the page's at its foot).
      case address
      /// Where a page sits in a site, its levels apart by `>` (`首页 > 我的课程 > …`).
      case breadcrumb
      /// Counters, buttons and links to the next page, at the very start or end of the text.
      case counters
      /// A note's properties (a Markdown file's front matter: `tags:`, `date:`; its `title:` is the title).
      case properties
    }
  }

  /// The line's number in the raw text (1-based).
  public var line: Int
  /// The line as it was (without its leading and trailing blanks).
  public var text: String
  /// Why it was left out.
  public var reason: Reason
}
