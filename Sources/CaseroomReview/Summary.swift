import CaseroomEngine
import CaseroomSession
import FoundationEssentials
import Glibc

/// The review grid without a terminal: one row per group (by name, as in the
/// grid), one cell per question (characters, citations, score, comment),
/// the group's total and mean, reading progress and last edit; then the
/// questions' totals and means. The text, JSON and CSV forms are drawn from
/// this one value, so they agree in order and figures.
public struct Summary: Codable, Equatable, Sendable {
  public struct Cell: Codable, Equatable, Sendable {
    public var characters: Int
    public var citations: Int
    public var orphaned: Int
    public var updatedAt: Date?
    public var score: Int?
    /// The scale the score was given on (10 in 7/10).
    public var scale: Int?
    public var comment: String?
  }

  public struct Row: Codable, Equatable, Sendable {
    public var group: String
    public var members: [String]
    public var answers: [Cell]
    /// The sum of the group's scores, and their mean (nil when none is scored).
    public var total: Int?
    public var mean: Double?
    /// Content sections read to the end, of how many.
    public var sectionsRead: Int
    public var sections: Int
    /// The last change of an answer (else of the session).
    public var lastEdit: Date
    public var file: String
  }

  /// One question over the class.
  public struct Question: Codable, Equatable, Sendable {
    public var number: Int
    public var text: String
    /// Groups that wrote something.
    public var answered: Int
    /// Groups scored, the sum of their scores and the mean.
    public var scored: Int
    public var total: Int
    public var mean: Double?
  }

  /// A folder read, with what it gave.
  public struct Folder: Codable, Equatable, Sendable {
    public var path: String
    public var found: Int
    public var skipped: Int
    public var problem: String?
    public var subfolders: Int
  }

  public var caseId: String
  public var title: String
  /// Scores run from 0 to `scale`.
  public var scale: Int
  public var questions: [String]
  public var rows: [Row]
  /// Per question, in order.
  public var questionTotals: [Question]
  /// The mean of the groups' totals (over the groups with a score).
  public var meanTotal: Double?
  public var folders: [Folder]
  /// Files not reviewed, and why (`file: reason`).
  public var problems: [String]
  /// Groups reviewed with a warning: a damaged file read from its backup (`file: what happened`).
  public var warnings: [String]

  public init(_ all: ClassSessions, review: Review? = nil) {
    let c = all.document
    caseId = c.id
    title = c.title
    scale = review?.scaleMax ?? 5
    questions = c.questions
    let totals = ScoreTotals(review: review, groups: all.sessions.map(\.group.name), questions: c.questions.count)
    let content = Set(c.contentSections.map(\.id))
    let rows: [Row] = all.sessions.enumerated().map { i, s in
      let figures = GroupFigures(s, of: c, content: content)
      let t = totals.group(s.group.name)
      return Row(
        group: s.group.name, members: s.group.members,
        answers: c.questions.indices.map { q in
          let a = s.answer(q, of: c)
          let f = review?.feedback(group: s.group.name, question: q)
          return Cell(
            characters: figures.characters[q], citations: figures.citations[q],
            orphaned: a.citations.filter { $0.anchor.resolve(in: c) == nil }.count, updatedAt: a.updatedAt,
            score: f?.score, scale: f?.score == nil ? nil : f?.scale ?? review?.scaleMax,
            comment: f?.comment.isEmpty == false ? f?.comment : nil)
        }, total: t.scored > 0 ? t.total : nil, mean: t.mean,
        sectionsRead: figures.sectionsRead, sections: content.count, lastEdit: figures.lastEdit,
        file: i < all.files.count ? all.files[i] : "")
    }
    self.rows = rows
    questionTotals = c.questions.indices.map { q in
      Question(
        number: q + 1, text: c.questions[q], answered: rows.filter { $0.answers[q].characters > 0 }.count,
        scored: totals.questions[q].scored, total: totals.questions[q].total, mean: totals.questions[q].mean)
    }
    meanTotal = totals.totals.mean
    folders = all.folders.map {
      Folder(path: $0.path, found: $0.found, skipped: $0.skipped, problem: $0.problem, subfolders: $0.subfolders)
    }
    problems = all.problems.filter { !$0.reason.isWarning }.map { "\($0.file): \($0.reason)" }
    warnings = all.problems.filter(\.reason.isWarning).map { "\($0.file): \($0.reason)" }
    if totals.otherScale > 0 {
      warnings.append(
        "\(totals.otherScale) score(s) given on another scale than their question's now are left out of the totals")
    }
  }

  /// 字数 as the students' editor counts it (`WordCount`: a Hanzi or a Chinese mark 1, a Latin word 1).
  public static func characters(_ s: String) -> Int { WordCount.of(s) }

  public func json() -> String { (try? JSONCoding.text(self)) ?? "" }

  // MARK: Text

