/// Fast trimming of blanks (space, tab, CR, full-width space, no-break space),
/// without Foundation's `trimmingCharacters`, which is slow on long Chinese lines.
extension Substring {
  /// The text without leading and trailing blanks.
  public func trimmingBlanks() -> String { String(unicodeScalars.trimming(isBlank)) }
}

extension String {
  /// The text without leading and trailing blanks.
  public func trimmingBlanks() -> String { self[...].trimmingBlanks() }
}

@inline(__always)
func isBlank(_ s: Unicode.Scalar) -> Bool {
  s == " " || s == "\t" || s == "\r" || s == "\u{3000}" || s == "\u{A0}"
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

extension String {
  /// UTF-8 offset of the first occurrence of `needle`, comparing bytes
  /// (no Unicode equivalence, no locale); 0 for an empty needle.
  public func utf8Offset(of needle: String) -> Int? {
    var haystack = self
    var needle = needle
    return haystack.withUTF8 { h in
      needle.withUTF8 { n -> Int? in
        guard !n.isEmpty else { return 0 }
        guard n.count <= h.count else { return nil }
        let first = n[0]
        var i = 0
        while i <= h.count - n.count {
          if h[i] == first {
            var j = 1
            while j < n.count && h[i + j] == n[j] { j += 1 }
            if j == n.count { return i }
          }
          i += 1
        }
        return nil
      }
    }
  }
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
