/// Something the reader asks the workspace around it to do.
public enum ReaderRequest: Equatable, Sendable {
  case answers
  case cite(Passage)
  case annotate(Passage)
  case annotations
}
