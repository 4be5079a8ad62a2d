/// The line stage of the importer: takes page furniture out, notes tables,
/// and joins the hard line breaks of text copied from a PDF (or wrapped by
/// hand), so that what is left has one line per paragraph, heading or item.
///
/// A line joins the next when it is full (as wide as the text's lines
/// usually are, when they are hard-wrapped at a width) and the next is not
/// indented; or, in text without such a width, when it is long and does not
/// end a sentence. A paragraph's first line is therefore never a paragraph of
/// its own, and a new paragraph starts after a short line or at an indent.
/// Linear in the text.
struct LinePreparer {
  struct Line {
    var content: Range<Int>
    var indent: Int
    var width: Int
    /// The width as a character count measures it (every character two columns): a text wrapped
    /// by an editor or a script at N characters has full lines by this measure, ASCII and all.
    var characters: Int
    /// Whether the line holds any Chinese character (a line of English alone is a language of its own).
    var hasHan: Bool
  }

  let text: [Unicode.Scalar]
  var lines: [Line] = []
  /// Lines that are headings by their form (by line index): never joined to another line.
  var headingLevels: [Int: Int] = [:]
  /// Whether the text is a PDF's, whose paragraphs are told by their first line's indent.
  var loose = false
  /// The lines each page after the first starts on (a PDF's page breaks), when known.
  var pageStarts: [Int] = []
  /// The lines that start a block of Markdown footnote definitions (`TextNormaliser.noteBlocks`).
  var noteBlocks: Set<Int> = []
  /// The lines that were rules (`-----`, `———`), blanked by the normaliser.
  var ruleLines: Set<Int> = []
  /// A Markdown note's properties (its front matter but the title), by line index: left out.
  var properties: Set<Int> = []
  /// Columns the normaliser took out of a line (a PDF's blanks between Chinese and digits), by line index.
  var removedColumns: [Int: Int] = [:]

  init(_ text: [Unicode.Scalar], headingLevels: [Int: Int] = [:], removedColumns: [Int: Int] = [:]) {
    self.text = text
    self.headingLevels = headingLevels
    self.removedColumns = removedColumns
    var start = 0
    for i in 0...text.count where i == text.count || text[i] == "\n" {
      var a = start
      var indent = 0
      while a < i && isBlank(text[a]) {
        indent += text[a] == "\u{3000}" ? 2 : text[a] == "\t" ? 4 : 1
        a += 1
      }
      let content = text.trimmed(a..<i)
      var width = indent
      let characters = content.count <= 400 ? indent + 2 * content.count : 10_000
      if content.count <= 400 {
        // As a page measures it: every character but ASCII is full-width (quotes too, unlike in a terminal).
        for k in content { width += text[k].isASCII ? 1 : 2 }
      } else {
        width = 10_000  // too long to be a line wrapped at a width
      }
      width += removedColumns[lines.count] ?? 0
      lines.append(
        Line(
          content: content, indent: content.isEmpty ? 0 : indent, width: width, characters: characters,
          hasHan: text[content].contains(where: Scalars.isHan)))
      start = i + 1
    }
  }

  /// The width lines are hard-wrapped at, when most lines are about as wide as the widest usual line.
  func wrapWidth(_ candidates: [Int]) -> Int? {
    let widths = candidates.map { lines[$0].width }.filter { $0 >= 20 }
    guard widths.count >= 4 else { return nil }
    var histogram = [Int](repeating: 0, count: 402)
    for w in widths { histogram[min(w, 401)] += 1 }
    var prefix = [Int](repeating: 0, count: 403)
    for w in 0..<402 { prefix[w + 1] = prefix[w] + histogram[w] }
    var best: (width: Int, count: Int)?
    for w in 30...240 {
      let count = prefix[w + 1] - prefix[w - LinePreparer.tolerance(w)]
      let above = prefix[402] - prefix[min(402, w + 3)]
      guard above * 10 <= widths.count else { continue }
      if best.map({ count >= $0.count }) ?? true { best = (w, count) }
    }
    guard let best, best.count >= 3, best.count * 10 >= widths.count * 4 else { return nil }
    return best.width
  }

