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

  /// Writes the draft atomically, as private as the review file.
  public func save(beside review: URL) throws {
    try AtomicFile.write(
      JSONCoding.encoder().encode(self), to: Self.url(beside: review), keepBackup: false, mode: .owner)
  }

  /// The comment was finished (or there is none): no draft.
  public static func remove(beside review: URL) { unlink(url(beside: review).path) }
}
