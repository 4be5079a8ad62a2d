import Foundation
import Testing

/// A member's saved typing reaches another member's open reader: told by
/// inotify, or by the `stat` once a second where inotify is not used
/// (`CASEROOM_NO_INOTIFY`), with no tick of its own in between.
@Suite("A group's file followed by inotify, and by stat without it", .serialized)
struct GroupFollowTerminalTests {
  @Test("the other member's answers view shows what was typed within 3 s", arguments: [false, true])
  func followed(_ withoutInotify: Bool) throws {
    let a = try Tmux()
    let b = try Tmux()
    let env = "CASEROOM_SESSIONS=\(a.state.path)/sessions XDG_STATE_HOME=\(a.state.path)"
    try a.start("--group 第一组 --members 李华,王芳 --member 李华", environment: env)
    try b.start(
      "--group 第一组 --member 王芳", environment: env + (withoutInotify ? " CASEROOM_NO_INOTIFY=1" : ""))
    try b.keys("a")
    try b.waitFor("the answers view") { $0.joined().contains("本组答案") }
    try a.keys("a")
    try a.keys("1")
    try a.waitFor("the editor") { $0.joined().contains("字数 0") }
    try a.type("李华写的。")
    // Saved within about a second of the last key; then seen by the other within a second.
    try b.waitFor("李华's five characters counted in the answers view", timeout: 3) {
      $0.joined().contains("5 字")
    }
    try a.keys("Escape")
    try a.waitFor("the answers view") { $0.joined().contains("本组答案") }
    try a.keys("q")
    try a.keys("q")
    try b.keys("q")
    try b.keys("q")
    try a.waitForShell()
    try b.waitForShell()
  }
}
