import CaseroomEngine
import CaseroomSession
import Foundation
import Testing

@testable import CaseroomApp

/// Members of one group, each with their own workspace on the group's file
/// (effects performed in place, as the run loop would on its worker).
@Suite("A group writing together: the fields a member locks", .serialized)
struct TogetherTests {
  let c = ReaderFixtures.bundled
  let t0 = Date(timeIntervalSince1970: 1_900_000_000)

  func opener() throws -> (SessionOpener, URL) {
    let dir = try ReviewFixtures.directory()
    return (
      SessionOpener(store: SessionStore(directory: dir.appendingPathComponent("sessions")), options: .together), dir
    )
  }

  func member(_ name: String, _ opener: SessionOpener, drafts: URL, members: [String] = ["甲", "乙"]) throws
    -> Workspace
  {
    let o = try opener.open(group: "第一组", members: members, of: c)
    var w = Workspace(reader: ReaderState(document: c, rows: 0, cols: 0), opened: o)
    w.join(Together(member: name, login: name, file: try #require(o.group), drafts: drafts))
    w.drive(.resize(rows: 24, cols: 80), now: t0)
    return w
  }

  @Test(
    "a new note takes its passage's lock: another member opening a note there is told who writes it; leaving frees it")
  func newNote() throws {
    let (op, dir) = try opener()
    var a = try member("甲", op, drafts: dir)
    var b = try member("乙", op, drafts: dir)
    a.drive(.key(.char("]")), now: t0)
    a.drive(.key(.char("A")), now: t0)
    b.drive(.key(.char("]")), now: t0)
    b.drive(.key(.char("A")), now: t0)
    #expect(a.noteBox?.readOnly == false, "the first writes it")
    #expect(b.noteBox?.readOnly == true, "the second sees it is being written")
    #expect(b.render().lines.joined().contains("甲正在写"))
    b.drive(.key(.char("x")), now: t0)
    #expect(b.noteBox?.editor.text == "")
    for ch in "甲的注" { a.drive(.key(.char(ch)), now: t0) }
    a.drive(.key(.escape), now: t0)
    #expect(a.session.annotations.map(\.note) == ["甲的注"])
    // Once left, the passage's note is free: opened again, the second may write (the note 甲 made there).
    b.drive(.key(.escape), now: t0)
    let t1 = t0.addingTimeInterval(2)
    a.drive(.tick, now: t1)
    // The run loop watches the group's file and tells of 甲's save as a change.
    b.drive(.changed, now: t1)
    b.drive(.key(.char("A")), now: t1)
    #expect(b.noteBox?.readOnly == false)
    #expect(b.noteBox?.editor.text == "甲的注", "the note as 甲 left it, read with the last follow")
  }

  @Test(
    "two members writing notes at once each keep their own draft in the file; after a crash each gets back their own, nobody else's"
  )
  func noteDraftsPerMember() throws {
    let (op, dir) = try opener()
    var a = try member("甲", op, drafts: dir)
    var b = try member("乙", op, drafts: dir)
    a.drive(.key(.char("]")), now: t0)
    a.drive(.key(.char("A")), now: t0)
    for _ in 0..<3 { b.drive(.key(.char("]")), now: t0) }
    b.drive(.key(.char("A")), now: t0)
    #expect(a.noteBox?.readOnly == false && b.noteBox?.readOnly == false, "two passages: two fields")
    for ch in "甲写了一半" { a.drive(.key(.char(ch)), now: t0) }
    for ch in "乙写了一半" { b.drive(.key(.char(ch)), now: t0) }
    // Both are saved (each a merge), then both readers die without leaving their notes.
    var t = t0
    for _ in 0..<4 {
      t = t.addingTimeInterval(1)
      a.drive(.tick, now: t)
      b.drive(.tick, now: t)
    }
    let url = try #require(a.file?.url)
    let disk = try SessionStore(directory: url.deletingLastPathComponent()).load(url)
    #expect(disk.noteDraft(of: "甲")?.text == "甲写了一半")
    #expect(disk.noteDraft(of: "乙")?.text == "乙写了一半")
    for w in [a, b] { w.together?.locks.quit() }
    // 甲 comes back: its own note is open again, with its words; 乙's stays 乙's.
    let again = try member("甲", op, drafts: dir)
    #expect(again.noteBox?.editor.text == "甲写了一半")
    #expect(again.session.noteDraft(of: "乙")?.text == "乙写了一半")
    let third = try member("丙", op, drafts: dir, members: ["甲", "乙", "丙"])
    #expect(third.noteBox == nil, "a member with no draft of its own opens on the text")
  }

  @Test("a member new to the group is added under the group's lock, which is free once it is saved")
  func groupField() throws {
    let (op, dir) = try opener()
    let w = try member("丙", op, drafts: dir)
    let url = w.file!.url
    let saved = try SessionStore(directory: url.deletingLastPathComponent()).load(url)
    #expect(saved.group.members == ["甲", "乙", "丙"])
    #expect(saved.logins?["丙"] == "丙")
    #expect(!FileManager.default.fileExists(atPath: LiveFolder(session: url).lockURL(.group).path))
  }

  @Test("the group's lock held by another: a change of the group waits for it a moment, then goes on")
  func groupLockWaits() throws {
    let (op, _) = try opener()
    let o = try op.open(group: "第一组", members: ["甲"], of: c)
    let folder = LiveFolder(session: o.url)
    let x = FieldLocks(folder: folder, member: "甲")
    let y = FieldLocks(folder: folder, member: "乙")
    let held = try #require(x.holdGroup())
    let started = Date()
    #expect(y.holdGroup(wait: 0.2) == nil)
    #expect(Date().timeIntervalSince(started) >= 0.2)
    held.release()
    let mine = y.holdGroup(wait: 0.2)
    #expect(mine != nil)
    mine?.release()
  }
}