  /// How far short of the wrap width a line may end and still be full (a
  /// Chinese line often ends a column or two short, and a Latin word that did
  /// not fit leaves more).
  static func tolerance(_ width: Int) -> Int { max(3, width / 16) }

  /// Whether a line starts with a numbering mark (a heading or an item) or a digit.
  func startsWithMarker(_ r: Range<Int>) -> Bool {
    guard let first = r.first.map({ text[$0] }) else { return false }
    if first == "【" || Scalars.isDigit(first) { return true }
    // `[1] 作者. 题名[J].`: a reference list's numbering.
    if first == "[" && r.count > 1 && Scalars.isDigit(text[r.lowerBound + 1]) { return true }
    let head = r.lowerBound..<min(r.upperBound, r.lowerBound + 12)
    return MarkerScanner.scan(text, head).contains { $0.start == r.lowerBound }
  }

  static func prepare(
    _ raw: [Unicode.Scalar], headingLevels: [Int: Int] = [:], removedColumns: [Int: Int] = [:],
    pageStarts: [Int] = [], noteBlocks: Set<Int> = [], rules: Set<Int> = [], properties: Set<Int> = [],
    pdf: Bool = false
  ) -> PreparedText {
    var preparer = LinePreparer(raw, headingLevels: headingLevels, removedColumns: removedColumns)
    preparer.loose = pdf
    preparer.pageStarts = pageStarts
    preparer.noteBlocks = noteBlocks
    preparer.ruleLines = rules
    preparer.properties = properties
    return preparer.run()
  }

  /// What the line stage knows of the text as a whole: the width its lines are wrapped at, and
  /// whether an indent starts a paragraph.
  struct Shape {
    var width: Int?
    var indentMeansParagraph: Bool
  }

  /// The prepared text as it is written, with where the writing stands.
  struct Output {
    var out = PreparedText()
    /// The text line being written, which the next may continue.
    var current: Line?
    var blank = false
    var pageBreak = false
    var joinsMade = 0

    /// Starts a line of the output for raw line `i` (0-based), after a blank line when there was one.
    mutating func newLine(raw i: Int) {
      if current != nil { out.scalars.append("\n") }
      if blank && !out.scalars.isEmpty { out.scalars.append("\n") }
      out.lineStarts.append(out.scalars.count)
      out.rawLines.append(i + 1)
    }

    /// Ends a line that no other continues (a table's row, a heading).
    mutating func endLine() {
      out.scalars.append("\n")
      current = nil
      blank = false
      pageBreak = false
    }
  }

