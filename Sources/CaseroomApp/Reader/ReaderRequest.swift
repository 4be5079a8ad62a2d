/// Something the reader asks the workspace around it to do.
public enum ReaderRequest: Equatable, Sendable {
  case answers
  /// Sync the group's session with the class repository (`S`).
  case sync
  /// Open the editor on a question's answer (from the questions pane).
  case editAnswer(Int)
  case cite(Passage)
  case annotate(Passage)
  case annotations
}
