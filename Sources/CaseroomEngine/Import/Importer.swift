import FoundationEssentials
import Glibc

/// Finds the structure of a raw case text: its title, its headings (of every
/// numbering system, nested as the text nests them), their titles, roles and
/// bodies; and reports every guess it made on the way.
struct Importer {
  var prepared: PreparedText
  var text: [Unicode.Scalar]
  var report: [ImportNote] = []
  var dropped: [DroppedLine] = []
  var sections: [Section] = []
  /// The text is flattened (a whole hand-out or section run onto one or a few very long lines), so a long line is
  /// cut at sentence ends; a .docx's paragraphs are Word's own and never are.
  var flattened = false

  init(raw: String, format: ImportFormat = .text) {
    let raw = RawText(format == .pdf ? PdfColumns.unfold(raw) : raw, pageBreaks: true)
    let normal = TextNormaliser.normalise(raw.scalars, format: format)
    prepared = LinePreparer.prepare(
      normal.scalars, headingLevels: normal.headingLevels, removedColumns: normal.removedColumns,
      pageStarts: raw.pageStarts, noteBlocks: normal.noteBlocks, rules: normal.rules, properties: normal.properties,
      pdf: format == .pdf)
    text = prepared.scalars
    report = prepared.notes
    dropped = prepared.dropped
    flattened = format != .docx && Importer.isFlattened(prepared)
    // A line of Markdown left out is reported as it was written, its marks too (a link's target).
    if format == .markdown && !dropped.isEmpty {
      var starts = [0]
      for (i, c) in raw.scalars.enumerated() where c == "\n" { starts.append(i + 1) }
      for k in dropped.indices where dropped[k].line >= 1 && dropped[k].line <= starts.count {
        let a = starts[dropped[k].line - 1]
        let e = dropped[k].line < starts.count ? starts[dropped[k].line] - 1 : raw.scalars.count
        dropped[k].text = raw.scalars.string(raw.scalars.trimmed(a..<e))
      }
    }
  }

  /// Flattened text by its own shape: at least half its characters in lines far longer than a paragraph is
  /// (600 characters and more) that were not rejoined from hard line breaks. A text whose long paragraphs sit
  /// among its other lines, each between line breaks, is not.
  static func isFlattened(_ p: PreparedText) -> Bool {
    let s = p.scalars
    var total = 0
    var long = 0
    var start = 0
    for i in 0...s.count where i == s.count || s[i] == "\n" {
      let n = i - start
      total += n
      if n >= 600 && !p.joined.contains(start) { long += n }
      start = i + 1
    }
    return total > 0 && long * 2 >= total
  }

  func string(_ r: Range<Int>) -> String { text.string(r) }
  func trimmed(_ r: Range<Int>) -> Range<Int> { text.trimmed(r) }
  func line(_ offset: Int) -> Int { prepared.rawLine(at: offset) }
  func isRow(_ offset: Int) -> Bool { !prepared.rows.isEmpty && prepared.row(at: offset) != nil }
  func isLineStart(_ p: Int) -> Bool { p == 0 || text[p - 1] == "\n" }
  func styledLevel(_ p: Int) -> Int? { prepared.headings.isEmpty ? nil : prepared.headings[p] }

  /// A short quote of the text for the report.
  func quote(_ r: Range<Int>, _ limit: Int = 16) -> String {
    let t = trimmed(r)
    let cut = min(t.upperBound, t.lowerBound + limit)
    let shown = string(t.lowerBound..<cut).replacingEvery("\n", with: " ⏎ ")
    return "「" + shown + (cut < t.upperBound ? "…" : "") + "」"
  }

  mutating func note(_ kind: ImportNote.Kind, at offset: Int?, _ message: ImportNote.What) {
    report.append(ImportNote(kind, line: offset.map(line), message))
  }

  mutating func note(_ kind: ImportNote.Kind, atLine line: Int, _ message: ImportNote.What) {
    report.append(ImportNote(kind, line: line, message))
  }

