import FoundationEssentials
import Glibc

/// The parser behind `CaseFormat.parse`: one pass over the lines of the file
/// that reads the header and the headings, and notes where each section's
/// text is (and whether there is any) without reading it into paragraphs.
struct CaseParser {
  let source: SourceBytes
  let file: String
  var errors: [CaseError] = []

  init(source: SourceBytes, file: String) {
    self.source = source
    self.file = file
  }

  mutating func fail(_ line: Int, column: Int = 0, _ what: CaseError.What) {
    errors.append(CaseError(file: file, line: line, column: column, what))
  }

  struct Header {
    var id: String?
    var title: String?
    var subtitle: String?
    var source: String?
    var errata: [(Erratum, Int)] = []
    /// False when the header is missing or is not valid YAML (its other errors would be noise).
    var readable = true
  }

  /// A heading found in the file, before its section is made.
  struct Heading {
    var id: String
    var number: String
    var title: String
    var level: Int
    var role: Role
    var line: Int
    /// Where the heading's line starts: the end of the previous section's text.
    var lineStart: Int
    /// Where the section's text starts: the byte after the heading's line, and that line's number.
    var bodyStart: Int
    var bodyLine: Int
    var hasText = false
  }

  mutating func run() throws -> (Case, CaseIndex.Structure) {
    let bytes = source.bytes
    var bom = 0
    if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { bom = 3 }
    var iterator = ByteLines(bytes, bom..<bytes.count).makeIterator()
    var lineNo = 0
    let header = parseHeader(&iterator, &lineNo)
    let (headings, preamble) = scanBody(&iterator, &lineNo)
    if preamble.hasText { refuse(preamble) }
    if header.readable && header.id == nil { fail(1, .noId) }
    if header.readable && header.title == nil { fail(1, .noTitle) }
    if headings.isEmpty && errors.isEmpty { fail(0, .noSections) }
    guard errors.isEmpty, let id = header.id, let title = header.title else { throw CaseErrors(errors: errors) }
    let structure = CaseIndex.Structure(
      id: id, title: title, subtitle: header.subtitle, source: header.source, errata: header.errata.map(\.0),
      headings: headings)
    let c = CaseParser.makeCase(structure, source)
    checkErrata(header.errata, in: c)
    if !errors.isEmpty { throw CaseErrors(errors: errors) }
    return (c, structure)
  }

  /// The text before the first heading: where it starts and ends, and whether there is any.
  struct Preamble {
    var start: Int
    var line: Int
    var end: Int?
    var hasText = false
  }

  /// The headings so far, and what numbering them needs: the levels open (with their roles), the
  /// positional counters of default ids, and the line each id was first used on.
  struct Outline {
    var headings: [Heading] = []
    var levels: [(level: Int, role: Role)] = []
    var counters: [Int] = []
    var seenIds: [String: Int] = [:]
  }

  /// One pass over the lines after the header: each heading, and where each
  /// section's text is (and whether there is any); comments are skipped.
  mutating func scanBody(_ iterator: inout ByteLines.Iterator, _ lineNo: inout Int) -> ([Heading], Preamble) {
    var outline = Outline()
    var preamble = Preamble(start: iterator.position, line: lineNo + 1)
    var inComment = false
    var lineStart = iterator.position
    while let whole = iterator.next() {
      lineNo += 1
      defer { lineStart = iterator.position }
      guard let line = uncommented(whole, &inComment) else { continue }
      guard let level = headingLevel(line) else {
        if outline.headings.isEmpty {
          preamble.hasText = true
        } else {
          outline.headings[outline.headings.count - 1].hasText = true
        }
        continue
      }
      if outline.headings.isEmpty { preamble.end = lineStart }
      guard let text = source.validString(line) else {
        fail(lineNo, .notUTF8(offset: nil))
        continue
      }
      heading(text, level: level, in: &outline, line: lineNo, lineStart: lineStart, bodyStart: iterator.position)
    }
    if inComment { fail(lineNo, .commentNotClosed) }
    return (outline.headings, preamble)
  }

  /// A line trimmed, without its comments (`<!-- … -->`, also over several
  /// lines: `inComment`); nil when nothing is left of it.
  func uncommented(_ whole: Range<Int>, _ inComment: inout Bool) -> Range<Int>? {
    var line = whole
    if inComment {
      guard let end = find(arrowEnd, in: line) else { return nil }
      inComment = false
      line = end..<line.upperBound
      if trimmed(line).isEmpty { return nil }
    }
    line = trimmed(line)
    if starts(line, with: commentStart) {
      guard let end = find(arrowEnd, in: line) else {
        inComment = true
        return nil
      }
      line = trimmed(end..<line.upperBound)
    }
    return line.isEmpty ? nil : line
  }

