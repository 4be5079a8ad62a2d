/// The headings: which numbering system splits a span, the titles, the sections with their
/// levels and roles, and what the report says of them.
extension Importer {
  /// Splits `span` into sections at the headings of one numbering system that
  /// runs in sequence there — the one starting first among those at line
  /// starts, else the outermost — recursing into each with the systems
  /// below it. Returns the text before the first heading (the span's own
  /// body), or nil when there is no heading.
  @discardableResult
  mutating func structure(
    _ span: Range<Int>, kinds: [Marker.Kind], level: Int, parentRole: Role?, inBody: Bool = false
  ) -> Range<Int>? {
    guard !span.isEmpty, !kinds.isEmpty,
      let run = headingRun(span, kinds: kinds, level: level, parentRole: parentRole)
    else { return nil }
    reportChain(run.kind, run.chain, level: level)
    let guesses = titleGuesses(run.chain, span: span)
    var place = HeadingPlace(level: level, parentRole: parentRole, inBody: inBody)
    for n in run.chain.indices {
      let end = n + 1 < run.chain.count ? run.chain[n + 1].start : span.upperBound
      emitHeading(n, of: run, guess: guesses[n], end: end, place: &place)
    }
    return trimmed(span.lowerBound..<run.chain[0].start)
  }

  /// The headings of one numbering system at one level, and the systems that may number headings below them.
  struct HeadingRun {
    var kind: Marker.Kind
    var chain: [Marker]
    var below: [Marker.Kind]
  }

  /// Where the headings of a run stand: their level and the role and text they are under. An
  /// unnumbered heading that only names the case's text (案例正文, nothing under it before the next
  /// heading of its kind) holds the headings of its kind after it, up to one with a role or a part.
  struct HeadingPlace {
    var level: Int
    var parentRole: Role?
    var inBody: Bool
    var underText = false
  }