  mutating func build(id: String?) -> Case {
    let all = trimmed(0..<text.count)
    var (title, bodyStart, subtitle) = caseTitle(all)
    let body = trimmed(bodyStart..<all.upperBound)
    var intro = structure(body, kinds: Marker.Kind.headings, level: 1, parentRole: nil)
    // Front matter before the first heading (摘要：…, 关键词：…): sections of their own, first.
    if let r = intro {
      let before = sections.count
      intro = emitParts(r)
      sections = Array(sections[before...]) + sections[..<before]
    }
    if title == nil {
      if let r = intro, r.count <= 40 && !r.isEmpty && !text[r].contains("\n") {
        title = string(r)
        note(.unsure, at: r.lowerBound, .titleBeforeHeadings(quote: quote(r, 40)))
      } else {
        note(.missing, at: nil, .noTitleLine)
        if let r = intro, !r.isEmpty {
          let paragraphs = self.paragraphs(r, role: .content)
          sections.insert(
            Section(id: "intro", title: CaseImporter.introTitle, level: 1, role: .content, paragraphs: paragraphs),
            at: 0)
        }
      }
    } else if let r = intro, !r.isEmpty {
      let sentence =
        text[r].contains { $0 == "，" || $0 == "。" || $0 == "\n" } || Scalars.isFullStop(text[r.upperBound - 1])
      // The title in another language on its own line under it (`Going Global: J Company's Expansion…`): the
      // subtitle, however long, when it is Latin alone and no sentence (no full stop at its end).
      let translated =
        !text[r].contains("\n") && r.count <= 120 && !text[r].contains(where: Scalars.isHan)
        && text[r].contains(where: Scalars.isLatin) && text[r.upperBound - 1] != "."
      if subtitle == nil && (r.count <= 40 && !sentence || translated) {
        subtitle = string(r)
        note(.guess, at: r.lowerBound, .subtitleBeforeHeadings(quote: quote(r, 40)))
      } else {
        let paragraphs = self.paragraphs(r, role: .content)
        if let opening = sections.firstIndex(where: { $0.id == "intro" }) {
          sections[opening].paragraphs.insert(contentsOf: paragraphs, at: 0)  // one opening, not two
        } else {
          sections.insert(
            Section(id: "intro", title: CaseImporter.introTitle, level: 1, role: .content, paragraphs: paragraphs),
            at: 0)
        }
        note(.guess, at: r.lowerBound, .introKept)
      }
    }
    if sections.isEmpty {
      note(.missing, at: nil, .noHeadings)
      sections = [
        Section(id: "content", title: "案例正文", level: 1, role: .content, paragraphs: paragraphs(body, role: .content))
      ]
    }
    assignIds()
    for role in [Role.objectives, .questions] where !sections.contains(where: { $0.role == role }) {
      note(.missing, at: nil, .noRole(role))
    }
    report = report.enumerated().sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }.map(
      \.element)
    return Case(
      id: id ?? "imported-case", title: title.map(Importer.withoutNoteMark) ?? CaseImporter.untitled,
      subtitle: subtitle, sections: sections)
  }

  // MARK: - Title

  /// A title without the reference mark of a footnote or endnote at its end (`①`, `[1]`, `[^1]`, `*`, `¹`,
  /// `†`): the mark points to a note (a copyright statement, a source), it is not part of the title.
  static func withoutNoteMark(_ title: String) -> String {
    var t = Array(title.unicodeScalars)
    func isSuperscript(_ c: Unicode.Scalar) -> Bool {
      c == "\u{B9}" || c == "\u{B2}" || c == "\u{B3}" || (0x2070...0x2079).contains(c.value)
    }
    while t.count > 1, let last = t.last {
      if (0x2460...0x2473).contains(last.value) || isSuperscript(last) || "*＊†‡".unicodeScalars.contains(last) {
        t.removeLast()
      } else if last == "]" || last == "］", let open = t.lastIndex(where: { $0 == "[" || $0 == "［" }), open > 0,
        case let n = t[(open + 1)..<(t.count - 1)].drop(while: { $0 == "^" }),
        (1...2).contains(n.count), n.allSatisfy({ ("0"..."9").contains($0) })
      {
        t.removeLast(t.count - open)
      } else {
        break
      }
    }
    while let last = t.last, last == " " || last == "\u{3000}" { t.removeLast() }
    return t.isEmpty ? title : String(String.UnicodeScalarView(t))
  }

  /// Words a title cannot end with: it goes on on the next line (`共享单车的` / `治理`).
  static let titleContinuers: Set<Unicode.Scalar> = [
    "的", "和", "与", "及", "或", "之", "对", "从", "向", "把", "被", "暨", "、", "，", "：", ":", "（", "(", "《", "“",
    "-", "—", "&",
  ]

  /// Whether a title's line ends where a title cannot: a particle, a conjunction, an opening bracket or quote.
  static func titleGoesOn(_ t: [Unicode.Scalar]) -> Bool {
    guard let last = t.last(where: { !$0.properties.isWhitespace }) else { return false }
    return titleContinuers.contains(last)
  }

  /// Whether a line starting with `first` can only go on the line before: 的, a closing bracket or quote.
  static func titleContinuation(_ first: Unicode.Scalar) -> Bool {
    first == "的" || first == "）" || first == "》" || first == "”" || first == "」" || first == "』"
  }

  /// Labels that name the case's title on a line of its own.
  static let titleLabels = ["案例名称", "案例题目", "案例标题", "题目", "标题", "案例"].map { Array($0.unicodeScalars) }

  /// The case's title and subtitle, and where the body starts. Lines used up are blanked.
  mutating func caseTitle(_ all: Range<Int>) -> (String?, Int, String?) {
    var lines: [Range<Int>] = []
    var p = all.lowerBound
    while p < all.upperBound && lines.count < 10 {
      let e = text.lineEnd(from: p, before: all.upperBound)
      let r = trimmed(p..<e)
      if !r.isEmpty { lines.append(r) }
      p = e + 1
    }
    guard var first = lines.first else { return (nil, all.lowerBound, nil) }
    // What frames the title is not the title: a worksheet's fields to fill in (`班级：____　姓名：____`), and the
    // lines over a line set in the title's own form (a course's label over the one heading of the top level).
    var framing = lines.prefix(while: isFields)
    if framing.isEmpty, let t = lines.dropFirst().prefix(2).first(where: isTitleByForm),
      lines.prefix(while: { $0 != t }).allSatisfy({ $0.count <= 60 && styledLevel($0.lowerBound) == nil }),
      // Under a title comes a heading, a number or a short line; under a part, its text.
      lines.first(where: { $0.lowerBound > t.upperBound }).map({ n in
        !text[n].contains(where: { Scalars.isFullStop($0) || $0 == "，" }) || styledLevel(n.lowerBound) != nil
          || MarkerScanner.scan(text, n.lowerBound..<min(n.upperBound, n.lowerBound + 8)).first?.start == n.lowerBound
      }) ?? false
    {
      framing = lines.prefix(while: { $0 != t })
    }
    if !framing.isEmpty && framing.count < lines.count {
      for r in framing {
        dropped.append(DroppedLine(line: line(r.lowerBound), text: string(r), reason: .titleLabel))
        blank(r)
      }
      lines.removeFirst(framing.count)
      first = lines[0]
    }
    var title: String?
    var titleLine: Range<Int>?
    // 【案例名称】X or 案例名称：X among the first lines; a case's number before its title (`案例6-1　X`,
    // `Case 4: X`) on the first line, or after a chapter's own matter that opens with a role's name (学习目标).
    let chapterFirst = (ImportRoles.recognise(string(first)).map { $0 != .content } ?? false) || opensChapter(first)
    for r in lines.prefix(6) {
      if let (label, value) = labelledTitle(r) ?? (r == first || chapterFirst ? numberedCaseTitle(r) : nil) {
        title = string(value)
        titleLine = r
        dropped.append(
          DroppedLine(line: line(r.lowerBound), text: string(label), reason: .titleLabel))
        note(.guess, at: r.lowerBound, .titleAfterLabel(quote: quote(value, 40), label: string(label)))
        blank(label.lowerBound..<value.upperBound)
        // The chapter it is in (`第二章　基层治理` first, the case's number on its title): a label of it.
        if r != first && opensChapter(first) {
          dropped.append(DroppedLine(line: line(first.lowerBound), text: string(first), reason: .titleLabel))
          blank(first)
        }
        // The lines right above it that only label it (`本章案例`, a series' name): short, no sentence, no role.
        if r != first, let k = lines.firstIndex(of: r) {
          for above in lines[..<k].reversed().prefix(2) {
            guard above.count <= 12, !text[above].contains(where: { Scalars.isClausePunctuation($0) }),
              !LineHeadingScanner.startsWithNumber(text, above), !text.has(["-", " "], at: above.lowerBound),
              ImportRoles.recognise(string(above)) == nil, text[above].contains(where: Scalars.isHan)
            else { break }
            dropped.append(DroppedLine(line: line(above.lowerBound), text: string(above), reason: .titleLabel))
            blank(above)
          }
        }
        break
      }
      if LineHeadingScanner.startsWithNumber(text, r) && r != first && !chapterFirst { break }
    }
    var bodyStart = all.lowerBound
    // A label of the kind of text first (`教学案例`, `本章案例`, `阅读材料`, `【案例导入】`), the case's title after it.
    if title == nil, lines.count >= 3, seriesLabel(first), plausibleTitle(lines[1]),
      LineHeadingScanner.startsWithNumber(text, lines[2]) || LineHeadingScanner.named(text, lines[2]) != nil
    {
      dropped.append(DroppedLine(line: line(first.lowerBound), text: string(first), reason: .titleLabel))
      blank(first)
      first = lines[1]
    }
    if title == nil, first.count <= 60, MarkerScanner.scan(text, first).first?.start != first.lowerBound,
      text.lineEnd(from: first.lowerBound, before: all.upperBound) < all.upperBound
    {
      title = string(first)
      titleLine = first
      bodyStart = first.upperBound
      note(.guess, at: first.lowerBound, .titleFirstLine(quote: quote(first, 40), afterFurniture: !dropped.isEmpty))
    }
    // A title cut where a title cannot end (`共享单车的`, a long title in a large font wrapped onto a
    // second line) goes on with the short line right after it.
    // So does one whose next line starts where no title or line of its own can (`的篮球场经济`: a phone's
    // narrow screen wrapped it), opening with a particle or a closing mark.
    if let t = title, let tl = titleLine,
      let next = lines.first(where: { $0.lowerBound > tl.upperBound }),
      Importer.titleGoesOn(Array(t.unicodeScalars)) || Importer.titleContinuation(text[next.lowerBound]),
      next.count <= 40, text[tl.upperBound..<next.lowerBound].filter({ $0 == "\n" }).count == 1,
      !text[next].contains(where: { Scalars.isFullStop($0) || $0 == "，" || $0 == "：" || $0 == ":" }),
      !LineHeadingScanner.startsWithNumber(text, next), MarkerScanner.scan(text, next).first?.start != next.lowerBound
    {
      let space = Scalars.isLatin(t.unicodeScalars.last!) && Scalars.isLatin(text[next.lowerBound])
      title = t + (space ? " " : "") + string(next)
      titleLine = tl.lowerBound..<next.upperBound
      note(.guess, at: next.lowerBound, .titleContinued(quote: quote(next, 40)))
      if bodyStart == tl.upperBound { bodyStart = next.upperBound } else { blank(next) }
    }
    // The title again on a line of its own (a cover page, then the title over the text): left out.
    if let t = title, let tl = titleLine {
      let words = Array(t.unicodeScalars)
      var p = tl.upperBound
      while p < all.upperBound && p - tl.upperBound < 2000 {
        let e = text.lineEnd(from: p, before: all.upperBound)
        let r = trimmed(p..<e)
        if !r.isEmpty && r.count == words.count && text[r].elementsEqual(words) {
          dropped.append(DroppedLine(line: line(r.lowerBound), text: t, reason: .titleAgain))
          blank(r)
          break
        }
        p = e + 1
      }
    }
    // A line starting with —— right after the title is the subtitle.
    var subtitle: String?
    if let t = titleLine, let next = lines.first(where: { $0.lowerBound > t.upperBound }),
      text[next.lowerBound] == "—" || text.has(Array("--".unicodeScalars), at: next.lowerBound)
    {
      var s = next.lowerBound
      while s < next.upperBound && (text[s] == "—" || text[s] == "-" || isBlank(text[s])) { s += 1 }
      if s < next.upperBound {
        subtitle = string(s..<next.upperBound)
        note(.guess, at: next.lowerBound, .subtitleDash(quote: quote(s..<next.upperBound, 40)))
        blank(next)
      }
    }
    // A line under the title in a heading's form that holds nothing: the next line is a heading as large or larger
    // (a slide's or a cover's smaller line under the title, then the parts) — the subtitle, whatever its size.
    if subtitle == nil, let t = titleLine, let k = lines.firstIndex(where: { $0.lowerBound > t.upperBound }),
      k + 1 < lines.count, let level = styledLevel(lines[k].lowerBound), plausibleTitle(lines[k]),
      let after = styledLevel(lines[k + 1].lowerBound), after <= level
    {
      subtitle = string(lines[k])
      note(.guess, at: lines[k].lowerBound, .subtitleBeforeHeadings(quote: quote(lines[k], 40)))
      blank(lines[k])
    }
    return (title, bodyStart, subtitle)
  }

  /// Whether a line is fields to fill in (`班级：____　姓名：____　学号：____`, `姓名：`): labels of a few Chinese
  /// characters each before a colon, with nothing after it but blanks and underscores, or two or more of them
  /// apart by blanks; a line that labels the title (`案例名称：X`) is none.
  func isFields(_ r: Range<Int>) -> Bool {
    guard labelledTitle(r) == nil else { return false }
    func filler(_ c: Unicode.Scalar) -> Bool { isBlank(c) || c == "_" || c == "＿" }
    var labels: [(start: Int, colon: Int)] = []
    for j in r where text[j] == "：" || text[j] == ":" {
      var a = j
      while a > r.lowerBound && Scalars.isHan(text[a - 1]) { a -= 1 }
      guard (1...6).contains(j - a), a == r.lowerBound || filler(text[a - 1]) else { return false }
      labels.append((a, j))
    }
    guard let firstLabel = labels.first, firstLabel.start == r.lowerBound else { return false }
    var empty = 0
    for (k, l) in labels.enumerated() {
      let value = (l.colon + 1)..<(k + 1 < labels.count ? labels[k + 1].start : r.upperBound)
      if text[value].allSatisfy(filler) {
        // A blank to fill in: underscores, or a wide space (not a colon ending the line: `长者食堂：` goes on).
        guard labels.count >= 2 || text[value].contains(where: { $0 == "_" || $0 == "＿" }) || value.count >= 2 else {
          return false
        }
        empty += 1
      } else if value.count > 24 || text[value].contains(where: { Scalars.isClausePunctuation($0) }) {
        return false
      }
    }
    return labels.count >= 2 || empty == 1
  }

  /// Whether a line is set in the title's form: the one heading of the top level by its form (Word's Title or
  /// the largest size, `#` over `##` parts), no number, no role's or part's name.
  func isTitleByForm(_ r: Range<Int>) -> Bool {
    guard let level = styledLevel(r.lowerBound), plausibleTitle(r), text[r.lowerBound] != "—",
      text[r.lowerBound] != "-"
    else { return false }
    return prepared.headings.values.filter({ $0 <= level }).count == 1
  }

  /// `【案例名称】X`, `案例名称：X` or `案例｜X`: the label and the title, which ends at the line's end or at the next `【`.
  func labelledTitle(_ r: Range<Int>) -> (label: Range<Int>, value: Range<Int>)? {
    var a = r.lowerBound
    let bracket = text[a] == "【"
    if bracket { a += 1 }
    for label in Importer.titleLabels where text.has(label, at: a, before: r.upperBound) {
      var j = a + label.count
      if bracket {
        guard j < r.upperBound && text[j] == "】" else { return nil }
        j += 1
      } else {
        // `案例名称：X`, or a label set off by a bar (`案例｜X`, a WeChat article's title).
        guard j < r.upperBound && "：:｜|丨".unicodeScalars.contains(text[j]) else { return nil }
        j += 1
      }
      var e = j
      while e < r.upperBound && e - j <= 80 && text[e] != "【" { e += 1 }
      let value = trimmed(j..<e)
      guard !value.isEmpty && value.count <= 80 else { return nil }
      return (r.lowerBound..<j, value)
    }
    return nil
  }

  /// Words that name a kind of text, not a case: a line ending in one labels the case under it.
  static let kindWords = ["案例", "材料", "系列", "教案", "案例库", "选编", "案例导入", "阅读材料"].map { Array($0.unicodeScalars) }

  /// Whether a short line only labels the kind of text that follows (`教学案例`, `MPA教学案例系列`, `【案例导入】`):
  /// it ends in such a word, or is a bracket alone, and names no role or part.
  func seriesLabel(_ r: Range<Int>) -> Bool {
    // A page header laid out in fields apart by wide blanks (`××大学公共管理学院　　MPA《…》课程案例`): its last field.
    var r = r
    if r.count <= 48,
      let gap = (r.lowerBound..<(r.upperBound - 1)).last(where: { isBlank(text[$0]) && isBlank(text[$0 + 1]) }),
      gap > r.lowerBound
    {
      r = (gap + 2)..<r.upperBound
      while r.lowerBound < r.upperBound && isBlank(text[r.lowerBound]) { r = (r.lowerBound + 1)..<r.upperBound }
      guard !r.isEmpty else { return false }
    }
    guard r.count <= 16, !text[r].contains(where: { Scalars.isClausePunctuation($0) || Scalars.isFullStop($0) }),
      ImportRoles.recognise(string(r)) == nil, LineHeadingScanner.named(text, r) == nil
    else { return false }
    if text[r.lowerBound] == "【" && text[r.upperBound - 1] == "】" { return true }
    // Something before the word (`教学案例`, not `案例` alone, which may be the title's own line).
    return Importer.kindWords.contains { w in
      r.count > w.count && text[(r.upperBound - w.count)..<r.upperBound].elementsEqual(w)
    }
  }

  /// Whether a line could be the case's title: short, no sentence, no number, no role's or part's name.
  func plausibleTitle(_ r: Range<Int>) -> Bool {
    guard r.count >= 2 && r.count <= 40 else { return false }
    let last = text[r.upperBound - 1]
    guard !Scalars.isFullStop(last) || last == "？" || last == "?" else { return false }
    return !LineHeadingScanner.startsWithNumber(text, r) && LineHeadingScanner.named(text, r) == nil
      && LineHeadingScanner.partLatin(text, r) == nil && LineHeadingScanner.decimal(text, r) == nil
  }

  /// Whether a line opens a chapter, a lesson or a unit of a book (`第二章　基层治理`, `第5讲`, `Chapter 3`), the
  /// matter of which may come before a case's own title.
  func opensChapter(_ r: Range<Int>) -> Bool {
    var j = r.lowerBound
    if text[j] == "第" {
      j += 1
      let n = j
      while j < r.upperBound && (Scalars.isDigit(text[j]) || MarkerScanner.isChineseNumeral(text[j])) { j += 1 }
      return j > n && j < r.upperBound && "章讲单元课篇".unicodeScalars.contains(text[j])
    }
    let words = ["Chapter ", "CHAPTER ", "Unit ", "UNIT ", "Lesson "].map { Array($0.unicodeScalars) }
    guard let w = words.first(where: { text.has($0, at: j, before: r.upperBound) }) else { return false }
    j += w.count
    return j < r.upperBound && Scalars.isDigit(text[j])
  }

  /// A case's number before its title (`案例6-1　物业费之争`, `【案例3】X`, `案例二：X`, `Case 4: X`): the number
  /// (a textbook's, a collection's) labels the case, the rest of the line is its title.
  func numberedCaseTitle(_ r: Range<Int>) -> (label: Range<Int>, value: Range<Int>)? {
    var a = r.lowerBound
    let bracket = text[a] == "【" || text[a] == "["
    if bracket { a += 1 }
    let words: [[Unicode.Scalar]] = [
      Array("案例".unicodeScalars), Array("Case".unicodeScalars), Array("CASE".unicodeScalars),
    ]
    guard let word = words.first(where: { text.has($0, at: a, before: r.upperBound) }) else { return nil }
    var j = a + word.count
    while j < r.upperBound && text[j] == " " { j += 1 }
    let numberStart = j
    while j < r.upperBound
      && (Scalars.isDigit(text[j]) || MarkerScanner.isChineseNumeral(text[j])
        || (j > numberStart && "-－.．—–".unicodeScalars.contains(text[j]) && j + 1 < r.upperBound
          && Scalars.isDigit(text[j + 1])))
    {
      j += 1
    }
    guard j > numberStart, j < r.upperBound else { return nil }
    if bracket {
      guard text[j] == "】" || text[j] == "]" else { return nil }
      j += 1
    } else {
      guard isBlank(text[j]) || text[j] == "：" || text[j] == ":" else { return nil }
    }
    while j < r.upperBound && (isBlank(text[j]) || text[j] == "：" || text[j] == ":") { j += 1 }
    let value = trimmed(j..<r.upperBound)
    guard !value.isEmpty, value.count <= 60,
      !Scalars.isFullStop(text[value.upperBound - 1]) || text[value.upperBound - 1] == "？"
    else { return nil }
    return (r.lowerBound..<j, value)
  }

  /// Blanks a line used up (the title's label, the subtitle), so that the body does not hold it twice.
  mutating func blank(_ r: Range<Int>) {
    for i in r { text[i] = " " }
  }

  /// Gives every section a unique id, numbered in order as the review's write numbers them: role names
  /// for the first part of each role, `sN-M` for the others among their siblings, `intro` kept.
  mutating func assignIds() {
    var c = Case(id: "", title: "", sections: sections)
    TaggedHandout.assignIds(&c)
    sections = c.sections
  }
}
