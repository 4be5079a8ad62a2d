import CaseroomEngine
import CaseroomSession
import Foundation
import Testing

@testable import CaseroomReview

/// The attack on the review file and its draft (issue 23): a first review,
/// a setgid class folder, damaged and foreign files.
@Suite("Review files under attack: first draft, modes with no window, damaged and foreign files refused")
struct ReviewFileAttackTests {
  let c = ReviewFixtures.bundled

  @Test("the first comment draft is saved when the reviews folder does not exist yet (made 0700)")
  func firstDraft() throws {
    let dir = try ReviewFixtures.directory()
    let review = dir.appendingPathComponent("data/caseroom/reviews/x.review.json")
    let draft = CommentDraft(group: "甲组", question: 1, text: "第一条评语", updatedAt: ReviewFixtures.t0)
    try draft.save(beside: review)
    #expect(CommentDraft.load(beside: review) == draft)
    var info = stat()
    stat(review.deletingLastPathComponent().path, &info)
    #expect(info.st_mode & 0o777 == 0o700)
    stat(CommentDraft.url(beside: review).path, &info)
    #expect(info.st_mode & 0o777 == 0o600)
  }

  @Test("in a setgid folder the draft and the review file are 0600 from creation: never 0660, not for a moment")
  func noWindow() throws {
    let dir = try ReviewFixtures.directory()
    chmod(dir.path, 0o2770)
    let url = dir.appendingPathComponent("x.review.json")
    let draft = CommentDraft(group: "甲组", question: 0, text: "评语", updatedAt: ReviewFixtures.t0)
    try draft.save(beside: url)
    var info = stat()
    stat(CommentDraft.url(beside: url).path, &info)
    #expect(info.st_mode & 0o777 == 0o600)
    // A watcher looks at every file of the folder while 60 saves replace the review.
    let stop = Atomic(false)
    let seen = Atomic(0)
    let watcher = Thread {
      while !stop.value {
        // (the lock, held while saving, names only its holder: it may be the class's to read)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [] where !name.contains(".lock")
        {
          var s = stat()
          if stat(dir.path + "/" + name, &s) == 0, s.st_mode & 0o077 != 0 { seen.value += 1 }
        }
      }
    }
    watcher.start()
    var r = Review(caseId: c.id)
    for i in 0..<60 {
      r.setFeedback(.init(score: i % 6, updatedAt: ReviewFixtures.t0), group: "甲组", question: 0)
      try r.save(url)
    }
    stop.value = true
    usleep(20_000)
    #expect(seen.value == 0, "a review file was readable by the class \(seen.value) times")
  }

  @Test("a draft naming question -1 (or any question the case lacks) is no draft")
  func badDraft() throws {
    let dir = try ReviewFixtures.directory()
    let url = dir.appendingPathComponent("x.review.json")
    let text = #"{"group":"甲组","question":-1,"text":"x","updatedAt":"2027-01-15T08:00:00Z"}"#
    try Data(text.utf8).write(to: CommentDraft.url(beside: url))
    #expect(CommentDraft.load(beside: url) == nil)
  }

  func write(_ json: String) throws -> URL {
    let url = try ReviewFixtures.directory().appendingPathComponent("x.review.json")
    try Data(json.utf8).write(to: url)
    return url
  }

  func review(scale: Int = 5, score: Int = 3, caseId: String? = nil, question: String = "1") -> String {
    """
    {"caseId":"\(caseId ?? c.id)","schema":"caseroom.review/1","scaleMax":\(scale),"order":[],
     "updatedAt":"2027-01-15T08:00:00Z",
     "feedback":{"甲组":{"\(question)":{"score":\(score),"comment":"","updatedAt":"2027-01-15T08:00:00Z"}}}}
    """
  }

  @Test(
    "scores outside the scale, a scale of 0 or over 100, a question that is no number: refused, naming the file",
    arguments: [
      (5, 999, "1", "score 999 is not between 0 and 5"), (5, -3, "1", "score -3 is not between 0 and 5"),
      (0, 0, "1", "scaleMax 0 is not between 1 and 100"), (101, 3, "1", "scaleMax 101"),
      (5, 3, "0", "question \"0\""), (5, 3, "x", "question \"x\""),
    ])
  func outOfRange(scale: Int, score: Int, question: String, message: String) throws {
    let url = try write(review(scale: scale, score: score, question: question))
    let before = try Data(contentsOf: url)
    #expect {
      _ = try Review.load(url, caseId: c.id)
    } throws: { e in
      guard let e = e as? ReviewFileError, case .invalid(let detail) = e.what else { return false }
      return e.file == url.path && detail.contains(message)
    }
    // And never saved over.
    var r = Review(caseId: c.id)
    r.setFeedback(.init(score: 1, updatedAt: ReviewFixtures.t0), group: "乙组", question: 0)
    #expect(throws: ReviewFileError.self) { try r.save(url) }
    #expect(try Data(contentsOf: url) == before)
  }

  @Test("a review of another case is refused, and never overwritten")
  func otherCase() throws {
    let url = try write(review(caseId: "another-case"))
    let before = try Data(contentsOf: url)
    #expect {
      _ = try Review.load(url, caseId: c.id)
    } throws: { e in
      (e as? ReviewFileError)?.what == .otherCase(found: "another-case", expected: c.id)
    }
    #expect(try Data(contentsOf: url) == before)
  }

  @Test("a review is never saved with a score outside its scale")
  func neverWritesBad() throws {
    let url = try ReviewFixtures.directory().appendingPathComponent("x.review.json")
    var r = Review(caseId: c.id)
    r.setFeedback(.init(score: 9, updatedAt: ReviewFixtures.t0), group: "甲组", question: 0)
    #expect(throws: ReviewFileError.self) { try r.save(url) }
    #expect(!FileManager.default.fileExists(atPath: url.path))
  }
}

/// A value two threads share in a test.
final class Atomic<T>: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: T
  init(_ v: T) { stored = v }
  var value: T {
    get { lock.withLock { stored } }
    set { lock.withLock { stored = newValue } }
  }
}
