import Testing

@testable import CaseroomEngine

@Suite("Byte search: UTF-8 offsets, comparing bytes")
struct ByteSearchTests {
  @Test("the first occurrence, as a UTF-8 offset")
  func offsets() {
    #expect("金税工程是核心".utf8Offset(of: "工程") == 6)
    #expect("abcabc".utf8Offset(of: "cab") == 2)
    #expect("金税".utf8Offset(of: "") == 0)
    #expect("金税".utf8Offset(of: "金税工程") == nil)
    #expect("金税".utf8Offset(of: "盾") == nil)
  }

  @Test("bytes, not Unicode equivalence: é composed is not é decomposed")
  func bytesOnly() {
    #expect("caf\u{E9}".utf8Offset(of: "e\u{301}") == nil)
    #expect("cafe\u{301}".utf8Offset(of: "e\u{301}") == 3)
  }
}
