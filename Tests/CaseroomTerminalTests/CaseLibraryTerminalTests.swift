import CaseroomSession
import Foundation
import Testing

/// Several cases installed, in a real terminal: the bundled case and one of
/// the user's own ($XDG_DATA_HOME/caseroom/cases, here under the test's HOME).
@Suite("The case library in a real terminal (tmux)", .serialized)
struct CaseLibraryTerminalTests {
  /// A second case: three content sections, two questions.
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

  /// A terminal whose user has the second case in their own folder.
  func terminal() throws -> Tmux {
    let t = try Tmux()
    let folder = t.state.appendingPathComponent(".local/share/caseroom/cases")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Self.smallTown.write(to: folder.appendingPathComponent("small-town.case.md"), atomically: true, encoding: .utf8)
    return t
  }

  func waitForPicker(_ t: Tmux) throws {
    try t.waitFor("the case picker with both cases") {
      $0[0].contains("选择案例")
        && $0.contains("  中国十二金工程  twelve-golden-projects  17 节 · 思考题 3")
        && $0.contains("  小镇的数字政务  small-town  3 节 · 思考题 2 · 自己的")
    }
  }

  @Test("no case named: the case picker first, then the group picker of the chosen case, then its workspace")
  func pickerThenGroup() throws {
    let t = try terminal()
    try t.shell("clear; \(Tmux.binary.path)")
    try waitForPicker(t)
    try t.keys("j", "Enter")
    try t.waitFor("the group picker of 小镇的数字政务") {
      $0[0].hasPrefix(" 小镇的数字政务  │  选择小组") && $0.joined().contains("新建小组")
    }
    try t.keys("Enter")
    try t.type("第一组")
    try t.keys("Enter")
    try t.type("甲，乙")
    try t.keys("Enter")
    // A group writes together: who is at this terminal is asked once (the login is remembered).
    try t.waitFor("who is reading") { $0.joined().contains("谁在读“第一组”？") && $0.joined().contains("1  甲") }
    try t.keys("1")
    try t.waitFor("the workspace on 小镇的数字政务, as 甲") {
      $0[0].contains("一、教学目的") && $0[0].contains("第一组 · 甲") && $0.joined().contains("小镇")
    }
    try t.keys("]", "]")
    try t.waitFor("（二）困难") { $0[0].contains("（二）困难") }
    try t.keys("q")
    try t.waitForShell()
    try t.expectSaneTerminal()
    let store = SessionStore(directory: t.state.appendingPathComponent("sessions"))
    let session = try store.load(store.url(caseId: "small-town", group: "第一组"))
    #expect(session.group.members == ["甲", "乙"])
    #expect(session.caseId == "small-town")

    // Next time: the same case, the group is listed, and it opens where it stopped.
    try t.shell("clear; \(Tmux.binary.path)")
    try waitForPicker(t)
    try t.keys("j", "Enter")
    try t.waitFor("the group listed") { $0.joined().contains("第一组（甲、乙）") }
    try t.keys("Enter")
    try t.waitFor("back at （二）困难, as 甲 without asking") { $0[0].contains("（二）困难") && $0[0].contains("第一组 · 甲") }
    try t.keys("q")
    try t.waitForShell()
  }

  @Test("the first case is the bundled one; --section applies to the chosen case; q in the picker quits")
  func sectionAndQuit() throws {
    let t = try terminal()
    try t.shell("clear; \(Tmux.binary.path) read --no-group --section 3")
    try waitForPicker(t)
    try t.keys("j", "Enter")
    try t.waitFor("（三）对策 of the chosen case") { $0[0].contains("（三）对策") }
    try t.keys("q")
    try t.waitForShell()

    try t.shell("clear; \(Tmux.binary.path) --no-group --section 7")
    try waitForPicker(t)
    try t.keys("Enter")
    try t.waitFor("（七）金盾工程 of the bundled case") { $0[0].contains("（七）金盾工程") }
    try t.keys("q")
    try t.waitForShell()

    try t.shell("clear; \(Tmux.binary.path)")
    try waitForPicker(t)
    try t.keys("Escape")
    usleep(300_000)
    try waitForPicker(t)
    try t.keys("q")
    try t.waitForShell()
    try t.expectSaneTerminal()
  }

  @Test("caseroom read ID opens that case without asking which")
  func readByID() throws {
    let t = try terminal()
    try t.shell("clear; \(Tmux.binary.path) read small-town --no-group")
    try t.waitFor("小镇的数字政务 in the reader") { $0[0].contains("一、教学目的") && !$0[0].contains("选择案例") }
    try t.keys("G")
    try t.keys("]")
    try t.waitFor("（一）背景") { $0[0].contains("（一）背景") }
    try t.keys("q")
    try t.waitForShell()
  }
}