  func run() -> PreparedText {
    var furniture = PageFurniture.find(
      text, lines.map { PageFurniture.Line(content: $0.content) }, pageStarts: pageStarts)
    for i in TableOfContents.find(text, lines.map(\.content), skip: furniture) { furniture[i] = .tableOfContents }
    for (i, l) in lines.enumerated() where furniture[i] == nil && TableOfContents.isMarker(text, l.content) {
      furniture[i] = .tableOfContents
    }
    for i in message() { furniture[i] = .message }
    for i in properties where !lines[i].content.isEmpty { furniture[i] = .chrome(.properties) }
    for i in signature() where furniture[i] == nil { furniture[i] = .signature }
    let tables = TableDetector.find(text, lines.map(\.content), skip: furniture)
    var rowAt: [Int: (table: Int, row: Int)] = [:]
    var rules: Set<Int> = []
    for (t, table) in tables.enumerated() {
      for (k, r) in table.rows.enumerated() { rowAt[r.line] = (t, k) }
      rules.formUnion(table.rules)
    }
    let notes = loose ? footnotes(skip: furniture, rows: rowAt) : []
    for i in notes { furniture[i] = nil }  // a note's number on a line of its own is no page number
    var lone: [Int] = []
    let labelled = labelledAtTop(skip: furniture, rows: rowAt, properties: &lone)
    for i in lone { furniture[i] = .chrome(.properties) }
    let shape = self.shape(
      body: lines.indices.filter { furniture[$0] == nil && rowAt[$0] == nil && !rules.contains($0) })
    var w = Output()
    w.out.scalars.reserveCapacity(text.count)
    let pageStart = Set(pageStarts)
    for (i, line) in lines.enumerated() {
      // A paragraph cut by the end of a page (or of a column) goes on at the top of the next.
      if pageStart.contains(i) { w.pageBreak = true }
      if let reason = furniture[i] {
        w.out.dropped.append(DroppedLine(line: i + 1, text: text.string(line.content), reason: reason))
        if reason != .tableOfContents { w.pageBreak = true }
      } else if rules.contains(i) || notes.contains(i) {
        continue
      } else if line.content.isEmpty {
        w.blank = true
      } else if let n = labelled[i] {
        // A form at the top written as lines (`课程：公共政策分析`, a Notion page's properties): a line each.
        w.newLine(raw: i)
        w.out.formLabels[w.out.scalars.count] = n
        for k in line.content { w.out.scalars.append(text[k]) }
        w.endLine()
      } else if noteBlocks.contains(i) {
        // A block of Markdown's notes (`[^1]: …`), right after the text or after a blank line: the back matter
        // 注释, a line of its own before them (the notes never go on the last item or paragraph), unless a
        // heading of back matter (`## 注释`) names them already.
        let above = lines[..<i].last { !$0.content.isEmpty }
        if above.map({ CasePart.recognise(text.string($0.content)) != .back }) ?? true {
          w.blank = true
          w.newLine(raw: i)
          w.out.scalars.append(contentsOf: "注释".unicodeScalars)
          w.endLine()
        }
        writeText(line, raw: i, shape, &w)
      } else if let (t, k) = rowAt[i] {
        if tables[t].isForm {
          writeFormRow(tables[t], k, raw: i, top: atTop(tables[t].rows[0].line, skip: furniture), &w)
        } else {
          writeRow(tables[t], k, raw: i, &w)
        }
      } else if let level = headingLevels[i] {
        // A heading by its form: a line of its own.
        w.newLine(raw: i)
        w.out.headings[w.out.scalars.count] = level
        for k in line.content { w.out.scalars.append(text[k] == "\t" ? " " : text[k]) }
        w.endLine()
      } else {
        writeText(line, raw: i, shape, &w)
      }
    }
    // A PDF's footnotes, gathered from the pages' feet: the notes at the end, under 注释 (the name the
    // back matter of notes has; the PDF itself prints none).
    if let first = notes.first {
      w.blank = true
      w.newLine(raw: first)
      w.out.scalars.append(contentsOf: "注释".unicodeScalars)
      w.endLine()
      for (n, i) in notes.enumerated() {
        // A note's text on the line after its number goes on the number's line.
        let continuation = n > 0 && bareNumber(lines[notes[n - 1]].content) != nil
        if continuation {
          w.out.scalars.append(" ")
        } else {
          w.newLine(raw: i)
        }
        var digits = !continuation
        for k in lines[i].content {
          // The blank after the note's number, which the PDF's spacing took out before Chinese, comes back.
          if digits && !Scalars.isDigit(text[k]) {
            digits = false
            if Scalars.isHan(text[k]) && k > lines[i].content.lowerBound { w.out.scalars.append(" ") }
          }
          w.out.scalars.append(text[k] == "\t" ? " " : text[k])
        }
        if bareNumber(lines[i].content) == nil { w.endLine() }
      }
    }
    if w.joinsMade > 0 {
      w.out.notes.append(
        ImportNote(.guess, line: nil, .linesJoined(count: w.joinsMade, wrap: shape.width.map { $0 / 2 })))
    }
    return w.out
  }

