import CaseroomEngine

// MARK: - The import report (`caseroom import`, issue 25)

extension Say {
  /// What `caseroom import` prints on standard error: the outline it found, then the checklist.
  /// Each line is cut at `reportWidth` columns (with `…`): a question 900,000 characters long is a line, not a flood.
  public static func importReport(_ r: ImportResult) -> String {
    let report = outlineTree(r.result) + "\n" + importChecklist(r)
    return report.split(separator: "\n", omittingEmptySubsequences: false)
      .map { Layout.clip(String($0), width: reportWidth) }.joined(separator: "\n")
  }

  /// The widest line of the import report, in columns.
  public static let reportWidth = 200

  /// The report as a checklist for the teacher: what to check in the `.case.md` (unsure first,
  /// then not found, then guessed), then the lines left out (page furniture, the title's label, a
  /// numbered table's header row), each with why.
  public static func importChecklist(_ r: ImportResult) -> String {
    var out = ""
    for kind in [ImportNote.Kind.unsure, .missing, .guess] {
      let notes = r.report.filter { $0.kind == kind }
      guard !notes.isEmpty else { continue }
      out += importNotesHeading(kind) + "\n"
      for n in notes { out += "  [ ] " + (n.line.map(importLine) ?? "") + importNote(n.what) + "\n" }
    }
    if !r.dropped.isEmpty {
      out += importLeftOut(r.dropped.count) + "\n"
      for d in r.dropped { out += "  " + importLine(d.line) + d.text + "  — " + importDropped(d.reason) + "\n" }
    }
    return out
  }

  /// The heading over the notes of one kind.
  static func importNotesHeading(_ kind: ImportNote.Kind) -> String {
    switch kind {
    case .unsure: say("没有把握——请先检查这些：", "Unsure — check these first:")
    case .missing: say("没有找到：", "Not found:")
    case .guess: say("猜的——值得看一眼：", "Guessed — worth a glance:")
    }
  }

  /// The heading over the lines left out.
  static func importLeftOut(_ count: Int) -> String {
    count == 1
      ? say(
        "略去（1 行：页面装饰或标签；属于案例的请手工放回）：",
        "Left out (1 line: page furniture or a label; put it back by hand if it belongs to the case):")
      : say(
        "略去（\(count) 行：页面装饰和标签；属于案例的请手工放回）：",
        "Left out (\(count) lines: page furniture and labels; put back by hand any that belong to the case):")
  }

  /// Where a note or a line left out is in the hand-out.
  static func importLine(_ line: Int) -> String { say("第 \(line) 行：", "line \(line): ") }

  // MARK: - Each note, worded