  /// A heading's line: its title, id and role, numbered by its place in the outline.
  mutating func heading(
    _ text: String, level: Int, in outline: inout Outline, line lineNo: Int, lineStart: Int, bodyStart: Int
  ) {
    var (body, explicitId, explicitRole) = headingAttributes(text.dropFirst(level).trimmingBlanks(), lineNo)
    if body.isEmpty {
      fail(lineNo, .headingWithoutTitle)
      body = "?"
    }
    let parentLevel = outline.levels.last?.level ?? 0
    if level > parentLevel + 1 {
      fail(lineNo, .headingLevelSkipped(level: level, parent: parentLevel))
    }
    while let last = outline.levels.last, last.level >= level { outline.levels.removeLast() }
    // Positional numbering for default ids.
    let depth = outline.levels.count
    if outline.counters.count > depth + 1 { outline.counters.removeLast(outline.counters.count - depth - 1) }
    while outline.counters.count < depth + 1 { outline.counters.append(0) }
    outline.counters[depth] += 1
    let (number, title) = HeadingNumber.split(body)
    let role = explicitRole ?? Role.recognise(title) ?? outline.levels.last?.role ?? .content
    outline.levels.append((level, role))
    let id = explicitId ?? "s" + outline.counters.map(String.init).joined(separator: "-")
    if let first = outline.seenIds[id] {
      fail(lineNo, .duplicateSectionId(id, firstLine: first))
    }
    outline.seenIds[id] = lineNo
    outline.headings.append(
      Heading(
        id: id, number: number, title: title.isEmpty ? body : title, level: depth + 1, role: role, line: lineNo,
        lineStart: lineStart, bodyStart: bodyStart, bodyLine: lineNo + 1))
  }

  /// Text before the first heading: one error per paragraph, at its first line.
  mutating func refuse(_ preamble: Preamble) {
    var reader = ParagraphReader(firstLine: preamble.line)
    reader.read(source, preamble.start..<(preamble.end ?? source.bytes.count))
    for p in reader.finish() {
      fail(p.line, .textBeforeFirstHeading)
    }
  }

  /// Each erratum names a section there, and its corrected text is in it.
  mutating func checkErrata(_ errata: [(Erratum, Int)], in c: Case) {
    for (erratum, line) in errata {
      guard let section = c.section(id: erratum.section) else {
        fail(line, .erratumUnknownSection(erratum.section))
        continue
      }
      let text = section.paragraphs.map(\.text).joined() + section.title
      if text.utf8Offset(of: erratum.now) == nil {
        fail(line, .erratumNotInSection(was: erratum.was, now: erratum.now, section: section.id))
      }
    }
  }

  /// The case of a structure: its sections read their text from `source` when first asked.
  static func makeCase(_ s: CaseIndex.Structure, _ source: SourceBytes) -> Case {
    let entries = s.headings.indices.map { i in
      let h = s.headings[i]
      // The text runs to the start of the next heading's line.
      let end = i + 1 < s.headings.count ? s.headings[i + 1].lineStart : source.count
      return CaseText.Entry(range: h.bodyStart..<max(h.bodyStart, end), firstLine: h.bodyLine, hasText: h.hasText)
    }
    let text = CaseText(source: source, entries: entries)
    let sections = s.headings.indices.map { i in
      let h = s.headings[i]
      return Section(
        id: h.id, number: h.number, title: h.title, level: h.level, role: h.role, body: .file(text, i), line: h.line)
    }
    return Case(
      id: s.id, title: s.title, subtitle: s.subtitle, source: s.source, errata: s.errata, sections: sections)
  }

  // MARK: - Lines as bytes

  private let commentStart: [UInt8] = Array("<!--".utf8)
  private let arrowEnd: [UInt8] = Array("-->".utf8)
  private let dashes: [UInt8] = Array("---".utf8)

  /// The line without leading and trailing blanks (`isBlank`).
  private func trimmed(_ r: Range<Int>) -> Range<Int> {
    let lo = blanksEnd(source.bytes, from: r.lowerBound, to: r.upperBound)
    return lo..<blanksStart(source.bytes, from: lo, to: r.upperBound)
  }

  /// Whether the line is `---` (with blanks around it).
  private func isDashes(_ r: Range<Int>) -> Bool {
    let t = trimmed(r)
    return t.count == 3 && starts(t, with: dashes)
  }

