import CaseroomEngine
import CaseroomReview
import FoundationEssentials
import Glibc

/// The feedback an export of a class shows: a group's own export, the
/// feedback released to it (none before release; in a signed class only what
/// the instructor signed); the whole class's, the instructor's review, if
/// this user may read it (a student's export of the class shows none).
public enum ExportFeedback {
  /// Why the feedback could not be shown (nothing is shown from the file; it is left as it is).
  public enum Problem: Error, Sendable, CustomStringConvertible {
    /// The instructor's review file cannot be used.
    case review(ReviewFileError)
    /// The group's feedback file cannot be used.
    case feedback(ClassError)

    public var description: String {
      switch self {
      case .review(let e): return e.description
      case .feedback(let e): return e.description
      }
    }
  }

  /// `group`: a group's export; nil: the whole class's.
  public static func review(
    in folder: ClassFolder, caseId: String, group: String?, _ collected: ClassSessions
  ) throws(Problem) -> Review? {
    guard let group else {
      let url = folder.reviewURL(caseId: caseId)
      if RegularFile.exists(url) && access(url.path, R_OK) != 0 && errno == EACCES { return nil }
      do { return try Review.load(url, caseId: caseId) } catch { throw .review(error) }
    }
    // The feedback file is named after the file the group's session was read from.
    let file = collected.sessions.firstIndex { $0.group.name == group }.flatMap {
      $0 < collected.files.count ? URL(fileURLWithPath: collected.files[$0]) : nil
    }
    var trusted = TrustedFeedback(folder: folder.feedback)
    do {
      return try trusted.load(forSession: file, group: group, caseId: caseId, in: folder.feedback)?.asReview()
    } catch {
      throw .feedback(error)
    }
  }
}
