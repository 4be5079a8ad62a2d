import CaseroomEngine
import Foundation
import Testing

@testable import CaseroomApp

/// What round 9's wrong guesses needed of the import review: `/` to find a line, `X` to leave out every line
/// of a running head's shape, `|` to make a PDF table's line a row, and items that lose what they were copied
/// with (a bullet, a task box, `思考：`, an OCR's `1 . `), a title's label cut off with `s`.
@Suite("Import review: find, lines alike, table rows, items as copied")
struct ImportReviewFindTests: ImportReviewDriving {
  /// An OCR'd scan's shape (round 9's `ocr-scan-pages-haimian`): a running head with the page's number on
  /// every page, numbers with spaces in them, a question after each part.
  static let scan = """
    第五章　城市公共安全　85
    W市的海绵城市建设
    一 、 城市看海
    W市地处长江中游，夏季多暴雨。
    思考：W市为什么会出现“城市看海”？
    第五章　城市公共安全　86
    二 、 钱从哪里来
    海绵城市建设投资巨大。
    思考：按效付费会给地方财政带来哪些风险？
    第五章　城市公共安全　87
    课堂安排
    时间          内容
    14:00—14:15          教师导入
    14:15—14:55          分组讨论
    """

  /// A plan copied as text whose columns are not lined up from row to row (a typist's spaces): the rules take
  /// no table from it, so its lines stay lines of text for `|` to make rows of.
  static let unevenPlan = """
    W市的海绵城市建设
    二 、 钱从哪里来
    海绵城市建设投资巨大。
    课堂安排
    时间          内容
    14:00—14:15     教师导入
    14:15—14:55          分组讨论
    """

  /// An excerpt of a scan: its part numbered 二 with no 一 before it, and a question under no part of questions,
  /// which the rules leave as text (`二、 钱从哪里来`, `思考：…？`) for `h` and `q` to make a heading and a question of.
  static let excerpt = """
    W市的海绵城市建设
    W市地处长江中游，夏季多暴雨。
    二 、 钱从哪里来
    海绵城市建设投资巨大。
    思考：按效付费会给地方财政带来哪些风险？
    """

  func status(_ s: ImportReview) -> String { s.render().line(s.rows - 1) }

  func find(_ s: inout ImportReview, _ words: String) {
    press(&s, [.char("/")] + words.map { .char($0) } + [.enter])
  }

  @Test("a paste over the limit into / adds nothing and says so; the search goes on")
  func refusedPaste() {
    var s = screen("社区长者食堂：谁来买单？\n一、吃饭成了难题\n老人吃饭难。\n")
    press(&s, [.char("/"), .pasteRefused])
    #expect(status(s).contains("粘贴") || status(s).contains("paste"), "\(status(s))")
    press(&s, [.char("老"), .enter])
    #expect(s.handout.lines[s.cursor].shown.contains("老人"))
  }

  @Test("/ words Enter goes to the next line containing them, n of m; wraps from the top; / Enter again; not found")
  func search() {
    var s = screen(Self.scan)
    press(&s, [.char("/")])
    #expect(status(s).contains("查找") || status(s).contains("find"))
    press(&s, "思考".map { .char($0) })
    #expect(status(s).contains("思考"))  // what is typed shows on the status row
    press(&s, [.enter])
    let first = s.handout.lines.firstIndex { $0.shown.contains("思考") }!
    #expect(s.cursor == first)
    #expect(status(s).contains("1/2") || status(s).contains("1 of 2"))
    // `/` Enter alone: the same words, the next line.
    press(&s, [.char("/"), .enter])
    let second = s.handout.lines.lastIndex { $0.shown.contains("思考") }!
    #expect(s.cursor == second)
    #expect(status(s).contains("2/2") || status(s).contains("2 of 2"))
    // Past the last, from the top again, and the status says so.
    press(&s, [.char("/"), .enter])
    #expect(s.cursor == first)
    #expect(status(s).contains("1/2") && (status(s).contains("从头") || status(s).contains("top")))
    // Not found: the cursor stays, the status says so.
    find(&s, "夜市")
    #expect(s.cursor == first)
    #expect(status(s).contains("没有找到") || status(s).contains("not found"))
    // Backspace takes a character off; Esc gives up and moves nothing; typed letters are no tag keys.
    let tags = s.handout
    press(&s, [.char("/"), .char("q"), .char("x"), .backspace, .backspace] + "城市看海".map { .char($0) } + [.enter])
    #expect(s.handout.lines[s.cursor].shown.contains("城市看海"))
    #expect(s.handout == tags)
    let at = s.cursor
    press(&s, [.char("/"), .char("t"), .escape])
    #expect(s.cursor == at && s.handout == tags)
    #expect(!status(s).contains("查找"))
    // Backspace past the first character gives up too; the next key is a key again.
    press(&s, [.char("/"), .char("g"), .backspace, .backspace, .char("G")])
    #expect(s.cursor == s.handout.lines.count - 1)
  }

