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

  init(raw: String, format: ImportFormat = .text) {
    let raw = RawText(raw, pageBreaks: format == .pdf)
    let normal = TextNormaliser.normalise(raw.scalars, format: format)
    prepared = LinePreparer.prepare(
      normal.scalars, headingLevels: normal.headingLevels, removedColumns: normal.removedColumns,
      pageStarts: raw.pageStarts, pdf: format == .pdf)
    text = prepared.scalars
    report = prepared.notes
    dropped = prepared.dropped
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

  mutating func note(_ kind: ImportNote.Kind, at offset: Int?, _ message: String) {
    report.append(ImportNote(kind, line: offset.map(line), message))
  }

  mutating func note(_ kind: ImportNote.Kind, atLine line: Int, _ message: String) {
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
        note(
          .unsure, at: r.lowerBound, "title \(quote(r, 40)): the text before the first heading (no title line found)")
      } else {
        note(.missing, at: nil, "no title line found: the case is called 未命名案例; edit 'title' in the header")
        if let r = intro, !r.isEmpty {
          let paragraphs = self.paragraphs(r, role: .content)
          sections.insert(Section(id: "intro", title: "引言", level: 1, role: .content, paragraphs: paragraphs), at: 0)
        }
      }
    } else if let r = intro, !r.isEmpty {
      let sentence =
        text[r].contains { $0 == "，" || $0 == "。" || $0 == "\n" } || Scalars.isFullStop(text[r.upperBound - 1])
      if subtitle == nil && r.count <= 40 && !sentence {
        subtitle = string(r)
        note(.guess, at: r.lowerBound, "subtitle \(quote(r, 40)): short text between the title and the first heading")
      } else {
        let paragraphs = self.paragraphs(r, role: .content)
        sections.insert(Section(id: "intro", title: "引言", level: 1, role: .content, paragraphs: paragraphs), at: 0)
        note(.guess, at: r.lowerBound, "the text before the first heading is kept as a section 引言 {#intro}")
      }
    }
    if sections.isEmpty {
      note(.missing, at: nil, "no headings found: the whole text is one section; add '#' headings by hand")
      sections = [
        Section(id: "content", title: "案例正文", level: 1, role: .content, paragraphs: paragraphs(body, role: .content))
      ]
    }
    assignIds()
    for role in [Role.objectives, .questions] where !sections.contains(where: { $0.role == role }) {
      note(
        .missing, at: nil,
        "no \(role == .objectives ? "objectives (教学目的)" : "questions (思考题)") found: add them, or mark a heading with {role=\(role.rawValue)}"
      )
    }
    report = report.enumerated().sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }.map(
      \.element)
    return Case(
      id: id ?? "imported-case", title: title ?? CaseImporter.untitled, subtitle: subtitle, sections: sections)
  }

  // MARK: - Title

  /// Labels that name the case's title on a line of its own.
  static let titleLabels = ["案例名称", "案例题目", "案例标题", "题目", "标题", "案例"].map { Array($0.unicodeScalars) }

  /// The case's title and subtitle, and where the body starts. Lines used up are blanked.
  mutating func caseTitle(_ all: Range<Int>) -> (String?, Int, String?) {
    var lines: [Range<Int>] = []
    var p = all.lowerBound
    while p < all.upperBound && lines.count < 8 {
      let e = text.lineEnd(from: p, before: all.upperBound)
      let r = trimmed(p..<e)
      if !r.isEmpty { lines.append(r) }
      p = e + 1
    }
    guard let first = lines.first else { return (nil, all.lowerBound, nil) }
    var title: String?
    var titleLine: Range<Int>?
    // 【案例名称】X or 案例名称：X among the first lines.
    for r in lines.prefix(6) {
      if let (label, value) = labelledTitle(r) {
        title = string(value)
        titleLine = r
        dropped.append(
          DroppedLine(line: line(r.lowerBound), text: string(label), reason: "the label of the case's title"))
        note(.guess, at: r.lowerBound, "title \(quote(value, 40)): given after \(string(label))")
        blank(label.lowerBound..<value.upperBound)
        break
      }
      if LineHeadingScanner.startsWithNumber(text, r) && r != first { break }
    }
    var bodyStart = all.lowerBound
    if title == nil, first.count <= 60, MarkerScanner.scan(text, first).first?.start != first.lowerBound,
      text.lineEnd(from: first.lowerBound, before: all.upperBound) < all.upperBound
    {
      title = string(first)
      titleLine = first
      bodyStart = first.upperBound
      let furniture = dropped.isEmpty ? "" : " after the page furniture was left out"
      note(.guess, at: first.lowerBound, "title \(quote(first, 40)): the first line\(furniture)")
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
        note(
          .guess, at: next.lowerBound,
          "subtitle \(quote(s..<next.upperBound, 40)): the line starting with —— after the title")
        blank(next)
      }
    }
    return (title, bodyStart, subtitle)
  }

  /// `【案例名称】X` or `案例名称：X`: the label and the title, which ends at the line's end or at the next `【`.
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
        guard j < r.upperBound && (text[j] == "：" || text[j] == ":") else { return nil }
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

  /// Blanks a line used up (the title's label, the subtitle), so that the body does not hold it twice.
  mutating func blank(_ r: Range<Int>) {
    for i in r { text[i] = " " }
  }

  // MARK: - Headings

  /// Splits `span` into sections at the headings of one numbering system that
  /// runs in sequence there — the one starting first among those at line
  /// starts, else the outermost — recursing into each with the systems
  /// below it. Returns the text before the first heading (the span's own
  /// body), or nil when there is no heading.
  @discardableResult
  mutating func structure(
    _ span: Range<Int>, kinds: [Marker.Kind], level: Int, parentRole: Role?, inBody: Bool = false
  ) -> Range<Int>? {
    guard !span.isEmpty, !kinds.isEmpty else { return nil }
    // Below a heading in the case's text, a list's numbering (`（1）为什么要“嵌入”`) numbers headings
    // too, where each stands on a short line of its own with its text after it.
    let kinds = level >= 2 && (parentRole ?? .content) == .content ? kinds + Marker.Kind.listHeadings : kinds
    var markers = MarkerScanner.scan(text, span)
    if !prepared.rows.isEmpty { markers.removeAll { isRow($0.start) } }
    if kinds.contains(where: \.atLineStartOnly) {
      markers += LineHeadingScanner.scan(text, span, isRow: isRow, styled: styledLevel)
    }
    var valid: [(kind: Marker.Kind, chain: [Marker])] = []
    for kind in kinds {
      let chain = headingChain(kind, markers.filter { $0.kind == kind }, parentRole: parentRole, level: level)
      if !chain.isEmpty { valid.append((kind, chain)) }
    }
    let atLineStart = valid.filter { isLineStart($0.chain[0].start) }
    guard
      let (kind, chain) = atLineStart.min(by: { $0.chain[0].start < $1.chain[0].start }) ?? valid.first
    else { return nil }
    var below = kind == .plain ? kinds.filter { $0 != .plain } : Array(kinds.drop { $0 != kind }.dropFirst())
    if kind == .bracket { below = kinds.filter { $0 != .bracket } }
    below.removeAll { Marker.Kind.listHeadings.contains($0) }
    reportChain(kind, chain, level: level)
    // Titles: first those the text shows clearly, then the others with their usual length.
    var guesses = chain.enumerated().map { n, m in
      titleGuess(m, limit: n + 1 < chain.count ? chain[n + 1].start : span.upperBound, typical: nil)
    }
    let sure = guesses.filter { $0.sure && !$0.title.isEmpty }.map(\.title.count).sorted()
    if sure.count >= 2 {
      let typical = sure[sure.count / 2]
      for (n, m) in chain.enumerated() where !guesses[n].sure {
        guesses[n] = titleGuess(m, limit: n + 1 < chain.count ? chain[n + 1].start : span.upperBound, typical: typical)
      }
    }
    // An unnumbered heading that only names the case's text (案例正文, nothing under it before the
    // next heading of its kind) holds the headings of its kind after it, up to one with a role or a part.
    var underText = false
    for (n, m) in chain.enumerated() {
      let sectionEnd = n + 1 < chain.count ? chain[n + 1].start : span.upperBound
      let guess = guesses[n]
      var title = string(guess.title).trimmingBlanks()
      let number = numbering(m)
      let unnumbered = kind == .plain || kind == .bracket || kind.isStyled && number.isEmpty
      if underText
        && (m.part ?? CasePart.recognise(title) != nil || ImportRoles.recognise(title).map { $0 != .content } ?? false)
      {
        underText = false
      }
      let level = underText ? level + 1 : level
      let inBody = inBody || underText
      if title.isEmpty {
        title = "（无标题）"
        note(.unsure, at: m.start, "\(number)\(title): no title found after the number; give it one by hand")
      } else if !guess.sure {
        note(
          .unsure, at: m.start,
          "\(number)\(title): \(guess.reason); the body starts \(quote(guess.bodyStart..<min(sectionEnd, guess.bodyStart + 12), 12))"
        )
      }
      let part = m.part ?? CasePart.recognise(title)
      // Under the case's text (案例正文), a heading is the case's own (`三、问题`), whatever its name.
      let named = part == nil && !inBody ? ImportRoles.recognise(title) : nil
      let role = part != nil ? .content : named ?? m.named ?? parentRole ?? .content
      if let named, Role.recognise(title) == nil {
        note(.guess, at: m.start, "\(number)\(title): read as the \(named.rawValue) from its name")
      }
      let index = sections.count
      sections.append(Section(id: "", number: number, title: title, level: level, role: role, line: line(m.start)))
      if ![.bracket, .plain].contains(kind) && !kind.isStyled && n + 1 < chain.count
        && chain[n + 1].number != m.number + 1
      {
        note(.unsure, at: chain[n + 1].start, "numbering jumps from \(number) to \(numbering(chain[n + 1]))")
      }
      let bodySpan = trimmed(min(guess.bodyStart, sectionEnd)..<sectionEnd)
      if unnumbered && !underText && part == nil && named == .content && bodySpan.isEmpty && n + 1 < chain.count {
        underText = true
        note(.guess, at: m.start, "\(title): names the case's text; the headings of its kind after it are under it")
      }
      // Front and back matter, and a part named without a number (教学目的) before numbered
      // headings (第一节 …), hold only their own text: the headings after them are their siblings.
      let leaf = part == .front || part == .back || (unnumbered && role != .content && part == nil)
      let own: Range<Int>
      if leaf {
        own = structure(bodySpan, kinds: below, level: level, parentRole: parentRole, inBody: inBody) ?? bodySpan
      } else {
        let body = inBody || (part == nil && named == .content)
        own = structure(bodySpan, kinds: below, level: level + 1, parentRole: role, inBody: body) ?? bodySpan
      }
      let kept = emitParts(own, into: index)
      sections[index].paragraphs = paragraphs(kept, role: role, items: part == nil)
      if role != .content && part == nil { numberRows(of: index) }
      noteLeadIns(sections[index], at: kept.lowerBound)
    }
    return trimmed(span.lowerBound..<chain[0].start)
  }

  /// The headings of one kind that count as structure: numbered in sequence, at places headings stand.
  func headingChain(_ kind: Marker.Kind, _ ofKind: [Marker], parentRole: Role?, level: Int) -> [Marker] {
    // Front and back matter and a teaching note stand at the top: below it, they are taken out of the text instead.
    let ofKind = level > 1 ? ofKind.filter { $0.part == nil } : ofKind
    guard !ofKind.isEmpty else { return [] }
    switch kind {
    case .styled1, .styled2, .styled3, .styled4:
      return ofKind
    case _ where Marker.Kind.listHeadings.contains(kind):
      // Each at a line start, a short title after it, and text of its own before the next.
      let lines = ofKind.filter { m in
        guard isLineStart(m.start) else { return false }
        let e = text.lineEnd(from: m.end, before: text.count)
        return LineHeadingScanner.isHeadingLike(text, trimmed(m.end..<e), longest: 24)
      }
      let chain = MarkerScanner.chain(lines)
      let hasBody = zip(chain, chain.dropFirst()).allSatisfy { a, b in
        text.lineEnd(from: a.start, before: text.count) + 1 < b.start
      }
      return chain.count >= 2 && hasBody ? chain : []
    case .bracket:
      return ofKind.filter { m in m.score >= 6 || Role.recognise(string((m.start + 1)..<(m.end - 1))) != nil }
    case .plain:
      return ofKind.count >= 2 || ofKind.contains(where: { $0.named != nil || $0.part != nil }) ? ofKind : []
    case .decimal1, .decimal2, .decimal3:
      if let parentRole, parentRole != .content { return [] }
      let parent = ofKind[0].parent
      // A heading has a body: numbers one after another on successive lines are a list.
      let headings = ofKind.enumerated().filter { k, m in
        m.parent == parent
          && !(k + 1 < ofKind.count && ofKind[k + 1].parent == parent
            && text.lineEnd(from: m.start, before: min(text.count, m.start + 100)) + 1 == ofKind[k + 1].start)
      }.map(\.element)
      let chain = MarkerScanner.chain(headings)
      let named =
        chain.first.map {
          ImportRoles.recognise(
            string(text.trimmed($0.end..<text.lineEnd(from: $0.end, before: min(text.count, $0.end + 100))))) != nil
        } ?? false
      return chain.count >= 2 || named ? chain : []
    default:
      var chain = MarkerScanner.chain(
        ofKind.map { m in
          var m = m
          if ImportRoles.recognise(string(titleGuess(m, limit: text.count, typical: nil).title)) != nil {
            m.score += 10
          }
          return m
        })
      let strong = chain.first.map { $0.score >= 6 } ?? false
      if chain.count < 2 && !strong { chain = [] }
      return chain
    }
  }

  /// The numbering of a heading as the case file writes it (`（一）`, `2.1 `), empty for unnumbered ones.
  func numbering(_ m: Marker) -> String {
    switch m.kind {
    case .bracket, .plain: ""
    default: m.written ?? string(m.start..<m.end)
    }
  }

  func titleGuess(_ m: Marker, limit: Int, typical: Int?) -> TitleGuess {
    switch m.kind {
    case .bracket:
      let inner = trimmed((m.start + 1)..<(m.end - 1))
      return TitleGuess(title: inner, bodyStart: m.end, reason: "in brackets", sure: true)
    case .styled1, .styled2, .styled3, .styled4:
      let e = text.lineEnd(from: m.end, before: limit)
      return TitleGuess(title: trimmed(m.end..<e), bodyStart: e, reason: "a heading by its style", sure: true)
    case .plain:
      guard m.named != nil || m.part != nil else {
        return TitleGuess(title: m.start..<m.end, bodyStart: m.end, reason: "a heading line", sure: true)
      }
      var b = m.end
      while b < limit && (text[b] == "：" || text[b] == ":" || isBlank(text[b])) { b += 1 }
      return TitleGuess(title: m.start..<m.end, bodyStart: b, reason: "a known name", sure: true)
    default:
      return TitleGuesser(text: text).guess(at: m.end, limit: limit, typical: typical)
    }
  }

  /// Tells the report which numbering was taken as headings at a level, and why.
  mutating func reportChain(_ kind: Marker.Kind, _ chain: [Marker], level: Int) {
    let first = chain[0]
    let parent = sections.last { $0.level == level - 1 }.map { " under \($0.heading)" } ?? ""
    let where_ = level == 1 ? "the parts of the case" : "headings at level \(level)\(parent)"
    switch kind {
    case .bracket:
      note(.guess, at: first.start, "\(chain.count) headings in 【】 are \(where_)")
    case .plain:
      let names = chain.prefix(6).map { string($0.start..<$0.end) }.joined(separator: "、")
      let reason =
        chain.allSatisfy({ $0.named != nil || $0.part != nil })
        ? "known names of the parts of a case"
        : "short lines without sentence punctuation, standing between paragraphs"
      note(
        .guess, at: first.start,
        "\(chain.count) unnumbered headings are \(where_) (\(names)\(chain.count > 6 ? "…" : "")): \(reason)")
    case .styled1, .styled2, .styled3, .styled4:
      let names = chain.prefix(4).map { numbering($0) + string(titleGuess($0, limit: text.count, typical: nil).title) }
      note(
        .guess, at: first.start,
        "headings by their form (Markdown # or Word's heading styles) are \(where_): \(names.joined(separator: "、"))\(chain.count > 4 ? "…" : "")"
      )
    default:
      let last = chain[chain.count - 1]
      let from = numbering(first).trimmingBlanks()
      let span = chain.count == 1 ? from : "\(from)…\(numbering(last).trimmingBlanks())"
      note(.guess, at: first.start, "headings \(span) are \(where_): numbered in sequence")
    }
  }

  /// Takes out of `own` the front and back matter and teaching notes it holds
  /// (`资料来源：…` after a section's text, an `附录` after the class plan),
  /// and appends each as a top-level section of its own. Returns the text before them.
  mutating func emitParts(_ own: Range<Int>, into owner: Int? = nil) -> Range<Int> {
    guard !own.isEmpty else { return own }
    var found: [Marker] = []
    var p = own.lowerBound
    // In the case's text, a line that is only the name of a role (`【教学目的】`, `思考题`) starts that part.
    let inText = owner.map { sections[$0].role == .content } ?? true
    while p < own.upperBound {
      let e = text.lineEnd(from: p, before: own.upperBound)
      let line = trimmed(p..<e)
      if !line.isEmpty, line.lowerBound > own.lowerBound || owner == nil, !isRow(line.lowerBound) {
        if let m = LineHeadingScanner.named(text, line), m.part != nil {
          found.append(m)
        } else if inText, owner != nil, let m = roleLine(line) {
          found.append(m)
        }
      }
      p = e + 1
    }
    guard let first = found.first else { return own }
    for (n, m) in found.enumerated() {
      let end = n + 1 < found.count ? found[n + 1].start : own.upperBound
      let guess = titleGuess(m, limit: end, typical: nil)
      let title = string(guess.title).trimmingBlanks()
      let body = trimmed(min(guess.bodyStart, end)..<end)
      let index = sections.count
      if m.part == nil, let role = m.named {
        note(
          .guess, at: m.start,
          "\(title): read as the \(role.rawValue) from its name, a section of its own at the top level")
        sections.append(Section(id: "", title: title, level: 1, role: role, line: line(m.start)))
        sections[index].paragraphs = paragraphs(body, role: role)
        continue
      }
      let what = m.part == .front ? "front matter" : m.part == .back ? "back matter" : "a teaching note"
      note(.guess, at: m.start, "\(title): \(what), a section of its own at the top level")
      sections.append(Section(id: "", title: title, level: 1, role: .content, line: line(m.start)))
      if m.part == .teachingNote {
        let inner = structure(body, kinds: Marker.Kind.headings, level: 2, parentRole: nil) ?? body
        sections[index].paragraphs = paragraphs(inner, role: .content)
      } else {
        sections[index].paragraphs = paragraphs(body, role: .content, items: false)
      }
    }
    return trimmed(own.lowerBound..<first.start)
  }

  /// A line that is the name of a role and nothing else (`【教学目的】`, `思考题：`), as a heading.
  func roleLine(_ line: Range<Int>) -> Marker? {
    if text[line.lowerBound] == "【" && text[line.upperBound - 1] == "】" && line.count > 2 {
      let inner = string((line.lowerBound + 1)..<(line.upperBound - 1))
      guard let role = ImportRoles.recognise(inner), role != .content else { return nil }
      return Marker(kind: .bracket, number: 0, start: line.lowerBound, end: line.upperBound, score: 8, named: role)
    }
    guard let m = LineHeadingScanner.named(text, line), let role = m.named, role != .content else { return nil }
    let rest = trimmed(m.end..<line.upperBound)
    return rest.isEmpty || (rest.count == 1 && (text[rest.lowerBound] == "：" || text[rest.lowerBound] == ":")) ? m : nil
  }

  /// A list typed as a table of two columns, the first of numbers (`序号 | 思考题`, then `1 | …`, `2 | …`):
  /// in a section of objectives, questions or steps, each numbered row is an item of its own,
  /// numbered as the table numbers it, and the header row is left out as the table's furniture.
  /// (A table with more columns, `1 | 分组讨论 | 40分钟`, is a table.)
  mutating func numberRows(of index: Int) {
    let paragraphs = sections[index].paragraphs
    let rows = paragraphs.filter { $0.row.map { !$0.isHeader && $0.cells.count == 2 } ?? false }
    let numbers = rows.map { Importer.rowNumber($0.row!.cells[0]) }
    guard rows.count >= 2, numbers.enumerated().allSatisfy({ $0.element == $0.offset + 1 }) else { return }
    var out: [Paragraph] = []
    for p in paragraphs {
      guard let row = p.row else {
        out.append(p)
        continue
      }
      if rows.contains(p) {
        let n = Importer.rowNumber(row.cells[0]) ?? 0
        out.append(Paragraph(row.cells.dropFirst().joined(separator: " "), label: "\(n)．", line: p.line))
      } else {
        dropped.append(
          DroppedLine(line: p.line, text: row.cells.joined(separator: "\t"), reason: "the header of a numbered table"))
        note(
          .guess, atLine: p.line,
          "\(sections[index].heading): a table numbered in its first column, each row an item; its header row left out")
      }
    }
    sections[index].paragraphs = out
  }

  /// The number in a table's first cell (`1`, `2．`, `3、`), or nil.
  static func rowNumber(_ cell: String) -> Int? {
    var digits = cell.trimmingBlanks().unicodeScalars[...]
    while let last = digits.last, "．.、)）".unicodeScalars.contains(last) { digits.removeLast() }
    guard !digits.isEmpty, digits.count <= 3, digits.allSatisfy(Scalars.isDigit) else { return nil }
    return Int(String(String.UnicodeScalarView(digits)))
  }

  /// Reports a lead-in sentence kept as the introduction of a list.
  mutating func noteLeadIns(_ s: Section, at offset: Int) {
    guard s.role != .content else { return }
    let paragraphs = s.paragraphs
    guard paragraphs.contains(where: \.isItem) else { return }
    for p in paragraphs where !p.isItem {
      let what = p.row != nil ? "the table's header row" : "「\(p.text.prefix(20))\(p.text.count > 20 ? "…" : "")」"
      note(.guess, at: offset, "\(s.heading): \(what) is the list's introduction, not one of its items")
    }
  }

  /// Gives every section a unique id: role names for the special parts, `sN-M` otherwise.
  mutating func assignIds() {
    var used: Set<String> = []
    var counters: [Int] = []
    for i in sections.indices {
      if sections[i].id == "intro" {
        used.insert("intro")
        continue
      }
      let level = sections[i].level
      if counters.count > level { counters.removeLast(counters.count - level) }
      while counters.count < level { counters.append(0) }
      counters[level - 1] += 1
      var id: String
      switch (sections[i].role, Role.recognise(sections[i].title)) {
      case (let r, .some(let named)) where r == named: id = r.rawValue
      default: id = "s" + counters.map(String.init).joined(separator: "-")
      }
      var candidate = id
      var n = 2
      while used.contains(candidate) {
        candidate = "\(id)-\(n)"
        n += 1
      }
      sections[i].id = candidate
      used.insert(candidate)
    }
  }
}