  /// A PDF's footnotes: at the foot of a page (after its last text, before its page number), lines
  /// that start with a note's number and a blank (`1 稻香斋创立于…`), numbered on from the notes of
  /// the pages before (1, 2 on one page, 3 on the next). By raw line, in order.
  func footnotes(skip: [Int: DroppedLine.Reason], rows: [Int: (table: Int, row: Int)]) -> [Int] {
    var out: [Int] = []
    var next = 1
    let ends = pageStarts.map { $0 - 1 } + [lines.count - 1]
    var start = 0
    for end in ends where end >= start {
      // The page's last lines of text, from its foot up, while each is a note's line.
      var foot: [(line: Int, number: Int)] = []
      var i = end
      while i >= start {
        let c = lines[i].content
        if c.isEmpty || skip[i] != nil {
          i -= 1
          continue
        }
        guard rows[i] == nil else { break }
        if let n = noteNumber(c, spaced: removedColumns[i] != nil) {
          foot.append((i, n))
          i -= 1
        } else if i > start, let n = bareNumber(lines[i - 1].content), c.count >= 4, rows[i - 1] == nil {
          // The number on a line of its own, the note's text on the next (a note set with a hanging indent).
          foot.append((i - 1, n))
          i -= 2
        } else {
          break
        }
      }
      foot.reverse()
      if next > 1, !foot.isEmpty, foot.enumerated().allSatisfy({ $0.element.number == 1 + $0.offset }),
        foot.allSatisfy({ marked($0.number, in: start..<foot[0].line) })
      {
        // Numbered again from 1 on each page (a word processor's default), each note's number marked in the
        // page's text (`…的八成1。`): the page's notes all.
        for note in foot {
          out += bareNumber(lines[note.line].content) != nil ? [note.line, note.line + 1] : [note.line]
        }
        next = foot.count + 1
      } else if let first = foot.first(where: { $0.number == next }),  // numbered on from the notes before
        foot.drop(while: { $0.line != first.line }).enumerated().allSatisfy({ $0.element.number == next + $0.offset })
      {
        let kept = foot.drop(while: { $0.line != first.line })
        for note in kept {
          out += bareNumber(lines[note.line].content) != nil ? [note.line, note.line + 1] : [note.line]
        }
        next += kept.count
      }
      start = end + 1
    }
    return out
  }

  /// Whether a page's text (`lines`) marks note `n`: the number right after a Chinese character or a
  /// closing mark and before a punctuation mark or the line's end (`…的八成1。`, `…到家2`).
  func marked(_ n: Int, in range: Range<Int>) -> Bool {
    let digits = Array(String(n).unicodeScalars)
    for i in range where !range.isEmpty {
      let c = lines[i].content
      guard c.count > digits.count else { continue }
      for j in (c.lowerBound + 1)...(c.upperBound - digits.count) where text[j] == digits[0] {
        guard Array(text[j..<(j + digits.count)]) == digits else { continue }
        let before = text[j - 1]
        guard Scalars.isHan(before) || "”」）》".unicodeScalars.contains(before) else { continue }
        let end = j + digits.count
        if end == c.upperBound || "。，；：、！？）”".unicodeScalars.contains(text[end]) { return true }
      }
    }
    return false
  }

  /// The number a line holds alone (one or two digits).
  func bareNumber(_ r: Range<Int>) -> Int? {
    guard !r.isEmpty, r.count <= 2, text[r].allSatisfy(Scalars.isDigit) else { return nil }
    return MarkerScanner.digitsValue(text[r])
  }

  /// The number a footnote's line starts with (one or two digits, then a blank, then its text; `spaced`:
  /// the blank before Chinese was taken out of a PDF's line).
  func noteNumber(_ r: Range<Int>, spaced: Bool) -> Int? {
    var j = r.lowerBound
    while j < r.upperBound && Scalars.isDigit(text[j]) { j += 1 }
    guard j > r.lowerBound, j - r.lowerBound <= 2, j + 1 < r.upperBound,
      isBlank(text[j]) || (spaced && Scalars.isHan(text[j]))
    else { return nil }
    var k = j
    while k < r.upperBound && isBlank(text[k]) { k += 1 }
    guard k < r.upperBound, !Scalars.isDigit(text[k]), r.upperBound - k >= 4 else { return nil }
    return MarkerScanner.digitsValue(text[r.lowerBound..<j])
  }

