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
    var again = try member("甲", op, drafts: dir)
    #expect(again.noteBox?.editor.text == "甲写了一半")
    #expect(again.noteBox?.readOnly == false, "its field claimed again: it can be written, finished, left")
    again.drive(.key(.char("。")), now: t)
    again.drive(.key(.escape), now: t)
    #expect(again.noteBox == nil)
    #expect(again.session.annotations.map(\.note) == ["甲写了一半。"])
    #expect(again.session.annotations.first?.writer == "甲", "the note names its writer")
    #expect(again.session.noteDraft(of: "乙")?.text == "乙写了一半")
    let third = try member("丙", op, drafts: dir, members: ["甲", "乙", "丙"])
    #expect(third.noteBox == nil, "a member with no draft of its own opens on the text")
  }

  @Test("a note another member is writing is shown live to a member who opens it, from the writer's draft")
  func watchedNoteLive() throws {
    let (op, dir) = try opener()
    var a = try member("甲", op, drafts: dir)
    var b = try member("乙", op, drafts: dir)
    for w in [0, 1] {
      if w == 0 { a.drive(.key(.char("]")), now: t0); a.drive(.key(.char("A")), now: t0) }
      if w == 1 { b.drive(.key(.char("]")), now: t0); b.drive(.key(.char("A")), now: t0) }
    }
    #expect(b.noteBox?.readOnly == true)
    #expect(b.render().lines.joined().contains("甲正在写"))
    for ch in "甲正写的批注" { a.drive(.key(.char(ch)), now: t0) }
    var t = t0
    for _ in 0..<3 {
      t = t.addingTimeInterval(1)
      a.drive(.tick, now: t)
      b.drive(.changed, now: t)  // as the loop's file watch tells it
      b.drive(.tick, now: t)
    }
    #expect(b.noteBox?.editor.text == "甲正写的批注", "live, within a few seconds")
    #expect(b.noteBox?.readOnly == true)
  }

  @Test(
    "a save counts only what this member changed: the others' work read by a follow not yet taken in is not counted as theirs"
  )
  func participationAgainstOwnBase() throws {
    let (op, dir) = try opener()
    let o = try op.open(group: "第一组", members: ["甲", "乙"], of: c)
    let file = try #require(o.group)
    let locks = FieldLocks(folder: file.folder, member: "乙")
    var mine = file.base
    mine.answers[1].text = "原来的答案。"
    mine = try file.save(mine, as: "乙").session
    let generation = file.generation
    // 甲 (another reader) rewrites the answer's start and saves.
    let store = SessionStore(directory: o.url.deletingLastPathComponent())
    var other = try store.load(o.url)
    other.answers[1].text = "甲改写开头。原来的答案。"
    try store.save(other, to: o.url)
    // 乙's follow reads it on the worker; before 乙's reader takes it in, 乙 adds at the end and saves.
    _ = try file.follow(mine, as: "乙")
    let before = mine.participation?["乙"]?.characters[1] ?? 0
    mine.answers[1].text += "乙又写。"
    let saved = TogetherEffect.saving(
      GroupSave(
        file: file, locks: locks, session: mine, member: "乙", sectionsRead: [], writing: 1, drafts: dir, now: t0,
        generation: generation))
    let merged = try saved.result.get().session
    #expect(merged.answers[1].text == "甲改写开头。原来的答案。乙又写。", "both kept")
    let p = try #require(merged.participation?["乙"])
    #expect(p.characters[1] - before == CharacterCount.of("乙又写。"), "甲's words are not counted as 乙's")
  }

  @Test(
    "an answer watched read-only is never written: a save or a follow from a view that lagged behind the writer keeps the writer's text, no conflict"
  )
  func watcherNeverWrites() throws {
    let (op, dir) = try opener()
    let o = try op.open(group: "第一组", members: ["甲", "乙"], of: c)
    let file = try #require(o.group)
    let locks = FieldLocks(folder: file.folder, member: "甲")
    var mine = file.base
    mine.answers[1].text = "基础甲加"
    mine = try file.save(mine, as: "甲").session
    // This reader's view of the answer lags (it showed 基础 a moment ago); the writer's other terminal types on.
    var lagging = mine
    lagging.answers[1].text = "基础"
    let save = GroupSave(
      file: file, locks: locks, session: lagging, member: "甲", sectionsRead: [], writing: nil, drafts: dir, now: t0,
      generation: file.generation, watching: 1)
    let saved = try TogetherEffect.saving(save).result.get().session
    #expect(saved.answers[1].text == "基础甲加", "the watcher's save leaves the answer as written")
    let store = SessionStore(directory: o.url.deletingLastPathComponent())
    var other = try store.load(o.url)
    other.answers[1].text = "基础甲加乙"
    try store.save(other, to: o.url)
    var follow = GroupFollow(
      file: file, locks: locks, mine: lagging, member: "甲", folderStamp: nil, look: false, now: t0)
    follow.watching = 1
    let followed = try #require(TogetherEffect.follow(follow).merged)
    #expect(followed.session.answers[1].text == "基础甲加乙")
    #expect(followed.conflictedAnswers.isEmpty)
    #expect(try store.load(o.url).answers[1].text == "基础甲加乙", "nothing of the watcher's written")
  }

  @Test("the answers' title at 40 columns shortens who is here by whole names (在线：李华 +3), all of them at 120")
  func presentInANarrowTitle() throws {
    let (op, dir) = try opener()
    let names = ["李华", "王芳", "张伟", "赵敏"]
    var readers = try names.map { try member($0, op, drafts: dir, members: names) }
    var t = t0
    for _ in 0..<7 {
      t = t.addingTimeInterval(1)
      for i in readers.indices { readers[i].drive(.tick, now: t) }
    }
    var w = readers[0]
    w.drive(.key(.char("a")), now: t)
    w.drive(.resize(rows: 12, cols: 40), now: t)
    let narrow = w.render().line(1)
    let shown = narrow.replacingOccurrences(of: " 本组答案 · 小组 第一组 · 在线：", with: "")
    #expect(narrow.hasPrefix(" 本组答案 · 小组 第一组 · 在线："), "the members' list goes first: \(narrow)")
    #expect(names.map { $0 + " +3" }.contains(shown.trimmingCharacters(in: .whitespaces)), "a whole name: \(narrow)")
    w.drive(.resize(rows: 40, cols: 120), now: t)
    let wide = w.render().line(1)
    #expect(wide.contains("小组 第一组（李华、王芳、张伟、赵敏） · 在线："), "\(wide)")
    #expect(names.allSatisfy { wide.components(separatedBy: "在线：").last!.contains($0) } && !wide.contains("+"))
  }

  @Test("two readers as one member (two terminals) are both shown: 在线：甲×2")
  func sameMemberTwice() throws {
    let (op, dir) = try opener()
    var a1 = try member("甲", op, drafts: dir)
    var a2 = try member("甲", op, drafts: dir)
    var t = t0
    for _ in 0..<7 {
      t = t.addingTimeInterval(1)
      a1.drive(.tick, now: t)
      a2.drive(.tick, now: t)
    }
    a1.drive(.key(.char("a")), now: t)
    #expect(a1.render().lines.joined().contains("在线：甲×2"))
    // The questions panel says it too.
    a2.drive(.key(.char("Q")), now: t)
    #expect(a2.render().lines.joined().contains("在线：甲×2"))
  }

  @Test("keys typed into an answer another member writes are not dropped silently: how many, kept to paste, what to do")
  func typedIntoWatched() throws {
    let (op, dir) = try opener()
    var a = try member("甲", op, drafts: dir)
    var b = try member("乙", op, drafts: dir)
    for k in "a2" { a.drive(.key(.char(k)), now: t0) }
    for ch in "甲写" { a.drive(.key(.char(ch)), now: t0) }
    for k in "a2" { b.drive(.key(.char(k)), now: t0) }
    #expect(b.answerBox?.readOnly == true)
    for ch in "乙写的" { b.drive(.key(.char(ch)), now: t0) }
    #expect(b.answerBox?.editor.text.contains("乙") == false, "nothing written into the read-only view")
    let frame = b.render()
    let screen = frame.lines.joined()
    #expect(screen.contains("甲在写这题：3 字未写入（已复制）；Esc 写别的题或等他写完"), "\(screen)")
    // At column 1, as every bottom line (the notice wraps over the rows above the bar).
    let first = try #require(frame.lines.first { $0.contains("甲在写这题") })
    #expect(first.hasPrefix(" 甲在写这题"), "\(first)")
    #expect(b.clipboard == "乙写的", "what was typed is there to paste")
    b.drive(.key(.paste("再贴")), now: t0)
    #expect(b.render().lines.joined().contains("5 字未写入"))
  }

  @Test(
    "one member at two terminals: the second is told it is themself and asked; r watches, t takes over, and the first is told"
  )
  func sameMemberTakesOver() throws {
    let (op, dir) = try opener()
    var a1 = try member("甲", op, drafts: dir)
    var a2 = try member("甲", op, drafts: dir)
    for k in "a2" { a1.drive(.key(.char(k)), now: t0) }
    for ch in "一" { a1.drive(.key(.char(ch)), now: t0) }
    var t = t0
    for _ in 0..<6 {
      t = t.addingTimeInterval(1)
      a1.drive(.tick, now: t)
      a2.drive(.tick, now: t)
    }
    a2.drive(.key(.char("a")), now: t)
    #expect(a2.render().lines.joined().contains("你在另一个终端写"))
    #expect(!a2.render().lines.joined().contains("甲正在写"), "never named as another writer")
    a2.drive(.key(.char("2")), now: t)
    #expect(a2.render().lines.joined().contains("你在另一个终端正在写这题"))
    a2.drive(.key(.char("r")), now: t)
    #expect(a2.answerBox?.readOnly == true)
    #expect(a2.render().lines.joined().contains("你在另一个终端正在写这题（只读"))
    a2.drive(.key(.char("二")), now: t)
    #expect(a2.render().lines.joined().contains("你在另一终端写这题：1 字未写入（已复制）；Esc 再打开可接管"))
    a2.drive(.key(.escape), now: t)
    a2.drive(.key(.char("2")), now: t)
    a2.drive(.key(.char("t")), now: t)
    #expect(a2.answerBox?.readOnly == false, "taken over: written here")
    // The first terminal is told at its next follow (the live folder changed), without typing.
    t = t.addingTimeInterval(1)
    a1.drive(.changed, now: t)
    a1.drive(.tick, now: t)
    #expect(a1.answerBox?.readOnly == true)
    #expect(a1.render().lines.joined().contains("你在另一终端接管了这题：这里写的已保存，现在只读"))
  }

  @Test(
    "a take-over of an answer the other terminal is typing into: keys typed before its text came are put on top of it, never a conflict"
  )
  func takeOverWhileTyping() throws {
    let (op, dir) = try opener()
    var a1 = try member("甲", op, drafts: dir)
    var a2 = try member("甲", op, drafts: dir)
    var t = t0
    func tick() {
      t = t.addingTimeInterval(1)
      a1.drive(.changed, now: t)
      a1.drive(.tick, now: t)
      a2.drive(.changed, now: t)
      a2.drive(.tick, now: t)
    }
    for k in "a2" { a1.drive(.key(.char(k)), now: t) }
    for ch in "基础" { a1.drive(.key(.char(ch)), now: t) }
    for _ in 0..<3 { tick() }
    // Typed at the first terminal, not yet saved, when the second takes over and types on at the end.
    a1.drive(.key(.end), now: t)
    for ch in "甲加" { a1.drive(.key(.char(ch)), now: t) }
    for k in "a2t" { a2.drive(.key(.char(k)), now: t) }
    #expect(a2.answerBox?.readOnly == false, "taken over")
    a2.drive(.key(.end), now: t)
    for ch in "乙加" { a2.drive(.key(.char(ch)), now: t) }
    for _ in 0..<6 { tick() }
    #expect(a2.answerBox?.editor.text == "基础甲加乙加", "the other terminal's text, then what was typed here")
    let store = SessionStore(directory: dir.appendingPathComponent("sessions"))
    let onDisk = try store.load(try #require(a2.together?.file.url)).answers[1].text
    #expect(onDisk == "基础甲加乙加")
    #expect(!ConflictMarkers.holds(onDisk) && !ConflictMarkers.holds(a1.session.answers[1].text))
  }

  @Test("a draft restored (r) at the start says one thing: restored and saved, never 未保存 beside it")
  func restoredIsSaved() throws {
    let (op, dir) = try opener()
    let o = try op.open(group: "第一组", members: ["甲", "乙"], of: c)
    let file = try #require(o.group)
    var typed = file.base
    typed.answers[1].text = "基础甲加"
    var draft = SaveDraft(
      file: o.url, member: "甲", base: file.base, session: typed, savedAt: t0, reason: "")
    draft.crashed = true
    let url = try draft.write(in: dir)
    var w = Workspace(reader: ReaderState(document: c, rows: 0, cols: 0), opened: o)
    var t = Together(member: "甲", login: "甲", file: file, drafts: dir)
    t.restoring = (url, draft)
    w.join(t)
    w.drive(.resize(rows: 24, cols: 80), now: t0)
    w.drive(.tick, now: t0)
    #expect(w.session.answers[1].text == "基础甲加")
    let bottom = w.render().lines.joined()
    #expect(bottom.contains("草稿已恢复并保存"), "\(bottom)")
    #expect(!bottom.contains("未保存"), "\(bottom)")
  }

  @Test(
    "one member at two terminals on one note: asked as for an answer; t takes over with the text, the first is told")
  func sameMemberTakesOverNote() throws {
    let (op, dir) = try opener()
    var a1 = try member("甲", op, drafts: dir)
    var a2 = try member("甲", op, drafts: dir)
    a1.drive(.key(.char("]")), now: t0)
    a1.drive(.key(.char("A")), now: t0)
    #expect(a1.noteBox?.readOnly == false)
    for ch in "一半" { a1.drive(.key(.char(ch)), now: t0) }
    var t = t0
    for _ in 0..<3 {
      t = t.addingTimeInterval(1)
      a1.drive(.tick, now: t)
    }
    a2.drive(.changed, now: t)
    a2.drive(.key(.char("]")), now: t)
    a2.drive(.key(.char("A")), now: t)
    #expect(a2.render().lines.joined().contains("你在另一个终端正在写这条批注"), "\(a2.render().text)")
    a2.drive(.key(.char("r")), now: t)
    #expect(a2.noteBox?.readOnly == true)
    #expect(a2.noteBox?.editor.text == "一半", "shown live from the other terminal's draft")
    a2.drive(.key(.char("二")), now: t)
    #expect(a2.render().lines.joined().contains("你在另一终端写这条批注：1 字未写入（已复制）；Esc 再打开可接管"))
    a2.drive(.key(.escape), now: t)
    a2.drive(.key(.char("A")), now: t)
    a2.drive(.key(.char("t")), now: t)
    #expect(a2.noteBox?.readOnly == false, "taken over: written here")
    #expect(a2.noteBox?.editor.text == "一半", "with what the other terminal wrote")
    a2.drive(.key(.char("。")), now: t)
    t = t.addingTimeInterval(1)
    a1.drive(.changed, now: t)
    a1.drive(.tick, now: t)
    #expect(a1.noteBox?.readOnly == true)
    #expect(a1.render().lines.joined().contains("你在另一终端接管了这条批注：这里写的已保存，现在只读"))
    a2.drive(.key(.escape), now: t)
    #expect(a2.session.annotations.map(\.note) == ["一半。"])
  }

  @Test("every edit is in the crash journal at once; the save that leaves nothing unsaved empties it")
  func crashJournal() throws {
    let (op, dir) = try opener()
    var a = try member("甲", op, drafts: dir)
    a.drive(.key(.char("a")), now: t0)
    a.drive(.key(.char("2")), now: t0)
    let journal = try #require(a.together?.journal)
    for (i, ch) in "一二三".enumerated() { a.drive(.key(.char(ch)), now: t0.addingTimeInterval(0.01 * Double(i))) }
    let entries = CrashJournal.read(journal)
    #expect(entries.map(\.text) == ["一", "一二", "一二三"], "each key, not waiting for a pause")
    #expect(entries.last?.answer == 1 && entries.last?.member == "甲")
    a.drive(.tick, now: t0.addingTimeInterval(2))
    let url = try #require(a.file?.url)
    #expect(try SessionStore(directory: url.deletingLastPathComponent()).load(url).answers[1].text == "一二三")
    #expect(!FileManager.default.fileExists(atPath: journal.path), "saved: emptied")
  }

  @Test("a note finished, an answer typed into, then a signal: the last save empties the journal; nothing is offered")
  func journalAtTheEnd() throws {
    let (op, dir) = try opener()
    var a = try member("甲", op, drafts: dir)
    a.drive(.key(.char("]")), now: t0)
    a.drive(.key(.char("A")), now: t0)
    for ch in "写完的注" { a.drive(.key(.char(ch)), now: t0) }
    let journal = try #require(a.together?.journal)
    #expect(CrashJournal.read(journal).last?.note?.text == "写完的注")
    a.drive(.key(.escape), now: t0)
    // An answer typed into, no pause for a save, then the signal.
    for k in "a1答" { a.drive(.key(.char(k)), now: t0) }
    #expect(CrashJournal.read(journal).last?.text == "答")
    _ = a.drive(.terminate, now: t0)
    #expect(!FileManager.default.fileExists(atPath: journal.path), "the last save done: emptied")
    let url = try #require(a.file?.url)
    let store = SessionStore(directory: url.deletingLastPathComponent())
    #expect(
      CrashJournal.gathered(for: url, session: try store.load(url), in: dir, existing: nil) == nil,
      "nothing to offer")
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
