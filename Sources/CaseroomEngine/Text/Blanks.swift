/// Blanks, defined once: space, tab, CR (the end of a line of a CRLF file),
/// the ideographic space U+3000 and the no-break space U+00A0. A line break is
/// not a blank within a line; text that runs over several lines (the
/// importer's) asks `isBlankOrLineBreak`.
@inline(__always)
func isBlank(_ s: Unicode.Scalar) -> Bool {
  s == " " || s == "\t" || s == "\r" || s == "\u{3000}" || s == "\u{A0}"
}

/// A blank, or the line break `\n`.
@inline(__always)
func isBlankOrLineBreak(_ s: Unicode.Scalar) -> Bool { s == "\n" || isBlank(s) }

/// Fast trimming of blanks, without Foundation's `trimmingCharacters`, which
/// is slow on long Chinese lines.
extension Substring {
  /// The text without leading and trailing blanks.
  public func trimmingBlanks() -> String { String(unicodeScalars.trimming(isBlank)) }
}

extension String {
  /// The text without leading and trailing blanks.
  public func trimmingBlanks() -> String { self[...].trimmingBlanks() }
}

/// The same blanks as bytes of UTF-8: where the run of blanks starting at
/// `i` ends (`i` itself when there is none), looking no further than `end`.
func blanksEnd(_ b: UnsafeBufferPointer<UInt8>, from i: Int, to end: Int) -> Int {
  var i = i
  while i < end {
    if b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0D {
      i += 1
    } else if i + 2 < end && b[i] == 0xE3 && b[i + 1] == 0x80 && b[i + 2] == 0x80 {
      i += 3
    } else if i + 1 < end && b[i] == 0xC2 && b[i + 1] == 0xA0 {
      i += 2
    } else {
      break
    }
  }
  return i
}

/// Where the run of blanks ending at `end` starts (`end` itself when there is
/// none), looking no further back than `start`.
func blanksStart(_ b: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
  var i = end
  while i > start {
    if b[i - 1] == 0x20 || b[i - 1] == 0x09 || b[i - 1] == 0x0D {
      i -= 1
    } else if i - 3 >= start && b[i - 3] == 0xE3 && b[i - 2] == 0x80 && b[i - 1] == 0x80 {
      i -= 3
    } else if i - 2 >= start && b[i - 2] == 0xC2 && b[i - 1] == 0xA0 {
      i -= 2
    } else {
      break
    }
  }
  return i
}

extension Substring.UnicodeScalarView {
  /// The scalars without those at either end that match `drop`.
  func trimming(_ drop: (Unicode.Scalar) -> Bool) -> Substring.UnicodeScalarView {
    var start = startIndex
    var end = endIndex
    while start < end && drop(self[start]) { start = index(after: start) }
    while end > start {
      let before = index(before: end)
      if !drop(self[before]) { break }
      end = before
    }
    return self[start..<end]
  }
}

extension String.UnicodeScalarView {
  /// The scalars without those at either end that match `drop`.
  func trimming(_ drop: (Unicode.Scalar) -> Bool) -> Substring.UnicodeScalarView {
    self[...].trimming(drop)
  }
}

extension String {
  /// The text without leading and trailing white space (what Foundation's
  /// `trimmingCharacters(in: .whitespaces)` does, without its cost).
  public func trimmingWhitespace() -> String { String(unicodeScalars.trimming(isWhitespace)) }
}

/// White space as Foundation's `.whitespaces` has it: space separators and tab.
func isWhitespace(_ s: Unicode.Scalar) -> Bool { s.properties.generalCategory == .spaceSeparator || s == "\t" }
