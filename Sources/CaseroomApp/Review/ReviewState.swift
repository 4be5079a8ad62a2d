import CaseroomEngine
import CaseroomReview
import CaseroomSession
import Foundation

/// The instructor's review: a grid of groups × questions, one answer at a
/// time with its citations and feedback, the presentation order, and a
/// presenter view for the projector. Plain state; as a `Screen` it saves
/// `review` to its file whenever `reviewChanged` is set.
public struct ReviewState {
  public enum Screen: Equatable, Sendable {
    case grid
    case answer
    case presenter
    case order
  }

  public enum Sort: CaseIterable, Sendable {
    case name, characters, progress, lastEdit
  }

  public let all: ClassSessions
  public internal(set) var review: Review
  public internal(set) var rows: Int
  public internal(set) var cols: Int
  public internal(set) var screen: Screen = .grid
  public internal(set) var sort: Sort = .name
  /// Selected row (in the sorted list) and question.
  public internal(set) var row = 0
  public internal(set) var question = 0
  /// First line shown in the answer and presenter views.
  public internal(set) var scroll = 0
  /// The comment being typed, if any.
  public var draft: String? { commentBox?.editor.text }
  /// The comment being written: a multi-line box of the shared text editor.
  public internal(set) var commentBox: EditorBox?
  /// What Ctrl-X / Ctrl-C put aside, for Ctrl-V.
  var clipboard: String?
  /// Text to send to the terminal's clipboard with the next transition.
  var pendingCopy: String?
  public internal(set) var sideBySide = false
  public internal(set) var orderSelected = 0
  /// In the presenter: index in the presentation order.
  public internal(set) var presenting = 0
  public var reviewChanged = false
  public internal(set) var wantsQuit = false
  /// Asking whether to quit although the review file could not be saved.
  public internal(set) var confirmingQuit = false
  /// Scores and comments as they were before each change, newest last, for `u`.
  var feedbackHistory: [FeedbackChange] = []
  /// Why the last save of the review file failed (shown until a save succeeds).
  public internal(set) var saveError: String?
  /// Where the review file is saved (nil: nothing is written, as in tests).
  public let file: URL?
  var message: String?
  let content: Set<String>

  /// The comment being written, as last saved beside the review file (and when the saved draft went stale).
  var draftSince: Date?
  var draftLastKey: Date?

  /// `draft`: a comment left unfinished last time, opened again on its group and question.
  public init(
    all: ClassSessions, review: Review, rows: Int, cols: Int, file: URL? = nil, draft: CommentDraft? = nil
  ) {
    self.all = all
    self.review = review
    self.rows = rows
    self.cols = cols
    self.file = file
    content = Set(all.document.contentSections.map(\.id))
    if let draft, let i = sorted.firstIndex(where: { $0.group.name == draft.group }),
      draft.question < all.document.questions.count
    {
      row = i
      question = draft.question
      screen = .answer
      commentBox = EditorBox(text: draft.text, width: geometry.commentWidth, rows: geometry.commentRows)
      message = Say.commentDraftBack
    }
  }

  public mutating func resize(rows: Int, cols: Int) {
    self.rows = rows
    self.cols = cols
  }

  var questions: [String] { all.document.questions }

  /// Groups in the grid's order.
  public var sorted: [Session] {
    let q = question
    switch sort {
    case .name: return all.sessions
    case .characters:
      // Keys first: counting 字 inside the comparison would count each answer log n times.
      let keyed = all.sessions.map { (CharacterCount.of(answer($0, q)?.text ?? ""), $0) }
      return keyed.sorted { $0.0 > $1.0 }.map(\.1)
    case .progress:
      return all.sessions.map { (progress($0), $0) }.sorted { $0.0 > $1.0 }.map(\.1)
    case .lastEdit: return all.sessions.sorted { $0.updatedAt > $1.updatedAt }
    }
  }

  /// Groups in presentation order.
  public var presentationOrder: [Session] {
    let names = review.presentationOrder(all.sessions.map(\.group.name))
    return names.compactMap { all.session(named: $0) }
  }

  func progress(_ s: Session) -> Int { s.reading.filter { content.contains($0.key) && $0.value.finished }.count }

  var current: Session? {
    let list = sorted
    return list.isEmpty ? nil : list[min(row, list.count - 1)]
  }

  /// The answer of a group to a question (nil for a session with fewer questions).
  func answer(_ s: Session, _ q: Int) -> Session.Answer? { s.answers.indices.contains(q) ? s.answers[q] : nil }
}

/// A change of one group's feedback on one question: what it was before.
struct FeedbackChange: Equatable {
  var group: String
  var question: Int
  var before: Review.Feedback?
}
