import CaseroomEngine
import CaseroomReview
import CaseroomSession
import FoundationEssentials
import Glibc

/// Releasing the instructor's feedback to the groups: each group's scores
/// and comments, from the review file, written to `feedback/<group file>.json`
/// (atomically, `0640`: the class reads it, only the instructor writes it).
/// Before the first release nothing is there; each release rewrites every
/// group's file, so a score changed or taken back since is changed or gone.
public enum FeedbackRelease {
  /// Writes every group's feedback; returns the files written, in the
  /// sessions' order. Groups without a score or comment get a file with no
  /// answers (so feedback taken back is no longer shown).
  @discardableResult
  public static func release(_ review: Review, of all: ClassSessions, to feedback: URL, now: Date = Date())
    throws(ClassError) -> [URL]
  {
    if !RegularFile.exists(feedback) {
      do {
        try FileManager.default.createDirectory(at: feedback, withIntermediateDirectories: true)
      } catch {
        throw ClassError(file: feedback.path, .cannotCreate(SystemError(error) ?? SystemError(EIO)))
      }
    }
    var written: [URL] = []
    for (i, session) in all.sessions.enumerated() {
      let file = i < all.files.count ? URL(fileURLWithPath: all.files[i]) : SessionStoreName.url(for: session)
      let f = released(review, group: session.group.name, questions: all.document.questions.count, now: now)
      let url = ReleasedFeedback.url(forSession: file, in: feedback)
      let data: Data
      do { data = try JSONCoding.encoder().encode(f) } catch {
        throw ClassError(file: url.path, .cannotEncode("\(error)"))
      }
      try ClassFolder.writeShared(data, to: url)
      written.append(url)
    }
    return written
  }

  /// Comments written and not confirmed, over the class's groups: never released; release says how many it left out.
  public static func drafts(_ review: Review, of all: ClassSessions) -> Int {
    all.sessions.reduce(0) { n, s in
      n + (review.feedback[s.group.name]?.values.filter { $0.draft != nil }.count ?? 0)
    }
  }

  /// One group's feedback as released now: each score with its scale (and
  /// its criteria), each confirmed comment; drafts stay behind.
  public static func released(_ review: Review, group: String, questions: Int, now: Date) -> ReleasedFeedback {
    let items = (0..<max(questions, 0)).compactMap { q -> ReleasedFeedback.Item? in
      guard let f = review.feedback(group: group, question: q), f.score != nil || !f.comment.isEmpty else { return nil }
      // The criteria the score was given under (kept with it), whatever the rubric is now.
      let rubric = f.rubric ?? []
      let criteria = f.criteria.flatMap { given in
        given.count == rubric.count
          ? zip(rubric, given).map { ReleasedFeedback.CriterionScore(name: $0.name, score: $1, points: $0.points) }
          : nil
      }
      return ReleasedFeedback.Item(
        question: q + 1, score: f.score, scale: f.score == nil ? nil : f.scale ?? review.scaleMax,
        criteria: f.score == nil ? nil : criteria, rubric: f.score == nil ? nil : f.rubric, comment: f.comment,
        updatedAt: f.updatedAt)
    }
    return ReleasedFeedback(
      caseId: review.caseId, group: group, scaleMax: review.scaleMax, rubric: review.rubric, releasedAt: now,
      answers: items)
  }
}

/// A session's file name when it was not read from a file.
enum SessionStoreName {
  static func url(for s: Session) -> URL {
    URL(fileURLWithPath: SessionStore.fileName(caseId: s.caseId, group: s.group.name))
  }
}
