import CaseroomEngine
import CaseroomReview
import CaseroomSession
import Foundation

@testable import CaseroomApp

/// A class of three groups on the bundled case, at a fixed time.
enum ReviewFixtures {
  static let t0 = Date(timeIntervalSince1970: 1_900_000_000)
  /// The screen's clock: two minutes after 丙组's last save.
  static let now = t0.addingTimeInterval(120)

  /// 丙组, 甲组 and 乙组 (members 成员0–2), listed by name; question 2 answered at
  /// three lengths, 甲组 citing 金税工程; one damaged file.
  static func state(_ rows: Int = 24, _ cols: Int = 80, scale: Int = 5) -> ReviewState {
    let c = ReaderFixtures.bundled
    var sessions: [Session] = []
    for (i, name) in ["丙组", "甲组", "乙组"].enumerated() {
      var s = Session(case: c, group: .init(name: name, members: ["成员\(i)"]), now: t0)
      s.answers[1].text = String(repeating: "电子政务的发展需要统一规划。", count: 3 + i * 10)
      if i == 1 {
        s.answers[1].citations = [
          .init(anchor: .init(section: "golden-tax", paragraph: 0, quote: "是我国电子政务的核心系统之一"), createdAt: t0)
        ]
      }
      s.reading = ["golden-macro": .init(seconds: 10, finished: i > 0)]
      s.updatedAt = t0.addingTimeInterval(Double(i))
      sessions.append(s)
    }
    let all = ClassSessions(
      document: c, sessions: sessions.sorted { $0.group.name < $1.group.name },
      problems: [
        .init(
          file: "/x/bad.session.json",
          reason: .damaged(
            SessionError(VersionedFileError(file: "/x/bad.session.json", schema: "caseroom.session/1", .empty))))
      ])
    var review = Review(caseId: c.id)
    review.scaleMax = scale
    return ReviewState(all: all, review: review, rows: rows, cols: cols, now: now)
  }

  /// A folder for a test's files.
  static func directory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-app-review-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  /// A group's session saved in a folder, as the workspace saves it.
  @discardableResult
  static func save(
    _ name: String, in dir: URL, answer: String = "", question: Int = 1, updated: Date = t0, read: [String] = []
  ) throws -> URL {
    let c = ReaderFixtures.bundled
    let store = SessionStore(directory: dir)
    let url = store.url(caseId: c.id, group: name)
    var s = (try? store.load(url)) ?? Session(case: c, group: .init(name: name, members: ["甲"]), now: t0)
    s.answers[question].text = answer
    s.answers[question].updatedAt = updated
    for id in read { s.reading[id] = .init(seconds: 30, finished: true) }
    s.updatedAt = updated
    s.revision += 1
    try store.save(s, to: url)
    return url
  }
}
