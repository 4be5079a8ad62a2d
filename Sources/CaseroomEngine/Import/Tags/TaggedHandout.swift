/// A hand-out as tagged lines, the form in which a teacher checks and fixes
/// what the importer guessed (`caseroom import … --review`): made from an
/// import result, and made back into a case by its tags, so that what is
/// written is what the tags say.
public struct TaggedHandout: Sendable, Equatable {
  public var id: String
  public var lines: [TaggedLine]
  /// The names of the parts caseroom opens itself (the opening, a part for strays), in the screen's language.
  public var names = SectionNames.chinese

  public init(id: String, lines: [TaggedLine]) {
    self.id = id
    self.lines = lines
  }

  /// The lines of an import result: title, headings, every paragraph and
  /// item tagged by its section's role (a list's lead-in as body), and the
  /// lines left out as furniture, near where they stood.
  /// `raw`: the hand-out's text the result was read from, when known: the title is then put where it stands in
  /// it (after a greeting, a breadcrumb, a page's header left out above it), so the lines show in the file's order.
  public init(_ result: ImportResult, names: SectionNames = .chinese, raw: String? = nil) {
    let c = result.result
    id = c.id
    self.names = names
    var out: [TaggedLine] = []
    // The role the importer found for each heading line.
    var found: [Int: Role] = [:]
    // The title and the subtitle go where each stands in the hand-out when that is known, else first.
    let rawLines = raw?.split(separator: "\n", omittingEmptySubsequences: false)
    let titleLine = rawLines.flatMap { TaggedHandout.titleLine(of: result, in: $0, text: c.title, after: 0) }
    let subtitleLine = c.subtitle.flatMap { sub in
      titleLine.flatMap { t in rawLines.flatMap { TaggedHandout.titleLine(of: result, in: $0, text: sub, after: t) } }
    }
    var pending: [(line: Int, title: TaggedLine)] = [
      (titleLine ?? 0, TaggedLine(.title, c.title, sourceLine: titleLine))
    ]
    if let sub = c.subtitle {
      pending.append((subtitleLine ?? titleLine ?? 0, TaggedLine(.title, sub, sourceLine: subtitleLine ?? titleLine)))
    }
    /// The title lines that stand before `line` (or on it, `onIt`: before a label left out on the title's line).
    func titles(before line: Int, onIt: Bool) {
      while let p = pending.first, p.line < line || onIt && p.line == line {
        out.append(p.title)
        pending.removeFirst()
      }
    }
    if titleLine == nil { titles(before: 1, onIt: true) }
    // Furniture goes back before the first line that came after it in the hand-out.
    var furniture = result.dropped.sorted { $0.line < $1.line }[...]
    func furnitureBefore(_ line: Int) {
      while let d = furniture.first, line > 0 && d.line < line {
        titles(before: d.line, onIt: true)
        out.append(TaggedLine(.furniture, d.text, sourceLine: d.line))
        furniture = furniture.dropFirst()
      }
      if line > 0 { titles(before: line, onIt: false) }
    }
    for s in c.sections {
      // A heading the importer made up (no line of its own: `案例正文` over a slide outline) stands before its text.
      furnitureBefore(s.line > 0 ? s.line : s.paragraphs.first?.line ?? 0)
      let part = CasePart.recognise(s.title)
      // The opening has no heading of its own where it stands first; after front matter (作者：…) it needs one.
      if s.id != "intro" || out.contains(where: { $0.tag == .heading }) {
        found[out.count] = s.role
        // The importer's own name for the opening (引言) is caseroom's, in the screen's language.
        let title = s.id == "intro" && s.title == CaseImporter.introTitle ? names.intro : s.title
        out.append(TaggedLine(.heading, title, level: s.level, number: s.number, sourceLine: s.line))
      }
      let paragraphs = s.paragraphs
      let hasItems = paragraphs.contains(where: \.isItem)
      for p in paragraphs {
        var tag: LineTag
        if part == .back {
          tag = .backMatter
        } else {
          switch s.role {
          case .objectives: tag = .objective
          case .questions: tag = .question
          case .arrangement: tag = .step
          case .content: tag = .body
          }
          if tag != .body && hasItems && !p.isItem { tag = .body }  // a lead-in, a table's header row
        }
        furnitureBefore(p.line)
        out.append(
          TaggedLine(tag, p.row == nil ? p.text : p.row!.text, number: p.label ?? "", row: p.row, sourceLine: p.line))
      }
    }
    furnitureBefore(Int.max)
    titles(before: Int.max, onIt: true)
    lines = out
    // Where the tags alone would give a heading another role than the importer found, the heading says it.
    let built = settledLayout()
    for (i, role) in found {
      if let k = built.headings[i], built.case.sections[k].role != role { lines[i].part = LineTag.forRole(role) }
    }
  }

