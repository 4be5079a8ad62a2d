import CaseroomEngine
import CaseroomSession
import FoundationEssentials
import Glibc

/// The reader's whole state: which case, where in it, what is open. Keys
/// change it through `handle(_:)`; `render()` draws it into a `Frame`.
/// Nothing here touches a terminal.
public struct ReaderState {
  /// What has the keyboard.
  public enum Mode: Equatable, Sendable {
    case reading
    /// The table of contents, with a selected row.
    case contents(selected: Int)
    /// The help screen, scrolled by some lines.
    case help(scroll: Int)
    /// Typing a search query.
    case searchPrompt(String)
    /// After `m`: waiting for the mark's letter.
    case awaitingMark
    /// After `'`: waiting for a letter or a second `'`.
    case awaitingJump
    /// The discussion questions in full (a side pane on wide terminals), with the selected one.
    case questions(selected: Int)
  }

  /// A search hit, located in the reading sections.
  public struct Hit: Equatable, Sendable {
    public var section: Int
    /// Paragraph index, -1 for the heading.
    public var paragraph: Int
    /// UTF-8 offsets in the paragraph (or heading).
    public var range: Range<Int>
  }

  public let document: Case
  /// The sections that hold text, in reading order.
  public let sections: ReadingSections
  /// 1-based number of each reading section among the content sections (nil for objectives, questions…).
  public let contentNumbers: [Int?]
  public let contentCount: Int
  /// The rows of the table of contents: every heading of the case; the ones
  /// without text (二、案例内容) are labels (`reading` is nil).
  public let tocRows: TocRows
  /// The table-of-contents row of each reading section.
  let tocRowOfSection: [Int]
  /// Reading index of each section id.
  public let sectionIndex: [String: Int]
  /// Sections laid out: kept by `update` (the section on screen is laid out
  /// whenever it or the width changes), only looked at by `render`.
  public internal(set) var cache: LayoutCache

  public internal(set) var rows: Int
  public internal(set) var cols: Int
  /// Index of the section being read (laid out as soon as it changes).
  public internal(set) var section: Int { didSet { layOut() } }
  /// First layout line on screen.
  public internal(set) var top: Int
  public internal(set) var mode: Mode = .reading
  public internal(set) var query: String?
  public internal(set) var hits: [Hit] = []
  public internal(set) var hitIndex: Int?
  public internal(set) var marks: [Character: Anchor] = [:]
  /// Stored marks the reader cannot use (a name other than one letter, such
  /// as a hand-made `zz`, or a section no longer in the case): kept as they
  /// were and saved again, never dropped.
  var keptMarks: [String: ReadingPositions.Mark] = [:]
  /// Where the reader was before the last jump (for `''`).
  public internal(set) var previous: Anchor?
  /// Ids of the sections read: their end has been on screen and the reader
  /// spent a plausible time on them (`ReadingProgress`).
  public internal(set) var read: Set<String> = []
  /// Ids of the sections whose end has been on screen.
  public internal(set) var endSeen: Set<String> = []
  /// Seconds spent on each section (idle gaps not counted).
  public internal(set) var seconds: [String: Double] = [:]
  /// When time was last counted.
  var lastTick: Date?
  /// The time of the event being handled (set by the screen before each key: the search field's undo groups keys by it).
  public var now = Date(timeIntervalSince1970: 0)
  /// A one-line message in the status bar, until the next key.
  public internal(set) var message: String?
  /// Whether the side table of contents is shown on wide terminals.
  public internal(set) var showPane = true
  public internal(set) var wantsQuit = false
  /// The passage marked with `(` / `)`, for citing and annotating.
  public internal(set) var passage: Passage?
  /// Something for the workspace to do (open the answers, cite…), taken by it.
  public var request: ReaderRequest?
  /// Lines added at the end of the help screen (where the files are).
  public var helpFooter: [String] = []
  /// Whether a group session is open (citing and annotating need one).
  public var hasSession = false
  /// The group reading, for the header (nil when reading alone).
  public var groupName: String?
  /// Passages the group cited, and passages it annotated, per reading
  /// section: marked in the text (and ✎ beside a note's first line).
  public var cited: [Int: [MarkedRange]] = [:]
  public var noted: [Int: [MarkedRange]] = [:]
  /// A passage shown for a moment after a jump to it (until the next key).
  public var flashed: Passage?
  /// The search prompt's field while it is open.
  var searchField: EditorBox?
  /// How far the group's answer to each question is (set by the workspace; empty when reading alone).
  public var questionNotes: [QuestionNote] = []
  /// Who of the group is here now (`在线：李华、王芳`), over the questions panel; nil: reading alone.
  public var presence: String?
  /// The passage to keep on screen across resizes, even where a bigger screen
  /// had to show the section from higher up. Cleared by any key.
  var pinned: Anchor?
  /// Set by Ctrl-L: the terminal should repaint everything.
  public var wantsFullRedraw = false

  /// The smallest terminal the reader draws in; below it, a notice.
  public static let minimumCols = 20
  public static let minimumRows = 6
  /// Terminals at least this wide show the table of contents beside the text.
  public static let paneMinimumCols = 100
  /// Text lines are never wider than this, however wide the terminal.
  public static let maximumTextWidth = 100