  /// The wrap width and the meaning of an indent, from the lines of running text.
  func shape(body: [Int]) -> Shape {
    let indented = body.filter { lines[$0].indent > 0 }.count
    return Shape(width: wrapWidth(body), indentMeansParagraph: indented * 10 < body.count * 6)
  }

  /// Whether a line is as wide as the text's lines are wrapped at.
  func full(_ l: Line, _ shape: Shape) -> Bool {
    guard let width = shape.width else { return false }
    // pdftotext spaces Latin words and digits by their width on the page: a PDF's full line may end further short.
    let least = width - (loose ? max(LinePreparer.tolerance(width), width / 8) : LinePreparer.tolerance(width))
    // Wrapped by a page (by width) or by an editor (by characters): either way the line is full.
    return l.width >= least || (!loose && l.characters >= least && l.characters <= width + 2)
  }

  /// Whether line `n` continues line `p` (a hard line break inside a paragraph).
  func joins(_ p: Line, _ n: Line, blank: Bool, oneBlank: Bool = false, pageBreak: Bool, _ shape: Shape) -> Bool {
    let last = text[p.content.upperBound - 1]
    let ends = Scalars.endsSentence(last)
    // A line of English alone before a Chinese one (a bilingual title, a heading's English name) is its own line.
    if !p.hasHan && n.hasHan { return false }
    // A line that only names a role or a part (`课堂安排`, `思考题：`) is a line of its own, however the text is wrapped.
    if onlyNames(n.content) || onlyNames(p.content) { return false }
    // A blank line inside a hard-wrapped paragraph (a mail client's break, mid-sentence, mid-word): one blank
    // line after a full line that ends on a Chinese character, the next line going on in Chinese.
    let cut =
      oneBlank && !loose && full(p, shape) && Scalars.isHan(last) && Scalars.isHan(text[n.content.lowerBound])
      && !startsWithMarker(n.content)
    if blank && !(pageBreak && full(p, shape) && !ends) && !cut { return false }
    if n.indent > 0 && shape.indentMeansParagraph { return false }
    if startsWithMarker(n.content) { return full(p, shape) && !ends }
    if let width = shape.width {
      if full(p, shape) { return true }
      // A line that broke early before a long Latin word or number.
      let first = text[n.content.lowerBound]
      return !ends && p.width * 4 >= width * 3 && (Scalars.isLatin(first) || Scalars.isDigit(first))
    }
    return p.content.count >= 30 && !ends
  }

  /// Whether a line is a role's or a part's name alone, a colon at most after it.
  func onlyNames(_ r: Range<Int>) -> Bool {
    guard r.count <= 12, let m = LineHeadingScanner.named(text, r), m.named != nil || m.part != nil else {
      return false
    }
    return text[m.end..<r.upperBound].allSatisfy { isBlank($0) || $0 == "：" || $0 == ":" }
  }

  /// A form's row (`教学目的⇥…`): a labelled line, `label：value`.
  func writeFormRow(_ table: TableDetector.Table, _ k: Int, raw i: Int, top: Bool, _ w: inout Output) {
    let cells = table.rows[k].cells
    w.newLine(raw: i)
    if top { w.out.formLabels[w.out.scalars.count] = cells[0].unicodeScalars.count }
    w.out.scalars.append(contentsOf: (cells[0] + "：" + cells[1]).unicodeScalars)
    if k == 0 {
      w.out.notes.append(ImportNote(.guess, line: i + 1, .form(rows: table.rows.count)))
    }
    w.endLine()
  }

