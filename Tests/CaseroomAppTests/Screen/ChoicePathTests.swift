import Foundation
import Testing

@testable import CaseroomApp

@Suite("A path on a choice page: whole on its own line when it fits, else cut after a /")
struct ChoicePathTests {
  @Test("a path that fits is one line; a longer one is cut after its slashes, never leaving the first / alone")
  func cutAtSlashes() {
    let path = "/tmp/caseroom-test/drafts/丁组-0123456789abcdef.draft.json"
    #expect(ChoiceScreen.cut(path, width: 80) == [path])
    let lines = ChoiceScreen.cut(path, width: 20)
    #expect(lines.joined() == path)
    #expect(Array(lines.prefix(2)) == ["/tmp/caseroom-test/", "drafts/"], "cut after a /: \(lines)")
    #expect(!lines.contains("/"))
    // A name longer than a line is cut between characters.
    #expect(ChoiceScreen.cut("/abcdefghij", width: 4) == ["/abc", "defg", "hij"])
  }

  @Test("the draft offer keeps its path whole on a line of its own (40 columns)")
  func offerAtForty() {
    let path = "/tmp/cr/drafts/丁组-01234567.json"
    var c = ChoiceScreen(
      title: "草稿", text: [Say.typedBeforeCrashText("12-06 14:00"), path, Say.draftRestoreExplained],
      choices: [.init(key: "r", label: Say.restoreDraft, then: .stay)])
    c.paths = [1]
    c.rows = 24
    c.cols = 40
    let lines = c.render().lines.map { $0.trimmingCharacters(in: .whitespaces) }
    #expect(lines.contains(path), "\(lines)")
  }

  @Test("a page whose text does not fit (40×12) ends its last shown line in …, never cut silently")
  func crowdedEndsInEllipsis() {
    let path = "/tmp/caseroom-test/state/caseroom/drafts/twelve-golden-projects--甲组-0123456789.draft.json"
    var c = ChoiceScreen(
      title: "草稿",
      text: [Say.typedBeforeCrashText("12-06 14:00"), path, Say.draftRestoreExplained, Say.draftRestoreExplained],
      choices: [.init(key: "r", label: Say.restoreDraft, then: .stay)])
    c.paths = [1]
    c.rows = 12
    c.cols = 40
    let lines = c.render().lines
    #expect(lines[10].trimmingCharacters(in: .whitespaces).hasSuffix("…"), "\(lines)")
  }
}
