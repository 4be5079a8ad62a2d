import CaseroomEngine
import Foundation
import Testing

@testable import CaseroomClass
@testable import CaseroomSession

/// The attack on the merge (issue 23): duplicate keys, and both sides going on
/// writing into one answer for many rounds.
@Suite("Merge fuzz: duplicate keys keep every item, markers stay balanced and on lines of their own")
struct MergeFuzzTests {
  let t0 = ClassFixtures.t0

  func note(_ quote: String, _ text: String, second: Double = 0) -> Session.Annotation {
    Session.Annotation(
      anchor: Session.Anchor(section: "golden-tax", paragraph: 0, quote: quote), note: text,
      createdAt: t0.addingTimeInterval(second))
  }

  @Test("two notes with the same anchor and second on one side are both kept")
  func duplicateNotes() throws {
    let base = ClassFixtures.session("第一组", ["", "", ""])
    var ours = base
    ours.annotations = [note("金税", "第一条"), note("金税", "第二条")]
    let merged = try SessionMerge.merge(base: base, ours: ours, theirs: base).session
    #expect(merged.annotations.map(\.note) == ["第一条", "第二条"])
    let other = try SessionMerge.merge(base: base, ours: base, theirs: ours).session
    #expect(other.annotations.map(\.note) == ["第一条", "第二条"])
    // The second edited on one side, the first removed on the other: both changes hold.
    var edited = ours
    edited.annotations[1].note = "第二条，改过"
    var removed = ours
    removed.annotations.remove(at: 0)
    let both = try SessionMerge.merge(base: ours, ours: edited, theirs: edited).session
    #expect(both.annotations.map(\.note) == ["第一条", "第二条，改过"])
    let one = try SessionMerge.merge(base: ours, ours: ours, theirs: edited).session
    #expect(one.annotations.map(\.note) == ["第一条", "第二条，改过"])
    _ = removed
  }

  @Test("fuzz: random sessions with duplicate keys never lose an item added on one side")
  func fuzz() throws {
    var rng = SplitMix64(seed: 23)
    for _ in 0..<200 {
      let base = ClassFixtures.session("第一组", ["", "", ""])
      var ours = base
      var theirs = base
      func randomNotes(_ tag: String) -> [Session.Annotation] {
        (0..<Int(rng.next() % 5)).map { i in
          note(["甲", "乙"][Int(rng.next() % 2)], "\(tag)\(i)", second: Double(rng.next() % 2))
        }
      }
      ours.annotations = randomNotes("本")
      theirs.annotations = randomNotes("彼")
      let cite = Session.Citation(anchor: .init(section: "golden-tax", paragraph: 0, quote: "甲"), createdAt: t0)
      ours.answers[0].citations = Array(repeating: cite, count: Int(rng.next() % 3))
      let merged = try SessionMerge.merge(base: base, ours: ours, theirs: theirs).session
      for n in ours.annotations + theirs.annotations {
        // (one note of each side under the same key is one note edited on both: both texts kept, marked)
        #expect(merged.annotations.contains { $0.note.contains(n.note) }, "lost \(n.note)")
      }
      #expect(merged.annotations.count >= max(ours.annotations.count, theirs.annotations.count))
      #expect(merged.answers[0].citations.count == ours.answers[0].citations.count)
    }
  }

  func markerCounts(_ text: String) -> (starts: Int, middles: Int, ends: Int, glued: Int) {
    var c = (0, 0, 0, 0)
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      for (i, m) in [TextMerge.oursMarker, TextMerge.theirsMarker, TextMerge.endMarker].enumerated() {
        let n = line.components(separatedBy: m).count - 1
        if n == 0 { continue }
        if line != m { c.3 += 1 }
        if i == 0 { c.0 += n } else if i == 1 { c.1 += n } else { c.2 += n }
      }
    }
    return c
  }

  @Test("both sides appending to one answer for 10 rounds: markers balanced, each on its own line")
  func appendingRounds() {
    var rng = SplitMix64(seed: 7)
    for trial in 0..<20 {
      var base = "我们认为金税工程最重要。"
      var ours = base
      var theirs = base
      for round in 0..<10 {
        let glue = rng.next() % 3 == 0 ? "" : "\n"
        ours += glue + "本机第\(round)句。"
        theirs += (rng.next() % 2 == 0 ? "" : "\n") + "另一方第\(round)句！"
        if rng.next() % 4 == 0 {
          // Someone types right after a marker on its line.
          ours = ours.replacingOccurrences(of: TextMerge.endMarker + "\n", with: TextMerge.endMarker + "补充\n")
        }
        let merged = TextMerge.merge(base: base, ours: ours, theirs: theirs).text
        let c = markerCounts(merged)
        #expect(c.starts == c.ends && c.middles == c.starts, "trial \(trial) round \(round): \(c)\n\(merged)")
        #expect(c.glued == 0, "trial \(trial) round \(round): a marker shares its line\n\(merged)")
        #expect(merged.contains("本机第\(round)句。") && merged.contains("另一方第\(round)句！"))
        // Both clones take the merge, and go on writing.
        base = merged
        ours = merged
        theirs = merged
      }
    }
  }
}
