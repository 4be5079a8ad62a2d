import CaseroomEngine
import FoundationEssentials

/// What a reader's sessions folder belongs to: the class folder's class file
/// (its phases), where released feedback is, and the git clone of the class
/// repository to sync (the sessions folder itself or the folder holding it).
/// Found here, so that the command line only hands it to the reader.
public struct ClassAround: Equatable, Sendable {
  public var classFile: URL?
  public var feedbackFolder: URL?
  public var clone: URL?

  /// The class around `sessions` (a class folder given or found, else a clone
  /// with a `feedback/` beside); nil when there is neither.
  public static func find(sessions: URL, classFolder: ClassFolder?) -> ClassAround? {
    let clone = [sessions, sessions.deletingLastPathComponent()].first {
      FileManager.default.fileExists(atPath: $0.appendingPathComponent(".git").path)
    }
    guard classFolder != nil || clone != nil else { return nil }
    let feedback =
      classFolder?.feedback
      ?? clone.map { $0.appendingPathComponent("feedback") }.flatMap {
        FileManager.default.fileExists(atPath: $0.path) ? $0 : nil
      }
    return ClassAround(classFile: classFolder?.classFile, feedbackFolder: feedback, clone: clone)
  }
}
