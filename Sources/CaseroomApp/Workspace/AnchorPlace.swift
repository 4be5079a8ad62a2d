import CaseroomEngine
import CaseroomSession

extension Session.Anchor {
  /// How views name where a citation or note is: the section's heading, or
  /// 已失效 when the passage is orphaned.
  func place(in c: Case) -> String { heading(in: c) ?? Say.orphaned }
}
