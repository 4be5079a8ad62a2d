import CaseroomApp
import CaseroomEngine
import CaseroomSession
import Foundation

/// A group writing together: what following the group's file costs a reader
/// when nothing changed, what a save with its merge costs on a 200 KB
/// session, and the CPU of a whole class (60 groups of 4 readers) typing.
func groupBench(_ bundled: Case) {
  if let filter, !"group follow save class".contains(filter) { return }
  let root = FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-group-bench-\(getpid())")
  defer { try? FileManager.default.removeItem(at: root) }
  let store = SessionStore(directory: root.appendingPathComponent("sessions"))
  let drafts = root.appendingPathComponent("drafts")
  let opener = SessionOpener(store: store, options: .together)
  let t0 = Date(timeIntervalSince1970: 1_800_000_000)

  /// A member's workspace on a group, sized, joined.
  func reader(_ group: String, _ member: String) -> Workspace {
    let o = try! opener.open(group: group, members: ["甲", "乙", "丙", "丁"], of: bundled)
    var w = Workspace(reader: ReaderState(document: bundled, rows: 0, cols: 0), opened: o)
    w.join(Together(member: member, login: member, file: o.group!, drafts: drafts))
    w.drive(.resize(rows: 24, cols: 80), now: t0)
    return w
  }

  // Following with nothing changed: the run loop told of a change that changed nothing the reader sees
  // (a stat of the file and of the live folder); an idle reader does this once every `Together.lookEvery`.
  var idle = reader("跟随组", "甲")
  var now = t0.addingTimeInterval(10)
  measure("group: a follow, nothing changed", runs: 2000) {
    now = now.addingTimeInterval(Together.followEvery)
    idle.drive(.changed, now: now)
  }

  // A save with its merge, 200 KB session: another member saved meanwhile (their file is read and merged).
  let big = "大"
  let sentence = "十二金工程推动了我国电子政务的发展，各部门的业务系统逐步联网。"
  var s = Session(case: bundled, group: .init(name: "大组", members: ["甲", "乙"]))
  s.answers[0].text = String(repeating: sentence, count: 200_000 / sentence.utf8.count)
  let url = store.url(caseId: bundled.id, group: "大组")
  try! store.save(s, to: url)
  let a = GroupFile(url: url, store: store, read: try! store.load(url))
  let b = GroupFile(url: url, store: store, read: try! store.load(url))
  var mine = a.base
  var theirs = b.base
  print("group session: \((try! Data(contentsOf: url)).count / 1024) KB")
  measure(
    "group: save with merge, 200 KB session", runs: 200,
    before: {
      theirs.answers[1].text += big
      theirs = try! b.save(theirs, as: "乙").session
    }
  ) {
    mine.answers[0].text += big
    mine = try! a.save(mine, as: "甲").session
  }

  // The same without the disk: decoding the other's file, the merge, encoding ours.
  let diskBytes = try! Data(contentsOf: url)
  measure("group: its CPU part (decode, merge, encode), 200 KB", runs: 200) {
    let disk = try! Session.decode(diskBytes, file: "bench")
    let m = try! SessionMerge.merge(base: a.base, ours: mine, theirs: disk, labels: { _ in .member("甲", theirs: "乙") })
    _ = try! m.session.json()
  }
  // The CPU part, piece by piece.
  measure("group:   decode the other's 200 KB file", runs: 200) { _ = try! Session.decode(diskBytes, file: "bench") }
  let disk = try! Session.decode(diskBytes, file: "bench")
  measure("group:   the three-way merge", runs: 200) {
    _ = try! SessionMerge.merge(base: a.base, ours: mine, theirs: disk, labels: { _ in .member("甲", theirs: "乙") })
  }
  measure("group:   encode 200 KB", runs: 200) { _ = try! mine.json() }
  // The disk's part: what durability costs.
  measure("group: atomic write, fsync + directory fsync (as saved)", runs: 50) {
    try! AtomicFile.write(diskBytes, to: url, keepBackup: true, mode: .owner)
  }
  measure("group: atomic write, fdatasync + directory fsync", runs: 50) {
    try! AtomicFile.write(diskBytes, to: url, keepBackup: true, mode: .owner, sync: .data)
  }
  measure("group: atomic write, no sync (page cache; not durable)", runs: 200) {
    try! AtomicFile.write(diskBytes, to: url, keepBackup: true, mode: .owner, sync: .none)
  }

  // A class: 60 groups of 4 readers; three type in their own answer (a key every 250 ms), one reads.
  let groups = 60
  var readers: [Workspace] = []
  for g in 0..<groups {
    for (m, member) in ["甲", "乙", "丙", "丁"].enumerated() {
      var w = reader("第\(g + 1)组", member)
      if m < 3 {
        w.drive(.key(.char("a")), now: t0)
        w.drive(.key(.char(Character("\(m + 1)"))), now: t0)
      }
      readers.append(w)
    }
  }
  let seconds = 20
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  let before =
    Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec)
    / 1e6
  let wall = DispatchTime.now().uptimeNanoseconds
  var clock = t0.addingTimeInterval(1)
  for _ in 0..<(seconds * 4) {
    clock = clock.addingTimeInterval(0.25)
    for i in readers.indices {
      if i % 4 < 3 {
        readers[i].drive(.key(.char("字")), now: clock)
      } else {
        readers[i].drive(.tick, now: clock)
      }
    }
  }
  getrusage(RUSAGE_SELF.rawValue, &usage)
  let after =
    Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec)
    / 1e6
  let elapsed = Double(DispatchTime.now().uptimeNanoseconds - wall) / 1e9
  let cpu = (after - before) / Double(seconds)
  if filter == nil || "group class".contains(filter!) {
    print(
      String(
        format:
          "group: class of %d groups × 4 readers typing, %d s of class       CPU %.0f ms per second of class (%.1f%% of one core), %.2f ms per reader-second (wall %.1f s)",
        groups, seconds, cpu * 1000, cpu * 100, cpu * 1000 / Double(groups * 4), elapsed))
  }
  let last = readers.last!.session
  _ = last
}

extension Workspace {
  /// An event as the run loop handles it, its effects performed in place and their results handed back.
  mutating func drive(_ event: ScreenEvent, now: Date) {
    var pending = update(event, now: now).effects
    while !pending.isEmpty {
      if let result = pending.removeFirst().perform() { pending += update(.done(result), now: now).effects }
    }
  }
}
