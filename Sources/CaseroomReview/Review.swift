import CaseroomEngine
import Foundation

/// The instructor's own file for a case (`<case>.review.json` beside the
/// sessions): a score and a comment per group per answer, the scale, and the
/// presentation order. Saved with the same guarantees as group sessions.
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
    guard FileManager.default.fileExists(atPath: url.path) else { return Review(caseId: caseId) }
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw ReviewFileError(file: url.path, message: "cannot be read: \(error.localizedDescription)")
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

  /// Writes the review file atomically, keeping the previous version as `.bak`.
  public func save(_ url: URL) throws(ReviewFileError) {
    do {
      try AtomicFile.write(
        try JSONCoding.encoder().encode(self), to: url, keepBackup: true, createDirectory: true)
    } catch let e as FileWriteError {
      throw ReviewFileError(file: e.path, message: e.message)
    } catch {
      throw ReviewFileError(file: url.path, message: "cannot be written: \(error)")
    }
  }
}
