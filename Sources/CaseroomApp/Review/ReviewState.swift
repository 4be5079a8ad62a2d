import CaseroomEngine
import CaseroomReview
import CaseroomSession
import FoundationEssentials

/// The instructor's review: a grid of groups × questions that follows the
/// groups as they write, one answer at a time (or two side by side) with its
/// citations and feedback, the presentation order, and a presenter view for
/// the projector. Plain state; as a `Screen` it looks at the session folders
/// once a second (`live`) and saves `review` to its file whenever
/// `reviewChanged` is set.
public struct ReviewState {
  public enum Screen: Equatable, Sendable {
    case grid
    case answer
    case presenter
    case order
    /// The folders read and the files found and skipped.
    case files
    /// The class as a whole (`InsightPanel`).
    case insight
  }

  /// One group's feedback on one question.
  struct Cell: Hashable {
    var group: String
    var question: Int
  }

  public internal(set) var all: ClassSessions
  public internal(set) var review: Review
  public internal(set) var rows: Int
  public internal(set) var cols: Int
  /// The views open and what is open over them (`ReviewStack`): the top takes the keys, Esc pops it.
  var stack = ReviewStack()
  public internal(set) var sort = ReviewSort()
  /// The groups' names in the grid's order.
  public internal(set) var order: [String] = []
  /// The selected group's row in `order`, and its name (the selection follows the group when the order changes).
  public internal(set) var row = 0
  public internal(set) var selected: String?
  /// The selected question (0-based).
  public internal(set) var question = 0
  /// First line shown in the answer (of the focused side) and presenter views.
  public internal(set) var scroll = 0
  /// What the grid counts of each group's session, counted again only when it changes.
  var figures: [String: GroupFigures] = [:]
  /// The comment being typed, if any.
  public var draft: String? { commentBox?.editor.text }
  /// What is typed in the score box's current field.
  public var scoreEntry: String? { scoreBox?.typed }
  /// Comments not confirmed when feedback was last released (left out; the message says so).
  var draftsLeftOut = 0
  /// The comment Esc cancelled last (its place and text), for `u`.
  var cancelledComment: (cell: Cell, text: String)?
  /// What Ctrl-X / Ctrl-C put aside, for Ctrl-V.
  var clipboard: String?
  /// Effects asked for during this update, handed to the loop with its transition.
  var outbox: [Effect] = []
  /// A save of the review file, and a look at the folders, asked for and not yet done.
  var savingReview = false
  var looking = false
  /// A watched folder or file changed (`.changed`): the folders and the class file are looked at as soon as no look is in flight.
  var followDue = false
  /// `y` to quitting although the review could not be saved.
  var quitAnyway = false
  /// Two groups side by side: the other group, its scroll, and whether the
  /// selected (focused) group is the right-hand one. Keys, scores and
  /// comments go to the focused side.
  public internal(set) var sideBySide = false
  public internal(set) var partner: String?
  var partnerScroll = 0
  public internal(set) var focusRight = false
  public internal(set) var orderSelected = 0
  /// In the presenter: index in the presentation order.
  public internal(set) var presenting = 0
  /// The list of files' scroll.
  var filesScroll = 0
  /// The insight view, once opened (kept up to date by each look at the folders).
  var insightPanel: InsightPanel?
  public var reviewChanged = false
  public internal(set) var wantsQuit = false
  /// The class around the review (`--class`): phases, feedback release, turn timing.
  public var classroom: ReviewClass?
  /// Scores and comments as they were before each change, newest last, for `u`.
  var feedbackHistory: [FeedbackChange] = []
  /// Why the last save of the review file failed (shown until a save succeeds).
  public internal(set) var saveError: String?
  /// Where the review file is saved (nil: nothing is written, as in tests).
  public let file: URL?
  var message: String?
  let content: Set<String>
  /// The time of the last event: "2 分钟前" is counted from it.
  public internal(set) var now: Date
  /// When the folders were last looked at.
  var lastLook: Date?

  /// The comment being written, as last saved beside the review file (and when the saved draft went stale).
  var draftSince: Date?
  var draftLastKey: Date?
  /// The cells whose `draft` in the review file this window wrote: another
  /// window's draft is never shown in this one's box nor mixed with its text
  /// (this window's text is then kept only in its own draft file beside the review).
  var ownDrafts: Set<Cell> = []