  /// Lines of a form written as text at the top (`课程名称：公共政策分析`, `创建时间: 2023年9月1日`, a Notion
  /// page's properties): two or more in a row before the text starts, each a short label of Chinese
  /// characters, a colon and a short value without a sentence's end. By line, the label's length. One such
  /// line alone, not the first, written as a page's properties are (`标签: 公共服务`) beside lines left out as
  /// properties, goes to `properties`: it is one of them.
  func labelledAtTop(
    skip: [Int: DroppedLine.Reason], rows: [Int: (table: Int, row: Int)], properties: inout [Int]
  ) -> [Int: Int] {
    var run: [(Int, Int)] = []
    var out: [Int: Int] = [:]
    func flush() {
      if run.count >= 2 {
        for (i, n) in run { out[i] = n }
      } else if let (i, n) = run.first, lines[..<i].contains(where: { !$0.content.isEmpty }),
        text[lines[i].content.lowerBound + n] == ":", besideProperties(i, skip: skip)
      {
        properties.append(i)
      }
      run = []
    }
    for i in lines.indices where skip[i] == nil && !lines[i].content.isEmpty {
      guard rows[i] == nil, let n = label(lines[i].content), atTop(run.first?.0 ?? i, skip: skip) else {
        flush()
        if !out.isEmpty || !atTop(i, skip: skip) { break }
        continue
      }
      run.append((i, n))
    }
    flush()
    return out
  }

  /// Whether the nearest line above or below `i` with text was left out as a page's properties or as who posted
  /// it and when (`创建时间: 2024年3月2日 10:15`): a labelled line beside it (`标签: 公共服务`) is one more of them.
  func besideProperties(_ i: Int, skip: [Int: DroppedLine.Reason]) -> Bool {
    let near = [lines[..<i].lastIndex { !$0.content.isEmpty }, lines[(i + 1)...].firstIndex { !$0.content.isEmpty }]
    return near.contains { k in
      guard let k, let reason = skip[k] else { return false }
      return reason == .byline || reason == .chrome(.properties)
    }
  }

  /// The length of a line's label (`课程` in `课程: 公共政策分析`): two to six Chinese characters, then a colon and
  /// a value of at most forty characters that ends no sentence.
  func label(_ r: Range<Int>) -> Int? {
    var j = r.lowerBound
    while j < r.upperBound && Scalars.isHan(text[j]) { j += 1 }
    let n = j - r.lowerBound
    guard n >= 2 && n <= 6, j < r.upperBound, text[j] == ":" || text[j] == "：" else { return nil }
    let value = text.trimmed((j + 1)..<r.upperBound)
    guard !value.isEmpty, value.count <= 40, !Scalars.isFullStop(text[value.upperBound - 1]) else { return nil }
    return n
  }

  /// The labels of a message's header: an e-mail's fields as mail programs write them when it is forwarded
  /// or pasted (and a chat tool's forward).
  static let mailFields = ["发件人", "收件人", "抄送", "主题", "发送时间", "日期", "时间", "From", "To", "Cc", "Subject", "Sent", "Date"]
    .map { Array($0.unicodeScalars) }

  /// The message a hand-out was sent with: the lines above the first rule line (`-----`, `-----原始邮件-----`
  /// blanked as a rule) when there are at most twelve of them, text follows the rule, and one of them is a
  /// mail header's field (`发件人：…`, `Subject: …`). By line.
  func message() -> [Int] {
    guard let rule = ruleLines.min() else { return [] }
    let above = lines[..<rule].indices.filter { !lines[$0].content.isEmpty }
    guard !above.isEmpty, above.count <= 12, lines[(rule + 1)...].contains(where: { !$0.content.isEmpty }) else {
      return []
    }
    let header = above.contains { i in
      LinePreparer.mailFields.contains { f in
        let c = lines[i].content
        guard text.has(f, at: c.lowerBound, before: c.upperBound), c.lowerBound + f.count < c.upperBound else {
          return false
        }
        let after = text[c.lowerBound + f.count]
        return after == "：" || after == ":"
      }
    }
    return header ? above : []
  }

