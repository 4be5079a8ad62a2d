import Foundation
import Testing

@testable import CaseroomEngine

@Suite("JSON coding: one set-up for every file and output")
struct JSONCodingTests {
  struct Sample: Codable, Equatable {
    var zeta: String
    var alpha: Date
  }

  static let sample = Sample(zeta: "a/b 金", alpha: Date(timeIntervalSince1970: 1_800_000_000))

  @Test("readable: pretty-printed, keys sorted, slashes kept, ISO-8601 dates")
  func readable() throws {
    #expect(
      try JSONCoding.text(Self.sample) == """
        {
          "alpha" : "2027-01-15T08:00:00Z",
          "zeta" : "a/b 金"
        }
        """)
    #expect(
      String(decoding: try JSONCoding.encoder().encode(Self.sample), as: UTF8.self)
        == (try JSONCoding.text(Self.sample)))
  }

  @Test("compact: the same JSON on one line; the decoder reads both back")
  func compact() throws {
    let data = try JSONCoding.encoder(.compact).encode(Self.sample)
    #expect(String(decoding: data, as: UTF8.self) == #"{"alpha":"2027-01-15T08:00:00Z","zeta":"a/b 金"}"#)
    #expect(try JSONCoding.decoder().decode(Sample.self, from: data) == Self.sample)
    #expect(try JSONCoding.decoder().decode(Sample.self, from: JSONCoding.encoder().encode(Self.sample)) == Self.sample)
  }
}