  /// How often the session folders and the review file are looked at.
  public static let lookEvery: TimeInterval = 1

  /// `draft`: a comment left unfinished last time, opened again on its group
  /// and question. `readFrom`: the review was read from another file than
  /// the one it is saved to (the old place beside the sessions).
  public init(
    all: ClassSessions, review: Review, rows: Int, cols: Int, file: URL? = nil, draft: CommentDraft? = nil,
    readFrom: URL? = nil, now: Date = Date(timeIntervalSince1970: 0)
  ) {
    self.all = all
    self.review = review
    self.rows = rows
    self.cols = cols
    self.file = file
    self.now = now
    content = Set(all.document.contentSections.map(\.id))
    for s in all.sessions { figures[s.group.name] = GroupFigures(s, of: all.document, content: content) }
    reorder()
    if let readFrom { message = Say.reviewReadFrom(readFrom.path) }
    if let draft, order.contains(draft.group), all.document.questions.indices.contains(draft.question) {
      select(draft.group)
      question = draft.question
      stack.open(.answer)
      let box = EditorBox(text: draft.text, width: geometry.commentWidth, rows: geometry.commentRows)
      stack.push(.comment(box, on: Cell(group: draft.group, question: draft.question)))
      ownDrafts.insert(Cell(group: draft.group, question: draft.question))
      message = Say.commentDraftBack
    }
  }

  public mutating func resize(rows: Int, cols: Int) {
    self.rows = rows
    self.cols = cols
    if cols < ReviewGeometry.sideBySideColumns { sideBySide = false }
    insightPanel?.layText(width: cols)
    // A comment box (a draft restored before the size was known, or one being typed) is laid out again at its new width.
    if case .comment(var box, let cell) = stack.top {
      box.fit(rows: geometry.commentRows, width: geometry.commentWidth)
      stack.replaceTop(.comment(box, on: cell))
    }
  }

  var questions: [String] { all.document.questions }

  /// Groups in the grid's order.
  public var sorted: [Session] { order.compactMap { all.session(named: $0) } }

  /// Groups in presentation order.
  public var presentationOrder: [Session] {
    review.presentationOrder(all.sessions.map(\.group.name)).compactMap { all.session(named: $0) }
  }

  /// The selected (focused) group's session.
  public var current: Session? { selected.flatMap { all.session(named: $0) } }

  /// What the grid counts of a group.
  func figure(_ name: String) -> GroupFigures? {
    if let f = figures[name] { return f }
    return all.session(named: name).map { GroupFigures($0, of: all.document, content: content) }
  }

  func progress(_ s: Session) -> Int { figure(s.group.name)?.sectionsRead ?? 0 }

  /// The answer of a group to a question (nil for a session with fewer questions).
  func answer(_ s: Session, _ q: Int) -> Session.Answer? { s.answers.indices.contains(q) ? s.answers[q] : nil }

  // MARK: The selection

  /// Puts the groups in the grid's order again; the selection stays on its group.
  mutating func reorder() {
    order = sort.order(
      all.sessions.map(\.group.name), figures: figures, review: review, questions: all.document.questions.count)
    if let name = selected, let i = order.firstIndex(of: name) {
      row = i
    } else {
      row = min(row, max(0, order.count - 1))
      selected = order.isEmpty ? nil : order[row]
    }
    if let p = partner, !order.contains(p) || p == selected { partner = nextPartner() }
  }

  /// Selects the group on a row of the grid.
  mutating func select(row r: Int) {
    guard !order.isEmpty else { return }
    row = max(0, min(r, order.count - 1))
    selected = order[row]
  }

  mutating func select(_ name: String) {
    guard let i = order.firstIndex(of: name) else { return }
    row = i
    selected = name
  }

  /// The group shown beside the selected one: the next in the grid's order.
  func nextPartner() -> String? {
    guard order.count > 1 else { return nil }
    return order[(row + 1) % order.count]
  }
}

/// A change of one group's feedback on one question: what it was before.
struct FeedbackChange: Equatable {
  var group: String
  var question: Int
  var before: Review.Feedback?
}
