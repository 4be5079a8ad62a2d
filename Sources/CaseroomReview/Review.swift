import CaseroomEngine
import CaseroomSession
import FoundationEssentials
import Glibc

/// The instructor's own file for a case: a score and a comment per group per
/// answer, the scale, and the presentation order. It lives in the
/// instructor's data folder (`defaultURL`: `$XDG_DATA_HOME/caseroom/reviews/`,
/// named after the case and the session folders), never among the groups'
/// sessions unless asked, and is private (`0600`). Saved with the same
/// guarantees as group sessions.
///
/// Two `caseroom review` processes on the same file never drop each other's
/// scores: a save merges per cell. Under the file's lock (taken the way a
/// session's is, held only while saving), it reads the file as it is now and
/// writes, for each group and question, this process's feedback where it
/// changed it since it loaded or last saved, and the file's elsewhere (the
/// order and the scale likewise). The merged review becomes this one.
public struct Review: Codable, Equatable, Sendable, VersionedJSON {
  public static let schemaName = "caseroom.review/1"
  /// The highest scale: 百分制.
  public static let maximumScale = 100

  public struct Feedback: Codable, Equatable, Sendable {
    public var score: Int?
    /// The scale the score was given on (its highest: 10 in 7/10), kept with
    /// it so that a later `--scale` cannot change what it means. Files of
    /// older versions have none: the file's `scaleMax` is taken (`read`).
    public var scale: Int?
    /// The score per criterion of the question's rubric, in the rubric's
    /// order (nil: not scored by a rubric); `score` is their sum.
    public var criteria: [Int?]?
    /// The rubric's criteria the score was given under (nil: on a plain
    /// scale), kept with it as `scale` is: a later change of the rubric
    /// cannot change what the score means. Files of older versions have
    /// none: the file's rubric is taken (`read`).
    public var rubric: [Rubric.Criterion]?
    /// The comment as confirmed (Ctrl-S): what release and exports show.
    public var comment: String
    /// A comment being written and not confirmed: kept, never released or exported.
    public var draft: String?
    public var updatedAt: Date
    public init(
      score: Int? = nil, scale: Int? = nil, criteria: [Int?]? = nil, rubric: [Rubric.Criterion]? = nil,
      comment: String = "", draft: String? = nil, updatedAt: Date
    ) {
      self.score = score
      self.scale = score == nil ? nil : scale
      self.criteria = criteria
      self.rubric = score == nil ? nil : rubric
      self.comment = comment
      self.draft = draft
      self.updatedAt = updatedAt
    }

    /// Nothing in it: no score, no comment, no draft.
    public var isEmpty: Bool { score == nil && comment.isEmpty && draft == nil && criteria == nil }
  }

  public var schema = Review.schemaName
  public var caseId: String
  /// Scores run from 0 to `scaleMax`.
  public var scaleMax: Int = 5
  /// Group name → question number (1-based, as text) → feedback.
  public var feedback: [String: [String: Feedback]] = [:]
  /// Group names in presentation order.
  public var order: [String] = []
  /// Criteria with points per question (nil: scores on `scaleMax`).
  public var rubric: Rubric?
  public var updatedAt: Date
  /// What this review held when it was loaded or last saved: the base of the merge.
  var known: Known?
  /// The file as this review last read or wrote it (a change means another process saved).
  var seen: FileStamp?

  struct Known: Equatable, Sendable {
    var scaleMax: Int
    var feedback: [String: [String: Feedback]]
    var order: [String]
    var rubric: Rubric?
  }

  enum CodingKeys: String, CodingKey {
    case schema, caseId, scaleMax, feedback, order, rubric, updatedAt
  }

  /// Equal when the file's content is (what was known before does not count).
  public static func == (a: Review, b: Review) -> Bool {
    a.schema == b.schema && a.caseId == b.caseId && a.scaleMax == b.scaleMax && a.feedback == b.feedback
      && a.order == b.order && a.rubric == b.rubric && a.updatedAt == b.updatedAt
  }

  /// The highest score of a question: its rubric's points, else `scaleMax`.
  public func scale(question q: Int) -> Int { rubric?.total(question: q) ?? scaleMax }

