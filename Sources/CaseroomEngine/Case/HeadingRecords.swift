import FoundationEssentials

/// The headings' block of a case index (`CaseIndex`, version 2): for each
/// heading a record of ten little-endian 64-bit numbers — level, line, where
/// its line starts, where its text starts, that line's number, whether it
/// has text, and the byte lengths of its id, number, title and role — then
/// every heading's id, number, title and role, back to back, as UTF-8.
/// Read without splitting lines or parsing numbers: 2,000 headings are
/// 2,000 records and their strings.
enum HeadingRecords {
  static let fields = 10
  static let recordSize = fields * 8

  static func bytes(_ headings: [CaseParser.Heading]) -> Data {
    var records: [UInt8] = []
    var texts: [UInt8] = []
    records.reserveCapacity(headings.count * recordSize)
    for h in headings {
      let parts = [h.id, h.number, h.title, h.role.rawValue]
      let numbers =
        [h.level, h.line, h.lineStart, h.bodyStart, h.bodyLine, h.hasText ? 1 : 0] + parts.map(\.utf8.count)
      for n in numbers { withUnsafeBytes(of: Int64(n).littleEndian) { records += $0 } }
      for p in parts { texts += p.utf8 }
    }
    return Data(records + texts)
  }

  /// `count` headings from `block` (which must hold exactly them), each
  /// where a file of `fileSize` bytes can have it, in order; nil for anything else.
  static func read(_ count: Int, from block: UnsafeRawBufferPointer, fileSize: Int) -> [CaseParser.Heading]? {
    guard count > 0, count <= block.count / recordSize else { return nil }
    var headings: [CaseParser.Heading] = []
    headings.reserveCapacity(count)
    var text = count * recordSize
    var previousEnd = 0
    for k in 0..<count {
      func number(_ j: Int) -> Int {
        Int(Int64(littleEndian: block.loadUnaligned(fromByteOffset: (k * fields + j) * 8, as: Int64.self)))
      }
      let level = number(0)
      let line = number(1)
      let lineStart = number(2)
      let bodyStart = number(3)
      let bodyLine = number(4)
      let hasText = number(5)
      // Each length at least 0 and at most the block, first (so that their sums cannot overflow).
      guard (6..<fields).allSatisfy({ number($0) >= 0 && number($0) <= block.count }) else { return nil }
      let idEnd = text + number(6)
      let numberEnd = idEnd + number(7)
      let titleEnd = numberEnd + number(8)
      let roleEnd = titleEnd + number(9)
      guard roleEnd <= block.count, level >= 1, line >= 0, bodyLine >= 0, previousEnd <= lineStart,
        lineStart < bodyStart, bodyStart <= fileSize,
        hasText == 0 || hasText == 1
      else { return nil }
      let roleBytes = UnsafeRawBufferPointer(rebasing: block[titleEnd..<roleEnd])
      guard let role = CaseIndex.Records.Line.roles.first(where: { $0.name.elementsEqual(roleBytes) })?.role
      else { return nil }
      headings.append(
        CaseParser.Heading(
          id: String(decoding: UnsafeRawBufferPointer(rebasing: block[text..<idEnd]), as: UTF8.self),
          number: String(decoding: UnsafeRawBufferPointer(rebasing: block[idEnd..<numberEnd]), as: UTF8.self),
          title: String(decoding: UnsafeRawBufferPointer(rebasing: block[numberEnd..<titleEnd]), as: UTF8.self),
          level: level, role: role, line: line, lineStart: lineStart, bodyStart: bodyStart, bodyLine: bodyLine,
          hasText: hasText == 1))
      previousEnd = bodyStart
      text = roleEnd
    }
    return text == block.count ? headings : nil
  }
}
