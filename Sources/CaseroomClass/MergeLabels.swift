import CaseroomEngine
import CaseroomSession
import FoundationEssentials

/// Who wrote each side of a session that git's merge driver merges, for the
/// markers of a conflict: on each side, the author of the newest commit
/// since the common one (not a merge) that changed that answer (for a note:
/// that changed the file). Commits name their writers (`GitIdentity`), so
/// the markers name the member and the machine of each version and stay
/// true wherever they travel.
///
/// A sync tells the driver the other side's commit (`CASEROOM_MERGE_THEIRS`);
/// a merge by hand without it names this side by its identity and the other
/// as `另一方的版本`.
public struct MergeLabels {
  /// The variable through which a sync gives the driver the commit it merges.
  public static let theirsVariable = "CASEROOM_MERGE_THEIRS"

  let git: Git
  let path: String?
  let base: String?
  let theirs: String?
  let here: String

  /// The labels of a merge of `path` (relative to the clone's top, git's `%P`) run in `directory`.
  public init(path: String?, in directory: URL, environment: [String: String] = ProcessEnvironment.variables) {
    let me = GitIdentity.here()
    here = GitIdentity.label(
      name: environment["GIT_AUTHOR_NAME"] ?? me.name, email: environment["GIT_AUTHOR_EMAIL"] ?? me.email)
    let git = Git(directory: directory)
    self.git = git
    self.path = path
    let theirs = environment[Self.theirsVariable].flatMap { $0.isEmpty ? nil : $0 }
    self.theirs = theirs
    base = theirs.flatMap { try? git.value(["merge-base", "HEAD", $0]) }.flatMap { $0.isEmpty ? nil : $0 }
  }

  /// The labels of answer `question` (0-based), or of a note (nil).
  public func labels(_ question: Int?) -> ConflictMarkers.Labels {
    guard let theirs, base != nil else {
      return ConflictMarkers.Labels(ours: here, theirs: ConflictMarkers.Labels.anonymous.theirs)
    }
    return ConflictMarkers.Labels(
      ours: writer(on: "HEAD", question) ?? here,
      theirs: writer(on: theirs, question) ?? ConflictMarkers.Labels.anonymous.theirs)
  }

  /// The author of the newest commit on `tip` since the base that changed answer `question` (or the file).
  func writer(on tip: String, _ question: Int?) -> String? {
    guard let path, let base else { return nil }
    guard
      let log = try? git.value([
        "log", "--no-merges", "--format=%H%x1f%an%x1f%ae", "\(base)..\(tip)", "--", path,
      ])
    else { return nil }
    let commits = log.split(separator: "\n").map { $0.split(separator: "\u{1F}", omittingEmptySubsequences: false) }
    func answer(_ rev: String) -> String? {
      guard let shown = try? git.run(["show", "\(rev):\(path)"]), shown.ok,
        let s = try? Session.decode(Data(shown.out.utf8), file: path), let question, question < s.answers.count
      else { return nil }
      return s.answers[question].text
    }
    for c in commits where c.count == 3 {
      if question == nil || answer(String(c[0])) != answer("\(c[0])^") {
        return GitIdentity.label(name: String(c[1]), email: String(c[2]))
      }
    }
    return commits.first.flatMap { $0.count == 3 ? GitIdentity.label(name: String($0[1]), email: String($0[2])) : nil }
  }
}
