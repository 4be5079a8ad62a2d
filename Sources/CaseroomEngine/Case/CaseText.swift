import FoundationEssentials

/// The sections' texts of one case file: where each is in the file's bytes,
/// read into paragraphs (once, under one lock) the first time they are asked
/// for, and — for a case opened from its index — the headings' numbers and
/// titles as one block of UTF-8 of our own (copied: the index file may change
/// under us), made into strings when asked for. Opening a 2,000-section case
/// from its index made 4,000 strings, and the first screen shows 30.
final class CaseText: @unchecked Sendable {
  /// One section: where its text is, and where its number and title are in `headings`.
  struct Entry: Sendable {
    var range: Range<Int>
    var firstLine: Int
    var hasText: Bool
    var numberStart: Int32 = 0
    var titleStart: Int32 = 0
    var titleEnd: Int32 = 0
  }

  let source: SourceBytes
  let entries: [Entry]
  /// The numbers and titles of an index's headings (empty when the sections were given them as strings).
  private let headings: [UInt8]
  private let lock = ThreadLock()
  // Guarded by `lock`.
  private var parsed: [[Paragraph]?]

  init(source: SourceBytes, entries: [Entry], headings: [UInt8] = []) {
    self.source = source
    self.entries = entries
    self.headings = headings
    parsed = Array(repeating: nil, count: entries.count)
  }

  func isLoaded(_ i: Int) -> Bool {
    lock.withLock { parsed[i] != nil }
  }

  func paragraphs(_ i: Int) -> [Paragraph] {
    lock.withLock {
      if let done = parsed[i] { return done }
      let e = entries[i]
      var reader = ParagraphReader(firstLine: e.firstLine)
      if e.hasText { reader.read(source, e.range) }
      let result = reader.finish()
      parsed[i] = result
      return result
    }
  }

  func number(_ i: Int) -> String { string(Int(entries[i].numberStart)..<Int(entries[i].titleStart)) }
  func title(_ i: Int) -> String { string(Int(entries[i].titleStart)..<Int(entries[i].titleEnd)) }

  private func string(_ range: Range<Int>) -> String {
    headings.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
  }
}
