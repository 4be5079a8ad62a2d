import CaseroomEngine
import FoundationEssentials
import Glibc

/// Which review file the instructor's commands use: `--review FILE`, else the
/// instructor's own (`Review.defaultURL`). Until that one exists, scores are
/// read from where older versions kept them (`<sessions>/<case>.review.json`,
/// left as it is) and saved to the instructor's own — but only from a file
/// that is the instructor's: a regular file of this user that no one else
/// may write. Anyone in a shared sessions folder can put a file at that name
/// (a student planting scores); such a file is never read, and the command
/// says so (`ignored`).
public struct InstructorReview: Sendable {
  /// Why an old review file beside the sessions is not read.
  public enum NotOwn: Equatable, Sendable, CustomStringConvertible {
    case cannotBeLookedAt
    case notRegular
    /// Another user's: their name.
    case belongsTo(String)
    case othersMayWrite

    public var description: String {
      switch self {
      case .cannotBeLookedAt: return "cannot be looked at"
      case .notRegular: return "not a regular file"
      case .belongsTo(let owner): return "belongs to \(owner), not to you: not read"
      case .othersMayWrite: return "others may write it: not read"
      }
    }
  }

  /// Where the review is saved.
  public var url: URL
  /// Where it is read from (the same file, or the old one).
  public var readFrom: URL
  /// Old review files beside the sessions that are not read, and why.
  public var ignored: [(file: String, reason: NotOwn)] = []

  public init(caseId: String, option: String?, sessionDirectories dirs: [URL]) {
    if let option {
      url = URL(fileURLWithPath: option)
      readFrom = url
      return
    }
    url = Review.defaultURL(caseId: caseId, sessionDirectories: dirs)
    var old: URL?
    for candidate in dirs.map({ Review.url(in: $0, caseId: caseId) }) where RegularFile.exists(candidate) {
      if let why = Self.notOwn(candidate) {
        ignored.append((candidate.path, why))
      } else if old == nil {
        old = candidate
      }
    }
    readFrom = !RegularFile.exists(url) ? old ?? url : url
  }

  /// Why a file is not the instructor's own (nil: it is).
  public static func notOwn(_ url: URL) -> NotOwn? {
    var info = stat()
    guard lstat(url.path, &info) == 0 else { return .cannotBeLookedAt }
    guard info.st_mode & S_IFMT == S_IFREG else { return .notRegular }
    guard info.st_uid == geteuid() else {
      return .belongsTo(getpwuid(info.st_uid).map { String(cString: $0.pointee.pw_name) } ?? "uid \(info.st_uid)")
    }
    guard info.st_mode & 0o022 == 0 else { return .othersMayWrite }
    return nil
  }

  /// The review, read from where it is read (a missing file is a new review).
  public func load(caseId: String) throws(ReviewFileError) -> Review { try Review.load(readFrom, caseId: caseId) }
}
