import FoundationEssentials
import Glibc

/// The paragraphs of a section: either given, or a range of the case file's
/// bytes read into paragraphs the first time they are asked for.
///
/// Shared between copies of a `Section` (a class), but never changed once
/// read: setting `Section.paragraphs` makes a new body, so sections keep
/// value semantics. The sections of one file share one lock (a lock each
/// was 4,000 more allocations in opening a 2,000-section case); given
/// paragraphs need none.
final class SectionBody: @unchecked Sendable {
  private let lock: ThreadLock?
  // Guarded by `lock` (set once, at init, when there is none).
  private var parsed: [Paragraph]?
  private let source: SourceBytes?
  private let range: Range<Int>
  private let firstLine: Int
  /// Whether there is text, known from the file's index before parsing.
  let hasText: Bool
  /// The heading's number and title while they are bytes of the case's index.
  let heading: HeadingTexts.Heading?

  init(_ paragraphs: [Paragraph]) {
    parsed = paragraphs
    lock = nil
    source = nil
    range = 0..<0
    firstLine = 0
    hasText = !paragraphs.isEmpty
    heading = nil
  }

  /// The bytes `range` of `source`, starting at line `firstLine` of the file,
  /// read under `lock` (the same for all the sections of the file).
  init(
    source: SourceBytes, range: Range<Int>, firstLine: Int, hasText: Bool, lock: ThreadLock,
    heading: HeadingTexts.Heading? = nil
  ) {
    self.lock = lock
    self.source = source
    self.range = range
    self.firstLine = firstLine
    self.hasText = hasText
    self.heading = heading
  }

  var isLoaded: Bool {
    lock?.lock()
    defer { lock?.unlock() }
    return parsed != nil
  }

  var paragraphs: [Paragraph] {
    lock?.lock()
    defer { lock?.unlock() }
    if let parsed { return parsed }
    var reader = ParagraphReader(firstLine: firstLine)
    if let source, hasText { reader.read(source, range) }
    let result = reader.finish()
    parsed = result
    return result
  }
}