  public init(document: Case, rows: Int, cols: Int, at anchor: Anchor? = nil) {
    self.document = document
    // One pass over the sections: those with text are read in order; content ones are numbered.
    // The reading sections and the contents rows are views of the case's own array: a
    // 2,000-section case is not copied (twice it was 350 kB of memory to fault in and fill).
    let all = document.sections
    let count = all.count
    var numbers: [Int?] = []
    var index: [String: Int] = [:]
    var readingOfRow: [Int?] = []
    var rowOf: [Int] = []
    numbers.reserveCapacity(count)
    index.reserveCapacity(count)
    readingOfRow.reserveCapacity(count)
    rowOf.reserveCapacity(count)
    var content = 0
    for (row, s) in all.enumerated() {
      guard s.hasText else {
        readingOfRow.append(nil)
        continue
      }
      if s.role == .content { content += 1 }
      index[s.id] = rowOf.count
      readingOfRow.append(rowOf.count)
      numbers.append(s.role == .content ? content : nil)
      rowOf.append(row)
    }
    let reading = ReadingSections(all: all, rowOf: rowOf)
    sections = reading
    contentNumbers = numbers
    contentCount = content
    sectionIndex = index
    tocRows = TocRows(sections: all, reading: readingOfRow)
    tocRowOfSection = rowOf
    cache = LayoutCache(sections: reading)
    self.rows = rows
    self.cols = cols
    section = 0
    top = 0
    if let anchor, anchor.section >= 0 && anchor.section < reading.count { go(to: anchor) }
    layOut()
    noteReading()
  }
}

// MARK: - Geometry

extension ReaderState {
  /// Where things go on the screen at the current size.
  public struct Geometry: Equatable, Sendable {
    public var tooSmall: Bool
    /// Columns of the side table of contents (0 when not shown).
    public var paneWidth: Int
    /// First column and width of the text.
    public var textX: Int
    public var textWidth: Int
    /// Rows of text between the header and the status bar.
    public var viewRows: Int
  }

  public var geometry: Geometry {
    let tooSmall = cols < Self.minimumCols || rows < Self.minimumRows
    let wide = cols >= Self.paneMinimumCols
    // The questions take the contents pane's place while shown, a little wider.
    let pane = wide && showsQuestions ? min(56, cols * 2 / 5) : wide && showPane ? min(34, cols / 4) : 0
    let regionX = pane > 0 ? pane + 1 : 0
    let region = cols - regionX
    let margin = region >= 60 ? 3 : region >= 30 ? 1 : 0
    let width = max(Layout.minimumWidth, min(Self.maximumTextWidth, region - 2 * margin))
    let x = regionX + max(0, (region - width) / 2)
    return Geometry(tooSmall: tooSmall, paneWidth: pane, textX: x, textWidth: width, viewRows: max(1, rows - 2))
  }

  /// The current section laid out at the current text width (as kept: nothing changes).
  public var layout: SectionLayout { cache.peek(section, width: geometry.textWidth) }

  /// Lays out the section on screen at the current width and keeps it (in
  /// `update`, so that drawing lays out nothing).
  mutating func layOut() {
    guard !geometry.tooSmall, sections.indices.contains(section) else { return }
    _ = cache.layout(section, width: geometry.textWidth)
  }

  var maxTop: Int { max(0, layout.lines.count - geometry.viewRows) }
}

// MARK: - Positions

extension ReaderState {
  /// The place at the top of the screen.
  public var anchor: Anchor { top == 0 ? Anchor(section: section) : anchor(ofLine: top, in: section) }

  func anchor(ofLine index: Int, in s: Int) -> Anchor {
    let lines = cache.peek(s, width: geometry.textWidth).lines
    guard index < lines.count, index >= 0 else { return Anchor(section: s) }
    let line = lines[index]
    switch line.kind {
    case .heading: return Anchor(section: s, paragraph: -1, offset: line.range.lowerBound)
    case .body: return Anchor(section: s, paragraph: line.paragraph ?? 0, offset: line.range.lowerBound)
    case .blank:
      let next = lines[(index + 1)...].first { $0.paragraph != nil }
      return Anchor(section: s, paragraph: next?.paragraph ?? 0, offset: -1)
    }
  }

  /// The layout line that shows an anchor's place.
  func line(of anchor: Anchor) -> Int {
    let l = cache.peek(anchor.section, width: geometry.textWidth)
    if anchor.paragraph < 0 {
      return l.lines.lastIndex { $0.kind == .heading && $0.range.lowerBound <= anchor.offset } ?? 0
    }
    guard anchor.paragraph < l.paragraphStarts.count else { return max(0, l.lines.count - 1) }
    let start = l.paragraphStarts[anchor.paragraph]
    if anchor.offset < 0 { return max(0, start - 1) }
    var i = start
    while i + 1 < l.lines.count && l.lines[i + 1].paragraph == anchor.paragraph
      && l.lines[i + 1].range.lowerBound <= anchor.offset
    {
      i += 1
    }
    return i
  }