  /// The numbering system whose headings split `span` at `level`, or nil when none runs in sequence there.
  func headingRun(_ span: Range<Int>, kinds: [Marker.Kind], level: Int, parentRole: Role?) -> HeadingRun? {
    // Below a heading in the case's text, a list's numbering (`（1）为什么要“嵌入”`) numbers headings
    // too, where each stands on a short line of its own with its text after it.
    let kinds = level >= 2 && (parentRole ?? .content) == .content ? kinds + Marker.Kind.listHeadings : kinds
    var markers = MarkerScanner.scan(text, span)
    if !prepared.rows.isEmpty { markers.removeAll { isRow($0.start) } }
    if kinds.contains(where: \.atLineStartOnly) {
      markers += LineHeadingScanner.scan(
        text, span, isRow: isRow, styled: styledLevel, formLabel: { prepared.formLabels[$0] },
        skip: { askedAfterText(at: $0) != nil })
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
    return HeadingRun(kind: kind, chain: chain, below: below)
  }

  /// The headings' titles: first those the text shows clearly, then the others with their usual length.
  func titleGuesses(_ chain: [Marker], span: Range<Int>) -> [TitleGuess] {
    func limit(_ n: Int) -> Int { n + 1 < chain.count ? chain[n + 1].start : span.upperBound }
    var guesses = chain.enumerated().map { n, m in titleGuess(m, limit: limit(n), typical: nil) }
    let sure = guesses.filter { $0.sure && !$0.title.isEmpty }.map(\.title.count).sorted()
    if sure.count >= 2 {
      let typical = sure[sure.count / 2]
      for (n, m) in chain.enumerated() where !guesses[n].sure {
        guesses[n] = titleGuess(m, limit: limit(n), typical: typical)
      }
    }
    return guesses
  }

  /// The `n`th heading of a run as a section, with its body (`guess.bodyStart..<end`) structured below it.
  mutating func emitHeading(_ n: Int, of run: HeadingRun, guess: TitleGuess, end: Int, place: inout HeadingPlace) {
    let m = run.chain[n]
    let number = numbering(m)
    let title = headingTitle(m, guess: guess, end: end)
    var part = m.part ?? CasePart.recognise(title)
    let unnumbered = run.kind == .plain || run.kind == .bracket || run.kind.isStyled && number.isEmpty
    if place.underText && (part != nil || ImportRoles.recognise(title).map { $0 != .content } ?? false) {
      place.underText = false
    }
    let level = place.level + (place.underText ? 1 : 0)
    let inBody = place.inBody || place.underText
    // Under the case's text (案例正文), a heading is the case's own (`三、问题`), whatever its name.
    let named = part == nil && !inBody ? ImportRoles.recognise(title) : nil
    var role = part != nil ? .content : named ?? m.named ?? place.parentRole ?? .content
    let inNote = !inBody && underTeachingNote(level)
    if inNote && part == .front && CasePart.scopeNames.contains(title) {
      // The course and the class a teaching note says the case is for (适用课程, 适用对象): an objective there,
      // as `本案例适用于…课程` is under 教学目的与用途; at the top, before the body, it is front matter.
      part = nil
      role = .objectives
      note(.guess, at: m.start, .roleFromName(heading: number + title, role: .objectives))
    } else if role == .content && part == nil && !inBody
      && holdsOnlyQuestions(
        trimmed(min(guess.bodyStart, end)..<end), task: ImportRoles.namesTask(title),
        least: ImportRoles.namesTask(title) ? 1 : 2)
    {
      // A part that holds only numbered questions, after a lead-in at most (`…围绕以下问题展开：`), is the
      // questions whatever its name (讨论组织 in a teaching note, 综合讨论 after the parts): what its lines are
      // says its role (issue 25, eighth session: was only under a teaching note).
      role = .questions
      note(.guess, at: m.start, .roleFromName(heading: number + title, role: .questions))
    } else if role == .content && part == nil && !inBody
      && holdsOnlySteps(trimmed(min(guess.bodyStart, end)..<end))
    {
      // A part whose lines are all activities with a time (`导入（10分钟）`, `14:00—14:20 讨论`), after a lead-in
      // at most, is the class plan whatever its name (活动流程, Agenda).
      role = .arrangement
      note(.guess, at: m.start, .roleFromName(heading: number + title, role: .arrangement))
    }
    if let named, Role.recognise(ImportRoles.simplified(title)) == nil {
      note(.guess, at: m.start, .roleFromName(heading: number + title, role: named))
    }
    let index = sections.count
    sections.append(Section(id: "", number: number, title: title, level: level, role: role, line: line(m.start)))
    if ![.bracket, .plain].contains(run.kind) && !run.kind.isStyled && n + 1 < run.chain.count
      && run.chain[n + 1].number != m.number + 1
    {
      note(.unsure, at: run.chain[n + 1].start, .numberingJumps(from: number, to: numbering(run.chain[n + 1])))
    }
    let bodySpan = trimmed(min(guess.bodyStart, end)..<end)
    if unnumbered && !place.underText && part == nil && named == .content && bodySpan.isEmpty
      && n + 1 < run.chain.count
    {
      place.underText = true
      note(.guess, at: m.start, .namesCaseText(title: title))
    }
    // Front and back matter, and a part named without a number (教学目的) before numbered
    // headings (第一节 …), hold only their own text: the headings after them are their siblings.
    // So does an unnumbered label with its text run on after it on its line (a box's `【案例导入】 2020年…`): a
    // labelled paragraph, not a part over the headings after it.
    let lineEnds = text.lineEnd(from: m.start, before: end)
    let runsOn = unnumbered && guess.bodyStart < lineEnds && !trimmed(guess.bodyStart..<lineEnds).isEmpty
    let leaf = part == .front || part == .back || (unnumbered && role != .content && part == nil) || runsOn
    var own: Range<Int>
    if leaf {
      // A heading its form puts a level below (Word's Heading 2, `##`, a smaller font in a PDF) stays a level
      // below, though the part above holds only its own text: the author set that level.
      let styledBelow = run.kind.isStyled && prepared.headings.contains { bodySpan.contains($0.key) }
      own =
        structure(
          bodySpan, kinds: run.below, level: styledBelow ? level + 1 : level, parentRole: place.parentRole,
          inBody: inBody) ?? bodySpan
    } else {
      let body = inBody || (part == nil && named == .content)
      own = structure(bodySpan, kinds: run.below, level: level + 1, parentRole: role, inBody: body) ?? bodySpan
    }
    // Front matter labelled on its line (`作者：王明`) at the top is that line; the text after it, up to the
    // next heading, is the case's opening (as an Ivey case starts), kept as 引言 after it.
    let lineEnd = text.lineEnd(from: m.start, before: end)
    if part == .front && guess.bodyStart < lineEnd && lineEnd < own.upperBound && own.lowerBound < lineEnd
      && sections[..<index].allSatisfy({ CasePart.recognise($0.title) == .front })
    {
      let rest = trimmed(lineEnd..<own.upperBound)
      own = trimmed(own.lowerBound..<lineEnd)
      let intro = Section(
        id: "intro", title: CaseImporter.introTitle, level: 1, role: .content,
        paragraphs: paragraphs(rest, role: .content))
      sections.insert(intro, at: index + 1)
      note(.guess, at: rest.lowerBound, .introKept)
    }
    fill(index, with: own, role: role, items: part == nil)
  }

  /// Whether a heading at `level` is under a teaching note (案例使用说明, 教学说明): the nearest section above
  /// it at a lower level is one.
  func underTeachingNote(_ level: Int) -> Bool {
    guard let parent = sections.last(where: { $0.level < level }) else { return false }
    return CasePart.recognise(parent.title) == .teachingNote
  }

  /// Whether a span is two or more numbered questions (each line a number or a bullet, its text and a question mark), after
  /// at most one lead-in line that ends in a colon.
  /// Under a part named as a task (`讨论任务`, `小组任务`, `Tasks`), an item that says what to do (`请…`, `分析…`,
  /// `讨论…`) is one of them as well as one that asks.
  /// `least`: how many questions at least (one under a label that asks, `思考：`).
  func holdsOnlyQuestions(_ span: Range<Int>, task: Bool = false, least: Int = 2) -> Bool {
    holdsOnly(span, least: least) { line in
      let last = text[line.upperBound - 1]
      let mark =
        text.has(Array("- ".unicodeScalars), at: line.lowerBound)
        ? line.lowerBound + 2
        : MarkerScanner.scan(text, line.lowerBound..<min(line.upperBound, line.lowerBound + 8)).first {
          $0.start == line.lowerBound
        }?.end
      guard let mark else { return false }
      return last == "？" || last == "?" || task && ImportRoles.asksToDo(text[trimmed(mark..<line.upperBound)])
    } leadIn: { _ in
      false
    }
  }

  /// Whether a span is two or more lines each holding a time (a duration, `10分钟`, or a clock time, `14:00`),
  /// short as a plan's steps are, after at most one lead-in line that ends in a colon; a table's rows count
  /// as lines (its header row, names without a time, aside).
  func holdsOnlySteps(_ span: Range<Int>) -> Bool {
    holdsOnly(span) { line in
      line.count <= 80 && ActivityTime.holds(text, line)
    } leadIn: {
      isRow($0.lowerBound)
    }
  }

  /// Whether a span's non-blank lines are two or more that are `each`, after at most one lead-in line (one that ends
  /// in a colon, or that `leadIn` accepts).
  private func holdsOnly(
    _ span: Range<Int>, least: Int = 2, each: (Range<Int>) -> Bool, leadIn: (Range<Int>) -> Bool
  ) -> Bool {
    guard !span.isEmpty else { return false }
    var found = 0
    var others = 0
    var start = span.lowerBound
    while start < span.upperBound {
      let end = text.lineEnd(from: start, before: span.upperBound)
      let line = trimmed(start..<end)
      if !line.isEmpty {
        let last = text[line.upperBound - 1]
        if each(line) {
          found += 1
        } else if others == 0 && found == 0 && (last == "：" || last == ":" || leadIn(line)) {
          others += 1
        } else {
          return false
        }
      }
      start = end + 1
    }
    return found >= least
  }

  /// A heading's title as guessed, or （无标题）; what the guess was unsure of goes to the report.
  mutating func headingTitle(_ m: Marker, guess: TitleGuess, end: Int) -> String {
    let title = string(guess.title).trimmingBlanks()
    let number = numbering(m)
    if title.isEmpty {
      note(.unsure, at: m.start, .noTitle(number: number))
      return CaseImporter.untitledHeading
    }
    if !guess.sure {
      let body = quote(guess.bodyStart..<min(end, guess.bodyStart + 12), 12)
      note(.unsure, at: m.start, .titleEnd(heading: number + title, reason: guess.reason, bodyStart: body))
    }
    return title
  }

  /// A section's own text as its paragraphs, after the parts it holds are taken out to the top.
  mutating func fill(_ index: Int, with own: Range<Int>, role: Role, items: Bool) {
    let kept = emitParts(own, into: index)
    sections[index].paragraphs = paragraphs(kept, role: role, items: items)
    if role != .content && items { numberRows(of: index) }
    noteLeadIns(sections[index], at: kept.lowerBound)
  }

  /// The headings of one kind that count as structure: numbered in sequence, at places headings stand.
  func headingChain(_ kind: Marker.Kind, _ ofKind: [Marker], parentRole: Role?, level: Int) -> [Marker] {
    // Front and back matter and a teaching note stand at the top: below it, they are taken out of the text instead.
    var ofKind = level > 1 ? ofKind.filter { $0.part == nil } : ofKind
    // A numbered line with the time its activity takes (`1．阅读案例（10分钟）`, `2) 14:00 讨论`) is a plan's step,
    // never a heading: a list's number or a decimal one numbers headings only of lines without.
    if kind == .decimal1 || Marker.Kind.listHeadings.contains(kind) {
      ofKind.removeAll { m in ActivityTime.holds(text, m.end..<text.lineEnd(from: m.end, before: text.count)) }
    }
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
      return ofKind.filter { m in m.score >= 6 || ImportRoles.recognise(string((m.start + 1)..<(m.end - 1))) != nil }
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
      // A lone 壹、 (or Ⅰ.) numbers no level: the scheme is there when 貳 follows.
      if chain.count < 2 && (!strong || kind == .formal) { chain = [] }
      // Under an objectives', questions' or plan's part, lines numbered one after another that each end a
      // sentence (`一、瞭解…的成因。` `二、分析…的策略。`) are its items: a heading has text of its own under it.
      if let parentRole, parentRole != .content, chain.count >= 2, !flattened,
        zip(chain, chain.dropFirst()).allSatisfy({ a, b in
          let e = text.lineEnd(from: a.start, before: b.start)
          let line = trimmed(a.start..<e)
          return !line.isEmpty && Scalars.endsSentence(text[line.upperBound - 1]) && trimmed(e..<b.start).isEmpty
        })
      {
        chain = []
      }
      // Numbered lines whose name ends in a full stop and runs on into sentences on the same line (a quoted
      // notice's `一、服务时间。各校…`, `（二）收费标准。…`) are run-in items of the text: a heading has no sentence
      // after it on its line (in a text with its line breaks; flattened text runs every heading into its body).
      if chain.count >= 2, !flattened, chain.allSatisfy({ runsInItem($0) }) { chain = [] }
      return chain
    }
  }

