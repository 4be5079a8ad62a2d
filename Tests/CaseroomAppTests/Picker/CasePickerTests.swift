import CaseroomEngine
import CaseroomSession
import Foundation
import Testing

@testable import CaseroomApp

/// A library of two folders, as an installation has: the bundled case, and a
/// user's folder with a case of their own and a file that is not a case.
private struct TwoFolders {
  let root: URL
  let bundled: URL
  let user: URL

  /// A second case, small: three content sections, two questions.
  static let smallTown = """
    ---
    format: caseroom.case/1
    id: small-town
    title: 小镇的数字政务
    ---

    # 一、教学目的 {#objectives}

    1．了解基层电子政务。

    # 二、案例内容 {#content}

    ## （一）背景 {#background}

    小镇在二〇二〇年开通了网上办事大厅，居民可以在线办理户籍和社保业务。

    ## （二）困难 {#difficulties}

    上线以后，老年居民使用不便，窗口排队并没有减少。

    ## （三）对策 {#measures}

    镇政府在大厅设了帮办员，并把常用业务做成了一页纸的指南。

    # 三、思考题 {#questions}

    1．网上办事大厅为什么没有减少排队？
    2．你会怎样改进？
    """

  init() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-library-\(UUID().uuidString)")
    bundled = root.appendingPathComponent("share/caseroom/cases")
    user = root.appendingPathComponent("data/caseroom/cases")
    for d in [bundled, user] { try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true) }
    try FileManager.default.copyItem(
      at: ReaderFixtures.repository.appendingPathComponent("Cases/twelve-golden-projects.case.md"),
      to: bundled.appendingPathComponent("twelve-golden-projects.case.md"))
    try Self.smallTown.write(to: user.appendingPathComponent("small-town.case.md"), atomically: true, encoding: .utf8)
  }

  var library: CaseLibrary {
    CaseLibrary(folders: [.init(url: bundled, origin: .bundled), .init(url: user, origin: .user)])
  }
}

@Suite("The case library and the case picker")
struct CasePickerTests {
  @Test("the library lists the bundled cases, then the user's, with their sections and questions")
  func library() throws {
    let f = try TwoFolders()
    let lib = f.library
    #expect(lib.entries.map(\.id) == ["twelve-golden-projects", "small-town"])
    #expect(lib.entries.map(\.title) == ["中国十二金工程", "小镇的数字政务"])
    #expect(lib.entries.map(\.sections) == [17, 3])
    #expect(lib.entries.map(\.questions) == [3, 2])
    #expect(lib.entries.map(\.origin) == [.bundled, .user])
    #expect(lib.entry(id: "small-town")?.url.lastPathComponent == "small-town.case.md")
    #expect(lib.entry(id: "nothing") == nil)
  }

  @Test("files that are not cases are listed with the reason and not offered; hidden files and folders are skipped")
  func problems() throws {
    let f = try TwoFolders()
    try "no header\n".write(to: f.user.appendingPathComponent("broken.case.md"), atomically: true, encoding: .utf8)
    try TwoFolders.smallTown.write(
      to: f.user.appendingPathComponent("z-copy.case.md"), atomically: true, encoding: .utf8)
    try "x".write(to: f.user.appendingPathComponent(".#small-town.case.md"), atomically: true, encoding: .utf8)
    try "x".write(to: f.user.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(
      at: f.user.appendingPathComponent("folder.case.md"), withIntermediateDirectories: true)
    let lib = f.library
    #expect(
      lib.entries.map(\.url.lastPathComponent) == [
        "twelve-golden-projects.case.md", "broken.case.md", "small-town.case.md", "z-copy.case.md",
      ])
    #expect(lib.cases.map(\.id) == ["twelve-golden-projects", "small-town"])
    let broken = lib.entries[1]
    #expect(broken.id == "broken" && broken.problem != nil)
    #expect(lib.entries[3].problem == .sameId(as: "small-town.case.md", id: "small-town"))
  }

  @Test("a user's case with a bundled case's id replaces it")
  func replaces() throws {
    let f = try TwoFolders()
    let mine = TwoFolders.smallTown.replacingOccurrences(of: "id: small-town", with: "id: twelve-golden-projects")
    try mine.write(to: f.user.appendingPathComponent("my-golden.case.md"), atomically: true, encoding: .utf8)
    let lib = f.library
    #expect(lib.cases.map(\.id) == ["twelve-golden-projects", "small-town"])
    #expect(lib.entry(id: "twelve-golden-projects")?.origin == .user)
    #expect(lib.entry(id: "twelve-golden-projects")?.title == "小镇的数字政务")
  }

  @Test("the user's folder is $XDG_DATA_HOME/caseroom/cases, else ~/.local/share/caseroom/cases")
  func userFolder() {
    #expect(CaseLibrary.userFolder(environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]).path == "/d/caseroom/cases")
    #expect(CaseLibrary.userFolder(environment: ["HOME": "/h"]).path == "/h/.local/share/caseroom/cases")
  }

