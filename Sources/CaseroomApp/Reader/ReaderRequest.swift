/// Something the reader asks the workspace around it to do.
public enum ReaderRequest: Equatable, Sendable {
  case answers
  /// Open the editor on a question's answer (from the questions pane).
  case editAnswer(Int)
  case cite(Passage)
  case annotate(Passage)
  case annotations
}
