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
    // A screen tall enough to show the first content section's end.
    var s = ReaderScreen(
      reader: ReaderFixtures.reader(at: Anchor(section: ReaderFixtures.content(1))), positions: ReadingPositions(),
      positionsURL: nil)
    _ = s.update(.resize(rows: 200, cols: 80), now: t0)
    let id = s.reader.sections[s.reader.section].id
    #expect(s.reader.endSeen.contains(id), "the section fits on the screen")
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

  @Test("first run: 教学目的 read to its end for minutes is no ✓ in the contents, as 已读 0/17 says")
  func objectivesAreNotRead() throws {
    var s = ReaderScreen(reader: ReaderFixtures.reader(), positions: ReadingPositions(), positionsURL: nil)
    _ = s.update(.resize(rows: 24, cols: 80), now: t0)
    #expect(s.reader.sections[s.reader.section].heading == "一、教学目的")
    #expect(s.nextTick(after: t0) == nil, "nothing to count on a section that is not the content's")
    // Five minutes on it (a tick a minute apart would be idle: ticks every 20 s), then on to the next section.
    for k in 1...15 { _ = s.update(.tick, now: t0.addingTimeInterval(Double(k) * 20)) }
    _ = s.update(.key(.char(" ")), now: t0.addingTimeInterval(301))
    _ = s.update(.key(.char("t")), now: t0.addingTimeInterval(302))
    var f = Frame(rows: 24, cols: 80)
    s.render(into: &f)
    let row = try #require(f.lines.first { $0.contains("一、教学目的") && !$0.contains("│") })
    #expect(!row.contains("✓"), "\(row)")
    #expect(f.text.contains("已读 0/17"))
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