  /// The criteria a question is scored by now (nil: none, on `scaleMax`).
  public func criteria(question q: Int) -> [Rubric.Criterion]? {
    guard let c = rubric?.criteria(question: q), !c.isEmpty else { return nil }
    return c
  }

  /// Whether a score was given under what its question is scored by now:
  /// the same scale and the same criteria. Totals add only such scores; the
  /// review says of any other that it was given under another rubric or scale.
  public func isCurrent(_ f: Feedback, question q: Int) -> Bool {
    (f.scale ?? scaleMax) == scale(question: q) && f.rubric == criteria(question: q)
  }

  /// A score converted to its question's rubric (`--convert-scores`): a
  /// total, counted, whose criteria are to be scored again.
  public func toScoreAgain(_ f: Feedback, question q: Int) -> Bool {
    f.score != nil && f.criteria == nil && criteria(question: q) != nil && isCurrent(f, question: q)
  }

  public init(caseId: String, now: Date = Date()) {
    self.caseId = caseId
    updatedAt = now
  }

  public func feedback(group: String, question: Int) -> Feedback? { feedback[group]?["\(question + 1)"] }

  /// Sets a group's feedback on a question; a score without its scale is
  /// taken to be on the question's scale (and criteria) now.
  public mutating func setFeedback(_ f: Feedback, group: String, question: Int) {
    var f = f
    if f.score != nil && f.scale == nil {
      f.scale = scale(question: question)
      f.rubric = criteria(question: question)
    }
    if f.score == nil {
      f.scale = nil
      f.rubric = nil
      f.criteria = nil
    }
    feedback[group, default: [:]]["\(question + 1)"] = f
    updatedAt = f.updatedAt
  }

  /// Takes a group's feedback on a question out (as if never given).
  public mutating func removeFeedback(group: String, question: Int, now: Date) {
    feedback[group]?["\(question + 1)"] = nil
    if feedback[group]?.isEmpty == true { feedback[group] = nil }
    updatedAt = now
  }

  /// The presentation order: the saved one, then groups not in it, by name.
  public func presentationOrder(_ groups: [String]) -> [String] {
    let known = order.filter { groups.contains($0) }
    return known + groups.filter { !known.contains($0) }.sorted(by: NaturalOrder.less)
  }

  /// A shuffled presentation order (deterministic for a seed).
  public mutating func shuffle(_ groups: [String], seed: UInt64) {
    var rng = SplitMix64(seed: seed)
    order = groups.sorted(by: NaturalOrder.less).shuffled(using: &rng)
  }

  /// The name the review file had when it was kept beside the sessions
  /// (`<sessions>/<case>.review.json`): read when the instructor's own file
  /// does not exist yet, never written unless asked (`--review`).
  public static func url(in directory: URL, caseId: String) -> URL {
    directory.appendingPathComponent("\(caseId).review.json")
  }

  /// Where the instructor's review of a case over some session folders is
  /// kept by default: `$XDG_DATA_HOME/caseroom/reviews/` (default
  /// `~/.local/share/caseroom/reviews/`), named after the case and the
  /// folders (`<case>--<folder names>-<hash of their paths>.review.json`), so
  /// the same folders, in any order, find the same file.
  public static func defaultURL(
    caseId: String, sessionDirectories: [URL], environment: [String: String] = ProcessEnvironment.variables
  ) -> URL {
    XDGDirectory.data.url("caseroom/reviews", environment: environment).appendingPathComponent(
      defaultName(caseId: caseId, sessionDirectories: sessionDirectories))
  }

