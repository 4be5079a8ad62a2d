import CaseroomEngine
import FoundationEssentials
import Glibc

/// A comment the instructor was writing when the review last saved it: kept
/// beside the review file so that a signal, a crash or a dropped connection
/// loses no words of it, and reopened on the next start.
///
/// Each review process keeps its own (`<review>.draft.<pid>`): two review
/// windows on the same review file (two terminals, two instructors) never
/// write over each other's draft. A new process takes over the draft of one
/// that is no longer running (the draft file renamed to its own, so two
/// starting at once never both take it), or the one draft older versions
/// kept (`<review>.draft`).
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

  /// Where this process keeps its draft of a review file.
  public static func url(beside review: URL, process: Int32 = getpid()) -> URL {
    URL(fileURLWithPath: review.path + ".draft.\(process)")
  }

  /// This process's draft beside a review file, else one a process no
  /// longer running left there, taken over (nil: no readable draft).
  public static func load(beside review: URL) -> CommentDraft? {
    let mine = url(beside: review)
    if let d = read(mine) { return d }
    for other in left(beside: review) where rename(other.path, mine.path) == 0 {
      if let d = read(mine) { return d }
    }
    return nil
  }

  /// The drafts beside a review file of processes no longer running, and the one of older versions.
  static func left(beside review: URL) -> [URL] {
    let dir = review.deletingLastPathComponent()
    let prefix = review.lastPathComponent + ".draft"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return names.sorted().compactMap { name -> URL? in
      guard name.hasPrefix(prefix) else { return nil }
      let rest = name.dropFirst(prefix.count)
      if !rest.isEmpty {
        guard rest.first == ".", let pid = Int32(rest.dropFirst()), pid > 0, pid != getpid() else { return nil }
        // Still running (or another user's, which `kill` may not ask): its own.
        if kill(pid, 0) == 0 || errno == EPERM { return nil }
      }
      return dir.appendingPathComponent(name)
    }
  }

  static func read(_ url: URL) -> CommentDraft? {
    guard RegularFile.kind(url) == S_IFREG, let data = try? RegularFile.read(url) else { return nil }
    return try? JSONCoding.decoder().decode(CommentDraft.self, from: data)
  }

  /// Writes the draft atomically, as private as the review file (`0600`,
  /// in a class folder too), making the review's folder on a first review.
  public func save(beside review: URL) throws {
    try Review.makeFolder(for: review)
    try AtomicFile.write(
      JSONCoding.encoder().encode(self), to: Self.url(beside: review), keepBackup: false, mode: .private)
  }

  /// The comment was finished (or there is none): no draft of this process.
  public static func remove(beside review: URL) { unlink(url(beside: review).path) }
}
