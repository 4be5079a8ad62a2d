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
  public internal(set) var draft: String?
  public internal(set) var sideBySide = false
  public internal(set) var orderSelected = 0
  /// In the presenter: index in the presentation order.
  public internal(set) var presenting = 0
  public var reviewChanged = false
  public internal(set) var wantsQuit = false
  /// Why the last save of the review file failed (shown until a save succeeds).
  public internal(set) var saveError: String?
  /// Where the review file is saved (nil: nothing is written, as in tests).
  public let file: URL?
  var message: String?
  let content: Set<String>

  public init(all: ClassSessions, review: Review, rows: Int, cols: Int, file: URL? = nil) {
    self.all = all
    self.review = review
    self.rows = rows
    self.cols = cols
    self.file = file
    content = Set(all.document.contentSections.map(\.id))
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

  // MARK: Keys

  /// The answer of a group to a question (nil for a session with fewer questions).
  func answer(_ s: Session, _ q: Int) -> Session.Answer? { s.answers.indices.contains(q) ? s.answers[q] : nil }

  public mutating func handle(_ key: Key, now: Date) {
    message = nil
    if key == .resize { return }
    if let d = draft {
      typing(key, d, now)
      return
    }
    switch screen {
    case .grid: grid(key)
    case .answer: answer(key, now)
    case .presenter: presenter(key)
    case .order: order(key, now)
    }
  }

  /// Changes the selected group's feedback on the current question, and marks the review for saving.
  mutating func changeFeedback(_ now: Date, _ change: (inout Review.Feedback) -> Void) {
    guard let s = current else { return }
    var f = review.feedback(group: s.group.name, question: question) ?? .init(updatedAt: now)
    change(&f)
    f.updatedAt = now
    review.setFeedback(f, group: s.group.name, question: question)
    reviewChanged = true
  }

  mutating func grid(_ key: Key) {
    let n = all.sessions.count
    switch key {
    case .char("j"), .down: row = min(row + 1, max(0, n - 1))
    case .char("k"), .up: row = max(row - 1, 0)
    case .char("l"), .right, .tab: question = min(question + 1, questions.count - 1)
    case .char("h"), .left, .backTab: question = max(question - 1, 0)
    case .enter:
      guard n > 0 else { return }
      screen = .answer
      scroll = 0
    case .char("s"):
      let all = Sort.allCases
      sort = all[(all.firstIndex(of: sort)! + 1) % all.count]
      message = "排序 sorted by " + sort.label
    case .char("o"): screen = .order
    case .char("P"):
      guard n > 0 else { return }
      screen = .presenter
      presenting = 0
      scroll = 0
    case .char("q"), .ctrl("c"), .escape: wantsQuit = true
    default: break
    }
  }

  mutating func step(_ d: Int) {
    let n = all.sessions.count
    guard n > 0 else { return }
    row = (row + d + n) % n
    scroll = 0
  }

  mutating func answer(_ key: Key, _ now: Date) {
    switch key {
    case .right, .char("n"), .char("l"): step(1)
    case .left, .char("p"), .char("h"): step(-1)
    case .char("j"), .down: scroll += 1
    case .char("k"), .up: scroll = max(0, scroll - 1)
    case .char(" "), .pageDown: scroll += max(1, rows - 4)
    case .char("b"), .pageUp: scroll = max(0, scroll - max(1, rows - 4))
    case .tab: question = (question + 1) % questions.count
    case .backTab: question = (question + questions.count - 1) % questions.count
    case .char(let c) where c.wholeNumberValue != nil:
      let v = c.wholeNumberValue!
      guard v <= review.scaleMax, current != nil else {
        message = "评分为 0–\(review.scaleMax) the scale is 0–\(review.scaleMax)"
        return
      }
      changeFeedback(now) { $0.score = v }
      message = "评分 \(v)/\(review.scaleMax) 已保存 saved"
    case .char("x"):
      guard let s = current, review.feedback(group: s.group.name, question: question) != nil else { return }
      changeFeedback(now) { $0.score = nil }
    case .char("c"):
      guard let s = current else { return }
      draft = review.feedback(group: s.group.name, question: question)?.comment ?? ""
    case .char("v"):
      if cols >= 120 { sideBySide.toggle() } else { message = "并排对比需要 120 列 side by side needs 120 columns" }
    case .char("P"):
      screen = .presenter
      presenting = presentationOrder.firstIndex { $0.group.name == current?.group.name } ?? 0
      scroll = 0
    case .escape, .char("q"), .ctrl("c"): screen = .grid
    default: break
    }
  }

  mutating func typing(_ key: Key, _ d: String, _ now: Date) {
    switch key {
    case .escape, .ctrl("c"): draft = nil
    case .enter:
      draft = nil
      guard current != nil else { return }
      changeFeedback(now) { $0.comment = d.trimmingCharacters(in: .whitespaces) }
      message = "点评已保存 comment saved"
    default: if let t = LineInput.edit(d, key) { draft = t }
    }
  }

  mutating func presenter(_ key: Key) {
    let order = presentationOrder
    guard !order.isEmpty else {
      screen = .grid
      return
    }
    switch key {
    case .char(" "), .right, .pageDown, .char("n"), .enter:
      if scroll + presenterRows < presenterLines(order[presenting]).count {
        scroll += presenterRows
      } else if presenting + 1 < order.count {
        presenting += 1
        scroll = 0
      } else {
        message = "最后一组 last group"
      }
    case .left, .pageUp, .char("b"), .char("p"):
      if scroll > 0 {
        scroll = max(0, scroll - presenterRows)
      } else if presenting > 0 {
        presenting -= 1
        scroll = 0
      }
    case .tab: question = (question + 1) % questions.count
    case .escape, .char("q"), .ctrl("c"): screen = .grid
    default: break
    }
  }

  mutating func order(_ key: Key, _ now: Date) {
    var names = review.presentationOrder(all.sessions.map(\.group.name))
    let n = names.count
    guard n > 0 else {
      screen = .grid
      return
    }
    switch key {
    case .char("j"), .down: orderSelected = min(orderSelected + 1, n - 1)
    case .char("k"), .up: orderSelected = max(orderSelected - 1, 0)
    case .char("J"):
      guard orderSelected + 1 < n else { return }
      names.swapAt(orderSelected, orderSelected + 1)
      orderSelected += 1
      review.order = names
      reviewChanged = true
    case .char("K"):
      guard orderSelected > 0 else { return }
      names.swapAt(orderSelected, orderSelected - 1)
      orderSelected -= 1
      review.order = names
      reviewChanged = true
    case .char("s"):
      review.shuffle(names, seed: UInt64(max(0, now.timeIntervalSince1970 * 1000)))
      reviewChanged = true
      message = "已随机排序 shuffled"
    case .escape, .char("q"), .char("o"), .ctrl("c"): screen = .grid
    default: break
    }
  }
}