  @Test("an installed binary finds the bundled cases in share/caseroom/cases beside its bin/")
  func installedLayout() throws {
    let f = try TwoFolders()
    let exe = f.root.appendingPathComponent("bin/caseroom")
    #expect(BundledCase.folders(executable: exe).map(\.standardizedFileURL.path).contains(f.bundled.path))
    let found = CaseLibrary.bundledFolder(executable: exe)?.standardizedFileURL.path
    // CASEROOM_CASES, when the test runner has it, comes first.
    if ProcessInfo.processInfo.environment["CASEROOM_CASES"] == nil { #expect(found == f.bundled.path) }
  }

  @Test("the picker: the cases, one a line, the reason beside a file that cannot be opened; golden at 80×24 and 40×12")
  func golden() throws {
    let f = try TwoFolders()
    try "no header\n".write(to: f.user.appendingPathComponent("broken.case.md"), atomically: true, encoding: .utf8)
    var picker = CasePicker(entries: f.library.entries)
    _ = picker.drive(.resize(rows: 24, cols: 80), now: fixedNow)
    Golden.expect(picker.render(), "case-picker-80x24")
    _ = picker.drive(.key(.char("j")), now: fixedNow)
    Golden.expect(picker.render(), "case-picker-second-80x24")
    _ = picker.drive(.resize(rows: 12, cols: 40), now: fixedNow)
    Golden.expect(picker.render(), "case-picker-40x12")
  }

  @Test("j and k skip a file that cannot be opened; g and G go to the ends; q quits")
  func moving() throws {
    let f = try TwoFolders()
    try "no header\n".write(to: f.user.appendingPathComponent("broken.case.md"), atomically: true, encoding: .utf8)
    var picker = CasePicker(entries: f.library.entries)
    _ = picker.drive(.resize(rows: 24, cols: 80), now: fixedNow)
    #expect(picker.selected == 0)
    _ = picker.drive(.key(.char("j")), now: fixedNow)
    #expect(picker.selected == 2)
    _ = picker.drive(.key(.char("j")), now: fixedNow)
    #expect(picker.selected == 2)
    _ = picker.drive(.key(.char("k")), now: fixedNow)
    #expect(picker.selected == 0)
    _ = picker.drive(.key(.char("G")), now: fixedNow)
    #expect(picker.selected == 2)
    _ = picker.drive(.key(.home), now: fixedNow)
    #expect(picker.selected == 0)
    guard case .stay = picker.drive(.key(.escape), now: fixedNow) else {
      Issue.record("Esc should go nowhere from the first screen")
      return
    }
    guard case .quit = picker.drive(.key(.char("q")), now: fixedNow) else {
      Issue.record("q does not quit")
      return
    }
  }

  @Test("a long list scrolls to keep the selected case on screen")
  func scrolling() throws {
    let f = try TwoFolders()
    for i in 1...20 {
      let text = TwoFolders.smallTown.replacingOccurrences(of: "id: small-town", with: "id: town-\(i)")
        .replacingOccurrences(of: "title: 小镇的数字政务", with: "title: 第\(i)个小镇")
      try text.write(to: f.user.appendingPathComponent("town-\(i).case.md"), atomically: true, encoding: .utf8)
    }
    var picker = CasePicker(entries: f.library.entries)
    _ = picker.drive(.resize(rows: 12, cols: 80), now: fixedNow)
    _ = picker.drive(.key(.char("G")), now: fixedNow)
    let lines = picker.render().lines
    #expect(lines.contains { $0.hasPrefix("  第20个小镇  town-20") })
    #expect(!lines.contains { $0.contains("中国十二金工程") })
  }

  @Test("choosing a case hands over to the screen ReadingStart makes for it: the group picker of that case")
  func handsOver() throws {
    let f = try TwoFolders()
    let lib = f.library
    let sessions = f.root.appendingPathComponent("sessions")
    let start = ReadingStart(
      document: ReaderFixtures.bundled, start: nil, group: .ask,
      opener: SessionOpener(store: SessionStore(directory: sessions)), positionsURL: nil)
    var picker = CasePicker(entries: lib.entries)
    picker.start = start
    _ = picker.drive(.resize(rows: 24, cols: 80), now: fixedNow)
    _ = picker.drive(.key(.char("j")), now: fixedNow)
    guard case .replace(var next) = picker.drive(.key(.enter), now: fixedNow) else {
      Issue.record("Enter does not hand over")
      return
    }
    #expect(next is GroupPicker)
    _ = next.drive(.resize(rows: 24, cols: 80), now: fixedNow)
    #expect(next.render().line(0).hasPrefix(" 小镇的数字政务  │  选择小组"))
  }

  @Test("the same start for another case keeps the group, the options and the help footer, not the place")
  func reading() throws {
    let f = try TwoFolders()
    var start = ReadingStart(
      document: ReaderFixtures.bundled, start: Anchor(section: 3), group: .named("第一组", members: ["甲"]),
      opener: SessionOpener(
        store: SessionStore(directory: f.root.appendingPathComponent("sessions")), recovery: .fresh),
      positionsURL: f.root.appendingPathComponent("reading.json"))
    start.helpFooter = ["文件 Files"]
    start.takeOver = true
    start.canAsk = false
    let other = start.reading(try CaseFormat.load(f.user.appendingPathComponent("small-town.case.md")))
    #expect(other.document.id == "small-town")
    #expect(other.start == nil)
    guard case .named("第一组", ["甲"]) = other.group else {
      Issue.record("the group is lost: \(other.group)")
      return
    }
    #expect(other.opener.recovery == .fresh)
    #expect(other.positionsURL == start.positionsURL)
    #expect(other.helpFooter == ["文件 Files"] && other.takeOver && !other.canAsk)
  }
}
