import Foundation
import Testing

@testable import CaseroomEngine

@Suite("XDG base directories")
struct XDGDirectoryTests {
  @Test("the variable when it is an absolute path, else the default under HOME")
  func places() {
    let env = ["XDG_DATA_HOME": "/d", "XDG_STATE_HOME": "relative", "HOME": "/h"]
    #expect(XDGDirectory.data.url("caseroom/sessions", environment: env).path == "/d/caseroom/sessions")
    #expect(
      XDGDirectory.state.url("caseroom/reading.json", environment: env).path == "/h/.local/state/caseroom/reading.json")
    #expect(XDGDirectory.cache.url("caseroom/index", environment: env).path == "/h/.cache/caseroom/index")
    #expect(XDGDirectory.data.url("x", environment: ["HOME": "/h"]).path == "/h/.local/share/x")
  }

  @Test(
    "a folder given with a trailing slash, or HOME as /: one slash between the parts, the same URL as appending them")
  func slashes() {
    let env = ["XDG_CACHE_HOME": "/c//", "HOME": "/"]
    let cache = XDGDirectory.cache.url("caseroom/index", environment: env)
    #expect(cache.path == "/c/caseroom/index")
    #expect(cache == URL(fileURLWithPath: "/c").appendingPathComponent("caseroom/index"))
    let state = XDGDirectory.state.url("caseroom/reading.json", environment: env)
    #expect(state.path == "/.local/state/caseroom/reading.json")
    #expect(state.absoluteString == "file:///.local/state/caseroom/reading.json")
  }
}
