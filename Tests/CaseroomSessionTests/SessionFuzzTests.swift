import CaseroomEngine
import Foundation
import Testing

@testable import CaseroomSession

/// Random and mutated session files: decoding and opening never crash or
/// hang, and a file that is not opened as a session is never written.
@Suite("Session files under fuzzing")
struct SessionFuzzTests {
  static let count = 10_000
  static let seed: UInt64 = 0x5E55_1014

  /// Real session files to mutate: a full one, a new one, one with every field.
  static let seeds: [Data] = {
    var rich = SessionFixtures.session()
    rich.marks = ["a": .init(section: "golden-tax", paragraph: 1, offset: 12)]
    rich.position = .init(section: "golden-card", paragraph: 0, offset: 30)
    rich.reading = ["golden-macro": .init(seconds: 95.5, finished: true), "golden-tax": .init(seconds: 3)]
    rich.revision = 42
    rich.answers[2].text = "第一段\n第二段，含“引号”和 CTAIS。"
    return [
      try! SessionFixtures.session().json(),
      try! Session(case: SessionFixtures.bundled, group: .init(name: "新")).json(),
      try! rich.json(),
    ]
  }()

  /// One mutated input.
  static func mutate(_ seed: Data, _ rng: inout SplitMix64) -> Data {
    var b = [UInt8](seed)
    func at() -> Int { b.isEmpty ? 0 : Int.random(in: 0...b.count, using: &rng) }
    func range() -> Range<Int> {
      let i = at()
      return i..<min(b.count, i + Int.random(in: 0...64, using: &rng))
    }
    let steps = Int.random(in: 1...3, using: &rng)
    for _ in 0..<steps {
      switch Int.random(in: 0..<14, using: &rng) {
      case 0: b = Array(b.prefix(at()))  // truncated
      case 1:  // bytes flipped
        for _ in 0..<Int.random(in: 1...8, using: &rng) where !b.isEmpty {
          b[Int.random(in: 0..<b.count, using: &rng)] ^= UInt8(1 << Int.random(in: 0..<8, using: &rng))
        }
      case 2:  // control characters, raw, inside or outside strings
        let controls: [[UInt8]] = [
          [0x00], [0x1B, 0x5B, 0x33, 0x31, 0x6D], [0x07], [0x7F], [0xC2, 0x9B], [0xE2, 0x80, 0xAE], [0x0D], [0x08],
        ]
        b.insert(contentsOf: controls.randomElement(using: &rng)!, at: at())
      case 3:  // a number made huge, negative, fractional or not a number
        let numbers = [
          "1e999", "-1e999", "99999999999999999999999999999", "-9223372036854775809", "1.5", "-0", "NaN", "0x10",
          "1" + String(repeating: "0", count: 5000),
        ]
        let text = String(decoding: b, as: UTF8.self)
        if let r = text.range(of: #"(?<=: )-?[0-9][0-9.eE+-]*"#, options: .regularExpression) {
          var t = text
          t.replaceSubrange(r, with: numbers.randomElement(using: &rng)!)
          b = Array(t.utf8)
        }
      case 4:  // deep nesting
        let depth = [10, 100, 1000, 10_000, 100_000].randomElement(using: &rng)!
        let open = Bool.random(using: &rng) ? "[" : "{\"a\":"
        let close = open == "[" ? "]" : "}"
        var nest = String(repeating: open, count: depth)
        if Bool.random(using: &rng) { nest += "1" + String(repeating: close, count: depth) }
        b.insert(contentsOf: Array(nest.utf8), at: at())
      case 5:  // a value of the wrong type
        let values = ["null", "[]", "{}", "\"x\"", "1", "true", "[[]]", "{\"x\":{}}", "\"2026-13-45T99:99:99Z\""]
        let text = String(decoding: b, as: UTF8.self)
        let matches = text.ranges(of: #"(?<=" : )("[^"]*"|[0-9.]+|true|false|null|\[|\{)"#)
        if let r = matches.randomElement(using: &rng) {
          var t = text
          t.replaceSubrange(r, with: values.randomElement(using: &rng)!)
          b = Array(t.utf8)
        }
      case 6: b.removeSubrange(range())  // a piece cut out
      case 7:  // a piece repeated
        let r = range()
        b.insert(contentsOf: b[r], at: at())
      case 8:  // bytes that are not UTF-8
        let bad: [[UInt8]] = [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]]
        b.insert(contentsOf: bad.randomElement(using: &rng)!, at: at())
      case 9: b = [0xEF, 0xBB, 0xBF] + b  // a byte-order mark
      case 10:  // a huge string
        let text = String(decoding: b, as: UTF8.self)
        if let r = text.range(of: #"(?<="text" : ")[^"]*"#, options: .regularExpression) {
          var t = text
          t.replaceSubrange(r, with: String(repeating: "长", count: Int.random(in: 1000...200_000, using: &rng)))
          b = Array(t.utf8)
        }
      case 11:  // a key renamed or duplicated
        let text = String(decoding: b, as: UTF8.self)
        let keys = ["\"schema\"", "\"caseId\"", "\"group\"", "\"answers\"", "\"revision\"", "\"name\""]
        let k = keys.randomElement(using: &rng)!
        b = Array(
          (Bool.random(using: &rng)
            ? text.replacingOccurrences(of: k, with: "\"x\"")
            : text.replacingOccurrences(of: k + " : ", with: k + " : 1, " + k + " : ")).utf8)
      case 12:  // random bytes
        b = (0..<Int.random(in: 0...512, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
      default:  // random JSON-ish characters
        let alphabet = Array("{}[]\":,0123456789.eE-+ \n\\utrfalsn".utf8)
        b.insert(
          contentsOf: (0..<Int.random(in: 1...32, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! },
          at: at())
      }
    }
    return Data(b)
  }

  /// A folder on tmpfs when there is one (fsync is free there), else the temporary directory.
  static func directory() throws -> URL {
    let shm = URL(fileURLWithPath: "/dev/shm")
    let base = access(shm.path, W_OK) == 0 ? shm : FileManager.default.temporaryDirectory
    let dir = base.appendingPathComponent("caseroom-fuzz-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  @Test("10,000 mutated session files: decoding and opening never crash or hang; a file not opened is never written")
  func fuzz() throws {
    let c = SessionFixtures.bundled
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let store = SessionStore(directory: dir)
    let opener = SessionOpener(store: store)
    let url = store.url(caseId: c.id, group: "第一组")
    var rng = SplitMix64(seed: Self.seed)
    var opened = 0
    var refused = 0
    var slowest: (TimeInterval, Int) = (0, 0)
    let started = Date()
    for i in 0..<Self.count {
      let input = Self.mutate(Self.seeds[i % Self.seeds.count], &rng)
      let t0 = Date()
      _ = try? Session.decode(input, file: "fuzz-\(i).session.json")
      try input.write(to: url)
      do {
        let o = try opener.open(group: "第一组", members: [], of: c)
        opened += 1
        o.close()
      } catch is SessionOpener.Failure {
        refused += 1
      } catch let e as SessionError {
        refused += 1
        #expect(e.kind != .locked, "input \(i): \(e)")
      }
      let took = Date().timeIntervalSince(t0)
      if took > slowest.0 { slowest = (took, i) }
      #expect(try Data(contentsOf: url) == input, "input \(i): the file was changed")
      let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0 != url.lastPathComponent }
      // A mutated name may open as another group (saved beside, under the next name): clear it.
      for name in left {
        #expect(!name.hasSuffix(".lock") && !name.contains(".damaged-"), "input \(i): left \(name)")
        try FileManager.default.removeItem(at: dir.appendingPathComponent(name))
      }
    }
    let total = Date().timeIntervalSince(started)
    #expect(opened + refused == Self.count)
    #expect(refused > Self.count / 2, "the mutations damage most files: \(refused) refused")
    #expect(opened > 100, "some mutations leave a valid session: \(opened) opened")
    #expect(slowest.0 < 2, "input \(slowest.1) took \(slowest.0) s")
    #expect(total < 180, "\(total) s: a hang, not a slow machine (about 80 s on two busy cores)")
  }
}
