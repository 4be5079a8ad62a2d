import CaseroomEngine
import CaseroomSession
import Foundation

/// The instructor's own file for a case (`<case>.review.json` beside the
/// sessions): a score and a comment per group per answer, the scale, and the
/// presentation order. Saved with the same guarantees as group sessions.
///
/// Two `caseroom review` processes on the same file never drop each other's
/// scores: a save merges per cell. Under the file's lock (taken the way a
/// session's is, held only while saving), it reads the file as it is now and
/// writes, for each group and question, this process's feedback where it
/// changed it since it loaded or last saved, and the file's elsewhere (the
/// order and the scale likewise). The merged review becomes this one.
public struct Review: Codable, Equatable, Sendable {
  public static let schemaName = "caseroom.review/1"

  public struct Feedback: Codable, Equatable, Sendable {
    public var score: Int?
    public var comment: String
    public var updatedAt: Date
    public init(score: Int? = nil, comment: String = "", updatedAt: Date) {
      self.score = score
      self.comment = comment
      self.updatedAt = updatedAt
    }
  }

  public var schema = Review.schemaName
  public var caseId: String
  /// Scores run from 0 to `scaleMax`.
  public var scaleMax: Int = 5
  /// Group name → question number (1-based, as text) → feedback.
  public var feedback: [String: [String: Feedback]] = [:]
  /// Group names in presentation order.
  public var order: [String] = []
  public var updatedAt: Date
  /// What this review held when it was loaded or last saved: the base of the merge.
  var known: Known?

  struct Known: Equatable, Sendable {
    var scaleMax: Int
    var feedback: [String: [String: Feedback]]
    var order: [String]
  }

  enum CodingKeys: String, CodingKey {
    case schema, caseId, scaleMax, feedback, order, updatedAt
  }

  /// Equal when the file's content is (what was known before does not count).
  public static func == (a: Review, b: Review) -> Bool {
    a.schema == b.schema && a.caseId == b.caseId && a.scaleMax == b.scaleMax && a.feedback == b.feedback
      && a.order == b.order && a.updatedAt == b.updatedAt
  }

  public init(caseId: String, now: Date = Date()) {
    self.caseId = caseId
    updatedAt = now
  }

  public func feedback(group: String, question: Int) -> Feedback? { feedback[group]?["\(question + 1)"] }

  public mutating func setFeedback(_ f: Feedback, group: String, question: Int) {
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

  public static func url(in directory: URL, caseId: String) -> URL {
    directory.appendingPathComponent("\(caseId).review.json")
  }

  /// Reads the review file; a missing file is a new review. Errors name the file.
  public static func load(_ url: URL, caseId: String) throws(ReviewFileError) -> Review {
    guard RegularFile.exists(url) else { return Review(caseId: caseId) }
    var r = try read(url)
    r.known = Known(r)
    return r
  }

  static func read(_ url: URL) throws(ReviewFileError) -> Review {
    let data: Data
    do {
      data = try RegularFile.read(url)
    } catch {
      throw ReviewFileError(file: url.path, message: error.message)
    }
    let r: Review
    do {
      r = try JSONCoding.decoder().decode(Review.self, from: data)
    } catch {
      throw ReviewFileError(file: url.path, line: 1, message: "not a review file: \(error)")
    }
    guard r.schema == schemaName else {
      throw ReviewFileError(file: url.path, line: 1, message: "schema \"\(r.schema)\" is not \(schemaName)")
    }
    return r
  }

  /// Writes the review file atomically, keeping the previous version as
  /// `.bak` (`0600`, `0660` in a class folder), merged per cell with what
  /// another process saved meanwhile; this review then holds the merge.
  public mutating func save(_ url: URL) throws(ReviewFileError) {
    let lock = try Review.lock(url)
    defer { lock.release() }
    if RegularFile.exists(url) {
      let disk: Review
      do { disk = try Review.read(url) } catch {
        throw ReviewFileError(
          file: error.file, line: error.line, message: error.message + " (left as it is; not saved over)")
      }
      self = merged(with: disk)
    }
    let data: Data
    do { data = try JSONCoding.encoder().encode(self) } catch {
      throw ReviewFileError(file: url.path, message: "cannot be encoded: \(error)")
    }
    do {
      try AtomicFile.write(data, to: url, keepBackup: true, createDirectory: true, mode: .owner)
    } catch {
      throw ReviewFileError(file: error.path, message: error.message)
    }
    known = Known(self)
  }

  /// This review's changes since `known`, over `disk`: cell by cell, ours
  /// where we changed it, the file's elsewhere.
  func merged(with disk: Review) -> Review {
    // Never loaded from a file: everything that differs from a new review is ours.
    let base = known ?? Known(Review(caseId: caseId))
    var out = self
    out.scaleMax = scaleMax != base.scaleMax ? scaleMax : disk.scaleMax
    out.order = order != base.order ? order : disk.order
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
      case .unavailable(let why): throw ReviewFileError(file: url.path, message: "not saved: \(why)")
      case .heldBy(let holder):
        guard Date() < deadline else {
          throw ReviewFileError(file: url.path, message: "not saved: being saved by \(holder.description)")
        }
        usleep(2_000)
      }
    }
  }
}

extension Review.Known {
  init(_ r: Review) { self.init(scaleMax: r.scaleMax, feedback: r.feedback, order: r.order) }
}
