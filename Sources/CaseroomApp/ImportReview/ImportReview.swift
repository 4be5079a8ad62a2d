import CaseroomEngine
import FoundationEssentials

/// The import review (`caseroom import 原文 --review`): the hand-out line by
/// line, each line tagged (title, heading and level, objective, body,
/// question, plan step, back matter, furniture), the outline of the case the
/// tags make beside it and a checklist under it. One key re-tags a line; the
/// outline and checklist follow at once; `w` writes the case as tagged (an
/// effect, `Effect.writeCase`: nothing here touches a file).
public struct ImportReview {
  public internal(set) var handout: TaggedHandout
  /// The case the tags make now, and its outline's lines (rebuilt after every change).
  public internal(set) var built: Case { didSet { builtOutline = Outline(built) } }
  /// `built`'s outline, made once a change: the checklist is drawn from it at every frame (counting a long
  /// hand-out's characters at every frame made each key wait).
  var builtOutline: Outline
  /// The section each heading line opens in `built` (line index → section index).
  var sectionOfHeading: [Int: Int] = [:]
  /// The sections of `built` that are back matter.
  var backMatterSections: Set<Int> = []
  /// The label each item line is written with in `built` (line index → label): what the screen shows.
  var writtenLabels: [Int: String] = [:]
  /// The first row of the outline pane shown (it follows the cursor's section).
  var outlineTop = 0
  public internal(set) var cursor = 0
  var top = 0
  public internal(set) var rows = 0
  public internal(set) var cols = 0
  var history: [TaggedHandout] = []
  /// The changes undone, for redo (Ctrl-R); a new change forgets them.
  var future: [TaggedHandout] = []
  /// The tags as last written (as at the start before any write): the changes are those made since.
  var saved: TaggedHandout
  /// The tags a write in flight writes.
  var savingHandout: TaggedHandout?
  /// The headings with nothing under them the last write left out (not written as sections).
  var emptyLeftOut: [String] = []
  /// Why the last write failed (nil once one succeeds): `Q` then says so before the changes are left.
  var writeFailure: String?
  /// `Q` was typed while a write ran: leave when it is done.
  var quitWhenWritten = false
  /// The first row of the line in full (`Enter`), scrolled with j/k/Space.
  var wholeTop = 0
  /// A count typed before a key (`5x`), while it is being typed.
  var count: Int?
  /// Where a selection (`V`, `v`) started; the selected lines run from it to the cursor.
  var anchor: Int?
  /// The heading whose block `v` selected (a text tag then keeps it and its subheadings).
  var blockHeading: Int?
  /// `r` was pressed: the next key says what the heading opens.
  var askingPart = false
  /// The count typed before `r` (`3r`: the next three headings).
  var partCount: Int?
  var message: String?
  /// The search being typed after `/` (nil when none is).
  var searchText: String?
  /// The last search made, which `/` then Enter alone makes again.
  var lastSearch: String?
  /// Changes since the last write (undoing them all leaves none).
  public var dirty: Bool { handout != saved }
  /// The write asked for and not yet done (`Effect.writeCase`).
  public internal(set) var writing: CaseFileWrite?
  var quitAsked = false
  var helpShown = false
  /// The current line shown in full over the whole screen (`Enter`), until a key.
  var wholeShown = false
  var helpTop = 0
  /// The outline and checklist shown over the whole screen (`Tab`), until a key other than a scroll.
  var outlineShown = false
  /// Its first row shown.
  var outlineScreenTop = 0
  /// How many lines the hand-out's text has, when known (the status then numbers lines as the file does).
  let sourceLines: Int?
  /// Where `w` writes; nil: the case goes to standard output when the review ends.
  let output: URL?
  /// What the review ended with, for the command to print.
  public let outcome: ImportReviewOutcome

  /// `raw`: the hand-out's text, when known, so that the lines show in its order and the status gives its line numbers.
  public init(
    _ result: ImportResult, raw: String? = nil, output: URL?, outcome: ImportReviewOutcome = ImportReviewOutcome()
  ) {
    handout = TaggedHandout(result, names: Say.importSectionNames, raw: raw)
    // (A last line break ends the last line; it starts none.)
    sourceLines = raw.map { s in s.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 } - (s.hasSuffix("\n") ? 1 : 0) }
    saved = handout
    let l = handout.layout()
    (built, sectionOfHeading, backMatterSections, writtenLabels) = (l.case, l.headings, l.backMatter, l.labels)
    builtOutline = Outline(l.case)
    self.output = output
    self.outcome = outcome
  }

  /// Line `i` as the screen shows it: as `w` writes it (an item with the number it is written with).
  func shown(_ i: Int) -> String { handout.written(i, labels: writtenLabels) }

  /// The smallest screen it draws on.
  static let minimumRows = 4
  static let minimumCols = 20
}

/// What the import review leaves for the command: the case file's text when it was written to standard output.
public final class ImportReviewOutcome: @unchecked Sendable {
  public var caseText: String?
  public var wroteFile = false
  /// The review ended with changes not written (`Q` twice): the command says so and exits non-zero.
  public var leftUnwritten = false
  /// The headings with nothing under them the last write left out (not written as sections).
  var emptyLeftOut: [String] = []
  /// Why the last write failed, when it did and nothing was written after it.
  public var writeFailure: String?
  /// The case as tagged when the review was left after a failed write: the command saves it elsewhere.
  public var unwrittenText: String?
  public init() {}
}
