import Foundation
import Testing

@testable import CaseroomSession

@Suite("Reading positions without a group")
struct ReadingPositionsTests {
  @Test("positions are saved and read back; a missing file is empty")
  func roundTrip() throws {
    let url = try SessionFixtures.directory().appendingPathComponent("state/reading.json")
    #expect(ReadingPositions.read(url).positions == ReadingPositions())
    var p = ReadingPositions()
    p.cases["c"] = .init(
      section: "s", paragraph: 1, offset: 2, read: ["s"], marks: ["a": .init(section: "s", paragraph: 0, offset: 0)])
    try p.save(url)
    let (again, aside) = ReadingPositions.read(url)
    #expect(again == p && aside == nil)
    #expect(!FileManager.default.fileExists(atPath: url.path + ".bak"))
  }

  @Test("a damaged file is set aside, never overwritten, and said where it went")
  func damaged() throws {
    let url = try SessionFixtures.directory().appendingPathComponent("reading.json")
    try Data("{\"cases\": ".utf8).write(to: url)
    let (p, aside) = ReadingPositions.read(url)
    #expect(p == ReadingPositions())
    #expect(aside?.lastPathComponent.hasPrefix("reading.json.damaged-") == true)
    #expect(try Data(contentsOf: try #require(aside)) == Data("{\"cases\": ".utf8))
    // Damaged again: both copies are kept.
    try Data("[]".utf8).write(to: url)
    let (_, again) = ReadingPositions.read(url)
    #expect(try Data(contentsOf: try #require(again)) == Data("[]".utf8))
    #expect(try Data(contentsOf: try #require(aside)) == Data("{\"cases\": ".utf8))
  }

  @Test("the file is in XDG_STATE_HOME, else ~/.local/state")
  func place() {
    #expect(
      ReadingPositions.defaultURL(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]).path
        == "/s/caseroom/reading.json")
    #expect(ReadingPositions.defaultURL(environment: ["HOME": "/h"]).path == "/h/.local/state/caseroom/reading.json")
  }
}