  @Test("the words found are marked on the current line only; N goes up to the one before, wrapping to the bottom")
  func searchMarkedAndBack() {
    var s = screen(Self.scan)
    // N before any search: says how to search, moves nothing.
    press(&s, [.char("N")])
    #expect(s.cursor == 0 && status(s).contains("/"), "\(status(s))")
    find(&s, "思考")
    let first = s.cursor
    let second = s.handout.lines.lastIndex { $0.shown.contains("思考") }!
    #expect(first < second)
    // The match on the current line drawn as the reader's current hit; the rest of the line, and other lines, not.
    let f = s.render()
    let row = 1 + first - s.top
    let line = f.line(row)
    let col = TerminalWidth.columns(String(line.prefix(upTo: line.range(of: "思考")!.lowerBound)))
    #expect(f.style(row: row, col: col) == .currentHit && f.style(row: row, col: col + 2) == .currentHit)
    #expect(f.style(row: row, col: col + 4) != .currentHit && f.style(row: row, col: col - 1) != .currentHit)
    let other = 1 + second - s.top
    #expect((0..<s.cols).allSatisfy { f.style(row: other, col: $0) != .currentHit })
    // N from the first: up past the top, from the bottom again (the second), said so; N again: the first.
    press(&s, [.char("N")])
    #expect(s.cursor == second)
    #expect(status(s).contains("2/2") && (status(s).contains("末尾") || status(s).contains("bottom")), "\(status(s))")
    press(&s, [.char("N")])
    #expect(s.cursor == first && (status(s).contains("1/2") || status(s).contains("1 of 2")))
    // While a search is typed, N is a letter of it.
    press(&s, [.char("/"), .char("N")])
    #expect(s.cursor == first && status(s).contains("N"))
    press(&s, [.escape])
  }

  @Test("/ Enter with nothing searched yet says how to search; Latin case and full-width forms are folded")
  func searchFirstTime() {
    var s = screen(Self.scan)
    press(&s, [.char("/"), .enter])
    #expect(status(s).contains("/"))
    // A 20 MB paste: the words up to its first line break, at most 200 characters.
    press(&s, [.char("/"), .paste("城市看海\n" + String(repeating: "长", count: 20_000_000)), .enter])
    #expect(s.handout.lines[s.cursor].shown.contains("城市看海"))
    press(&s, [.char("/"), .paste(String(repeating: "长", count: 1_000_000))])
    #expect(s.searchText?.count == ImportReview.longestSearch)
    press(&s, [.escape])
    find(&s, "w市的")
    #expect(s.handout.lines[s.cursor].shown == "W市的海绵城市建设")
    // Full-width and half-width forms alike, as the reader's search: `14：00` finds `14:00`.
    find(&s, "14：00")
    #expect(s.handout.lines[s.cursor].shown.hasPrefix("14:00"))
  }

