import CaseroomEngine
import CaseroomReview
import CaseroomSession
import CaseroomTestSupport
import Foundation
import Testing

@testable import CaseroomClass

/// The attack's damaged and planted files (issue 23), family by family: a
/// group's session, the instructor's review file, the comment draft, the
/// class file and released feedback. Each is truncated, emptied, replaced by
/// other JSON, given a newer schema, out-of-range numbers or controls in its
/// text, or planted as a link, a FIFO, a folder or a file of another user;
/// then every command that reads it runs. None may crash or hang, print a
/// raw control, exit 0 with a damaged review's blank grades, or change the file.
@Suite("Damaged and planted file families: session, review, draft, class, feedback", .serialized)
struct DamagedFileFamilyTests {
  let c = ClassFixtures.bundled

  enum Family: String, CaseIterable { case session, review, classFile, feedback }

  /// A class folder with 第一组's session, a review with scores and released feedback.
  func classFolder() throws -> (root: URL, files: [Family: URL]) {
    let root = try ClassFixtures.directory("family").appendingPathComponent("class")
    let folder = try ClassFolder.create(at: root, case: c, caseSource: ClassFixtures.caseURL)
    let store = SessionStore(directory: folder.sessions)
    var s = ClassFixtures.session("第一组", ["我们认为金税工程最重要。"])
    s.annotations = [
      .init(anchor: .init(section: "golden-tax", paragraph: 0, quote: "金税"), note: "批注", createdAt: ClassFixtures.t0)
    ]
    let session = store.url(caseId: c.id, group: "第一组")
    try store.save(s, to: session)
    var review = Review(caseId: c.id)
    review.setFeedback(.init(score: 4, comment: "好", updatedAt: ClassFixtures.t0), group: "第一组", question: 0)
    let reviewURL = folder.reviewURL(caseId: c.id)
    try review.save(reviewURL)
    let all = ClassSessions.load(case: c, from: [folder.sessions])
    let written = try FeedbackRelease.release(review, of: all, to: folder.feedback)
    let feedback = try #require(written.first)
    return (root, [.session: session, .review: reviewURL, .classFile: folder.classFile, .feedback: feedback])
  }

  /// The commands that read a family's file.
  func commands(_ family: Family, root: URL, file: URL) -> [[String]] {
    let cls = ["--class", root.path]
    switch family {
    case .session:
      return [
        ["review", "--summary"] + cls, ["export", "--all", "--format", "md"] + cls, ["check", file.path],
        ["review", "--summary", "--csv"] + cls,
      ]
    case .review:
      return [
        ["review", "--summary"] + cls, ["export", "--all", "--format", "csv"] + cls, ["class", "release"] + cls,
      ]
    case .classFile:
      return [["review", "--summary"] + cls, ["class", "status"] + cls, ["export", "--all", "--format", "md"] + cls]
    case .feedback:
      return [["export", "--group", "第一组", "--format", "md"] + cls]
    }
  }

  /// Damaged versions of a good file's bytes.
  static func damaged(_ good: Data) -> [(String, Data)] {
    let text = String(decoding: good, as: UTF8.self)
    func edited(_ f: (String) -> String) -> Data { Data(f(text).utf8) }
    var out: [(String, Data)] = [
      ("empty", Data()), ("one byte", good.prefix(1)), ("a third", good.prefix(good.count / 3)),
      ("half", good.prefix(good.count / 2)), ("all but the last byte", good.dropLast()),
      ("not JSON", Data("scores: 5\n".utf8)), ("a JSON array", Data("[1, 2]".utf8)),
      ("a JSON string", Data("\"第一组\"".utf8)), ("binary", Data((0..<512).map { UInt8(truncatingIfNeeded: $0 * 37) })),
      ("invalid UTF-8", Data([0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x3A, 0x31, 0x7D])),
      ("newer schema", edited { $0.replacingOccurrences(of: "/1\"", with: "/9\"") }),
      ("wrong types", edited { $0.replacingOccurrences(of: "\"caseId\" : \"", with: "\"caseId\" : 5, \"x\" : \"") }),
      (
        "huge numbers",
        edited {
          $0.replacingOccurrences(of: "\"revision\" : ", with: "\"revision\" : 99999999999999999999")
            .replacingOccurrences(of: "\"score\" : ", with: "\"score\" : 99999999999999999999")
            .replacingOccurrences(of: "\"scaleMax\" : ", with: "\"scaleMax\" : -")
        }
      ),
      (
        "controls in its text",
        edited { $0.replacingOccurrences(of: "第一组", with: "第一组\\u001b]52;c;ZXZpbA==\\u0007\\u009b2J\\u202e") }
      ),
    ]
    out = out.filter { $0.1 != good || $0.0 == "controls in its text" }
    return out
  }