  /// The line of the hand-out's `lines` (1-based) a title line (`text`: the title, or the subtitle) stands on: the first line
  /// after line `after` and before the case's first heading that is no paragraph's, was not left out (but for
  /// the title's label, `【案例】`, on its line) and holds the title's first characters (a label or a Markdown
  /// `#` may come before them).
  static func titleLine(of result: ImportResult, in lines: [Substring], text title: String, after: Int) -> Int? {
    let c = result.result
    let key = String(title.unicodeScalars.filter { !isBlank($0) }.prefix(4).map(Character.init))
    guard !key.isEmpty else { return nil }
    let dropped = Set(result.dropped.filter { $0.reason != .titleLabel }.map(\.line))
    let paragraphs = Set(c.sections.flatMap { $0.paragraphs.map(\.line) })
    let headings = c.sections.filter { $0.id != "intro" }.map(\.line).filter { $0 > 0 }
    let limit = min(lines.count, (headings.min() ?? lines.count + 1) - 1)
    guard limit >= after + 1 else { return nil }
    for k in (after + 1)...limit where !dropped.contains(k) && !paragraphs.contains(k) {
      let text = String(lines[k - 1].unicodeScalars.filter { !isBlank($0) }.map(Character.init))
      if text.contains(key) { return k }
    }
    return nil
  }

  /// Gives every heading the level the build writes it at (at most one deeper than the section before),
  /// so that the level a line shows is the level written.
  public mutating func settleLevels() {
    _ = settledLayout()
  }

  /// Settles the levels (`settleLevels`) and returns the layout of the lines as settled: laid out once when no
  /// level changes (a re-tag, most keys), twice when one does.
  @discardableResult
  public mutating func settledLayout() -> Layout {
    let built = layout()
    var changed = false
    for (i, k) in built.headings where lines[i].tag == .heading && lines[i].level != built.case.sections[k].level {
      lines[i].level = built.case.sections[k].level
      changed = true
    }
    return changed ? layout() : built
  }

  /// What `layout()` makes of the lines.
  public typealias Layout = (case: Case, headings: [Int: Int], backMatter: Set<Int>, labels: [Int: String])

  /// The case the tags say: the first title line is the title, a second the
  /// subtitle; each heading opens a section at its level (one deeper than the nearest heading above
  /// asked higher, so at most one deeper than the one before), whose role its name gives (not below the case's text); objective, question and
  /// step lines are the items of a section of that role (the heading's, else
  /// one opened for them); body lines are paragraphs where they stand; back
  /// matter is a section of its own at the top level, as the importer writes it: a heading
  /// named so (附录) or made so (`r n`) opens one, its lines are its paragraphs (never items), and a
  /// back-matter line anywhere else goes to the back matter at the case's end (its last section
  /// when that is back matter, else one called 注释 opened there); furniture is left out.
  public func build() -> Case { layout().case }

