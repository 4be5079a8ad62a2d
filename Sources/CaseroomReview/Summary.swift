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
    /// True when the score is left out of the totals: given under another scale or rubric (nil: counted, or none).
    public var leftOut: Bool?
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
    /// The question's highest score now: its rubric's points, else the review's scale.
    public var scale: Int
    /// The criteria it is scored by (nil: none, on `scale`).
    public var criteria: [Rubric.Criterion]?
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
  /// Scores of the questions without a rubric run from 0 to `scale` (nil:
  /// the rubric gives every question its points; see each question's `scale`).
  public var scale: Int?
  public var questions: [String]
  public var rows: [Row]
  /// Per question, in order.
  public var questionTotals: [Question]
  /// The mean of the groups' totals (over the groups with a score).
  public var meanTotal: Double?
  public var folders: [Folder]
  /// Files not reviewed, and why (`file: reason`, in English: data for `--json`).
  public var problems: [String]
  /// Groups reviewed with a warning: a damaged file read from its backup (`file: what happened`).
  public var warnings: [String]
  /// The same, as values, which the text grid words (`Words.problem`).
  public var fileProblems: [ClassSessions.Problem] = []
  /// Scores left out of the totals: given under another scale or rubric than their question's now.
  public var otherScale: Int

  /// The JSON's fields (the problems as values are the text grid's only).
  enum CodingKeys: String, CodingKey {
    case caseId, title, scale, questions, rows, questionTotals, meanTotal, folders, problems, warnings, otherScale
  }

  public init(_ all: ClassSessions, review: Review? = nil) {
    let c = all.document
    caseId = c.id
    title = c.title
    let scales = c.questions.indices.map { review?.scale(question: $0) ?? 5 }
    let criteria = c.questions.indices.map { review?.criteria(question: $0) }
    scale = criteria.allSatisfy({ $0 != nil }) && !criteria.isEmpty ? nil : review?.scaleMax ?? 5
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
            leftOut: f.flatMap { f in f.score != nil && review?.isCurrent(f, question: q) == false ? true : nil },
            comment: f?.comment.isEmpty == false ? f?.comment : nil)
        }, total: t.scored > 0 ? t.total : nil, mean: t.mean,
        sectionsRead: figures.sectionsRead, sections: content.count, lastEdit: figures.lastEdit,
        file: i < all.files.count ? all.files[i] : "")
    }
    self.rows = rows
    questionTotals = c.questions.indices.map { q in
      Question(
        number: q + 1, text: c.questions[q], answered: rows.filter { $0.answers[q].characters > 0 }.count,
        scored: totals.questions[q].scored, total: totals.questions[q].total, mean: totals.questions[q].mean,
        scale: scales[q], criteria: criteria[q])
    }
    meanTotal = totals.totals.mean
    folders = all.folders.map {
      Folder(
        path: $0.path, found: $0.found, skipped: $0.skipped,
        problem: $0.problem.map { DirectoryListing.ListingError(code: $0.code).message }, subfolders: $0.subfolders)
    }
    fileProblems = all.problems
    problems = all.problems.filter { !$0.reason.isWarning }.map { "\($0.file): \($0.reason)" }
    warnings = all.problems.filter(\.reason.isWarning).map { "\($0.file): \($0.reason)" }
    otherScale = totals.otherScale
  }

  /// 字数 as the students' editor counts it (`WordCount`: a Hanzi or a Chinese mark 1, a Latin word 1).
  public static func characters(_ s: String) -> Int { WordCount.of(s) }

  /// The summary as JSON; its warnings hold the one about scores left out of the totals, as the text does.
  public func json() -> String {
    var s = self
    if otherScale > 0 { s.warnings.insert(Words.english.otherScale(otherScale), at: 0) }
    return (try? JSONCoding.text(s)) ?? ""
  }

  // MARK: Text

  /// Width of the group names' column in the text grid (longer names are cut with `…`).
  public static let nameWidth = 16
  /// Width of one question's column (`1234/12 ★100`).
  public static let cellWidth = 14

  /// The words of the text grid, in the command line's language (the app's catalogue gives them).
  public struct Words: Sendable {
    public var group, total, mean, read: String
    /// A question's column heading: its number and its highest score.
    public var question: @Sendable (Int, Int) -> String
    public var noSessions: @Sendable (String) -> String
    public var totalRow, meanRow: String
    /// A file found and the group it holds.
    public var found: @Sendable (String, String) -> String
    public var noSessionFiles, warning, skipped: @Sendable (String) -> String
    public var otherScale: @Sendable (Int) -> String
    /// A file not reviewed (or reviewed from its backup) and why: `file: reason`.
    public var problem: @Sendable (ClassSessions.Problem) -> String
    /// A question's rubric: its number, its criteria and their points.
    public var rubric: @Sendable (Int, String, Int) -> String

    public init(
      group: String, total: String, mean: String, read: String, question: @escaping @Sendable (Int, Int) -> String,
      noSessions: @escaping @Sendable (String) -> String, totalRow: String, meanRow: String,
      found: @escaping @Sendable (String, String) -> String, noSessionFiles: @escaping @Sendable (String) -> String,
      warning: @escaping @Sendable (String) -> String, skipped: @escaping @Sendable (String) -> String,
      otherScale: @escaping @Sendable (Int) -> String, rubric: @escaping @Sendable (Int, String, Int) -> String,
      problem: @escaping @Sendable (ClassSessions.Problem) -> String
    ) {
      (self.group, self.total, self.mean, self.read) = (group, total, mean, read)
      (self.question, self.noSessions, self.totalRow, self.meanRow) = (question, noSessions, totalRow, meanRow)
      (self.found, self.noSessionFiles, self.warning, self.skipped) = (found, noSessionFiles, warning, skipped)
      (self.otherScale, self.rubric, self.problem) = (otherScale, rubric, problem)
    }

    /// Plain English, for logs and the review layer's own tests (the command line uses the catalogue's).
    public static let english = Words(
      group: "group", total: "total", mean: "mean", read: "read", question: { "Q\($0) w/c ★/\($1)" },
      noSessions: { "(no group sessions for \($0))" }, totalRow: "(total)", meanRow: "(mean)",
      found: { "found: \($0): \($1)" }, noSessionFiles: { "found: \($0): no session files" },
      warning: { "warning: \($0)" }, skipped: { "skipped: \($0)" },
      otherScale: {
        "\($0) score(s) given under another scale or rubric than their question's now are left out of the totals"
      },
      rubric: { "Q\($0) rubric: \($1) (\($2) points)" }, problem: { "\($0.file): \($0.reason)" })
  }

  /// A plain-text grid: per group its cells (字数/citations ★score), total,
  /// mean and reading; then the questions' totals and means; then each
  /// question's rubric, each file found (with its group's whole name), each
  /// warning and each file skipped, one line each. Each question's heading
  /// names its own highest score (its rubric's points, else the scale).
  /// Text from the sessions is made safe for the terminal (`TerminalSafe`).
  public func table(_ words: Words = .english) -> String {
    var out = Self.column(words.group, Self.nameWidth)
    for q in questionTotals { out += "  " + Self.column(words.question(q.number, q.scale), Self.cellWidth) }
    out += "  " + Self.column(words.total, 6) + "  " + Self.column(words.mean, 5) + "  \(words.read)\n"
    for r in rows {
      var line = Self.column(TerminalSafe.text(r.group, keepingLines: false), Self.nameWidth)
      for a in r.answers {
        line +=
          "  "
          + Self.column(
            "\(a.characters)/\(a.citations)" + (a.score.map { (a.leftOut == true ? " ☆" : " ★") + "\($0)" } ?? ""),
            Self.cellWidth)
      }
      line += "  " + Self.column(r.total.map(String.init) ?? "—", 6) + "  " + Self.column(ScoreTotals.text(r.mean), 5)
      out += line + "  \(r.sectionsRead)/\(r.sections)\n"
    }
    if rows.isEmpty { out += words.noSessions(caseId) + "\n" }
    var total = Self.column(words.totalRow, Self.nameWidth)
    var mean = Self.column(words.meanRow, Self.nameWidth)
    for q in questionTotals {
      total += "  " + Self.column(q.scored > 0 ? "★\(q.total) ×\(q.scored)" : "—", Self.cellWidth)
      mean += "  " + Self.column(q.mean.map { "★" + ScoreTotals.text($0) } ?? "—", Self.cellWidth)
    }
    out += Self.trimmed(total) + "\n"
    out += Self.trimmed(mean + "  " + Self.column(ScoreTotals.text(meanTotal), 6)) + "\n"
    for q in questionTotals { if let c = q.criteria { out += words.rubric(q.number, Rubric.line(c), q.scale) + "\n" } }
    for folder in folders where folder.found + folder.skipped + folder.subfolders == 0 && folder.problem == nil {
      out += words.noSessionFiles(TerminalSafe.text(folder.path, keepingLines: false)) + "\n"
    }
    for r in rows {
      out +=
        words.found(TerminalSafe.text(r.file, keepingLines: false), TerminalSafe.text(r.group, keepingLines: false))
        + "\n"
    }
    if otherScale > 0 { out += words.warning(words.otherScale(otherScale)) + "\n" }
    for p in fileProblems where p.reason.isWarning {
      out += words.warning(TerminalSafe.text(words.problem(p), keepingLines: false)) + "\n"
    }
    for p in fileProblems where !p.reason.isWarning {
      out += words.skipped(TerminalSafe.text(words.problem(p), keepingLines: false)) + "\n"
    }
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
