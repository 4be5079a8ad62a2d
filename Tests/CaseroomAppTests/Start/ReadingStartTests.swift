import CaseroomEngine
import CaseroomSession
import Foundation
import Testing

@testable import CaseroomApp

@Suite("How reading starts")
struct ReadingStartTests {
  func directory() throws -> URL {
    let d = FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-start-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
    return d
  }

  func start(_ dir: URL, group: ReadingStart.Group) -> ReadingStart {
    ReadingStart(
      document: ReaderFixtures.bundled, start: nil, group: group,
      opener: SessionOpener(store: SessionStore(directory: dir.appendingPathComponent("sessions"))),
      positionsURL: dir.appendingPathComponent("reading.json"))
  }

  @Test("reading alone: a damaged positions file is set aside and the status bar says where")
  func damagedPositions() throws {
    let dir = try directory()
    try Data("{".utf8).write(to: dir.appendingPathComponent("reading.json"))
    var screen = try start(dir, group: .none).firstScreen()
    _ = screen.drive(.resize(rows: 24, cols: 240), now: fixedNow)
    #expect(
      screen.render().line(23).hasPrefix(" \(dir.path)/reading.json: damaged, set aside as reading.json.damaged"))
  }

  @Test("reading alone: the place is remembered on quitting and read back next time")
  func remembered() throws {
    let dir = try directory()
    var screen = try start(dir, group: .none).firstScreen()
    _ = screen.drive(.resize(rows: 24, cols: 80), now: fixedNow)
    for key in [Key.char("]"), .char("]"), .char("j")] { _ = screen.drive(.key(key), now: fixedNow) }
    let header = screen.render().line(0)
    #expect(header.contains("（二）金税工程"))
    guard case .quit = screen.drive(.key(.char("q")), now: fixedNow) else {
      Issue.record("q does not quit")
      return
    }
    var again = try start(dir, group: .none).firstScreen()
    _ = again.drive(.resize(rows: 24, cols: 80), now: fixedNow)
    #expect(again.render().line(0) == header)
  }

  @Test("the group picker shows who is reading each group now (its live folder); a reader gone is not shown")
  func pickerShowsWhoIsHere() throws {
    let dir = try directory()
    let store = SessionStore(directory: dir.appendingPathComponent("sessions"))
    for name in ["第一组", "第二组"] {
      try store.save(
        Session(case: ReaderFixtures.bundled, group: .init(name: name, members: ["李华", "王芳"])),
        to: store.url(caseId: ReaderFixtures.bundled.id, group: name))
    }
    let first = store.url(caseId: ReaderFixtures.bundled.id, group: "第一组")
    let here = [
      FieldLocks(folder: LiveFolder(session: first), member: "李华"),
      FieldLocks(folder: LiveFolder(session: first), member: "王芳"),
    ]
    for r in here { #expect(r.join() == nil) }
    var screen = try start(dir, group: .ask).firstScreen()
    _ = screen.drive(.resize(rows: 24, cols: 80), now: fixedNow)
    var lines = (0..<24).map { screen.render().line($0) }
    // Both, in the order they came (here: the same second, so either).
    #expect(
      lines.contains {
        $0.hasPrefix("  第一组（李华、王芳）  在线：李华、王芳") || $0.hasPrefix("  第一组（李华、王芳）  在线：王芳、李华")
      }, "\(lines)")
    #expect(lines.contains { $0.hasPrefix("  第二组（李华、王芳）") && !$0.contains("在线") })
    here[1].quit()
    screen = try start(dir, group: .ask).firstScreen()
    _ = screen.drive(.resize(rows: 24, cols: 80), now: fixedNow)
    lines = (0..<24).map { screen.render().line($0) }
    #expect(lines.contains { $0.hasPrefix("  第一组（李华、王芳）  在线：李华") && !$0.contains("在线：李华、王芳") })
    here[0].quit()
  }

  @Test(
    "the group picker follows the sessions folder: a group made elsewhere appears, the selection stays on its group")
  func pickerFollowsTheFolder() throws {
    let dir = try directory()
    let store = SessionStore(directory: dir.appendingPathComponent("sessions"))
    func make(_ name: String) throws {
      try store.save(
        Session(case: ReaderFixtures.bundled, group: .init(name: name, members: ["李华"])),
        to: store.url(caseId: ReaderFixtures.bundled.id, group: name))
    }
    try make("第二组")
    var screen = try start(dir, group: .ask).firstScreen()
    _ = screen.drive(.resize(rows: 24, cols: 80), now: fixedNow)
    #expect(screen.watched.contains(store.directory.path), "it watches the sessions folder: \(screen.watched)")
    func selected() -> String {
      let f = screen.render()
      let row = (0..<24).first { f.columns(withStyle: .selected, row: $0).contains(2) }
      return row.map { f.line($0).trimmingCharacters(in: .whitespaces) } ?? ""
    }
    #expect(selected().hasPrefix("第二组"))
    // Another terminal makes two groups, one listed before the selected one.
    try make("第一组")
    try make("第三组")
    _ = screen.drive(.changed, now: fixedNow)
    let lines = (0..<24).map { screen.render().line($0) }
    #expect(["第一组", "第二组", "第三组"].allSatisfy { g in lines.contains { $0.hasPrefix("  " + g) } }, "\(lines)")
    #expect(selected().hasPrefix("第二组"), "the selection stays on its group: \(selected())")
    #expect(screen.watched.count == 4, "and each group's live folder: \(screen.watched)")
    // A reader who dies tells no one: who is here is looked at again on a tick, a few seconds on.
    let here = FieldLocks(
      folder: LiveFolder(session: store.url(caseId: ReaderFixtures.bundled.id, group: "第三组")), member: "李华")
    #expect(here.join() == nil)
    _ = screen.drive(.changed, now: fixedNow)
    #expect(screen.render().lines.contains { $0.hasPrefix("  第三组（李华）  在线：李华") })
    here.quit()
    let next = try #require(screen.nextTick(after: fixedNow))
    #expect(next.timeIntervalSince(fixedNow) <= 5, "a tick within 5 s")
    _ = screen.drive(.tick, now: next)
    #expect(screen.render().lines.contains { $0.hasPrefix("  第三组（李华）") && !$0.contains("在线") }, "gone")
  }

  @Test("a named group's workspace saves on quitting, and opens where the group stopped")
  func groupSession() throws {
    let dir = try directory()
    var screen = try start(dir, group: .named("第一组", members: ["甲"])).firstScreen()
    _ = screen.drive(.resize(rows: 24, cols: 80), now: fixedNow)
    // A new group's first screen: the group named in the header, the six keys that matter on the bar.
    #expect(screen.render().line(0).contains("第一组 · 已读 0/17"))
    #expect(screen.render().line(23).hasPrefix(" 空格 翻页  t 目录  Q 思考题  ( ) 选句  c 引用  a 答案"))
    for key in [Key.char("]"), .char("]")] { _ = screen.drive(.key(key), now: fixedNow) }
    guard case .quit = screen.drive(.key(.char("q")), now: fixedNow) else {
      Issue.record("q does not quit")
      return
    }
    var again = try start(dir, group: .named("第一组", members: [])).firstScreen()
    _ = again.drive(.resize(rows: 24, cols: 80), now: fixedNow)
    #expect(again.render().line(0).contains("（二）金税工程"))
    // The lock was given back on quitting: not read-only.
    #expect(!again.render().line(23).contains("只读"))
  }

  @Test("the picker hands a new group over to its workspace")
  func pickerHandsOver() throws {
    let dir = try directory()
    var screen = try start(dir, group: .ask).firstScreen()
    _ = screen.drive(.resize(rows: 24, cols: 80), now: fixedNow)
    var next: (any Screen)?
    for key in [Key.enter] + Key.typing("第二组") + [.enter] + Key.typing("乙") + [.enter] {
      if case .replace(let s) = screen.drive(.key(key), now: fixedNow) { next = s }
    }
    var workspace = try #require(next)
    _ = workspace.drive(.resize(rows: 24, cols: 80), now: fixedNow)
    #expect(workspace is Workspace)
    #expect(workspace.render().line(0).contains("一、教学目的"))
    #expect(
      FileManager.default.fileExists(
        atPath: SessionStore(directory: dir.appendingPathComponent("sessions")).url(
          caseId: ReaderFixtures.bundled.id, group: "第二组"
        ).path))
  }

  @Test("a damaged session with a good backup: the choice is on screen, and b carries on from the backup in place")
  func recoveryChoice() throws {
    let dir = try directory()
    let store = SessionStore(directory: dir.appendingPathComponent("sessions"))
    let url = store.url(caseId: ReaderFixtures.bundled.id, group: "第一组")
    var s = Session(case: ReaderFixtures.bundled, group: .init(name: "第一组", members: []), now: fixedNow)
    s.answers[0].text = "备份里的答案"
    try store.save(s, to: url)
    s.answers[0].text = "最新的答案"
    try store.save(s, to: url)  // the first version is now the .bak
    try Data("{\"schema\": ".utf8).write(to: url)  // damaged
    var screen = try start(dir, group: .named("第一组", members: [])).firstScreen()
    #expect(screen is ChoiceScreen)
    _ = screen.drive(.resize(rows: 24, cols: 80), now: fixedNow)
    let asked = screen.render()
    #expect(asked.line(0).contains("“第一组”的记录已损坏"))
    #expect(asked.lines.contains { $0.hasPrefix("  b  从备份继续") })
    guard case .replace(let next) = screen.drive(.key(.char("b")), now: fixedNow), let w = next as? Workspace else {
      Issue.record("b does not open the workspace")
      return
    }
    #expect(w.session.answers[0].text == "备份里的答案")
    #expect(try store.load(url).answers[0].text == "备份里的答案", "carried on in the group's own file")
    let aside = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
      .filter { $0.contains(".damaged-") }
    #expect(aside.count == 1)
  }
}