  /// The build, with the section each heading line opens (line index → section index), the
  /// sections that are back matter, and the label each item line is written with (line index → label, `""`
  /// for none): a part's items are numbered again where the tags make them so, and the screen shows
  /// what the file writes, not the number the line was copied with.
  ///
  /// Linear in the lines (a hand-out of 200,000 lines is laid out at each key): each section's items are counted
  /// and its numbering known as they are added, never by a walk over what it holds.
  public func layout() -> Layout {
    var headings: [Int: Int] = [:]
    // Back-matter lines outside back matter: they go to the back matter at the end.
    var backStrays: [TaggedLine] = []
    // Items tagged outside a part of their role: they go to the case's part of that role (the first, else one
    // opened at the end), and the text around them stays where it is.
    var strays: [(role: Role, line: TaggedLine, at: Int)] = []
    // The line each section was opened at (a section opened for strays at the end has none).
    var openedAt: [Int: Int] = [:]
    // The paragraphs made from item lines, by section.
    var itemParagraphs: [Int: [Int]] = [:]
    // The line each item paragraph was made from, by section (paragraph index → line index).
    var itemLines: [Int: [Int: Int]] = [:]
    var titles: [String] = []
    var sections: [Section] = []
    // The sections that may be parents of the next: the level each was asked at, the level it is written at, its index.
    var asked: [(asked: Int, written: Int, index: Int)] = []
    var items = 0
    // The level of the heading that names the case's text (案例正文), while its headings follow:
    // below it a heading is the case's own, whatever its name (`三、问题`), as the importer reads it.
    var bodyLevel: Int?
    // The sections a teacher made back matter (`TaggedLine.part`), by index.
    var back: Set<Int> = []
    // The last top-level section.
    var lastTop: Int?
    // Whether each section's items have a number (not a bullet) among them.
    var numberedSection: [Bool] = []
    /// Whether the part being written is back matter (the last top-level section, or one under it).
    func lastIsBackMatter() -> Bool {
      lastTop.map(back.contains) ?? false
    }
    func open(_ title: String, number: String = "", level askedLevel: Int, role: Role? = nil, part said: LineTag? = nil)
    {
      let part = said == nil ? CasePart.recognise(title) : nil
      // Back matter stands at the top, as the importer puts it, whatever level its heading was at.
      let isBack = said == .backMatter || (said == nil && part == .back)
      let askedFor = isBack ? 1 : askedLevel
      // One level below the nearest section asked higher: at most one deeper than the one before, and
      // siblings stay siblings when the heading above them is gone (`x`) or moved.
      while let top = asked.last, top.asked >= askedFor { asked.removeLast() }
      // The parent: the nearest section above at a level higher (those after it are deeper, taken off above).
      let parentIndex = asked.last?.index
      let written = (asked.last?.written ?? 0) + 1
      asked.append((askedFor, written, sections.count))
      let level = written
      if let b = bodyLevel, level <= b { bodyLevel = nil }
      if isBack { back.insert(sections.count) }
      let named =
        said.map { $0.role ?? .content } ?? (part == nil && bodyLevel == nil ? ImportRoles.recognise(title) : nil)
      if said != .backMatter && part == nil && named == .content && bodyLevel == nil { bodyLevel = level }
      // A section whose name gives no role takes its parent's, as the case format reads it.
      let parent = parentIndex.map { sections[$0].role }
      sections.append(
        Section(id: "", number: number, title: title, level: level, role: role ?? named ?? parent ?? .content))
      numberedSection.append(false)
      if level == 1 { lastTop = sections.count - 1 }
      items = 0
    }
    func addItem(_ line: TaggedLine, at i: Int, to k: Int, count: Int) {
      // An item without a number of its own is numbered when its list has numbers; a part
      // without any is numbered at the end, as every part's items are (bullets are no numbers).
      let numbered = numberedSection[k]
      // `3．2015年` would read back as a number with decimals: an item starting with a digit is numbered `（3）`.
      let digitFirst = line.text.first.map { $0.isASCII && $0.isNumber } == true
      let made = digitFirst ? "（\(count)）" : "\(count)．"
      let label = line.number.isEmpty ? (numbered ? made : nil) : line.number
      itemParagraphs[k, default: []].append(sections[k].paragraphs.count)
      itemLines[k, default: [:]][sections[k].paragraphs.count] = i
      sections[k].paragraphs.append(line.row.map { Paragraph(row: $0) } ?? Paragraph(line.text, label: label))
      if let l = sections[k].paragraphs.last?.label, l != TaggedHandout.bullet { numberedSection[k] = true }
    }
    for (i, line) in lines.enumerated() {
      switch line.tag {
      case .furniture: continue
      case .title where titles.count < 2:
        titles.append(line.shown)
      case .title, .heading:
        var (number, title) = (line.number, line.text)
        if number.isEmpty { (number, title) = HeadingNumber.split(line.text) }
        if line.tag == .heading { headings[i] = sections.count }
        openedAt[sections.count] = i
        open(
          title.isEmpty ? CaseImporter.untitledHeading : title, number: number,
          level: line.tag == .title ? 1 : max(1, line.level), part: line.tag == .heading ? line.part : nil)
      case .objective, .question, .step:
        let role = line.tag.role!
        // (No copy of the section kept meanwhile: its paragraphs would be copied at the append.)
        guard sections.last?.role == role else {
          strays.append((role, line, i))
          continue
        }
        items += 1
        addItem(line, at: i, to: sections.count - 1, count: items)
      case .backMatter where !lastIsBackMatter():
        backStrays.append(line)
      case .body, .backMatter:
        if sections.isEmpty { open(line.tag.sectionName(names), level: 1) }
        sections[sections.count - 1].paragraphs.append(line.row.map { Paragraph(row: $0) } ?? Paragraph(line.shown))
      }
    }
    // Strays written before the part they go to come before its own items, in reading order (a question after
    // each part, then 综合讨论's): after its lead-in and the strays put there already.
    var before: [Int: Int] = [:]
    var itemsFrom: [Int: Int] = [:]
    // The part each role's strays go to, and how many items it holds: found once, not at each stray.
    var partFor: [Role: Int] = [:]
    var itemCount: [Int: Int] = [:]
    for (role, line, at) in strays {
      let k =
        partFor[role] ?? sections.firstIndex { $0.role == role }
        ?? {
          open(LineTag.forRole(role).sectionName(names), level: 1, role: role)
          return sections.count - 1
        }()
      partFor[role] = k
      let count = itemCount[k] ?? sections[k].paragraphs.filter(\.isItem).count
      addItem(line, at: at, to: k, count: count + 1)
      itemCount[k] = count + (sections[k].paragraphs.last!.isItem ? 1 : 0)
      guard let opened = openedAt[k], at < opened else { continue }
      // Where the part's own items start, as it was before any stray came before them.
      let leadIn =
        before[k] == nil
        ? sections[k].paragraphs.dropLast().firstIndex(where: \.isItem) ?? sections[k].paragraphs.count - 1
        : itemsFrom[k]!
      itemsFrom[k] = leadIn
      let place = leadIn + before[k, default: 0]
      if place < sections[k].paragraphs.count - 1 {
        var p = sections[k].paragraphs.removeLast()
        if line.number.isEmpty && line.row == nil { p.label = nil }  // numbered by its place, below
        if !p.isItem { itemCount[k] = count }
        sections[k].paragraphs.insert(p, at: place)
        itemParagraphs[k] = itemParagraphs[k, default: []].dropLast().map { $0 >= place ? $0 + 1 : $0 } + [place]
        itemParagraphs[k]!.sort()
        let last = sections[k].paragraphs.count - 1
        itemLines[k] = Dictionary(
          uniqueKeysWithValues: itemLines[k, default: [:]].map { p, l in
            (p == last ? place : p >= place ? p + 1 : p, l)
          })
      }
      before[k, default: 0] += 1
    }
    if !backStrays.isEmpty && !lastIsBackMatter() {
      open(LineTag.backMatter.sectionName(names), level: 1, part: .backMatter)
    }
    for line in backStrays {
      sections[sections.count - 1].paragraphs.append(line.row.map { Paragraph(row: $0) } ?? Paragraph(line.shown))
    }
    // A line tagged objective, question or step is an item as the file writes it (else it would be written
    // as a paragraph and read back as one: the screen's `3 步` a file's `3 ¶`), and a part's items alike:
    // in a part whose items have numbers, an item without one (or with a bullet) is numbered; in a part of
    // bullets, it takes a bullet; in a part with neither, all are numbered. Where strays came before its own
    // items, all are numbered again in their order (no two called 1．).
    for (k, items) in itemParagraphs {
      let labels = items.map { sections[k].paragraphs[$0] }.filter { $0.row == nil }.map(\.label)
      let numbers = labels.contains { $0 != nil && $0 != TaggedHandout.bullet }
      let bullets = labels.contains { $0 == TaggedHandout.bullet }
      let again = before[k, default: 0] > 0 && numbers
      for (n, p) in items.enumerated() where sections[k].paragraphs[p].row == nil {
        let label = sections[k].paragraphs[p].label
        if !numbers && bullets {
          if label == nil { sections[k].paragraphs[p].label = TaggedHandout.bullet }
          continue
        }
        guard again || label == nil || label == TaggedHandout.bullet else { continue }
        let digitFirst = sections[k].paragraphs[p].text.first.map { $0.isASCII && $0.isNumber } == true
        sections[k].paragraphs[p].label = digitFirst ? "（\(n + 1)）" : "\(n + 1)．"
      }
    }
    var labels: [Int: String] = [:]
    for (k, lines) in itemLines {
      for (p, i) in lines where sections[k].paragraphs[p].row == nil {
        labels[i] = sections[k].paragraphs[p].label ?? ""
      }
    }
    if titles.isEmpty { titles = [CaseImporter.untitled] }
    var c = Case(id: id, title: titles[0], subtitle: titles.count > 1 ? titles[1] : nil, sections: sections)
    TaggedHandout.assignIds(&c)
    return (c, headings, back, labels)
  }

