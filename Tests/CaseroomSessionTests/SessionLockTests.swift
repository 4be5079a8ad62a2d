import CaseroomEngine
import Foundation
import Testing

@testable import CaseroomSession

@Suite("Session locks: made whole, one holder, stale ones taken over, live ones respected")
struct SessionLockTests {
  static let encoder = JSONCoding.encoder(.compact)
  /// Now, in whole seconds (as a lock file keeps it).
  static var now: Date { Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down)) }

  /// A pid no process has now.
  static func deadPid() -> Int32 {
    var pid: Int32 = 4_000_000
    while kill(pid, 0) == 0 || errno == EPERM { pid -= 1 }
    return pid
  }

  static func writeLock(_ holder: SessionLock.Holder, for session: URL) throws {
    try encoder.encode(holder).write(to: SessionLock.url(for: session))
  }

  @Test("a lock appears whole, names its holder, and is removed on release; no temporary file is left")
  func whole() throws {
    let dir = try SessionFixtures.directory()
    let url = dir.appendingPathComponent("g.session.json")
    guard case .acquired(let lock, let took) = SessionLock.acquire(for: url) else {
      Issue.record("not acquired")
      return
    }
    #expect(took == nil)
    let holder = try JSONCoding.decoder().decode(SessionLock.Holder.self, from: Data(contentsOf: lock.url))
    #expect(holder == lock.holder)
    #expect(holder.pid == getpid() && holder.host == SessionLock.hostName() && holder.user == SessionLock.userName())
    #expect(lock.isHeld && lock.confirm() == nil)
    var info = stat()
    stat(lock.url.path, &info)
    #expect(info.st_mode & 0o777 == 0o600)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["g.session.json.lock"])
    // Held by this process: a second acquisition (another window of the same program) is refused.
    guard case .heldBy(let other) = SessionLock.acquire(for: url) else {
      Issue.record("a lock held by this very process was taken")
      return
    }
    #expect(other == holder)
    lock.release()
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
  }

  @Test("a lock whose write fails (a full disk) leaves nothing behind and says why")
  func failedWrite() throws {
    let dir = try SessionFixtures.directory()
    let url = dir.appendingPathComponent("g.session.json")
    let outcome = SessionLock.acquire(for: url, takeOver: false) { _, _ in ENOSPC }
    guard case .unavailable(let why) = outcome else {
      Issue.record("acquired without writing")
      return
    }
    #expect(why == .cannotWrite(reason: SystemError(ENOSPC)))
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty, "no 0-byte lock left")
    // A second process is then not misled into writing beside a first one: there is no lock at all.
    guard case .acquired(let lock, _) = SessionLock.acquire(for: url) else {
      Issue.record("not acquired after the failure")
      return
    }
    lock.release()
  }

  @Test("stale locks are taken over: a dead process, an old lock of our own pid, a reused pid, an unreadable lock")
  func stale() throws {
    let dir = try SessionFixtures.directory()
    let url = dir.appendingPathComponent("g.session.json")
    let host = SessionLock.hostName()
    let cases: [SessionLock.Holder] = [
      .init(pid: Self.deadPid(), host: host, since: Self.now),
      .init(pid: getpid(), host: host, since: Self.now, token: "left-by-an-earlier-process"),
      // pid 1 is alive, but started long after this lock was taken: the pid was reused.
      .init(pid: 1, host: host, since: Date(timeIntervalSince1970: 1_000_000)),
    ]
    for h in cases {
      try Self.writeLock(h, for: url)
      guard case .acquired(let lock, let took) = SessionLock.acquire(for: url) else {
        Issue.record("stale lock \(h) not taken over")
        continue
      }
      #expect(took == h)
      #expect(!lock.replacedLiveLock)
      lock.release()
    }
    // An unreadable lock (an older caseroom died while writing it): stale once a few seconds old.
    let lockURL = SessionLock.url(for: url)
    try Data().write(to: lockURL)
    guard case .heldBy = SessionLock.acquire(for: url) else {
      Issue.record("a lock being written was taken")
      return
    }
    let old = Date().addingTimeInterval(-60)
    try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: lockURL.path)
    guard case .acquired(let lock, _) = SessionLock.acquire(for: url) else {
      Issue.record("an old unreadable lock was not taken over")
      return
    }
    lock.release()
  }

  @Test("a live process's lock — ours, another user's, another host's — is respected and its holder named")
  func live() throws {
    let dir = try SessionFixtures.directory()
    let url = dir.appendingPathComponent("g.session.json")
    let lockURL = SessionLock.url(for: url)
    let holders: [SessionLock.Holder] = [
      .init(pid: getppid(), host: SessionLock.hostName(), since: Self.now, user: "alice", token: "t1"),
      .init(pid: Self.deadPid(), host: "lab-07.example", since: Self.now, user: "bob", token: "t2"),
    ]
    for h in holders {
      try Self.writeLock(h, for: url)
      let before = try Data(contentsOf: lockURL)
      guard case .heldBy(let holder) = SessionLock.acquire(for: url) else {
        Issue.record("a live lock was taken: \(h)")
        continue
      }
      #expect(holder == h)
      #expect(try Data(contentsOf: lockURL) == before, "the lock is left as it is")
      // The way out: take it over, which says whose lock it was.
      guard case .acquired(let lock, let took) = SessionLock.acquire(for: url, takeOver: true) else {
        Issue.record("take-over refused")
        continue
      }
      #expect(took == h && lock.replacedLiveLock)
      #expect(lock.isHeld)
      lock.release()
    }
  }

  @Test("a lock that may not be read (another user's, 0600) is respected, however old, and names its owner")
  func forbidden() throws {
    guard getuid() != 0 else { return }  // root reads every file
    let dir = try SessionFixtures.directory()
    let url = dir.appendingPathComponent("g.session.json")
    let lockURL = SessionLock.url(for: url)
    try Data("{}".utf8).write(to: lockURL)
    chmod(lockURL.path, 0)
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: lockURL.path)
    guard case .heldBy(let holder) = SessionLock.acquire(for: url) else {
      Issue.record("an unreadable lock was taken over")
      return
    }
    #expect(holder.user == SessionLock.userName())
  }

  @Test("a lock taken over is noticed by its former holder before it saves")
  func takenOver() throws {
    let dir = try SessionFixtures.directory()
    let url = dir.appendingPathComponent("g.session.json")
    guard case .acquired(let first, _) = SessionLock.acquire(for: url),
      case .acquired(let second, let took) = SessionLock.acquire(for: url, takeOver: true)
    else {
      Issue.record("not acquired")
      return
    }
    #expect(took == first.holder)
    #expect(!first.isHeld)
    #expect(first.confirm() == second.holder)
    first.release()
    #expect(second.isHeld, "releasing a lock taken over leaves the new holder's in place")
    // A lock file deleted by hand is put back by its holder.
    unlink(second.url.path)
    #expect(second.confirm() == nil && second.isHeld)
    second.release()
  }

  @Test("concurrent starters on a stale lock: exactly one wins, every round (8 threads × 50 rounds)")
  func oneWinner() throws {
    let dir = try SessionFixtures.directory()
    let url = dir.appendingPathComponent("g.session.json")
    let dead = SessionLock.Holder(pid: Self.deadPid(), host: SessionLock.hostName(), since: Self.now)
    let threads = 8
    for round in 0..<50 {
      try Self.writeLock(dead, for: url)
      let results = Results()
      let group = DispatchGroup()
      let start = DispatchSemaphore(value: 0)
      for _ in 0..<threads {
        group.enter()
        Thread.detachNewThread {
          start.wait()
          results.add(SessionLock.acquire(for: url))
          group.leave()
        }
      }
      for _ in 0..<threads { start.signal() }
      group.wait()
      let winners = results.locks
      #expect(winners.count == 1, "round \(round): \(winners.count) winners")
      #expect(results.held == threads - winners.count, "round \(round): the others are told who holds it")
      for w in winners {
        #expect(w.isHeld)
        w.release()
      }
      #expect(!FileManager.default.fileExists(atPath: SessionLock.url(for: url).path))
    }
    let left = try FileManager.default.contentsOfDirectory(atPath: dir.path)
    #expect(left.isEmpty, "no temporary, claim or stale file left: \(left)")
  }

  final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var locks: [SessionLock] = []
    private(set) var held = 0
    func add(_ o: SessionLock.Outcome) {
      lock.withLock {
        switch o {
        case .acquired(let l, _): locks.append(l)
        case .heldBy: held += 1
        case .unavailable: break
        }
      }
    }
  }
}