  /// Width of the group names' column in the text grid (longer names are cut with `…`).
  public static let nameWidth = 16
  /// Width of one question's column (`1234/12 ★100`).
  public static let cellWidth = 14

  /// A plain-text grid: per group its cells (字数/citations ★score), total,
  /// mean and reading; then the questions' totals and means; then each file
  /// found (with its group's whole name), each warning and each file skipped,
  /// one line each. Text from the sessions is made safe for the terminal
  /// (`TerminalSafe`).
  public func table() -> String {
    var out = Self.column("group", Self.nameWidth)
    for q in questions.indices { out += "  " + Self.column("Q\(q + 1) 字/引 ★/\(scale)", Self.cellWidth) }
    out += "  " + Self.column("total", 6) + "  " + Self.column("mean", 5) + "  read\n"
    for r in rows {
      var line = Self.column(TerminalSafe.text(r.group, keepingLines: false), Self.nameWidth)
      for a in r.answers {
        line += "  " + Self.column("\(a.characters)/\(a.citations)" + (a.score.map { " ★\($0)" } ?? ""), Self.cellWidth)
      }
      line += "  " + Self.column(r.total.map(String.init) ?? "—", 6) + "  " + Self.column(ScoreTotals.text(r.mean), 5)
      out += line + "  \(r.sectionsRead)/\(r.sections)\n"
    }
    if rows.isEmpty { out += "(no group sessions for \(caseId))\n" }
    var total = Self.column("(total)", Self.nameWidth)
    var mean = Self.column("(mean)", Self.nameWidth)
    for q in questionTotals {
      total += "  " + Self.column(q.scored > 0 ? "★\(q.total) ×\(q.scored)" : "—", Self.cellWidth)
      mean += "  " + Self.column(q.mean.map { "★" + ScoreTotals.text($0) } ?? "—", Self.cellWidth)
    }
    out += Self.trimmed(total) + "\n"
    out += Self.trimmed(mean + "  " + Self.column(ScoreTotals.text(meanTotal), 6)) + "\n"
    for folder in folders where folder.found + folder.skipped + folder.subfolders == 0 && folder.problem == nil {
      out += "found: \(TerminalSafe.text(folder.path, keepingLines: false)): no session files\n"
    }
    for r in rows {
      out +=
        "found: \(TerminalSafe.text(r.file, keepingLines: false)): \(TerminalSafe.text(r.group, keepingLines: false))\n"
    }
    for w in warnings { out += "warning: \(TerminalSafe.text(w, keepingLines: false))\n" }
    for p in problems { out += "skipped: \(TerminalSafe.text(p, keepingLines: false))\n" }
    return out
  }

  static func trimmed(_ s: String) -> String {
    var s = s
    while s.last == " " { s.removeLast() }
    return s
  }

  /// Text padded (or cut with `…`) to a display width.
  static func column(_ text: String, _ width: Int) -> String {
    let cut = Layout.clip(text, width: width)
    return cut + String(repeating: " ", count: max(0, width - TerminalWidth.columns(cut)))
  }

  // MARK: CSV

  /// One row per group per question — group, members, question, characters,
  /// citations, score, comment — in the grid's order, UTF-8 with a BOM,
  /// cells starting with `= + - @` neutralised.
  public func csv() -> String {
    var table = [["group", "members", "question", "characters", "citations", "score", "comment", "scale"]]
    for r in rows {
      for (q, a) in r.answers.enumerated() {
        table.append([
          r.group, r.members.joined(separator: "、"), "\(q + 1). \(questions[q])", "\(a.characters)", "\(a.citations)",
          a.score.map(String.init) ?? "", a.comment ?? "", a.scale.map(String.init) ?? "",
        ])
      }
    }
    return CSV.text(table)
  }
}

/// What the grid counts of one group's session: 字数 and citations per
/// question, sections read, last edit. Counted once per version of a
/// session (a review of 500 groups keeps them, counting only what changed).
public struct GroupFigures: Equatable, Sendable {
  public var characters: [Int]
  /// Whether each answer holds a merge's conflict (`ConflictMarkers`): the grid flags it ⚠.
  public var conflicts: [Bool]
  public var citations: [Int]
  public var sectionsRead: Int
  /// The last change of an answer, else of the session.
  public var lastEdit: Date

  public init(_ s: Session, of c: Case, content: Set<String>) {
    characters = c.questions.indices.map { WordCount.of(s.answer($0, of: c).text) }
    conflicts = c.questions.indices.map { ConflictMarkers.holds(s.answer($0, of: c).text) }
    citations = c.questions.indices.map { s.answer($0, of: c).citations.count }
    sectionsRead = s.reading.filter { content.contains($0.key) && $0.value.finished }.count
    lastEdit = s.answers.compactMap(\.updatedAt).max() ?? s.updatedAt
  }
}