  /// Whether a numbered line is a run-in item: a short name (12 characters at most, no punctuation) ending in a full
  /// stop, then more sentence on the same line (`一、服务时间。各校课后服务每周5天…`).
  func runsInItem(_ m: Marker) -> Bool {
    let e = text.lineEnd(from: m.end, before: min(text.count, m.end + 400))
    var j = m.end
    while j < e && j - m.end <= 13 && !Scalars.isClausePunctuation(text[j]) && !Scalars.isFullStop(text[j]) { j += 1 }
    guard j < e, j > m.end, j - m.end <= 12, text[j] == "。" || text[j] == "．" else { return false }
    return trimmed((j + 1)..<e).count >= 8
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
      return TitleGuess(title: inner, bodyStart: m.end, reason: .inBrackets, sure: true)
    case .styled1, .styled2, .styled3, .styled4:
      let e = text.lineEnd(from: m.end, before: limit)
      return TitleGuess(title: trimmed(m.end..<e), bodyStart: e, reason: .byStyle, sure: true)
    case .plain:
      guard m.named != nil || m.part != nil else {
        return TitleGuess(title: m.start..<m.end, bodyStart: m.end, reason: .headingLine, sure: true)
      }
      var b = m.end
      while b < limit && (text[b] == "：" || text[b] == ":" || isBlank(text[b])) { b += 1 }
      return TitleGuess(title: m.start..<m.end, bodyStart: b, reason: .knownName, sure: true)
    default:
      return TitleGuesser(text: text).guess(at: m.end, limit: limit, typical: typical)
    }
  }

  /// Tells the report which numbering was taken as headings at a level, and why.
  mutating func reportChain(_ kind: Marker.Kind, _ chain: [Marker], level: Int) {
    let first = chain[0]
    let parent = sections.last { $0.level == level - 1 }?.heading
    let where_: ImportNote.Place = level == 1 ? .parts : .level(level, under: parent)
    switch kind {
    case .bracket:
      note(.guess, at: first.start, .bracketHeadings(count: chain.count, place: where_))
    case .plain:
      let names = chain.prefix(6).map { string($0.start..<$0.end) }
      let known = chain.allSatisfy({ $0.named != nil || $0.part != nil })
      note(
        .guess, at: first.start,
        .plainHeadings(count: chain.count, place: where_, names: names, more: chain.count > 6, known: known))
    case .styled1, .styled2, .styled3, .styled4:
      let names = chain.prefix(4).map { numbering($0) + string(titleGuess($0, limit: text.count, typical: nil).title) }
      note(.guess, at: first.start, .styledHeadings(place: where_, names: names, more: chain.count > 4))
    default:
      let last = chain[chain.count - 1]
      let from = numbering(first).trimmingBlanks()
      let span = chain.count == 1 ? from : "\(from)…\(numbering(last).trimmingBlanks())"
      note(.guess, at: first.start, .numberedHeadings(span: span, place: where_))
    }
  }
}
