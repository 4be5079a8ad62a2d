/// How much of the instructor's feedback an export shows (`--feedback`).
public enum FeedbackShown: String, CaseIterable, Sendable, Codable {
  /// No score, no comment: what a class projects.
  case none
  /// Scores, without the comments.
  case scores
  /// Scores and comments: a group's own copy, or the gradebook.
  case all

  /// When `--feedback` is not given: a class deck (md or html of every
  /// group, made to be projected) shows none; a group's own export, the
  /// gradebook and the JSON show all.
  public static func byDefault(format: ExportFormat, allGroups: Bool) -> FeedbackShown {
    allGroups && (format == .md || format == .html) ? .none : .all
  }
}