  /// One note of the checklist: what the importer guessed, was unsure of or did not find.
  static func importNote(_ what: ImportNote.What) -> String {
    switch what {
    case .roleFromName(let heading, let r):
      let role = importRole(r)
      return say("\(heading)：按名称读作\(role)", "\(heading): read as the \(role) from its name")
    case .numberingJumps(let from, let to):
      return say("编号从 \(from) 跳到 \(to)", "numbering jumps from \(from) to \(to)")
    case .namesCaseText(let title):
      return say(
        "\(title)：是案例正文的名称；其后同类的标题都归在它下面",
        "\(title): names the case's text; the headings of its kind after it are under it")
    case .noTitle(let number):
      let untitled = CaseImporter.untitledHeading
      return say(
        "\(number)\(untitled)：编号后没有找到标题；请手工补上",
        "\(number)\(untitled): no title found after the number; give it one by hand")
    case .titleEnd(let heading, let reason, let body):
      let why = importTitleReason(reason)
      return say("\(heading)：\(why)；正文从 \(body) 开始", "\(heading): \(why); the body starts \(body)")
    case .bracketHeadings(let count, let p):
      let place = importPlace(p)
      let brackets = "【】"
      return say("\(count) 个 \(brackets) 标题是\(place)", "\(count) headings in \(brackets) are \(place)")
    case .plainHeadings(let count, let p, let names, let more, let known):
      let place = importPlace(p)
      let list = names.joined(separator: "、") + (more ? "…" : "")
      let reason =
        known
        ? say("都是案例各部分的常用名称", "known names of the parts of a case")
        : say("夹在段落之间、没有句末标点的短行", "short lines without sentence punctuation, standing between paragraphs")
      return say(
        "\(count) 个无编号的标题是\(place)（\(list)）：\(reason)",
        "\(count) unnumbered headings are \(place) (\(list)): \(reason)")
    case .styledHeadings(let p, let names, let more):
      let place = importPlace(p)
      let list = names.joined(separator: "、") + (more ? "…" : "")
      return say(
        "按格式认出的标题（Markdown 的 # 或 Word 的标题样式）是\(place)：\(list)",
        "headings by their form (Markdown # or Word's heading styles) are \(place): \(list)")
    case .numberedHeadings(let span, let p):
      let place = importPlace(p)
      return say("标题 \(span) 是\(place)：按顺序编号", "headings \(span) are \(place): numbered in sequence")
    case .topLevelRole(let title, let r):
      let role = importRole(r)
      return say(
        "\(title)：按名称读作\(role)，在顶层自成一节",
        "\(title): read as the \(role) from its name, a section of its own at the top level")
    // issue 25, eighth session: questions or a plan inside a part's text belong to that part.
    case .roleInPart(let title, let r, let part):
      let role = importRole(r)
      return say(
        "\(title)：按名称或内容读作\(role)，是「\(part)」之下的一节",
        "\(title): read as the \(role) from its name or lines, a section under the part \(part)")
    case .topLevelPart(let title, let part):
      let what =
        switch part {
        case .front: say("前置部分", "front matter")
        case .back: say("后置部分", "back matter")
        case .teachingNote: say("案例使用说明", "a teaching note")
        }
      return say("\(title)：\(what)，在顶层自成一节", "\(title): \(what), a section of its own at the top level")
    case .numberedTable(let heading):
      return say(
        "\(heading)：首列编号的表格，每行一个条目；表头行已略去",
        "\(heading): a table numbered in its first column, each row an item; its header row left out")
    case .leadIn(let heading, let quote):
      let what = quote ?? say("表格的表头行", "the table's header row")
      return say(
        "\(heading)：\(what)是列表的引语，不是其中的一条", "\(heading): \(what) is the list's introduction, not one of its items")
    case .titleBeforeHeadings(let quote):
      return say(
        "标题 \(quote)：第一个标题之前的文字（没有找到标题行）",
        "title \(quote): the text before the first heading (no title line found)")
    case .noTitleLine:
      let untitled = CaseImporter.untitled
      return say(
        "没有找到标题行：案例名为\(untitled)；请在文件头里改 'title'",
        "no title line found: the case is called \(untitled); edit 'title' in the header")
    case .titleContinued(let quote):
      return say(
        "标题的下一行 \(quote) 接在标题后面：标题的上一行停在不能结尾的字上",
        "title goes on with the next line \(quote): its line ends where a title cannot")
    case .subtitleBeforeHeadings(let quote):
      return say(
        "副标题 \(quote)：标题和第一个标题之间的短文字",
        "subtitle \(quote): short text between the title and the first heading")
    case .introKept:
      let intro = CaseImporter.introTitle
      return say(
        "第一个标题之前的文字保留为一节 \(intro) {#intro}",
        "the text before the first heading is kept as a section \(intro) {#intro}")
    case .noHeadings:
      return say(
        "没有找到标题：全文是一节；请手工加上 '#' 标题",
        "no headings found: the whole text is one section; add '#' headings by hand")
    case .noRole(let r):
      let name = importRoleName(r)
      let key = r.rawValue
      return say(
        "没有找到\(name)（\(key)）：请补上，或给一个标题加上 {role=\(key)}",
        "no \(key) (\(name)) found: add them, or mark a heading with {role=\(key)}")
    case .titleAfterLabel(let quote, let label):
      return say("标题 \(quote)：取自 \(label) 之后", "title \(quote): given after \(label)")
    case .titleFirstLine(let quote, let afterFurniture):
      return afterFurniture
        ? say(
          "标题 \(quote)：略去页面装饰后的第一行",
          "title \(quote): the first line after the page furniture was left out")
        : say("标题 \(quote)：第一行", "title \(quote): the first line")
    case .subtitleDash(let quote):
      return say(
        "副标题 \(quote)：标题之后以 —— 开头的一行", "subtitle \(quote): the line starting with —— after the title")
    case .linesJoined(let count, let wrap):
      let how =
        wrap.map { width in
          say("文字约每行 \(width) 个汉字折行", "the text is wrapped at about \(width) Chinese characters a line")
        } ?? say("长行没有在句末结束", "long lines that do not end a sentence")
      return say(
        "段落内的 \(count) 处硬换行已接上（\(how)）", "\(count) hard line breaks joined inside paragraphs (\(how))")
    case .form(let rows):
      return say(
        "\(rows) 行“标签—内容”（从 Word 复制的表单）：读作带标签的行",
        "\(rows) rows of label and content (a form copied from Word): read as labelled lines")
    case .table(let rows, let tabs, let header, let reason):
      let separator = tabs ? say("制表符", "tabs") : "|"
      let why = importTableHeader(reason)
      let first =
        header
        ? say("首行是表头（\(why)）", "first row is the header (\(why))") : say("没有表头行（\(why)）", "no header row (\(why))")
      return say(
        "\(rows) 行的表格，单元格以 \(separator) 分隔：保留为表格；\(first)",
        "a table of \(rows) rows, cells separated by \(separator): kept as a table; \(first)")
    }
  }

