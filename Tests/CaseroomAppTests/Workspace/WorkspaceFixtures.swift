import CaseroomEngine
import CaseroomSession
import Foundation

@testable import CaseroomApp

/// 第一组 (张三) at work on the bundled case, at a fixed time.
enum WorkspaceFixtures {
  static let t0 = Date(timeIntervalSince1970: 1_900_000_000)

  static func workspace(_ rows: Int = 24, _ cols: Int = 80, readOnly: String? = nil) -> Workspace {
    let c = ReaderFixtures.bundled
    return Workspace(
      reader: ReaderState(document: c, rows: rows, cols: cols),
      session: Session(case: c, group: .init(name: "第一组", members: ["张三"]), now: t0), readOnlyHolder: readOnly)
  }
}

extension Workspace {
  /// Keys, all at one time.
  mutating func press(_ keys: Key..., now: Date = WorkspaceFixtures.t0) { for k in keys { handle(k, now: now) } }
  /// Text typed key by key (a newline is Enter).
  mutating func type(_ s: String, now: Date = WorkspaceFixtures.t0) { for k in Key.typing(s) { handle(k, now: now) } }
}