  private func starts(_ r: Range<Int>, with prefix: [UInt8]) -> Bool {
    guard r.count >= prefix.count else { return false }
    for (k, c) in prefix.enumerated() where source.bytes[r.lowerBound + k] != c { return false }
    return true
  }

  /// The end of the first `needle` in the line, or nil.
  private func find(_ needle: [UInt8], in r: Range<Int>) -> Int? {
    guard r.count >= needle.count else { return nil }
    var i = r.lowerBound
    while i <= r.upperBound - needle.count {
      if starts(i..<r.upperBound, with: needle) { return i + needle.count }
      i += 1
    }
    return nil
  }

  /// The number of `#` when the (trimmed) line is a heading: `#`s followed by a blank or nothing.
  private func headingLevel(_ r: Range<Int>) -> Int? {
    let b = source.bytes
    guard b[r.lowerBound] == UInt8(ascii: "#") else { return nil }
    var i = r.lowerBound
    while i < r.upperBound && b[i] == UInt8(ascii: "#") { i += 1 }
    guard i == r.upperBound || b[i] == 0x20 || b[i] == 0x09 else { return nil }
    return i - r.lowerBound
  }

  /// Splits `{#id role=…}` off a heading's text.
  private mutating func headingAttributes(_ heading: String, _ lineNo: Int) -> (String, String?, Role?) {
    var text = heading
    var explicitId: String?
    var explicitRole: Role?
    guard text.hasSuffix("}"), let open = text.lastIndex(of: "{") else { return (text, nil, nil) }
    let attrs = text[text.index(after: open)..<text.index(before: text.endIndex)]
    text = text[..<open].trimmingBlanks()
    for attr in attrs.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
      if attr.hasPrefix("#") {
        let id = String(attr.dropFirst())
        if CaseParser.isValidId(id) {
          explicitId = id
        } else {
          fail(lineNo, .sectionIdNotValid(id))
        }
      } else if attr.hasPrefix("role=") {
        let name = String(attr.dropFirst(5))
        if let role = Role(rawValue: name) {
          explicitRole = role
        } else {
          fail(lineNo, .unknownRole(name, expected: Role.allCases.map(\.rawValue)))
        }
      } else {
        fail(lineNo, .unknownHeadingAttribute(String(attr)))
      }
    }
    return (text, explicitId, explicitRole)
  }

  /// An item line: `1. text`, `1．text`, `1、text`, `（1）text`, `(1) text`,
  /// `1) text`, `1）text`, `①text`, `- text`, and numbered questions `问题1：text`,
  /// `思考题1 text`, `Q1. text`. Returns the marker as written (`•` for `-`/`*`) and the text.
  static func itemStart(_ line: String) -> (String, String)? {
    if line.hasPrefix("- ") || line.hasPrefix("* ") {
      return ("•", line.dropFirst(2).trimmingBlanks())
    }
    if let first = line.first, HeadingNumber.value(ofCircled: first) != nil {
      return (String(first), line.dropFirst().trimmingBlanks())
    }
    var rest = Substring(line)
    var open: Character?
    var word: String?
    if let c = rest.first, c == "（" || c == "(" {
      open = c
      rest = rest.dropFirst()
    } else if let prefix = questionWords.first(where: { rest.hasPrefix($0) }) {
      word = prefix
      rest = rest.dropFirst(prefix.count)
    }
    var digits = ""
    while let c = rest.first, c.isASCII, c.isNumber, digits.count < 4 {
      digits.append(c)
      rest = rest.dropFirst()
    }
    // 问题一： — a question word with a Chinese number and a colon.
    if digits.isEmpty, word != nil && word != "Q" {
      while let c = rest.first, HeadingNumber.isNumeralCharacter(c), digits.count < 4 {
        digits.append(c)
        rest = rest.dropFirst()
      }
      guard !digits.isEmpty, let colon = rest.first, colon == "：" || colon == ":" else { return nil }
      let after = rest.dropFirst()
      return (String(line[line.startIndex..<after.startIndex]), after.trimmingBlanks())
    }
    guard !digits.isEmpty, let marker = rest.first else { return nil }
    let after = rest.dropFirst()
    if let open {
      guard marker == (open == "（" ? "）" : ")") else { return nil }
    } else if let word {
      switch marker {
      case " ", "\t",
        "\u{3000}" where word != "Q":
        let label = String(line[line.startIndex..<rest.startIndex])
        return (label, rest.trimmingBlanks())
      case "：", ":", "．", "、", "）", ")": break
      case ".":
        guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
      default: return nil
      }
    } else {
      switch marker {
      case ".", ")":
        guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
      case "．", "、", "）":
        if let next = after.first, next.isASCII && next.isNumber { return nil }
      default:
        return nil
      }
    }
    let label = String(line[line.startIndex..<after.startIndex])
    return (label, after.trimmingBlanks())
  }

  /// Words that number a question: `问题1：`, `思考题1`, `Q1.`.
  static let questionWords = ["思考题", "讨论题", "问题", "任务", "Q"]

  static func isValidId(_ id: String) -> Bool {
    !id.isEmpty && id.count <= 100
      && id.unicodeScalars.allSatisfy { s in
        switch s {
        case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".": true
        default: !s.isASCII && s.isAlphanumeric
        }
      }
  }

  /// Reads the `---` YAML header, leaving `lines` on the first body line
  /// (`lineNo` counts the lines read).
  mutating func parseHeader(_ lines: inout ByteLines.Iterator, _ lineNo: inout Int) -> Header {
    var header = Header()
    guard let (yamlLines, start) = headerLines(&lines, &lineNo) else {
      header.readable = false
      return header
    }
    let node: HeaderYAML.Node?
    do {
      node = try HeaderYAML.parse(yamlLines)
    } catch {
      fail(start + error.line, column: error.column, .header(error.problem))
      header.readable = false
      return header
    }
    guard let node else { return header }
    guard let mapping = node.mapping else {
      fail(start + 1, .headerNotKeys)
      return header
    }
    for pair in mapping { take(pair, start: start, into: &header) }
    return header
  }

  /// The header's lines between its two `---` lines, and the line number of
  /// the first; nil (the reason said) when there is no header, it is never
  /// closed, or a line of it is not UTF-8. Without a header, `lines` is left
  /// on the first line that is not blank (it is the body's).
  mutating func headerLines(_ lines: inout ByteLines.Iterator, _ lineNo: inout Int) -> ([String], Int)? {
    var before = lines
    var beforeNo = lineNo
    var opening: Range<Int>?
    while let l = lines.next() {
      lineNo += 1
      if trimmed(l).isEmpty {
        before = lines
        beforeNo = lineNo
        continue
      }
      opening = l
      break
    }
    guard let opening, isDashes(opening) else {
      fail(opening != nil ? lineNo : 1, .noHeader)
      lines = before
      lineNo = beforeNo
      return nil
    }
    let start = lineNo
    var yamlLines: [String] = []
    var closed = false
    var valid = true
    while let l = lines.next() {
      lineNo += 1
      if isDashes(l) {
        closed = true
        break
      }
      guard let text = source.validString(l) else {
        fail(lineNo, .notUTF8(offset: nil))
        valid = false
        continue
      }
      yamlLines.append(text)
    }
    guard closed else {
      fail(start, .headerNotClosed)
      return nil
    }
    return valid ? (yamlLines, start) : nil
  }

  /// The keys a header may have.
  static let headerKeys = ["format", "id", "title", "subtitle", "source", "errata"]

  /// One `key: value` of the header (`start`: the header's first line).
  mutating func take(_ pair: HeaderYAML.Pair, start: Int, into header: inout Header) {
    let (key, value) = (pair.key, pair.value)
    let line = start + pair.line
    switch key {
    case "format":
      if value.string != CaseFormat.formatName {
        fail(line, .unsupportedFormat(found: value.string, reads: CaseFormat.formatName))
      }
    case "id":
      if let s = value.string, CaseParser.isValidId(s) {
        header.id = s
      } else {
        fail(line, .idNotValid)
      }
    case "title":
      if let s = value.string, !s.isEmpty { header.title = s } else { fail(line, .titleNotText) }
    case "subtitle": header.subtitle = value.string
    case "source": header.source = value.string
    case "errata":
      guard let seq = value.sequence else {
        fail(line, .errataNotList)
        return
      }
      header.errata += errata(seq, start: start)
    default:
      fail(line, .unknownHeaderKey(key, expected: CaseParser.headerKeys))
    }
  }

  /// The header's errata, each with its line; an item without `section`, `was` and `now` is refused.
  mutating func errata(_ items: [HeaderYAML.Node], start: Int) -> [(Erratum, Int)] {
    var out: [(Erratum, Int)] = []
    for item in items {
      let itemLine = start + item.line
      guard item.mapping != nil, let section = item["section"]?.string, let was = item["was"]?.string,
        let now = item["now"]?.string
      else {
        fail(itemLine, .erratumIncomplete)
        continue
      }
      out.append((Erratum(section: section, was: was, now: now, note: item["note"]?.string), itemLine))
    }
    return out
  }
}