  /// The closing lines of a letter or an e-mail that end a hand-out: a signature after the mail programs'
  /// delimiter `-- ` (`--` once its blank is trimmed), or after a closing formula (此致 / 敬礼, 祝好, 顺颂…),
  /// when at most six short lines, none a sentence, follow it to the end. By line, the delimiter with them.
  func signature() -> [Int] {
    // The delimiter `-- ` was blanked as a rule line (`---`) by the normaliser.
    let filled = lines.indices.filter { !lines[$0].content.isEmpty || ruleLines.contains($0) }
    func isClosing(_ c: String) -> Bool { c.count <= 6 && LinePreparer.closings.contains { c.hasPrefix($0) } }
    for (k, i) in filled.enumerated().suffix(8) {
      let c = text.string(lines[i].content)
      let delimiter = ruleLines.contains(i) || c == "--"
      guard delimiter || isClosing(c) else { continue }
      let after = filled[(k + 1)...]
      guard after.count <= 6, delimiter || !after.isEmpty,
        after.allSatisfy({ j in
          let r = lines[j].content
          return !r.isEmpty && r.count <= 40
            && (!Scalars.isFullStop(text[r.upperBound - 1]) || isClosing(text.string(r)))
        })
      else { continue }
      return (lines[i].content.isEmpty ? [] : [i]) + after  // a rule line is left out already, as a rule
    }
    return []
  }

  /// The formulas a Chinese letter closes with, on a line of their own before the signature.
  static let closings = ["此致", "祝好", "顺颂", "顺祝", "祝安", "敬礼", "谢谢！", "谢谢"]

  /// Whether line `i` comes before the text starts: after at most four short lines (a title, a subtitle).
  func atTop(_ i: Int, skip: [Int: DroppedLine.Reason]) -> Bool {
    let before = lines[..<i].indices.filter { !lines[$0].content.isEmpty && skip[$0] == nil }
    return before.count <= 4 && before.allSatisfy { lines[$0].content.count <= 40 }
  }

  /// A table's row: its cells between ` | `, noted as a row of the prepared text.
  func writeRow(_ table: TableDetector.Table, _ k: Int, raw i: Int, _ w: inout Output) {
    let cells = table.rows[k].cells
    w.newLine(raw: i)
    let start = w.out.scalars.count
    w.out.scalars.append(contentsOf: cells.joined(separator: " | ").unicodeScalars)
    w.out.rows.append(
      PreparedText.Row(range: start..<w.out.scalars.count, row: TableRow(cells, isHeader: k == 0 && table.header)))
    if k == 0 {
      let what = ImportNote.What.table(
        rows: table.rows.count, tabs: table.separator != "|", header: table.header, why: table.headerReason)
      w.out.notes.append(ImportNote(.guess, line: i + 1, what))
    }
    w.endLine()
  }

  /// A line of running text: joined to the one before when it continues it, else a line of its own.
  func writeText(_ line: Line, raw i: Int, _ shape: Shape, _ w: inout Output) {
    let oneBlank = i >= 2 && lines[i - 1].content.isEmpty && !lines[i - 2].content.isEmpty
    if let p = w.current, joins(p, line, blank: w.blank, oneBlank: oneBlank, pageBreak: w.pageBreak, shape) {
      // The line continues the one before: no break, and a space only between two Latin words.
      if let last = w.out.scalars.last, last.isASCII && text[line.content.lowerBound].isASCII {
        w.out.scalars.append(" ")
      }
      w.joinsMade += 1
      if let start = w.out.lineStarts.last { w.out.joined.insert(start) }
    } else {
      w.newLine(raw: i)
    }
    for k in line.content { w.out.scalars.append(text[k] == "\t" ? " " : text[k]) }
    w.current = line
    w.blank = false
    w.pageBreak = false
  }
}
