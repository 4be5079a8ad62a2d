import CaseroomEngine
import CaseroomSession
import FoundationEssentials
import Glibc

/// Released feedback as a reader may believe it. In a clone of a signed
/// class, a feedback file counts only when it is the version a commit
/// signed by the instructor wrote (`InstructorTrust`): a score forged by
/// hand, or carried in an unsigned commit, is not shown. Elsewhere (a shared
/// server's class folder, guarded by Unix permissions; an unsigned class)
/// every file is believed. A file's verdict is kept until its size, time or
/// inode changes, so reading it every second costs a `stat`.
public struct TrustedFeedback: Sendable {
  let trust: InstructorTrust?
  private var verdicts: [String: (stamp: FileStamp, trusted: Bool)] = [:]

  /// For the feedback folder `folder` (the signatures are looked up once).
  public init(folder: URL) {
    trust = (try? InstructorTrust(directory: folder.deletingLastPathComponent())) ?? nil
  }

  /// Forgets the verdicts (after a sync: the signed history moved).
  public mutating func forget() { verdicts = [:] }

  /// Whether the file as it is now may be believed.
  public mutating func believes(_ url: URL) -> Bool {
    guard let trust else { return true }
    guard let stamp = FileStamp.of(url) else { return false }
    if let v = verdicts[url.path], v.stamp == stamp { return v.trusted }
    let trusted = trust.isTrusted(url)
    verdicts[url.path] = (stamp, trusted)
    return trusted
  }

  /// The released feedback of a group (its session read from `session`, if
  /// known), when it may be believed; nil otherwise or before release.
  /// Throws for a file that cannot be read as feedback (naming it).
  public mutating func load(forSession session: URL?, group: String, caseId: String, in folder: URL)
    throws(ClassError) -> ReleasedFeedback?
  {
    if let session {
      let u = ReleasedFeedback.url(forSession: session, in: folder)
      if let f = try ReleasedFeedback.load(forSession: session, group: group, caseId: caseId, in: folder),
        believes(u)
      {
        return f
      }
    }
    for variant in 1...16 {
      let name = SessionStore.fileName(caseId: caseId, group: group, variant: variant)
      let u = ReleasedFeedback.url(forSession: URL(fileURLWithPath: name), in: folder)
      guard RegularFile.exists(u) else { return nil }
      if let f = try ReleasedFeedback.load(u), f.group == group, f.caseId == caseId, believes(u) {
        return f
      }
    }
    return nil
  }
}