  /// Line `i` as the case file writes it, given the labels of `layout()`: an item with the label it is
  /// written with (numbered again or given a number there), any other line as `TaggedLine.written`.
  public func written(_ i: Int, labels: [Int: String]) -> String {
    guard lines.indices.contains(i) else { return "" }
    guard let label = labels[i] else { return lines[i].written }
    return ParagraphStyle.shownLabel(label) + lines[i].text
  }

  /// The label of a bulleted item (`•`, `- `, `* ` as copied), which is no number.
  static let bullet = "•"

  /// Role names for the parts with a role (the first of each); the others numbered in order
  /// among their siblings without one, under their parent's id: `s1`, `s2`, `s2-1`, `questions-1`.
  /// The importer's opening (`intro`) keeps its id.
  static func assignIds(_ c: inout Case) {
    var used: Set<String> = []
    var roots = 0
    // The sections above the one being named, one per level: their ids and how many numbered children each has.
    var above: [(id: String, children: Int)] = []
    for i in c.sections.indices {
      if c.sections[i].id == "intro" && !used.contains("intro") {
        used.insert("intro")
        continue
      }
      above.removeLast(max(0, above.count - (c.sections[i].level - 1)))
      let role = c.sections[i].role
      var id: String
      if role != .content && !used.contains(role.rawValue) {
        id = role.rawValue
      } else if above.isEmpty {
        roots += 1
        id = "s\(roots)"
      } else {
        above[above.count - 1].children += 1
        id = above[above.count - 1].id + "-\(above[above.count - 1].children)"
      }
      var n = 2
      let base = id
      while used.contains(id) {
        id = "\(base)-\(n)"
        n += 1
      }
      c.sections[i].id = id
      used.insert(id)
      above.append((id, 0))
    }
  }
}
