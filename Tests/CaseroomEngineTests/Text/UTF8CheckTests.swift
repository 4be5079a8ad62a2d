import CWidth
import CaseroomEngine
import Foundation
import Testing

@Suite("UTF-8 checking, 16 bytes at a time, says what the byte-at-a-time check says")
struct UTF8CheckTests {
  static func simd(_ bytes: [UInt8]) -> Int {
    bytes.withUnsafeBufferPointer { Int(cr_utf8_problem($0.baseAddress!, $0.count)) }
  }
  static func bytewise(_ bytes: [UInt8]) -> Int {
    bytes.withUnsafeBufferPointer { Int(cr_utf8_problem_bytewise($0.baseAddress!, $0.count)) }
  }

  /// Wrong sequences, each in a text of valid Chinese and ASCII.
  static let wrong: [[UInt8]] = [
    [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xC2], [0xE4, 0xB8], [0xE4, 0x28, 0x80], [0xE0, 0x80, 0x80],
    [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF0, 0x80, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF],
    [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xF8], [0xFF], [0x00], [0xE4, 0xB8, 0xAD, 0x80],
    [0xF0, 0x9F, 0x98], [0xC2, 0x80, 0x80],
  ]
  /// Right ones at the edges of what is allowed.
  static let right: [[UInt8]] = [
    [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEE, 0x80, 0x80], [0xEF, 0xBF, 0xBF],
    [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF0, 0x9F, 0x98, 0x80], Array("中文，标点。".utf8), [0x7F],
  ]

  @Test("each wrong sequence is found at its offset, at every place in a 16-byte block and across blocks")
  func wrongAtEveryPlace() {
    let text = Array("案例研讨 case 室。".utf8)
    for bad in Self.wrong {
      for lead in 0..<40 {
        let before = Array((text + text + text).prefix(lead))
        // Cut the text before a whole character, so only `bad` is wrong.
        var start = before
        while !start.isEmpty, Self.bytewise(start) >= 0 { start.removeLast() }
        for tail in [[UInt8](), Array("文字 and more text after it.".utf8)] {
          let bytes = start + bad + tail
          let expected = Self.bytewise(bytes)
          #expect(expected >= 0, "\(bad) after \(start.count) bytes is wrong")
          #expect(Self.simd(bytes) == expected, "\(bad) after \(start.count) bytes, tail \(tail.count)")
        }
      }
    }
  }

  @Test("right sequences at every place are right")
  func rightAtEveryPlace() {
    for good in Self.right {
      for lead in 0..<34 {
        let bytes = Array(repeating: UInt8(ascii: "a"), count: lead) + good + Array("。".utf8)
        #expect(Self.simd(bytes) == -1, "\(good) after \(lead)")
        #expect(Self.bytewise(bytes) == -1, "\(good) after \(lead)")
      }
    }
  }

  @Test("random texts with random damage: both checks agree (20,000 of them)")
  func random() {
    var generator = SystemRandomNumberGenerator()
    let pieces: [[UInt8]] = Self.right + [Array("abc ".utf8), Array("\n".utf8)]
    for _ in 0..<20_000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 0...30, using: &generator) { bytes += pieces.randomElement(using: &generator)! }
      for _ in 0..<Int.random(in: 0...2, using: &generator) where !bytes.isEmpty {
        switch Int.random(in: 0..<3, using: &generator) {
        case 0: bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
        case 1: bytes.removeLast(Int.random(in: 0...min(3, bytes.count), using: &generator))
        default:
          bytes.insert(contentsOf: Self.wrong.randomElement(using: &generator)!, at: Int.random(in: 0...bytes.count))
        }
      }
      #expect(Self.simd(bytes) == Self.bytewise(bytes), "\(bytes)")
    }
  }

  @Test("detaching a file's pages checks them as it copies: a bad byte past the first pieces is found on its line")
  func detachFindsTheLine() throws {
    let line = Array("第一段落的文字，有标点。Some ASCII too.\n".utf8)
    var bytes: [UInt8] = []
    for _ in 0..<4_000 { bytes += line }  // ~200 KB: more than three of the pieces copied at a time
    let good = bytes
    bytes.insert(contentsOf: [0xED, 0xA0, 0x80], at: line.count * 3_000 + 5)
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-utf8-\(UUID().uuidString).txt")
    defer { try? FileManager.default.removeItem(at: url) }
    try Data(bytes).write(to: url)
    let source = try SourceBytes(contentsOf: url.path)
    #expect(source.detach())
    // The file may now change under it: the check is of the copy.
    try Data(good).write(to: url)
    #expect(source.encodingProblem(file: "f")?.line == 3_001)
    try Data(good).write(to: url)
    let clean = try SourceBytes(contentsOf: url.path)
    #expect(clean.detach())
    #expect(clean.encodingProblem(file: "f") == nil)
  }
}
