/// The numbers and titles of a case's headings as its index keeps them: one
/// block of UTF-8 of our own (copied from the index file, which may change
/// under us), each heading's two strings made only when asked for. Opening a
/// 2,000-section case made 4,000 strings, and the first screen shows 30.
final class HeadingTexts: Sendable {
  let bytes: [UInt8]

  init(_ bytes: UnsafeRawBufferPointer) { self.bytes = Array(bytes) }

  /// One heading's number and title: where they are in the block.
  struct Heading: Sendable {
    let texts: HeadingTexts
    let numberStart: Int32
    let titleStart: Int32
    let titleEnd: Int32

    var number: String { texts.string(Int(numberStart)..<Int(titleStart)) }
    var title: String { texts.string(Int(titleStart)..<Int(titleEnd)) }
  }

  func string(_ range: Range<Int>) -> String {
    bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
  }
}
