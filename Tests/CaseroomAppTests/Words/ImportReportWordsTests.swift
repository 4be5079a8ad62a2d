import CaseroomEngine
import Testing

@testable import CaseroomApp

/// The import report's checklist (`caseroom import`) in the catalogue's words, Chinese and English.
@Suite("Import report words")
struct ImportReportWordsTests {
  /// A PDF copy with a running footer on two pages, an unsure title and no questions.
  static let result = CaseImporter.run(
    [
      "网约车新政", "一、出台细则", "2016年以后，网约车在K市迅速普及。", "案例库 · 内部使用", "", "\u{0C}二、转向平台", "交通运输部门随后调整了执法方式。",
      "案例库 · 内部使用",
    ].joined(separator: "\n"), id: "t", format: .pdf)

  @Test("the checklist's headings and each line's place, in the language of the run")
  func bothLanguages() {
    let r = Self.result
    #expect(r.dropped.count == 2)
    let zh = Language.$current.withValue(.zh) { Say.importChecklist(r) }
    let en = Language.$current.withValue(.en) { Say.importChecklist(r) }
    #expect(zh.contains("没有找到：\n"), "\(zh)")
    #expect(zh.contains("猜的——值得看一眼：\n"))
    #expect(zh.contains("略去（2 行：页面装饰和标签；属于案例的请手工放回）：\n"))
    #expect(zh.contains("  第 4 行：案例库 · 内部使用  — "))
    #expect(!zh.contains("Not found") && !zh.contains("line 4"))
    #expect(en.contains("Not found:\n"), "\(en)")
    #expect(en.contains("Guessed — worth a glance:\n"))
    #expect(
      en.contains("Left out (2 lines: page furniture and labels; put back by hand any that belong to the case):\n"))
    #expect(en.contains("  line 4: 案例库 · 内部使用  — "))
    // Every note is listed once under its kind, in both.
    for n in r.report {
      #expect(zh.components(separatedBy: "[ ] ").count == r.report.count + 1)
      let words = Language.$current.withValue(.en) { Say.importNote(n.what) }
      #expect(en.contains("[ ] " + (n.line.map { "line \($0): " } ?? "") + words))
    }
  }

  @Test("unsure notes come first, and one line left out is said as one")
  func orderAndOne() {
    let r = CaseImporter.run("案例\n二、案例内容（一）金宏工程金宏是一个系统。（二）某某某某某某某某某某某某某某某某，很长。", id: "t")
    let en = Language.$current.withValue(.en) { Say.importChecklist(r) }
    let unsure = en.range(of: "Unsure — check these first:")
    let guessed = en.range(of: "Guessed — worth a glance:")
    #expect(unsure != nil && guessed != nil && unsure!.lowerBound < guessed!.lowerBound, "\(en)")
    let zh = Language.$current.withValue(.zh) { Say.importChecklist(r) }
    #expect(zh.hasPrefix("没有把握——请先检查这些：\n"), "\(zh)")
    #expect(
      Language.$current.withValue(.en) { Say.importLeftOut(1) }.hasPrefix(
        "Left out (1 line: page furniture or a label;"))
  }

  /// One of each note, each variant of its words: an `ImportNote.What` case added without words
  /// here fails to compile in `name(_:)`, and `every` must name it.
  static let every: [ImportNote.What] = [
    .roleFromName(heading: "A", role: .objectives), .numberingJumps(from: "1", to: "3"), .namesCaseText(title: "A"),
    .noTitle(number: "1"), .titleEnd(heading: "A", reason: .lineAfter, bodyStart: "B"),
    .bracketHeadings(count: 2, place: .parts),
    .plainHeadings(count: 2, place: .level(2, under: "A"), names: ["A", "B"], more: false, known: true),
    .plainHeadings(count: 7, place: .level(3, under: nil), names: ["A"], more: true, known: false),
    .styledHeadings(place: .parts, names: ["A"], more: true), .numberedHeadings(span: "1…3", place: .parts),
    .topLevelRole(title: "A", role: .questions), .roleInPart(title: "A", role: .questions, part: "B"),
    .topLevelPart(title: "A", part: .front),
    .topLevelPart(title: "A", part: .back), .topLevelPart(title: "A", part: .teachingNote),
    .numberedTable(heading: "A"), .leadIn(heading: "A", quote: nil), .leadIn(heading: "A", quote: "B"),
    .titleBeforeHeadings(quote: "A"), .noTitleLine, .subtitleBeforeHeadings(quote: "A"), .titleContinued(quote: "A"),
    .introKept, .noHeadings,
    .noRole(.objectives), .noRole(.questions), .titleAfterLabel(quote: "A", label: "B"),
    .titleFirstLine(quote: "A", afterFurniture: true), .titleFirstLine(quote: "A", afterFurniture: false),
    .subtitleDash(quote: "A"), .linesJoined(count: 3, wrap: 35), .linesJoined(count: 3, wrap: nil), .form(rows: 3),
    .table(rows: 3, tabs: true, header: true, why: .ruled), .table(rows: 3, tabs: false, header: false, why: .data),
  ]

  /// The case's name, so that every case is seen to be in `every`.
  static func name(_ what: ImportNote.What) -> String {
    switch what {
    case .roleFromName: "roleFromName"
    case .numberingJumps: "numberingJumps"
    case .namesCaseText: "namesCaseText"
    case .noTitle: "noTitle"
    case .titleEnd: "titleEnd"
    case .bracketHeadings: "bracketHeadings"
    case .plainHeadings: "plainHeadings"
    case .styledHeadings: "styledHeadings"
    case .numberedHeadings: "numberedHeadings"
    case .topLevelRole: "topLevelRole"
    case .roleInPart: "roleInPart"
    case .topLevelPart: "topLevelPart"
    case .numberedTable: "numberedTable"
    case .leadIn: "leadIn"
    case .titleBeforeHeadings: "titleBeforeHeadings"
    case .noTitleLine: "noTitleLine"
    case .subtitleBeforeHeadings: "subtitleBeforeHeadings"
    case .titleContinued: "titleContinued"
    case .introKept: "introKept"
    case .noHeadings: "noHeadings"
    case .noRole: "noRole"
    case .titleAfterLabel: "titleAfterLabel"
    case .titleFirstLine: "titleFirstLine"
    case .subtitleDash: "subtitleDash"
    case .linesJoined: "linesJoined"
    case .form: "form"
    case .table: "table"
    }
  }

  static func isHan(_ u: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(u.value) }

  /// Chinese words in zh, English words in en, and not the same text.
  static func worded(_ zh: String, _ en: String) -> String? {
    if !zh.unicodeScalars.contains(where: isHan) { return "no Chinese in zh: \(zh)" }
    if zh == en { return "the same in both: \(zh)" }
    if en.firstMatch(of: /[a-z]+ [a-z]+/) == nil { return "no English words in en: \(en)" }
    return nil
  }

  static func both(_ words: () -> String) -> (String, String) {
    (Language.$current.withValue(.zh, operation: words), Language.$current.withValue(.en, operation: words))
  }

  @Test("every note, every title reason, table header and line left out has its words in Chinese and in English")
  func everyNoteWorded() {
    #expect(Set(Self.every.map(Self.name)).count == 27)
    var problems: [String] = []
    var seen: Set<String> = []
    for what in Self.every {
      let (zh, en) = Self.both { Say.importNote(what) }
      if let p = Self.worded(zh, en) { problems.append(p) }
      if !seen.insert(zh).inserted { problems.append("said twice: \(zh)") }
    }
    let reasons: [TitleGuess.Reason] =
      [
        .inBrackets, .byStyle, .headingLine, .knownName, .nothingFollows, .itemsOnLine, .restOfLine, .lineAfter, .colon,
        .space, .runIn(count: 4, signs: TitleGuess.CutSign.allCases), .runInBlind(count: 8),
      ]
    for reason in reasons {
      let (zh, en) = Self.both { Say.importTitleReason(reason) }
      if let p = Self.worded(zh, en) { problems.append(p) }
    }
    for sign in TitleGuess.CutSign.allCases {
      let (zh, en) = Self.both { Say.importCutSign(sign) }
      if let p = Self.worded(zh, en) { problems.append(p) }
    }
    for why in ImportNote.TableHeader.allCases {
      let (zh, en) = Self.both { Say.importTableHeader(why) }
      if let p = Self.worded(zh, en) { problems.append(p) }
    }
    let dropped: [DroppedLine.Reason] = [
      .running(pages: 3, atEdge: true), .running(pages: 3, atEdge: false), .pageNumber, .bareNumber, .bareNumberLast,
      .titleLabel, .numberedTableHeader, .tableOfContents, .chrome(.address), .chrome(.breadcrumb), .chrome(.counters),
      .chrome(.properties),
    ]
    for reason in dropped {
      let (zh, en) = Self.both { Say.importDropped(reason) }
      if let p = Self.worded(zh, en) { problems.append(p) }
    }
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    // English as it was before the words moved to the catalogue.
    let en = Language.$current.withValue(.en) {
      Say.importNote(
        .titleEnd(heading: "（二）某某", reason: .runIn(count: 4, signs: [.usualEnding, .numberFollows]), bodyStart: "「B」"))
    }
    #expect(
      en
        == "（二）某某: the title runs into its body; cut after 4 characters (a usual title ending, a number follows); the body starts 「B」"
    )
    let zh = Language.$current.withValue(.zh) { Say.importNote(.noRole(.questions)) }
    #expect(zh == "没有找到思考题（questions）：请补上，或给一个标题加上 {role=questions}")
  }

  @Test("the outline over the checklist: items, the lead-in not counted and the size, in the language of the run")
  func outline() {
    let raw = "案例\n【教学目的】通过本案例的学习，使学员：（1）了解甲；（2）理解乙。\n【案例正文】\n正文。"
    let c = CaseImporter.run(raw, id: "t").result
    let (zh, en) = Self.both { Say.outlineTree(c) }
    #expect(en.contains("2 items + 1 ¶ not counted, 21 characters"), "\(en)")
    #expect(en.contains("通过本案例的学习，使学员：  (not an item)"), "\(en)")
    #expect(zh.contains("2 条 + 1 ¶ 不计，21 字"), "\(zh)")
    #expect(zh.contains("通过本案例的学习，使学员：  （不是条目）"), "\(zh)")
  }
}