  /// Where a run of headings was placed.
  static func importPlace(_ place: ImportNote.Place) -> String {
    switch place {
    case .parts: say("案例的各个部分", "the parts of the case")
    case .level(let level, let under?): say("\(under) 之下的第 \(level) 级标题", "headings at level \(level) under \(under)")
    case .level(let level, nil): say("第 \(level) 级标题", "headings at level \(level)")
    }
  }

  /// A role, as the report names it: its usual Chinese heading, or its English key.
  static func importRole(_ role: Role) -> String { say(importRoleName(role), role.rawValue) }

  /// The usual Chinese heading of a role (教学目的, 思考题, …).
  static func importRoleName(_ role: Role) -> String {
    Role.names.first { $0.0 == role }?.1.first ?? role.rawValue
  }

  /// Why the importer took a heading's title to end where it does.
  static func importTitleReason(_ reason: TitleGuess.Reason) -> String {
    switch reason {
    case .inBrackets: say("在括号里", "in brackets")
    case .byStyle: say("按样式认出的标题", "a heading by its style")
    case .headingLine: say("一行标题", "a heading line")
    case .knownName: say("常见的标题名称", "a known heading name")
    case .nothingFollows: say("编号后面没有文字", "nothing follows the number")
    case .itemsOnLine: say("同一行后面是编号的条目", "numbered items follow on the heading's own line")
    case .restOfLine: say("标题所在行的其余部分", "the rest of the heading's line")
    case .lineAfter: say("编号的下一行", "the line after the number")
    case .colon: say("以冒号结束", "a colon ends it")
    case .space: say("以空格结束", "a space ends it")
    case .runIn(let count, let signs):
      say(
        "标题与正文连在一起；在第 \(count) 个字后切开（\(importCutSigns(signs))）",
        "the title runs into its body; cut after \(count) characters (\(importCutSigns(signs)))")
    case .runInBlind(let count):
      say(
        "标题与正文连在一起，看不出在哪里结束；在第 \(count) 个字后切开",
        "the title runs into its body and nothing shows where it ends; cut after \(count) characters")
    }
  }

