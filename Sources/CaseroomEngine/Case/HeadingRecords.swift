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

  /// The sections of `count` headings from `block` (which must hold exactly
  /// them), each where `source` can have it, in order, and the first, the
  /// last and 6 between still headings in `source` (each looked at is a page
  /// of the file to map: 32 of them were a tenth of a millisecond, all 2,000
  /// would touch as many pages as scanning it; the index's stamp of the
  /// file does the rest); nil for anything else. Made straight from the
  /// records, with no list of headings between: their numbers, titles and
  /// text stay bytes until asked for (`CaseText`).
  static func sections(_ count: Int, from block: UnsafeRawBufferPointer, source: SourceBytes) -> [Section]? {
    // The headings' texts are found by 32-bit offsets (`CaseText.Entry`): an index too big for them is foreign.
    guard count > 0, count <= block.count / recordSize, block.count < Int(Int32.max) else { return nil }
    let bytes = source.bytes
    let fileSize = bytes.count
    func number(_ k: Int, _ j: Int) -> Int {
      Int(Int64(littleEndian: block.loadUnaligned(fromByteOffset: (k * fields + j) * 8, as: Int64.self)))
    }
    func role(_ range: Range<Int>) -> Role? {
      let name = UnsafeRawBufferPointer(rebasing: block[range])
      return CaseIndex.Records.Line.roles.first(where: { $0.name.elementsEqual(name) })?.role
    }
    // First every record checked, and where each section's text, number and title are.
    let base = count * recordSize
    var entries: [CaseText.Entry] = []
    entries.reserveCapacity(count)
    let step = max(1, count / 7)
    var text = base
    var previousEnd = 0
    for k in 0..<count {
      let (level, line, lineStart, bodyStart) = (number(k, 0), number(k, 1), number(k, 2), number(k, 3))
      let (bodyLine, hasText) = (number(k, 4), number(k, 5))
      // Each length at least 0 and at most the block, first (so that their sums cannot overflow).
      guard (6..<fields).allSatisfy({ number(k, $0) >= 0 && number(k, $0) <= block.count }) else { return nil }
      let idEnd = text + number(k, 6)
      let numberEnd = idEnd + number(k, 7)
      let titleEnd = numberEnd + number(k, 8)
      let roleEnd = titleEnd + number(k, 9)
      guard roleEnd <= block.count, level >= 1, line >= 0, bodyLine >= 0, previousEnd <= lineStart,
        lineStart < bodyStart, bodyStart <= fileSize, hasText == 0 || hasText == 1, role(titleEnd..<roleEnd) != nil
      else { return nil }
      if k % step == 0 || k == count - 1 {
        guard CaseIndex.isHeading(bytes, at: lineStart) else { return nil }
      }
      // The text runs to the start of the next heading's line (checked against this one's on the next turn).
      let end = k + 1 < count ? min(max(bodyStart, number(k + 1, 2)), fileSize) : fileSize
      entries.append(
        CaseText.Entry(
          range: bodyStart..<end, firstLine: bodyLine, hasText: hasText == 1, numberStart: Int32(idEnd - base),
          titleStart: Int32(numberEnd - base), titleEnd: Int32(titleEnd - base)))
      previousEnd = bodyStart
      text = roleEnd
    }
    guard text == block.count else { return nil }
    // Then the sections, from records known to be good.
    let caseText = CaseText(
      source: source, entries: entries, headings: Array(UnsafeRawBufferPointer(rebasing: block[base...])))
    var sections: [Section] = []
    sections.reserveCapacity(count)
    var idStart = base
    for k in 0..<count {
      let idEnd = idStart + number(k, 6)
      let roleStart = idEnd + number(k, 7) + number(k, 8)
      sections.append(
        Section(
          id: String(decoding: UnsafeRawBufferPointer(rebasing: block[idStart..<idEnd]), as: UTF8.self),
          number: nil, title: nil, level: number(k, 0), role: role(roleStart..<roleStart + number(k, 9)) ?? .content,
          body: .file(caseText, k), line: number(k, 1)))
      idStart = roleStart + number(k, 9)
    }
    return sections
  }
}