  /// Moves to an anchor: its line at the top of the screen (as far as the section allows).
  /// While the terminal is too small to show text, nothing is laid out: the
  /// anchor is pinned, and the next resize puts it on screen.
  mutating func go(to anchor: Anchor) {
    section = min(max(0, anchor.section), sections.count - 1)
    if geometry.tooSmall {
      top = 0
      pinned = Anchor(section: section, paragraph: anchor.paragraph, offset: anchor.offset)
      return
    }
    top = min(line(of: anchor), maxTop)
  }

  /// Moves to an anchor and remembers where we were, for `''`.
  mutating func jump(to anchor: Anchor, context: Int = 0) {
    let here = self.anchor
    section = min(max(0, anchor.section), sections.count - 1)
    top = min(max(0, line(of: anchor) - context), maxTop)
    if here != self.anchor { previous = here }
  }

  /// Notes that the section's end is on screen, and marks it read once its
  /// end has been seen and enough time spent on it. Only the content's
  /// sections are read (`已读 8/17` counts them, the summary too): 教学目的
  /// or 思考题 are never ticked ✓ in the contents.
  mutating func noteReading() {
    guard !sections.isEmpty, !geometry.tooSmall, contentNumbers[section] != nil else { return }
    let id = sections[section].id
    if top + geometry.viewRows >= layout.lines.count { endSeen.insert(id) }
    // Time first: the characters are counted (the whole section) only once some has been spent.
    let spent = seconds[id, default: 0]
    if endSeen.contains(id) && !read.contains(id) && spent > 0
      && spent >= ReadingProgress.secondsNeeded(for: sections[section])
    {
      read.insert(id)
    }
  }

  /// Counts the time since the last tick on the section on screen (while
  /// reading; gaps of a minute or more are idle, not reading).
  public mutating func tick(now: Date) {
    defer { lastTick = now }
    guard mode == .reading || showsQuestions, let last = lastTick, !sections.isEmpty else { return }
    let dt = now.timeIntervalSince(last)
    guard dt > 0 && dt < ReadingProgress.idleGap else { return }
    seconds[sections[section].id, default: 0] += dt
    noteReading()
  }

  /// Stops counting time until the next tick (the text is not on screen).
  public mutating func stopClock() { lastTick = nil }

  /// Takes the time already spent on each section (a group's session).
  public mutating func restoreTimes(_ times: [String: Double]) {
    for (id, t) in times where sectionIndex[id] != nil { seconds[id] = t }
  }

  /// The Alt keys the reader answers: the editor's, in the search prompt.
  public var altKeys: Set<Key> {
    if case .searchPrompt = mode { return Keymap.editorAltKeys }
    return []
  }

  /// Sections read, of the content sections (`已读 8/17`).
  public var readCount: Int {
    sections.indices.filter { contentNumbers[$0] != nil && read.contains(sections[$0].id) }.count
  }

  /// How far through the section the bottom of the screen is, in percent.
  public var percent: Int {
    let count = layout.lines.count
    guard count > 0 else { return 100 }
    return min(100, (min(count, top + geometry.viewRows) * 100) / count)
  }

  /// The heading shown in the top bar: `（七）金盾工程  7/17`.
  public var sectionLabel: String {
    let s = sections[section]
    if let n = contentNumbers[section] { return "\(s.heading)  \(n)/\(contentCount)" }
    return s.heading
  }
}

/// A range of a paragraph's text (UTF-8 offsets) marked in the reader.
public struct MarkedRange: Equatable, Sendable {
  public var paragraph: Int
  public var range: Range<Int>
  public init(paragraph: Int, range: Range<Int>) {
    self.paragraph = paragraph
    self.range = range
  }
}

/// When a section counts as read: its end has been on screen and the reader
/// spent at least 30 % of the time it takes to read it at 500 字 a minute —
/// not after paging through it in a second, nor because a search landed in it.
public enum ReadingProgress {
  public static let charactersPerMinute = 500.0
  public static let share = 0.3
  /// A gap between ticks this long is idle time, not reading.
  public static let idleGap: TimeInterval = 60

  public static func secondsNeeded(for s: Section) -> Double {
    let characters = s.paragraphs.reduce(0) { $0 + CharacterCount.of($1.text) }
    return Double(characters) / charactersPerMinute * 60 * share
  }
}

/// The sections that hold text, in reading order: a view of the case's
/// sections through the row of each.
public struct ReadingSections: RandomAccessCollection, Sendable {
  let all: [Section]
  let rowOf: [Int]

  public var startIndex: Int { 0 }
  public var endIndex: Int { rowOf.count }
  public subscript(i: Int) -> Section { all[rowOf[i]] }
}

/// The rows of the table of contents: the case's sections, each with its
/// index among the reading sections (nil for a heading without text). A view
/// of the case's own array: nothing copied per section.
public struct TocRows: RandomAccessCollection, Sendable {
  let sections: [Section]
  let reading: [Int?]

  public var startIndex: Int { 0 }
  public var endIndex: Int { sections.count }
  public subscript(i: Int) -> (section: Section, reading: Int?) { (sections[i], reading[i]) }
}
