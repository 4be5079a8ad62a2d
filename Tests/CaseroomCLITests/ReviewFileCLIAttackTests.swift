import CaseroomEngine
import CaseroomSession
import CaseroomTestSupport
import Foundation
import Testing

/// The attack on the instructor's commands (issue 23): damaged review files
/// must not give blank grades, and a review file planted beside the sessions
/// by someone else is never read.
@Suite("review --summary and export with damaged and planted review files")
struct ReviewFileCLIAttackTests {
  static let bundled = ReviewExportCLITests.bundled

  /// A sessions folder with 第一组, and a data home of its own.
  func folder() throws -> (sessions: URL, env: [String: String]) {
    let root = try CLI.temporaryDirectory()
    let sessions = root.appendingPathComponent("sessions")
    try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
    let store = SessionStore(directory: sessions)
    var s = Session(case: Self.bundled, group: .init(name: "第一组", members: ["甲"]))
    s.answers[0].text = "答案。"
    try store.save(s, to: store.url(caseId: Self.bundled.id, group: "第一组"))
    return (sessions, ["XDG_DATA_HOME": root.appendingPathComponent("data").path])
  }

  func reviewJSON(score: Int = 4, scale: Int = 5, caseId: String? = nil, comment: String = "植入的评语") -> String {
    """
    {"caseId":"\(caseId ?? Self.bundled.id)","schema":"caseroom.review/1","scaleMax":\(scale),"order":[],
     "updatedAt":"2027-01-15T08:00:00Z",
     "feedback":{"第一组":{"1":{"score":\(score),"comment":"\(comment)","updatedAt":"2027-01-15T08:00:00Z"}}}}
    """
  }

  static let damaged: [(String, String)] = [
    ("truncated", #"{"caseId":"twelve-golden-projects","schema":"caseroom.review/1","feedback":{"第一"#),
    ("not JSON", "scores: 5"), ("empty", ""),
    ("a score of 999", "SCORE999"), ("a score of -3", "SCORE-3"), ("a scale of 0", "SCALE0"),
    ("another case", "OTHERCASE"), ("newer schema", #"{"schema":"caseroom.review/9"}"#),
  ]

  func content(_ kind: String) -> String {
    switch kind {
    case "SCORE999": return reviewJSON(score: 999)
    case "SCORE-3": return reviewJSON(score: -3)
    case "SCALE0": return reviewJSON(score: 0, scale: 0)
    case "OTHERCASE": return reviewJSON(caseId: "another-case")
    default: return kind
    }
  }

  @Test("a damaged review file: summary (text, CSV) and export exit 1 naming the file, and leave it as it is")
  func damagedFile() throws {
    for (name, text) in Self.damaged {
      let (sessions, env) = try folder()
      let review = sessions.deletingLastPathComponent().appendingPathComponent("mine.review.json")
      try Data(content(text).utf8).write(to: review)
      let before = try Data(contentsOf: review)
      for command in [
        ["review", "--summary"], ["review", "--summary", "--csv"], ["review", "--summary", "--json"],
        ["export", "--all", "--format", "csv"],
      ] {
        let r = try CLI.run(command + ["--sessions", sessions.path, "--review", review.path], environment: env)
        #expect(r.status == 1, "\(name): \(command) exited \(r.status)\n\(r.out)")
        #expect(r.err.contains(review.path), "\(name): \(command): \(r.err)")
        #expect(r.out.isEmpty, "\(name): \(command) printed blank grades")
      }
      #expect(try Data(contentsOf: review) == before, "\(name)")
    }
  }

  @Test("a review file planted beside the sessions by another user is not read, shown or copied; said on stderr")
  func planted() throws {
    let (sessions, env) = try folder()
    let planted = sessions.appendingPathComponent("\(Self.bundled.id).review.json")
    try Data(reviewJSON(score: 5).utf8).write(to: planted)
    guard getuid() == 0 else { return }  // chown to another user needs root
    chown(planted.path, 4242, 4242)
    let r = try CLI.run(
      ["review", "--summary", "--json", "--sessions", sessions.path, "--lang", "en"], environment: env)
    #expect(r.status == 0, "\(r.err)")
    #expect(!r.out.contains("植入的评语") && !r.out.contains("\"score\" : 5"), "\(r.out)")
    #expect(r.err.contains(planted.path) && r.err.contains("not read"), "\(r.err)")
    let csv = try CLI.run(["export", "--all", "--format", "csv", "--sessions", sessions.path], environment: env)
    #expect(csv.status == 0 && !csv.out.contains("植入的评语"), "\(csv.err)")
    // A malformed planted file does not stop the instructor either.
    try Data("{".utf8).write(to: planted)
    chown(planted.path, 4242, 4242)
    let m = try CLI.run(["review", "--summary", "--sessions", sessions.path], environment: env)
    #expect(m.status == 0, "\(m.err)")
    // Writable by the group (a class folder's member could have changed it): not read either.
    try Data(reviewJSON(score: 5).utf8).write(to: planted)
    chown(planted.path, getuid(), getgid())
    chmod(planted.path, 0o664)
    let g = try CLI.run(
      ["review", "--summary", "--json", "--sessions", sessions.path, "--lang", "en"], environment: env)
    #expect(!g.out.contains("植入的评语"), "\(g.out)")
    // The instructor's own old file (theirs, written by no one else) is still read.
    chmod(planted.path, 0o600)
    let own = try CLI.run(
      ["review", "--summary", "--json", "--sessions", sessions.path, "--lang", "en"], environment: env)
    #expect(own.out.contains("植入的评语"), "\(own.out)\n\(own.err)")
  }

  @Test("--scale below a score already given is refused (as any scale change over scores); the file keeps its scale")
  func scaleBelowScores() throws {
    let (sessions, env) = try folder()
    let review = sessions.deletingLastPathComponent().appendingPathComponent("mine.review.json")
    try Data(reviewJSON(score: 4).utf8).write(to: review)
    let r = try CLI.run(
      ["review", "--sessions", sessions.path, "--review", review.path, "--scale", "3", "--lang", "en"], environment: env
    )
    #expect(r.status == 1)
    #expect(r.err.contains("1 scores in \(review.path) were given on another scale than 3"), "\(r.err)")
    #expect(r.err.contains("nothing is changed"))
    #expect(try String(contentsOf: review, encoding: .utf8).contains("\"scaleMax\":5"))
  }
}