  @Test("X tags every line of the same shape (digits, spaces aside) furniture in one undoable change, says how many")
  func leaveOutAlike() throws {
    var s = screen(Self.scan)
    let heads = s.handout.lines.indices.filter { s.handout.lines[$0].shown.hasPrefix("第五章") }
    #expect(heads.count == 3)
    press(&s, [.char("g"), .char("X")])
    #expect(heads.allSatisfy { s.handout.lines[$0].tag == .furniture })
    #expect(status(s).contains("3"))
    #expect(s.built.title == "W市的海绵城市建设" || s.handout.lines[1].tag != .title)
    let written = try CaseFormat.parse(CaseFormat.write(s.built))
    #expect(!CaseFormat.write(written).contains("第五章"))
    // One change: one u brings all three back.
    press(&s, [.char("u")])
    #expect(heads.allSatisfy { s.handout.lines[$0].tag != .furniture })
    // Again on a line with none left alike: said, nothing changed.
    press(&s, [.char("g"), .char("X"), .char("g"), .char("X")])
    #expect(status(s).contains("已") || status(s).contains("already"))
    #expect(TaggedHandout.shape("第五章　城市公共安全　85") == TaggedHandout.shape("第五章 城市公共安全  87"))
    #expect(TaggedHandout.shape("1/2") == TaggedHandout.shape("2/2"))
    #expect(TaggedHandout.shape("第五章") != TaggedHandout.shape("第六章"))
  }

  @Test("| makes a line a table row at its wide spaces, a step that writes as a row; | again makes it text")
  func rows() throws {
    var s = screen(Self.unevenPlan)
    #expect(s.handout.lines.allSatisfy { $0.row == nil })  // the importer took no table from it
    find(&s, "时间")
    press(&s, [.char("x"), .char("2"), .char("|")])
    #expect(status(s).contains("2"))
    var c = try CaseFormat.parse(CaseFormat.write(s.built))
    let rows = c.sections.flatMap(\.paragraphs).compactMap(\.row)
    #expect(rows.map(\.cells) == [["14:00—14:15", "教师导入"], ["14:15—14:55", "分组讨论"]])
    press(&s, [.char("k"), .char("|")])
    c = try CaseFormat.parse(CaseFormat.write(s.built))
    #expect(c.sections.flatMap(\.paragraphs).compactMap(\.row).count == 1)
    // A line with no wide space has no cells: said, nothing changed.
    find(&s, "投资巨大")
    let before = s.handout
    press(&s, [.char("|")])
    #expect(s.handout == before)
    #expect(status(s).contains("空格") || status(s).contains("cells"))
  }

  @Test(
    "H makes the first row of a table its header: tagged 表头, written as the format's header row, no step; H again undoes it"
  )
  func headerRow() throws {
    var s = screen(Self.unevenPlan)
    // The header line was taken for a heading: H makes it the table's header row at once; 2| the rows under it.
    find(&s, "时间")
    press(&s, [.char("H"), .char("j"), .char("2"), .char("|")])
    find(&s, "时间")
    let head = try #require(s.handout.lines.firstIndex { $0.row?.cells == ["时间", "内容"] })
    #expect(s.handout.lines[head].row?.isHeader == true)
    #expect(status(s).contains("1"), "\(status(s))")
    // What the teacher sees: the tag column says it heads the table.
    #expect(s.handout.lines[head].tag == .body)
    let row = s.render().line(1 + head - s.top)
    #expect(row.hasPrefix(Say.importHeaderTag) && row.contains("时间 | 内容"), "\(row)")
    let text = CaseFormat.write(s.built)
    #expect(text.contains("| 时间 | 内容 |\n|---|---|\n| 14:00—14:15 | 教师导入 |"), "\(text)")
    var c = try CaseFormat.parse(text)
    let rows = c.sections.flatMap(\.paragraphs).compactMap(\.row)
    #expect(rows.map(\.isHeader) == [true, false, false])
    #expect(c.arrangement.count == 2)  // the header is no step
    // H again: a plain row; on a line that is no row: said, nothing changed.
    press(&s, [.char("H")])
    c = try CaseFormat.parse(CaseFormat.write(s.built))
    #expect(c.sections.flatMap(\.paragraphs).compactMap(\.row).allSatisfy { !$0.isHeader })
    find(&s, "投资巨大")
    let before = s.handout
    press(&s, [.char("H")])
    #expect(s.handout == before)
    #expect(status(s).contains(Say.importNotRow), "\(status(s))")
  }

