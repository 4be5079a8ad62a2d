import CaseroomEngine
import FoundationEssentials
import Glibc

/// A comment the instructor was writing when the review last saved it: kept
/// beside the review file (`<review>.draft`) so that a signal, a crash or a
/// dropped connection loses no words of it, and reopened on the next start.
public struct CommentDraft: Codable, Equatable, Sendable {
  public var group: String
  /// The question (0-based).
  public var question: Int
  public var text: String
  public var updatedAt: Date

  enum CodingKeys: String, CodingKey { case group, question, text, updatedAt }

  /// A draft naming no question (a negative number) is not a draft.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    group = try c.decode(String.self, forKey: .group)
    question = try c.decode(Int.self, forKey: .question)
    text = try c.decode(String.self, forKey: .text)
    updatedAt = try c.decode(Date.self, forKey: .updatedAt)
    guard question >= 0 else {
      throw DecodingError.dataCorruptedError(forKey: .question, in: c, debugDescription: "a question from 0")
    }
  }

  public init(group: String, question: Int, text: String, updatedAt: Date) {
    self.group = group
    self.question = question
    self.text = text
    self.updatedAt = updatedAt
  }

  /// Where the draft of a review file is kept.
  public static func url(beside review: URL) -> URL { URL(fileURLWithPath: review.path + ".draft") }

  /// The draft beside a review file, if there is a readable one.
  public static func load(beside review: URL) -> CommentDraft? {
    guard RegularFile.kind(url(beside: review)) == S_IFREG, let data = try? RegularFile.read(url(beside: review)) else {
      return nil
    }
    return try? JSONCoding.decoder().decode(CommentDraft.self, from: data)
  }

  /// Writes the draft atomically, as private as the review file (`0600`,
  /// in a class folder too), making the review's folder on a first review.
  public func save(beside review: URL) throws {
    try Review.makeFolder(for: review)
    try AtomicFile.write(
      JSONCoding.encoder().encode(self), to: Self.url(beside: review), keepBackup: false, mode: .private)
  }

  /// The comment was finished (or there is none): no draft.
  public static func remove(beside review: URL) { unlink(url(beside: review).path) }
}