  /// The signs that a title run into its body ends at a place, as a list.
  static func importCutSigns(_ signs: [TitleGuess.CutSign]) -> String {
    signs.map(importCutSign).joined(separator: say("、", ", "))
  }

  /// A sign that a title run into its body ends at a place.
  static func importCutSign(_ sign: TitleGuess.CutSign) -> String {
    switch sign {
    case .usualEnding: say("常见的标题结尾", "a usual title ending")
    case .titleRepeated: say("正文开头重复了标题", "the title is repeated at the start of the body")
    case .bodyStartsWithTitle: say("正文以标题的头几个字开始", "the body starts with the title's first words")
    case .quoteFollows: say("后面是引号或括号", "a quote or bracket follows")
    case .numberFollows: say("后面是数字", "a number follows")
    case .latinFollows: say("后面是拉丁字母的词", "a Latin word follows")
    case .openerFollows: say("后面是句子的开头", "a sentence opener follows")
    case .asLong: say("和其他标题一样长", "as long as the other titles")
    }
  }

  /// Why a table's first row is, or is not, its header.
  static func importTableHeader(_ why: ImportNote.TableHeader) -> String {
    switch why {
    case .ruled: say("首行之后是一条分隔线", "a rule line follows the first row")
    case .labels: say("首行的单元格是不带数字的短标签", "the first row's cells are short labels without numbers")
    case .data: say("首行看起来是数据", "the first row looks like data")
    }
  }

  /// Why a line was left out of the case.
  static func importDropped(_ reason: DroppedLine.Reason) -> String {
    switch reason {
    case .running(let pages, true):
      say("页眉或页脚（\(pages) 页的页边都有这一行）", "running header or footer (the same line at the edge of \(pages) pages)")
    case .running(let pages, false):
      say("页眉或页脚（\(pages) 页上都有这一行）", "running header or footer (the same line on \(pages) pages)")
    case .pageNumber: say("页码", "page number")
    case .bareNumber: say("页码（单独一行的数字）", "page number (a bare number on a line of its own)")
    case .bareNumberLast: say("页码（最后一行的单独数字）", "page number (a bare number on the last line)")
    case .titleLabel: say("案例标题的标签", "the label of the case's title")
    case .numberedTableHeader: say("编号表格的表头", "the header of a numbered table")
    case .tableOfContents: say("目录（正文的标题会再出现）", "table of contents (the body's headings come again)")
    case .byline: say("发布者和发布时间", "who posted it and when (an article's line with a date and a time)")
    case .headingNumber: say("标题的编号（单独一行，标题在下一行）", "a heading's number (on a line of its own, the name on the next)")
    // issue 25, sixth session: the message a hand-out came in.
    case .message:
      say("转发时附带的邮件信头或留言（分隔线以上）", "the message it was sent with (a mail's header and note, above a rule)")
    case .signature:
      say(
        "邮件或信件末尾的署名（-- 或此致、祝好之后）",
        "a mail's or a letter's closing at the end (after -- or a sign-off such as Best regards)")
    case .titleAgain: say("再次出现的案例标题（封面之后、正文之上）", "the case's title again (after a cover page, over the text)")
    // issue 25, eighth session: a web page's chrome, by its shape.
    case .chrome(.address): say("网页地址", "a web address (a printed page's)")
    case .chrome(.breadcrumb): say("网页的导航路径（首页 > …）", "where the page sits in its site (a breadcrumb: Home > …)")
    case .chrome(.properties): say("笔记的属性（文件开头 --- 之间的 tags、date 等）", "a note's properties (front matter: tags, date…)")
    case .chrome(.counters):
      say("网页的计数和按钮（阅读、点赞、评论、上一篇…）", "a page's counters and buttons (reads, likes, comments, next and previous)")
    }
  }
}
