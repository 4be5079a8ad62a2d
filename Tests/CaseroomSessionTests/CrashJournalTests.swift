import CaseroomEngine
import Foundation
import Testing

@testable import CaseroomSession

/// The crash journal made into a save draft at the next start: what the file
/// lacks, from processes that have ended; nothing from a live one, nothing already saved.
@Suite("Crash journal: what was typed before a kill, made into the save draft")
struct CrashJournalTests {
  let t0 = Date(timeIntervalSince1970: 1_800_000_000)

  /// A pid no process has (the journal of a reader that ended).
  func deadPID() -> Int32 {
    var pid: Int32 = 4_000_000
    while LocalProcess.isAlive(pid) { pid -= 1 }
    return pid
  }

  @Test("an ended reader's answer and note come back as the draft (the answer over its base); a live reader's do not")
  func gathered() throws {
    let dir = try SessionFixtures.directory()
    let file = dir.appendingPathComponent("g.session.json")
    let s = SessionFixtures.session()
    let dead = CrashJournal.url(for: file, in: dir, pid: deadPID())
    let anchor = Session.Anchor(section: "golden-tax", paragraph: 0, quote: "核心系统")
    try CrashJournal.append(.answer(0, text: "一", base: "", member: "张三", at: t0), to: dead)
    try CrashJournal.append(.answer(0, text: "一二", base: "", member: "张三", at: t0), to: dead)
    try CrashJournal.append(
      .note(Session.Draft(anchor: anchor, note: nil, text: "注", updatedAt: t0), member: "张三", at: t0), to: dead)
    // This process is alive: its journal is another terminal's, at work.
    let live = CrashJournal.url(for: file, in: dir)
    try CrashJournal.append(.answer(2, text: "别动", base: "", member: "李四", at: t0), to: live)
    let (url, draft) = try #require(CrashJournal.gathered(for: file, session: s, in: dir, existing: nil))
    #expect(draft.crashed == true && draft.member == "张三")
    #expect(draft.session.answers.map(\.text) == ["一二", s.answers[1].text, ""])
    #expect(draft.base?.answers[0].text == "")
    #expect(draft.session.noteDraft(of: "张三")?.text == "注")
    #expect(url == SaveDraft.url(for: file, in: dir))
    #expect(!FileManager.default.fileExists(atPath: dead.path), "made into the draft: gone")
    #expect(FileManager.default.fileExists(atPath: live.path), "a live reader's: left alone")
  }

  @Test("an answer brought back from the journal is its typist's: the writer, and the characters counted for them")
  func credited() throws {
    let dir = try SessionFixtures.directory()
    let file = dir.appendingPathComponent("g.session.json")
    var s = SessionFixtures.session()
    s.answers[0].text = "基础"
    let dead = CrashJournal.url(for: file, in: dir, pid: deadPID())
    try CrashJournal.append(.answer(0, text: "基础甲加", base: "基础", member: "张三", at: t0), to: dead)
    let (_, draft) = try #require(CrashJournal.gathered(for: file, session: s, in: dir, existing: nil))
    #expect(draft.session.answers[0].writer == "张三")
    let before = s.participation?["张三"]?.characters.first ?? 0
    #expect(draft.session.participation?["张三"]?.characters.first == before + 2, "甲加: 2 characters")
  }

  @Test("what the file already holds — the answer saved, the note finished — is no draft")
  func nothingNew() throws {
    let dir = try SessionFixtures.directory()
    let file = dir.appendingPathComponent("g.session.json")
    var s = SessionFixtures.session()
    let anchor = Session.Anchor(section: "golden-tax", paragraph: 0, quote: "核心系统")
    s.answers[0].text = "一二"
    s.annotations.append(Session.Annotation(anchor: anchor, note: "注", createdAt: t0))
    let dead = CrashJournal.url(for: file, in: dir, pid: deadPID())
    try CrashJournal.append(.answer(0, text: "一二", base: "一", member: "张三", at: t0), to: dead)
    try CrashJournal.append(
      .note(Session.Draft(anchor: anchor, note: nil, text: "注", updatedAt: t0), member: "张三", at: t0), to: dead)
    #expect(CrashJournal.gathered(for: file, session: s, in: dir, existing: nil) == nil)
    #expect(!FileManager.default.fileExists(atPath: dead.path))
    #expect(!FileManager.default.fileExists(atPath: SaveDraft.url(for: file, in: dir).path))
  }
}
