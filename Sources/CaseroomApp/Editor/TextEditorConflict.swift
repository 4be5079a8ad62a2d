import CaseroomEngine
import FoundationEssentials

extension TextEditor {
  /// Keeps the version of a merge's conflict that the cursor is in (the
  /// other versions and the marker lines go, `ConflictMarkers`), as one
  /// undoable edit; the cursor goes to the start of what is kept. Returns
  /// who wrote the kept version, or nil (nothing changed) outside a conflict.
  mutating func keepConflictVersion(now: Date) -> String? {
    let whole = text
    guard let kept = ConflictMarkers.keep(at: byteOffset(of: cursor), in: whole) else { return nil }
    guard replace(textStartCursor, textEndCursor, with: kept.text, kind: .other, now: now) else { return nil }
    cursor = position(ofByte: kept.range.lowerBound)
    return kept.label
  }

  /// A place's UTF-8 offset in the whole text (paragraphs joined by line breaks).
  func byteOffset(of c: Cursor) -> Int {
    paragraphs.prefix(c.paragraph).reduce(c.offset) { $0 + $1.utf8.count + 1 }
  }

  /// The cursor at a UTF-8 offset of the whole text.
  func position(ofByte offset: Int) -> Cursor {
    var left = offset
    for (i, p) in paragraphs.enumerated() {
      if left <= p.utf8.count { return Cursor(i, left) }
      left -= p.utf8.count + 1
    }
    return textEndCursor
  }
}
