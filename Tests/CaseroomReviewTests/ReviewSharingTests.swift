import CaseroomEngine
import CaseroomSession
import Foundation
import Testing

@testable import CaseroomReview

@Suite("Review and export with damaged files; two instructors on one review file")
struct ReviewSharingTests {
  let c = ReviewFixtures.bundled

  @Test(
    "a damaged session with a good backup is reviewed from the backup, with a warning naming the file; nothing is written"
  )
  func readFromBackup() throws {
    let dir = try ReviewFixtures.directory()
    let store = SessionStore(directory: dir)
    let url = store.url(caseId: c.id, group: "第一组")
    try store.save(ReviewFixtures.session("第一组", ["备份"]), to: url)
    try store.save(ReviewFixtures.session("第一组", ["最新"]), to: url)
    try Data("{\"schema\": \"caseroom.session/1\", \"answers\": [".utf8).write(to: url)
    // Damaged, with no backup: skipped as before.
    try Data("garbage".utf8).write(to: dir.appendingPathComponent("x.session.json"))
    let before = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()

    let all = ClassSessions.load(case: c, from: [dir])
    #expect(all.sessions.map(\.group.name) == ["第一组"])
    #expect(all.sessions[0].answers[0].text == "备份")
    #expect(all.files == [url.path + ".bak"])
    let warning = try #require(all.problems.first { $0.file == url.path })
    #expect(warning.reason.isWarning)
    #expect(warning.reason.description.hasPrefix("damaged: not valid JSON"))
    #expect(warning.reason.description.contains("its backup \(url.path).bak was reviewed instead"))
    #expect(all.problems.contains { $0.file.hasSuffix("x.session.json") && $0.reason.description.hasPrefix("damaged") })
    let summary = Summary(all)
    #expect(summary.warnings.count == 1 && summary.problems.count == 1)
    #expect(summary.table().contains("warning: \(url.path): damaged"))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == before, "group files are only read")
  }

  @Test("a directory or a FIFO named like a session is listed, never opened")
  func notFiles() throws {
    let dir = try ReviewFixtures.directory()
    try FileManager.default.createDirectory(
      at: dir.appendingPathComponent("d.session.json"), withIntermediateDirectories: true)
    mkfifo(dir.appendingPathComponent("f.session.json").path, 0o600)
    let started = Date()
    let all = ClassSessions.load(case: c, from: [dir])
    #expect(Date().timeIntervalSince(started) < 2)
    #expect(
      all.problems.map(\.reason.description).sorted() == [
        "is a FIFO, not a regular file (not opened)", "is a directory, not a file",
      ])
  }

  @Test("two reviews of one file: each save merges per cell, so neither drops the other's scores")
  func mergePerCell() throws {
    let dir = try ReviewFixtures.directory()
    let url = Review.url(in: dir, caseId: c.id)
    var seed = Review(caseId: c.id)
    seed.setFeedback(.init(score: 1, comment: "原来的", updatedAt: ReviewFixtures.t0), group: "丙", question: 0)
    try seed.save(url)
    var a = try Review.load(url, caseId: c.id)
    var b = try Review.load(url, caseId: c.id)
    let t = ReviewFixtures.t0
    a.setFeedback(.init(score: 4, updatedAt: t), group: "甲", question: 0)
    try a.save(url)
    b.setFeedback(.init(score: 2, comment: "乙的评语", updatedAt: t), group: "乙", question: 1)
    try b.save(url)
    #expect(b.feedback(group: "甲", question: 0)?.score == 4, "the saving review now shows the other's score")
    a.setFeedback(.init(score: 5, updatedAt: t), group: "甲", question: 2)
    a.removeFeedback(group: "丙", question: 0, now: t)
    try a.save(url)
    let disk = try Review.load(url, caseId: c.id)
    #expect(disk.feedback(group: "甲", question: 0)?.score == 4)
    #expect(disk.feedback(group: "甲", question: 2)?.score == 5)
    #expect(disk.feedback(group: "乙", question: 1)?.comment == "乙的评语")
    #expect(disk.feedback(group: "丙", question: 0) == nil, "a removal is a change too")
    // Changed back to what it was: still ours.
    b.setFeedback(.init(score: 3, updatedAt: t), group: "乙", question: 1)
    try b.save(url)
    b.setFeedback(.init(score: 2, comment: "乙的评语", updatedAt: t), group: "乙", question: 1)
    try b.save(url)
    #expect(try Review.load(url, caseId: c.id).feedback(group: "乙", question: 1)?.score == 2)
    // The order and the scale: the changed side wins.
    a.order = ["乙", "甲"]
    try a.save(url)
    b.scaleMax = 9
    try b.save(url)
    let last = try Review.load(url, caseId: c.id)
    #expect(last.order == ["乙", "甲"] && last.scaleMax == 9)
    var info = stat()
    stat(url.path, &info)
    #expect(info.st_mode & 0o777 == 0o600)
    #expect(!FileManager.default.fileExists(atPath: url.path + ".lock"), "the lock is held only while saving")
  }

  @Test("many reviews saving at once (8 threads × 20 saves): every score is kept")
  func concurrentSaves() throws {
    let dir = try ReviewFixtures.directory()
    let url = Review.url(in: dir, caseId: c.id)
    let group = DispatchGroup()
    let failures = Failures()
    for worker in 0..<8 {
      group.enter()
      Thread.detachNewThread {
        defer { group.leave() }
        do {
          var r = try Review.load(url, caseId: "twelve-golden-projects")
          for n in 0..<20 {
            r.setFeedback(
              .init(score: n % 6, comment: "\(worker)-\(n)", updatedAt: Date()), group: "组\(worker)", question: n)
            try r.save(url)
          }
        } catch {
          failures.add("\(error)")
        }
      }
    }
    group.wait()
    #expect(failures.all.isEmpty, "\(failures.all)")
    let final = try Review.load(url, caseId: c.id)
    for worker in 0..<8 {
      for n in 0..<20 {
        #expect(final.feedback(group: "组\(worker)", question: n)?.comment == "\(worker)-\(n)", "组\(worker) Q\(n + 1)")
      }
    }
  }

  final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var all: [String] = []
    func add(_ s: String) { lock.withLock { all.append(s) } }
  }

  @Test("exports hold no raw control or bidi character: HTML as character references, Markdown and CSV as U+FFFD")
  func exportsClean() {
    let s = ReviewFixtures.session("组\u{202E}名\u{1B}[31m", ["答\u{9B}2J案\u{2066}x\u{2069}"])
    let doc = ExportDocument(c, sessions: [s])
    for format in [ExportFormat.md, .csv, .html, .json] {
      let out = format.render(doc, all: true)
      #expect(TerminalSafe.text(out) == out, "\(format): nothing left for the terminal filter")
    }
    let html = ExportFormat.html.render(doc, all: true)
    #expect(html.contains("组&#x202e;名\u{FFFD}[31m"))
  }

  @Test("a review file damaged meanwhile is not saved over")
  func damagedMeanwhile() throws {
    let dir = try ReviewFixtures.directory()
    let url = Review.url(in: dir, caseId: c.id)
    var r = try Review.load(url, caseId: c.id)
    try r.save(url)
    try Data("{".utf8).write(to: url)
    r.setFeedback(.init(score: 1, updatedAt: ReviewFixtures.t0), group: "甲", question: 0)
    #expect(throws: ReviewFileError.self) { try r.save(url) }
    #expect(try Data(contentsOf: url) == Data("{".utf8))
  }
}
