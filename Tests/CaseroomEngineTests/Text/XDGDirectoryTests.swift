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
}