  /// Runs caseroom with a time limit (a FIFO must never make it wait).
  func run(_ args: [String]) throws -> (status: Int32, out: String, err: String, timedOut: Bool) {
    let p = Process()
    p.executableURL = BuiltBinary.url
    p.arguments = args
    var env = ProcessInfo.processInfo.environment
    env["CASEROOM_CLASS"] = nil
    p.environment = env
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = FileHandle.nullDevice
    try p.run()
    let group = DispatchGroup()
    nonisolated(unsafe) var o = Data()
    nonisolated(unsafe) var e = Data()
    DispatchQueue.global().async(group: group) { o = out.fileHandleForReading.readDataToEndOfFile() }
    DispatchQueue.global().async(group: group) { e = err.fileHandleForReading.readDataToEndOfFile() }
    let deadline = Date().addingTimeInterval(20)
    while p.isRunning && Date() < deadline { usleep(10_000) }
    let timedOut = p.isRunning
    if timedOut { p.terminate() }
    group.wait()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self), timedOut)
  }

  func check(_ family: Family, _ variant: String, root: URL, file: URL, expectFailure: Bool) throws {
    let before = try? Data(contentsOf: file)
    let linkBefore = try? FileManager.default.destinationOfSymbolicLink(atPath: file.path)
    for command in commands(family, root: root, file: file) {
      let r = try run(command)
      let what = "\(family) \(variant): caseroom \(command.prefix(3).joined(separator: " "))"
      #expect(!r.timedOut, "\(what) hung")
      #expect(r.status == 0 || r.status == 1, "\(what) exited \(r.status)\n\(r.err)")
      if r.status == 1 {
        #expect(!r.err.isEmpty, "\(what) failed without a word")
      }
      for bad in ["\u{1B}", "\u{07}", "\u{9B}", "\u{202E}"] {
        #expect(!r.out.contains(bad) && !r.err.contains(bad), "\(what) printed a raw control")
      }
      if expectFailure && command.contains("--summary") {
        #expect(r.status == 1, "\(what) printed blank grades for a review file it cannot use")
      }
      #expect((try? Data(contentsOf: file)) == before, "\(what) changed the file")
      #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: file.path)) == linkBefore)
    }
  }

  @Test(
    "each family damaged 14 ways: no crash, no hang, no raw control, the file left as it is", arguments: Family.allCases
  )
  func damagedFamily(_ family: Family) throws {
    for (variant, bytes) in Self.damaged(try Data(contentsOf: classFolder().files[family]!)) {
      let (root, files) = try classFolder()
      let file = files[family]!
      try bytes.write(to: file)
      let unusable = variant != "controls in its text" && family == .review
      try check(family, variant, root: root, file: file, expectFailure: unusable)
    }
  }

  @Test(
    "each family planted: a link to another file, a FIFO, a folder, a file of another user", arguments: Family.allCases)
  func plantedFamily(_ family: Family) throws {
    for variant in ["link", "fifo", "folder", "another user's"] {
      let (root, files) = try classFolder()
      let file = files[family]!
      let good = try Data(contentsOf: file)
      try FileManager.default.removeItem(at: file)
      let secret = root.deletingLastPathComponent().appendingPathComponent("secret.txt")
      try Data("秘密".utf8).write(to: secret)
      switch variant {
      case "link": try FileManager.default.createSymbolicLink(at: file, withDestinationURL: secret)
      case "fifo": #expect(mkfifo(file.path, 0o666) == 0)
      case "folder": try FileManager.default.createDirectory(at: file, withIntermediateDirectories: false)
      default:
        try good.write(to: file)
        if getuid() == 0 { chown(file.path, 4242, 4242) }
        chmod(file.path, 0o666)
      }
      try check(family, variant, root: root, file: file, expectFailure: false)
      #expect(try Data(contentsOf: secret) == Data("秘密".utf8), "\(family) \(variant): wrote through")
    }
  }
}

/// The comment draft's family: damaged drafts are no draft, and never crash the review.
@Suite("Damaged comment drafts")
struct DamagedDraftTests {
  @Test("every damaged draft loads as none, and a review opens over it")
  func drafts() throws {
    let dir = try ClassFixtures.directory("drafts")
    let review = dir.appendingPathComponent("x.review.json")
    let good = try JSONCoding.encoder().encode(
      CommentDraft(group: "第一组", question: 1, text: "评语", updatedAt: ClassFixtures.t0))
    #expect(CommentDraft.load(beside: review) == nil)
    for (variant, bytes) in DamagedFileFamilyTests.damaged(good) + [
      (
        "question -1",
        Data(
          String(decoding: good, as: UTF8.self).replacingOccurrences(of: "\"question\" : 1", with: "\"question\" : -1")
            .utf8)
      ),
      (
        "question 10^9",
        Data(
          String(decoding: good, as: UTF8.self).replacingOccurrences(
            of: "\"question\" : 1", with: "\"question\" : 1000000000"
          ).utf8)
      ),
    ] {
      try bytes.write(to: CommentDraft.url(beside: review))
      let draft = CommentDraft.load(beside: review)
      if variant.hasPrefix("question") || variant == "controls in its text" {
        #expect(variant == "controls in its text" ? draft != nil : draft == nil || draft!.question >= 0, "\(variant)")
      } else {
        #expect(draft == nil, "\(variant) loaded as a draft")
      }
    }
  }
}