  @Test("4p over four plan steps taken for headings tags them all; over a part, a count tags its heading too")
  func stepsTakenForHeadings() throws {
    var s = screen("停车\n一、停车难\n小区车位不够。\n课堂流程\n1．阅读案例（10分钟）\n2．准备发言（15分钟）\n")
    // Made so here, whatever the importer guesses: the two steps as headings.
    find(&s, "阅读案例")
    press(&s, [.char("2"), .char("h")])
    #expect(s.handout.lines.filter { $0.tag == .heading }.count >= 3)
    find(&s, "阅读案例")
    press(&s, [.char("2"), .char("p")])
    let c = try CaseFormat.parse(CaseFormat.write(s.built))
    #expect(c.arrangement == ["阅读案例（10分钟）", "准备发言（15分钟）"], "\(c.sections.map(\.title))")
    #expect(status(s).contains("2"), "\(status(s))")
    // A count tags every line it covers, whatever it was (round 8): a heading among text lines too.
    find(&s, "一、停车难")
    press(&s, [.char("2"), .char("q")])
    #expect(!s.handout.lines.contains { $0.tag == .heading && $0.text == "停车难" })
    #expect(try CaseFormat.parse(CaseFormat.write(s.built)).questions.contains("小区车位不够。"))
  }

  @Test("h on a slide's bulleted line (■ 回收箱进小区, - 讨论题) makes a heading without its bullet")
  func bulletedHeading() throws {
    var s = screen("旧衣回收\n■ 回收箱进小区\n● 2019年起出现了回收箱。\n■ 讨论题\n● 是否误导了居民？\n")
    for name in ["回收箱进小区", "讨论题"] {
      find(&s, name)
      if s.handout.lines[s.cursor].tag != .heading { press(&s, [.char("h")]) }
    }
    let c = try CaseFormat.parse(CaseFormat.write(s.built))
    #expect(c.sections.map(\.title).contains("回收箱进小区"), "\(c.sections.map(\.title))")
    #expect(c.sections.contains { $0.title == "讨论题" && $0.role == .questions }, "\(c.sections.map(\.title))")
  }

  @Test("a line made an item loses its bullet, task box, 思考： and an OCR's spaces in its number; a heading too")
  func itemsAsCopied() throws {
    var s = screen(Self.excerpt)
    #expect(s.handout.lines.allSatisfy { $0.tag != .heading || $0.number.isEmpty })  // taken as text
    #expect(s.handout.lines.allSatisfy { $0.tag != .question })
    find(&s, "钱从哪里来")
    press(&s, [.char("h")])
    find(&s, "思考：按效")
    press(&s, [.char("q")])
    let c = try CaseFormat.parse(CaseFormat.write(s.built))
    #expect(c.sections.contains { $0.title == "钱从哪里来" && $0.number == "二、" })
    #expect(c.questions == ["按效付费会给地方财政带来哪些风险？"])
  }

  @Test("s cuts a title's label at its full-width space; x and t make the rest the title")
  func titleLabel() {
    // A label the rules do not know (阅读材料丙), so the title keeps it.
    var s = screen("阅读材料丙　物业费之争：K小区业主委员会的成立\n一、矛盾的起点\nK小区建成于2008年。\n")
    #expect(s.built.title.hasPrefix("阅读材料丙"))
    press(&s, [.char("g"), .char("s"), .char("x"), .char("t")])
    #expect(s.built.title == "物业费之争：K小区业主委员会的成立")
    // A Word cell's paragraphs joined with a space: 3s makes them three steps.
    var p = screen("题目\n课堂安排\n1．案例阅读（15分钟） 分组讨论（40分钟） 汇报点评（35分钟）\n")
    go(&p, to: "1．案例阅读")
    press(&p, [.char("3"), .char("s")])
    #expect(p.built.arrangement == ["案例阅读（15分钟）", "分组讨论（40分钟）", "汇报点评（35分钟）"])
  }

  @Test("v on a question takes the run over a running head inside it; 3q over furniture keeps it out")
  func runsOverFurniture() {
    var s = screen(Self.scan)
    press(&s, [.char("g"), .char("X")])
    find(&s, "思考：W市")
    press(&s, [.char("3"), .char("q")])
    let head = s.handout.lines.firstIndex { $0.shown.hasSuffix("86") }!
    #expect(s.handout.lines[head].tag == .furniture)
  }

