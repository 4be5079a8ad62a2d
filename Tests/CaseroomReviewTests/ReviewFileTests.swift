import CaseroomEngine
import CaseroomSession
import Foundation
import Testing

@testable import CaseroomReview

@Suite("The review file is the instructor's: its place, its mode, another review's saves")
struct ReviewFileTests {
  let c = ReviewFixtures.bundled

  @Test("by default in $XDG_DATA_HOME/caseroom/reviews/, named after the case and the folders, in any order")
  func defaultPlace() throws {
    let a = URL(fileURLWithPath: "/srv/class/laptop1")
    let b = URL(fileURLWithPath: "/srv/class/laptop2/")
    let env = ["XDG_DATA_HOME": "/home/t/data", "HOME": "/home/t"]
    let url = Review.defaultURL(caseId: c.id, sessionDirectories: [a, b], environment: env)
    #expect(url.deletingLastPathComponent().path == "/home/t/data/caseroom/reviews")
    #expect(url.lastPathComponent.hasPrefix("twelve-golden-projects--laptop1+laptop2-"))
    #expect(url.lastPathComponent.hasSuffix(".review.json"))
    #expect(Review.defaultURL(caseId: c.id, sessionDirectories: [b, a], environment: env) == url)
    #expect(Review.defaultURL(caseId: c.id, sessionDirectories: [a], environment: env) != url)
    let elsewhere = Review.defaultURL(
      caseId: c.id, sessionDirectories: [URL(fileURLWithPath: "/other/laptop1"), b], environment: env)
    #expect(elsewhere != url, "folders of the same names elsewhere are another class")
    #expect(
      Review.defaultURL(caseId: c.id, sessionDirectories: [a], environment: ["HOME": "/home/t"]).path.hasPrefix(
        "/home/t/.local/share/caseroom/reviews/"))
    let odd = Review.defaultURL(
      caseId: "../x", sessionDirectories: [URL(fileURLWithPath: "/tmp/a b/../第一班")], environment: env)
    #expect(odd.deletingLastPathComponent().path == "/home/t/data/caseroom/reviews", "a name never leaves the folder")
    #expect(odd.lastPathComponent.hasPrefix(".._x--第一班-"), "\(odd.lastPathComponent)")
  }

  @Test("the file is 0600, even in a setgid class folder, and its folder is made private")
  func privateMode() throws {
    let dir = try ReviewFixtures.directory()
    let reviews = dir.appendingPathComponent("reviews")
    var r = Review(caseId: c.id)
    r.setFeedback(.init(score: 3, updatedAt: ReviewFixtures.t0), group: "甲", question: 0)
    try r.save(reviews.appendingPathComponent("x.review.json"))
    var info = stat()
    stat(reviews.appendingPathComponent("x.review.json").path, &info)
    #expect(info.st_mode & 0o777 == 0o600)
    stat(reviews.path, &info)
    #expect(info.st_mode & 0o777 == 0o700)
    let shared = dir.appendingPathComponent("class")
    try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
    chmod(shared.path, 0o2770)
    try r.save(shared.appendingPathComponent("y.review.json"))
    stat(shared.appendingPathComponent("y.review.json").path, &info)
    #expect(info.st_mode & 0o777 == 0o600)
  }

  @Test("refresh takes in what another review saved, keeping this one's unsaved changes")
  func refreshFromAnother() throws {
    let dir = try ReviewFixtures.directory()
    let url = dir.appendingPathComponent("x.review.json")
    var mine = try Review.load(url, caseId: c.id)
    try mine.save(url)
    let news = mine.refresh(from: url)
    #expect(!news, "our own save is not news")
    var other = try Review.load(url, caseId: c.id)
    other.setFeedback(.init(score: 4, updatedAt: ReviewFixtures.t0), group: "乙", question: 1)
    try other.save(url)
    mine.setFeedback(.init(score: 2, updatedAt: ReviewFixtures.t0), group: "甲", question: 0)
    let read = mine.refresh(from: url)
    #expect(read)
    #expect(mine.feedback(group: "乙", question: 1)?.score == 4)
    #expect(mine.feedback(group: "甲", question: 0)?.score == 2)
    try mine.save(url)
    let disk = try Review.load(url, caseId: c.id)
    #expect(disk.feedback(group: "甲", question: 0)?.score == 2 && disk.feedback(group: "乙", question: 1)?.score == 4)
  }
}
