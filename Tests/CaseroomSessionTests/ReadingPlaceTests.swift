import Foundation
import Testing

@testable import CaseroomSession

@Suite("Reading places: a session's anchors as the reader's places")
struct ReadingPlaceTests {
  @Test("a session's reading becomes a place, and a place goes back into the session")
  func roundTrip() {
    var s = SessionFixtures.session()
    #expect(s.place == .init(section: "", paragraph: 0, offset: 0, read: [], marks: [:]), "not started yet")
    s.position = .init(section: "golden-tax", paragraph: 2, offset: 15)
    s.marks = [
      "a": .init(section: "golden-shield", paragraph: 1), "b": .init(section: "intro", paragraph: 0, offset: 6),
    ]
    s.reading = ["golden-tax": .init(seconds: 40, finished: true), "golden-shield": .init(seconds: 3, finished: false)]
    let place = s.place
    #expect(
      place
        == .init(
          section: "golden-tax", paragraph: 2, offset: 15, read: ["golden-tax"],
          marks: [
            "a": .init(section: "golden-shield", paragraph: 1, offset: 0),
            "b": .init(section: "intro", paragraph: 0, offset: 6),
          ]))
    var t = SessionFixtures.session()
    t.reading = ["golden-macro": .init(seconds: 9, finished: true)]
    t.remember(place)
    #expect(t.position == .init(section: "golden-tax", paragraph: 2, offset: 15))
    #expect(t.marks["a"] == .init(section: "golden-shield", paragraph: 1, offset: 0))
    #expect(t.marks["b"] == s.marks["b"])
    #expect(t.reading["golden-tax"] == .init(seconds: 0, finished: true))
    #expect(t.reading["golden-macro"] == .init(seconds: 9, finished: true), "sections read stay read")
  }
}