  @Test("questions written after each part go before the part of questions after them, in reading order, numbered")
  func straysInReadingOrder() throws {
    var s = screen(
      """
      夜市回来了
      一、夜市重开
      T市决定重开夜市。
      T市为什么重开夜市？
      二、管与放
      城管部门给摊位编号。
      收取管理费合理吗？
      综合讨论
      1. 你怎样评价这种做法？
      2. 下一步怎样做？
      """)
    // Questions with no label after each part: the rules cannot tell them from the part's text.
    #expect(s.built.questions == ["你怎样评价这种做法？", "下一步怎样做？"])
    find(&s, "T市为什么")
    press(&s, [.char("q")])
    find(&s, "收取管理费")
    press(&s, [.char("q")])
    find(&s, "综合讨论")
    press(&s, [.char("h"), .char("k"), .char("r"), .char("q")])  // (h: a heading, whatever the importer took it for)
    let c = try CaseFormat.parse(CaseFormat.write(s.built))
    #expect(c.questions == ["T市为什么重开夜市？", "收取管理费合理吗？", "你怎样评价这种做法？", "下一步怎样做？"])
    let part = try #require(c.sections.first { $0.role == .questions })
    #expect(part.paragraphs.map(\.label) == ["1．", "2．", "3．", "4．"])
    // The screen shows what w writes: the part's own items numbered again, 3． and 4．, not the 1. 2. copied.
    let own = try #require(s.handout.lines.firstIndex { $0.text == "你怎样评价这种做法？" })
    #expect(s.shown(own) == "3．你怎样评价这种做法？")
    find(&s, "你怎样")
    let screen = (0..<s.rows).map { s.render().line($0) }
    #expect(screen.contains { $0.contains("3．你怎样评价这种做法？") }, "\(screen)")
    #expect(!screen.contains { $0.contains("1. 你怎样") }, "\(screen)")
  }

  @Test("t away from the title makes the line THE title (the old one left out, or a heading), never its subtitle")
  func titleReplaced() {
    var s = screen("公共管理案例研讨课第六讲材料\n发布人：刘老师\n社区长者食堂：谁来买单？\n一、吃饭成了难题\n老人吃饭难。\n")
    // The course's line taken for the title (made so here, whatever the importer guessed).
    press(&s, [.char("g"), .char("t")])
    go(&s, to: "社区长者食堂")
    press(&s, [.char("t")])
    #expect(s.built.title == "社区长者食堂：谁来买单？")
    #expect(s.built.subtitle == nil)
    #expect(status(s).contains("社区长者食堂") && status(s).contains("公共管理案例研讨课"), "\(status(s))")
    #expect(s.handout.lines[0].tag == .furniture)
    // The tester's web page: the nav bar the title, the chrome between left out, then t on the real title.
    var w = screen("首页 | 课程中心 | 登录\n当前位置：首页 > 案例库\n分享到： 微信 微博\n乡镇污水处理厂为何“晒太阳”\n一、案例背景\n正文。\n")
    press(&w, [.char("g"), .char("t"), .char("j"), .char("x")])
    go(&w, to: "乡镇")
    press(&w, [.char("t")])
    #expect(w.built.title == "乡镇污水处理厂为何“晒太阳”")
    #expect(w.built.subtitle == nil)
    #expect(w.handout.lines[0].tag == .furniture)
    // A part's name taken for the title becomes a heading again, not furniture.
    var o = screen("学习目标\n1．理解难点。\n老旧小区加装电梯\n一、爬不动的六楼\n正文。\n")
    press(&o, [.char("g"), .char("t")])
    go(&o, to: "老旧小区")
    press(&o, [.char("t")])
    #expect(o.built.title == "老旧小区加装电梯")
    #expect(o.handout.lines[0].tag == .heading)
    #expect(status(o).contains("学习目标") && status(o).contains("老旧小区加装电梯"))
    var b = screen("出海之路：J公司的东南亚扩张\nGoing Global\n一、背景\n正文。\n")
    press(&b, [.char("g"), .char("j"), .char("t")])
    #expect(b.built.subtitle == "Going Global")
    // Right under the title: its second line, the subtitle, shown so in the tag column and the checklist.
    #expect(status(b).contains("Going Global") || status(b).contains("出海之路"))
    let frame = b.render()
    #expect((0..<24).contains { frame.line($0).hasPrefix("副标题 Going Global") || frame.line($0).hasPrefix("sub") })
    #expect(
      (0..<24).contains {
        frame.line($0).contains("副标题：Going Global") || frame.line($0).contains("subtitle: Going Global")
      })
  }
}