  static func defaultName(caseId: String, sessionDirectories: [URL]) -> String {
    let paths = Set(sessionDirectories.map { $0.standardizedFileURL.resolvingSymlinksInPath().path }).sorted()
    var h = FNV1a()
    for p in paths {
      h.feed(p)
      h.feed(0)
    }
    let names = paths.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: "+")
    return "\(safe(caseId, keeping: "-_."))--\(safe(names, keeping: "-_+"))-\(h.hex()).review.json"
  }

  /// Letters and digits (any script) and `keeping` as they are, anything else `_`; at most 40 characters.
  static func safe(_ s: String, keeping: String) -> String {
    var out = String.UnicodeScalarView()
    for c in s.unicodeScalars.prefix(40) {
      let ok =
        (c.isLetter || c.isDecimalDigit
          || keeping.unicodeScalars.contains(c))
        && c.value > 0x20 && !(0xD800...0xDFFF).contains(c.value)
      out.append(ok ? c : "_")
    }
    return out.isEmpty ? "_" : String(out)
  }

  /// Reads the review file; a missing file is a new review. Errors name the file.
  public static func load(_ url: URL, caseId: String) throws(ReviewFileError) -> Review {
    guard RegularFile.exists(url) else { return Review(caseId: caseId) }
    // Looked at before reading: a save by another process in between is seen by the next refresh.
    let signature = FileStamp(path: url.path)
    var r = try read(url)
    guard r.caseId == caseId else {
      throw ReviewFileError(
        file: url.path, line: 1, .otherCase(found: TerminalSafe.text(r.caseId, keepingLines: false), expected: caseId))
    }
    r.known = Known(r)
    r.seen = signature
    return r
  }

  /// Takes in what another process saved in the file since this review last
  /// read or wrote it (a second `caseroom review` on the same file): cell by
  /// cell, this review's unsaved changes are kept, the file's taken
  /// elsewhere. Returns whether anything was read. A file that cannot be
  /// read is left for the next save to report.
  @discardableResult
  public mutating func refresh(from url: URL) -> Bool {
    guard let disk = changedOnDisk(url) else { return false }
    return takeIn(disk)
  }

  /// The review file as another process saved it since this review last read
  /// or wrote it; nil when it has not changed (or cannot be read now).
  public func changedOnDisk(_ url: URL) -> Review? {
    guard let signature = FileStamp(path: url.path), signature != seen,
      var disk = try? Review.read(url), disk.caseId == caseId
    else { return nil }
    disk.seen = signature
    return disk
  }

  /// Takes in a version of the file read by `changedOnDisk` (no input or
  /// output): this review's unsaved changes are kept. Returns whether anything changed.
  @discardableResult
  public mutating func takeIn(_ disk: Review) -> Bool {
    let before = self
    self = merged(with: disk)
    known = Known(disk)
    seen = disk.seen
    return before != self
  }

  static func read(_ url: URL) throws(ReviewFileError) -> Review {
    let r: Review
    switch VersionedFile.read(Review.self, from: url) {
    case .success(let read): r = read
    case .failure(let e): throw ReviewFileError(e)
    }
    if let problem = r.problem {
      throw ReviewFileError(file: url.path, line: 1, .invalid(problem))
    }
    var out = r
    // Scores of older files were all on the file's one scale, those by criteria under the file's one rubric.
    for (group, cells) in r.feedback {
      for (q, f) in cells where f.score != nil {
        if f.scale == nil { out.feedback[group]?[q]?.scale = r.scaleMax }
        if f.rubric == nil, let given = f.criteria, let n = Int(q), let now = r.criteria(question: n - 1),
          now.count == given.count
        {
          out.feedback[group]?[q]?.rubric = now
          if f.scale == nil { out.feedback[group]?[q]?.scale = r.scale(question: n - 1) }
        }
      }
    }
    return out
  }

  /// What makes a decoded review unusable (nil: nothing): a scale outside
  /// 1…`maximumScale`, a score outside 0…the scale, a question that is not a
  /// number from 1.
  var problem: String? {
    guard (1...Review.maximumScale).contains(scaleMax) else {
      return "scaleMax \(scaleMax) is not between 1 and \(Review.maximumScale)"
    }
    for (group, cells) in feedback.sorted(by: { $0.key < $1.key }) {
      for (q, f) in cells.sorted(by: { $0.key < $1.key }) {
        let shown = TerminalSafe.text(group, keepingLines: false)
        guard let n = Int(q), n >= 1 else {
          return "group \(shown): question \"\(TerminalSafe.text(q, keepingLines: false))\" is not a number from 1"
        }
        // A score is checked against its own scale (kept with it), else the file's.
        let top = f.scale ?? scaleMax
        guard (1...Review.maximumScale).contains(top) else {
          return "group \(shown), question \(n): scale \(top) is not between 1 and \(Review.maximumScale)"
        }
        if let score = f.score, !(0...top).contains(score) {
          return "group \(shown), question \(n): score \(score) is not between 0 and \(top)"
        }
      }
    }
    return nil
  }

  /// Writes the review file atomically, keeping the previous version as
  /// `.bak` (`0600`, `0660` in a class folder), merged per cell with what
  /// another process saved meanwhile; this review then holds the merge.
  public mutating func save(_ url: URL) throws(ReviewFileError) {
    if let problem { throw ReviewFileError(file: url.path, .notSaved(problem)) }
    try Review.makeFolder(for: url)
    let lock = try Review.lock(url)
    defer { lock.release() }
    if RegularFile.exists(url) {
      let disk: Review
      do { disk = try Review.read(url) } catch {
        throw ReviewFileError(file: error.file, line: error.line, .leftAsItIs(error.what))
      }
      self = merged(with: disk)
    }
    let data: Data
    do { data = try JSONCoding.encoder().encode(self) } catch {
      throw ReviewFileError(file: url.path, .cannotEncode("\(error)"))
    }
    do {
      // Created 0600 even in a setgid class folder, where new files are made 0660 for the class.
      try AtomicFile.write(data, to: url, keepBackup: true, mode: .private)
    } catch {
      throw ReviewFileError(file: error.path, .cannotWrite(error))
    }
    known = Known(self)
    seen = FileStamp(path: url.path)
  }

  /// Makes the folder of a review file when it does not exist yet (the
  /// instructor's data folder on a first review): `0700` from the start, the
  /// instructor's alone. The review file and its comment draft both need it.
  static func makeFolder(for url: URL) throws(ReviewFileError) {
    let dir = url.deletingLastPathComponent()
    guard !RegularFile.exists(dir) else { return }
    do {
      try FileManager.default.createDirectory(
        at: dir.deletingLastPathComponent(), withIntermediateDirectories: true)
    } catch {
      throw ReviewFileError(file: dir.path, .cannotCreateFolder(SystemError(error) ?? SystemError(EIO)))
    }
    guard mkdir(dir.path, 0o700) == 0 || errno == EEXIST else {
      throw ReviewFileError(file: dir.path, .cannotCreateFolder(.last))
    }
  }

  /// This review's changes since `known`, over `disk`: cell by cell, ours
  /// where we changed it, the file's elsewhere.
  func merged(with disk: Review) -> Review {
    // Never loaded from a file: everything that differs from a new review is ours.
    let base = known ?? Known(Review(caseId: caseId))
    var out = self
    out.scaleMax = scaleMax != base.scaleMax ? scaleMax : disk.scaleMax
    out.order = order != base.order ? order : disk.order
    out.rubric = rubric != base.rubric ? rubric : disk.rubric
    var feedback: [String: [String: Feedback]] = [:]
    for group in Set(self.feedback.keys).union(base.feedback.keys).union(disk.feedback.keys) {
      let questions = Set(self.feedback[group]?.keys ?? [:].keys).union(base.feedback[group]?.keys ?? [:].keys)
        .union(disk.feedback[group]?.keys ?? [:].keys)
      for q in questions {
        let mine = self.feedback[group]?[q]
        let cell = mine != base.feedback[group]?[q] ? mine : disk.feedback[group]?[q]
        if let cell { feedback[group, default: [:]][q] = cell }
      }
    }
    out.feedback = feedback
    out.updatedAt = max(updatedAt, disk.updatedAt)
    return out
  }

  /// The review file's lock, held while saving: another process saving the
  /// same file is waited for (up to 5 s); a stale lock is taken over.
  static func lock(_ url: URL) throws(ReviewFileError) -> SessionLock {
    let deadline = Date().addingTimeInterval(5)
    while true {
      switch SessionLock.acquire(for: url) {
      case .acquired(let lock, _): return lock
      case .unavailable(let why): throw ReviewFileError(file: url.path, .lockUnavailable(why))
      case .heldBy(let holder):
        guard Date() < deadline else {
          throw ReviewFileError(file: url.path, .beingSaved(by: holder))
        }
        usleep(2_000)
      }
    }
  }
}

extension Review.Known {
  init(_ r: Review) { self.init(scaleMax: r.scaleMax, feedback: r.feedback, order: r.order, rubric: r.rubric) }
}
