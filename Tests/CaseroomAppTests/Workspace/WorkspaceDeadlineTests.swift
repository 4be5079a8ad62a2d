import CaseroomEngine
import CaseroomSession
import Foundation
import Testing

@testable import CaseroomApp

/// When a workspace asks the run loop to wake it (`nextTick`): an idle
/// reader of a group sleeps until its slow look, and a change to the group's
/// file (told by the loop as `.changed`) is followed at once.
@Suite("An idle workspace's wake-ups", .serialized)
struct WorkspaceDeadlineTests {
  let c = ReaderFixtures.bundled
  let t0 = Date(timeIntervalSince1970: 1_900_000_000)

  func member(_ name: String, in dir: URL) throws -> Workspace {
    let opener = SessionOpener(
      store: SessionStore(directory: dir.appendingPathComponent("sessions")), options: .together)
    let o = try opener.open(group: "第一组", members: ["甲", "乙"], of: c)
    var w = Workspace(reader: ReaderState(document: c, rows: 0, cols: 0), opened: o)
    w.join(Together(member: name, login: name, file: try #require(o.group), drafts: dir))
    w.drive(.resize(rows: 24, cols: 80), now: t0)
    return w
  }

  @Test(
    "an idle member asks for no tick before its slow look; the files it watches are the group's file and live folder")
  func idle() throws {
    let dir = try ReviewFixtures.directory()
    var a = try member("甲", in: dir)
    // Past the start (the first save of the member's login, the first follow).
    a.drive(.tick, now: t0.addingTimeInterval(2))
    let t1 = t0.addingTimeInterval(Together.lookEvery + 3)
    a.drive(.tick, now: t1)
    #expect(a.together?.lastFollow == t1, "the slow look")
    // The reading clock of the first section may ask sooner; the section counted as read, only the look.
    a.reader.read.formUnion(a.reader.sections.map(\.id))
    #expect(a.nextTick(after: t1) == t1.addingTimeInterval(Together.lookEvery))
    #expect(a.nextTick(after: t1.addingTimeInterval(1)) == t1.addingTimeInterval(Together.lookEvery))
    let file = try #require(a.file?.url.path)
    #expect(a.watched.first == file)
    #expect(a.watched.count == 2 && a.watched[1].hasSuffix(".live"), "\(a.watched)")
    // A tick before the look follows nothing.
    a.drive(.tick, now: t1.addingTimeInterval(2))
    #expect(a.together?.lastFollow == t1)
  }

  @Test("a change told by the run loop is followed at once, or at followEvery after the last follow")
  func changeTold() throws {
    let dir = try ReviewFixtures.directory()
    var a = try member("甲", in: dir)
    var b = try member("乙", in: dir)
    a.drive(.tick, now: t0.addingTimeInterval(2))
    b.drive(.tick, now: t0.addingTimeInterval(2))
    b.reader.read.formUnion(b.reader.sections.map(\.id))
    // 甲 writes an answer: saved within a second or two.
    let t1 = t0.addingTimeInterval(10)
    a.drive(.key(.char("a")), now: t1)
    a.drive(.key(.char("1")), now: t1)
    for ch in "甲写的" { a.drive(.key(.char(ch)), now: t1) }
    a.drive(.tick, now: t1.addingTimeInterval(2))
    #expect(a.unsavedSince == nil, "saved")
    // 乙 hears of it from the loop, and follows at once.
    let t2 = t1.addingTimeInterval(2.1)
    b.drive(.changed, now: t2)
    #expect(b.together?.lastFollow == t2)
    #expect(b.session.answers[0].text == "甲写的")
    // A second change just after: followed at followEvery after the last, and the loop is asked to wake then.
    b.drive(.changed, now: t2.addingTimeInterval(0.1))
    #expect(b.together?.lastFollow == t2)
    #expect(b.nextTick(after: t2.addingTimeInterval(0.1)) == t2.addingTimeInterval(Together.followEvery))
    b.drive(.tick, now: t2.addingTimeInterval(Together.followEvery))
    #expect(b.together?.lastFollow == t2.addingTimeInterval(Together.followEvery))
  }
}
