/// A hand-out as tagged lines, the form in which a teacher checks and fixes
/// what the importer guessed (`caseroom import … --review`): made from an
/// import result, and made back into a case by its tags, so that what is
/// written is what the tags say.
public struct TaggedHandout: Sendable, Equatable {
  public var id: String
  public var lines: [TaggedLine]

  public init(id: String, lines: [TaggedLine]) {
    self.id = id
    self.lines = lines
  }

  /// The lines of an import result: title, headings, every paragraph and
  /// item tagged by its section's role (a list's lead-in as body), and the
  /// lines left out as furniture, near where they stood.
  public init(_ result: ImportResult) {
    let c = result.result
    id = c.id
    var out: [TaggedLine] = [TaggedLine(.title, c.title)]
    if let s = c.subtitle { out.append(TaggedLine(.title, s)) }
    // Furniture goes back before the first line that came after it in the hand-out.
    var furniture = result.dropped.sorted { $0.line < $1.line }[...]
    func furnitureBefore(_ line: Int) {
      while let d = furniture.first, line > 0 && d.line < line {
        out.append(TaggedLine(.furniture, d.text, sourceLine: d.line))
        furniture = furniture.dropFirst()
      }
    }
    for s in c.sections {
      furnitureBefore(s.line)
      // The opening has no heading of its own where it stands first; after front matter (作者：…) it needs one.
      if s.id != "intro" || out.contains(where: { $0.tag == .heading }) {
        out.append(TaggedLine(.heading, s.title, level: s.level, number: s.number, sourceLine: s.line))
      }
      let part = CasePart.recognise(s.title)
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
    for d in furniture { out.append(TaggedLine(.furniture, d.text, sourceLine: d.line)) }
    lines = out
  }

  /// The case the tags say: the first title line is the title, a second the
  /// subtitle; each heading opens a section at its level (at most one deeper
  /// than the one before), whose role its name gives (not below the case's text); objective, question and
  /// step lines are the items of a section of that role (the heading's, else
  /// one opened for them); body lines are paragraphs where they stand; back
  /// matter goes under a back-matter heading (else one called 注释); furniture is left out.
  public func build() -> Case {
    var titles: [String] = []
    var sections: [Section] = []
    var items = 0
    // The level of the heading that names the case's text (案例正文), while its headings follow:
    // below it a heading is the case's own, whatever its name (`三、问题`), as the importer reads it.
    var bodyLevel: Int?
    // The sections a teacher made back matter (`TaggedLine.part`), by index.
    var back: Set<Int> = []
    func lastIsBackMatter() -> Bool {
      sections.last.map { back.contains(sections.count - 1) || isBackMatter($0) } ?? false
    }
    func open(_ title: String, number: String = "", level: Int, role: Role? = nil, part said: LineTag? = nil) {
      let level = max(1, min(level, (sections.last?.level ?? 0) + 1))
      if let b = bodyLevel, level <= b { bodyLevel = nil }
      if said == .backMatter { back.insert(sections.count) }
      let part = said == nil ? CasePart.recognise(title) : nil
      let named =
        said.map { $0.role ?? .content } ?? (part == nil && bodyLevel == nil ? ImportRoles.recognise(title) : nil)
      if said != .backMatter && part == nil && named == .content && bodyLevel == nil { bodyLevel = level }
      sections.append(Section(id: "", number: number, title: title, level: level, role: role ?? named ?? .content))
      items = 0
    }
    for line in lines {
      switch line.tag {
      case .furniture: continue
      case .title where titles.count < 2:
        titles.append(line.shown)
      case .title, .heading:
        var (number, title) = (line.number, line.text)
        if number.isEmpty { (number, title) = HeadingNumber.split(line.text) }
        open(
          title.isEmpty ? CaseImporter.untitledHeading : title, number: number,
          level: line.tag == .title ? 1 : max(1, line.level), part: line.tag == .heading ? line.part : nil)
      case .objective, .question, .step:
        let role = line.tag.role!
        if let s = sections.last, s.role == role {
        } else if let s = sections.last, s.role == .content, !s.hasText, !lastIsBackMatter() {
          sections[sections.count - 1].role = role
        } else {
          open(line.tag.sectionName, level: 1, role: role)
        }
        items += 1
        // An item without a number of its own is numbered when its list has numbers; a part
        // without any (one paragraph of objectives) stays paragraphs, each counted.
        let numbered = sections[sections.count - 1].paragraphs.contains { $0.label != nil }
        let label = line.number.isEmpty ? (numbered ? "\(items)．" : nil) : line.number
        let p = line.row.map { Paragraph(row: $0) } ?? Paragraph(line.text, label: label)
        sections[sections.count - 1].paragraphs.append(p)
      case .body, .backMatter:
        if line.tag == .backMatter, !lastIsBackMatter() {
          open(line.tag.sectionName, level: 1)
        } else if sections.isEmpty {
          open(line.tag.sectionName, level: 1)
        }
        sections[sections.count - 1].paragraphs.append(line.row.map { Paragraph(row: $0) } ?? Paragraph(line.shown))
      }
    }
    if titles.isEmpty { titles = [CaseImporter.untitled] }
    var c = Case(id: id, title: titles[0], subtitle: titles.count > 1 ? titles[1] : nil, sections: sections)
    TaggedHandout.assignIds(&c)
    return c
  }

  func isBackMatter(_ s: Section) -> Bool { CasePart.recognise(s.title) == .back }

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
