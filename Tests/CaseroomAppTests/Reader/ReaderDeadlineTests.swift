import CaseroomEngine
import CaseroomSession
import Foundation
import Testing

@testable import CaseroomApp

/// The reader's next tick: while it counts reading time, when the time will
/// be enough; once the section is read, never (an idle reader sleeps).
@Suite("Reader deadlines")
struct ReaderDeadlineTests {
  let t0 = Date(timeIntervalSince1970: 1_800_000_000)

  @Test("a short section seen to its end: the tick comes when its reading time is enough, then no more")
  func shortSection() throws {
    var s = ReaderScreen(reader: ReaderFixtures.reader(), positions: ReadingPositions(), positionsURL: nil)
    _ = s.update(.resize(rows: 24, cols: 80), now: t0)
    let id = s.reader.sections[s.reader.section].id
    #expect(s.reader.endSeen.contains(id), "the first section fits on the screen")
    let needed = ReadingProgress.secondsNeeded(for: s.reader.sections[s.reader.section])
    let deadline = try #require(s.nextTick(after: t0))
    #expect(abs(deadline.timeIntervalSince(t0) - min(needed, ReadingProgress.idleGap / 2)) < 0.1)
    // Ticks at each deadline, as the run loop gives them, until the section is read.
    var now = t0
    for _ in 0..<10 {
      guard let next = s.nextTick(after: now) else { break }
      now = next
      _ = s.update(.tick, now: now)
    }
    #expect(s.reader.read.contains(id), "read after \(now.timeIntervalSince(t0)) s")
    #expect(s.nextTick(after: now) == nil, "nothing left to wait for")
  }

  @Test("a long section not yet seen to its end: a tick at least every half idle gap, so the time counts")
  func longSection() throws {
    var s = ReaderScreen(
      reader: ReaderFixtures.reader(at: Anchor(section: ReaderFixtures.content(7))), positions: ReadingPositions(),
      positionsURL: nil)
    _ = s.update(.resize(rows: 24, cols: 80), now: t0)
    let deadline = try #require(s.nextTick(after: t0))
    #expect(deadline.timeIntervalSince(t0) == ReadingProgress.idleGap / 2)
    _ = s.update(.tick, now: deadline)
    #expect(s.reader.seconds[s.reader.sections[s.reader.section].id, default: 0] == ReadingProgress.idleGap / 2)
  }

  @Test("the group picker ticks only to see readers go (every 5 s), and not at all with no folder to follow")
  func pickerTick() throws {
    let alone = GroupPicker(caseTitle: "案例", entries: [], rows: 24, cols: 80)
    #expect(alone.nextTick(after: t0) == nil)
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-tick-\(UUID().uuidString)")
    let start = ReadingStart(
      document: ReaderFixtures.bundled, start: nil, group: .ask,
      opener: SessionOpener(store: SessionStore(directory: dir)), positionsURL: nil)
    var picker = start.picker()
    _ = picker.update(.changed, now: t0)
    #expect(picker.nextTick(after: t0) == t0.addingTimeInterval(Together.lookEvery))
  }
}
