import CaseroomClass
import CaseroomEngine
import CaseroomSession
import Foundation
import Testing

@testable import CaseroomApp

/// `--sync`: a reader syncs when it opens, then every 5 minutes, and once
/// more when it quits (quitting waits for it).
@Suite("--sync: every 5 minutes and on quit")
struct AutoSyncTests {
  let t0 = WorkspaceFixtures.t0

  /// A workspace on a session file in a folder that is no clone (each sync fails at once, as offline).
  func workspace() throws -> Workspace {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-autosync-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let c = ReaderFixtures.bundled
    let store = SessionStore(directory: dir)
    let s = Session(case: c, group: .init(name: "第一组", members: ["张三"]), now: t0)
    let url = store.url(caseId: c.id, group: "第一组")
    try store.save(s, to: url)
    var w = Workspace(
      reader: ReaderState(document: c, rows: 24, cols: 80), opened: OpenedSession(session: s, url: url, store: store))
    w.classLink = ClassLink(syncDirectory: dir, syncDriver: "true", autoSync: 300)
    return w
  }

  func syncs(_ t: Transition) -> Int { t.effects.filter { $0.name == "sync" }.count }

  @Test("the first sync at once, the next after 300 s (not before), and one on quit that quitting waits for")
  func everyFiveMinutes() throws {
    var w = try workspace()
    var t = w.update(.tick, now: t0)
    #expect(syncs(t) == 1)
    // The sync comes back (it failed: not a clone); the next is due 300 s after it ran.
    for e in t.effects where e.name == "sync" { if let r = e.perform() { _ = w.update(.done(r), now: t0) } }
    #expect(syncs(w.update(.tick, now: t0.addingTimeInterval(150))) == 0)
    #expect(syncs(w.update(.tick, now: t0.addingTimeInterval(299))) == 0)
    t = w.update(.tick, now: t0.addingTimeInterval(300))
    #expect(syncs(t) == 1)
    for e in t.effects where e.name == "sync" { if let r = e.perform() { _ = w.update(.done(r), now: t0) } }
    // q: a sync goes with the quitting, and the program ends only once it is back.
    t = w.update(.key(.char("q")), now: t0.addingTimeInterval(400))
    #expect(syncs(t) == 1)
    #expect(!t.ends)
    var ended = false
    for e in t.effects {
      guard let r = e.perform() else { continue }
      if w.update(.done(r), now: t0.addingTimeInterval(401)).ends { ended = true }
    }
    #expect(ended)
  }
}
