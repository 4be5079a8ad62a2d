/// One line of the import report: something the importer guessed, was unsure
/// of, or did not find, for the teacher to check in the `.case.md`. The note is
/// a value (`What`); the app words it (issue 20).
public struct ImportNote: Sendable, Equatable {
  public enum Kind: String, Sendable {
    /// A decision taken for a reason (a heading system, a title, a table): worth a glance.
    case guess
    /// A decision the importer is not sure of: check it.
    case unsure
    /// Something a case usually has that was not found.
    case missing
  }

  /// Where a run of headings was placed: the parts of the case, or a level under a heading.
  public enum Place: Sendable, Equatable {
    case parts
    case level(Int, under: String?)
  }

  /// What the note says, with the values it quotes. Quotes (`「…」`) are the hand-out's own text.
  public enum What: Sendable, Equatable {
    /// `heading`: read as the role from its name.
    case roleFromName(heading: String, role: Role)
    /// The numbering jumps from one heading to the next.
    case numberingJumps(from: String, to: String)
    /// `title` names the case's text; the headings of its kind after it are under it.
    case namesCaseText(title: String)
    /// A number with no title after it.
    case noTitle(number: String)
    /// Where the title ends is a guess; the body starts with `bodyStart` (quoted).
    case titleEnd(heading: String, reason: TitleGuess.Reason, bodyStart: String)
    /// `count` headings in 【】 at `place`.
    case bracketHeadings(count: Int, place: Place)
    /// `count` unnumbered headings at `place`; `names` the first six, `more` when there are others;
    /// `known`: all are the usual names of a case's parts (else short lines between paragraphs).
    case plainHeadings(count: Int, place: Place, names: [String], more: Bool, known: Bool)
    /// Headings by their form (Markdown `#`, Word's heading styles) at `place`.
    case styledHeadings(place: Place, names: [String], more: Bool)
    /// Numbered headings `span` (一、…五、) at `place`.
    case numberedHeadings(span: String, place: Place)
    /// A heading naming a role, a section of its own at the top level.
    case topLevelRole(title: String, role: Role)
    /// A role named inside a part's text (`思考：…？` after it): a section of that part, under `part`.
    case roleInPart(title: String, role: Role, part: String)
    /// Front or back matter or a teaching note, a section of its own at the top level.
    case topLevelPart(title: String, part: CasePart)
    /// A table numbered in its first column, read as items; its header row left out.
    case numberedTable(heading: String)
    /// A paragraph (`quote`; nil: the table's header row) kept as a list's introduction.
    case leadIn(heading: String, quote: String?)
    /// The title is the text before the first heading (no title line found).
    case titleBeforeHeadings(quote: String)
    /// No title line: the case is called 未命名案例.
    case noTitleLine
    /// The title's line ends where a title cannot (`…的`): the short line after it (`quote`) is the rest of it.
    case titleContinued(quote: String)
    /// The subtitle is short text between the title and the first heading.
    case subtitleBeforeHeadings(quote: String)
    /// The text before the first heading is kept as a section 引言.
    case introKept
    /// No headings: the whole text is one section.
    case noHeadings
    /// No objectives or questions found.
    case noRole(Role)
    /// The title given after its label (`案例名称：`).
    case titleAfterLabel(quote: String, label: String)
    /// The title is the first line (`afterFurniture`: once the page furniture was left out).
    case titleFirstLine(quote: String, afterFurniture: Bool)
    /// The subtitle is the line starting with —— after the title.
    case subtitleDash(quote: String)
    /// Hard line breaks joined inside paragraphs; `wrap`: the width in Chinese characters, when wrapped.
    case linesJoined(count: Int, wrap: Int?)
    /// A form copied from Word: rows of label and content, read as labelled lines.
    case form(rows: Int)
    /// A table kept as a table.
    case table(rows: Int, tabs: Bool, header: Bool, why: TableHeader)
  }

  /// Why a table's first row is, or is not, its header.
  public enum TableHeader: Sendable, Equatable, CaseIterable {
    case ruled
    case labels
    case data
  }

  public var kind: Kind
  /// The line of the raw text it is about, when it is about one.
  public var line: Int?
  public var what: What

  public init(_ kind: Kind, line: Int?, _ what: What) {
    self.kind = kind
    self.line = line
    self.what = what
  }
}
