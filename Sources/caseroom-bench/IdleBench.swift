import CaseroomApp
import CaseroomEngine
import CaseroomSession
import Foundation

/// Issue 26's in-process rows: the ticks an idle reader asks the run loop
/// for, counted over a minute of simulated time (each tick at the screen's
/// `nextTick`, its effects performed in place): a member of a group, whose
/// file the loop watches (nothing changes), and a reader alone. What wakes
/// the real program besides is what it is told of (a key, a change, a
/// worker's result): none while idle. Scripts/bench-idle.py counts the real
/// program's wake-ups.
func idleBench(_ bundled: Case) {
  if let filter, !"idle wake-ups ticks".contains(filter) { return }
  let root = FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-idle-bench-\(getpid())")
  defer { try? FileManager.default.removeItem(at: root) }
  let store = SessionStore(directory: root.appendingPathComponent("sessions"))
  let t0 = Date(timeIntervalSince1970: 1_800_000_000)

  /// Ticks asked for from `start` for a minute, after 10 s to settle (the first save and follow).
  func idleMinute(_ w: inout Workspace) -> Int {
    var now = t0
    var ticks = 0
    while let next = w.nextTick(after: now), next <= t0.addingTimeInterval(70) {
      now = max(now, next)
      w.drive(.tick, now: now)
      if now > t0.addingTimeInterval(10) { ticks += 1 }
    }
    return ticks
  }

  let o = try! SessionOpener(store: store, options: .together).open(group: "闲组", members: ["甲"], of: bundled)
  var group = Workspace(reader: ReaderState(document: bundled, rows: 0, cols: 0), opened: o)
  group.join(Together(member: "甲", login: "甲", file: o.group!, drafts: root.appendingPathComponent("drafts")))
  group.drive(.resize(rows: 24, cols: 80), now: t0)
  let groupTicks = idleMinute(&group)
  print(
    "idle: a group's reader, its file watched, nothing changed".padding(toLength: 58, withPad: " ", startingAt: 0)
      + "\(groupTicks) ticks a minute (\(Printf.text("%.2f", Double(groupTicks) / 60))/s; target ≤ 2/s)")

  let solo = try! SessionOpener(store: store).open(group: "独组", members: ["乙"], of: bundled)
  var alone = Workspace(reader: ReaderState(document: bundled, rows: 0, cols: 0), opened: solo)
  alone.drive(.resize(rows: 24, cols: 80), now: t0)
  let aloneTicks = idleMinute(&alone)
  print(
    "idle: a group of one (no one else's file to follow)".padding(toLength: 58, withPad: " ", startingAt: 0)
      + "\(aloneTicks) ticks a minute (the reading clock only)")
}
