/// Fast trimming of blanks (space, tab, CR, full-width space, no-break space),
/// without Foundation's `trimmingCharacters`, which is slow on long Chinese lines.
extension Substring {
  /// The text without leading and trailing blanks.
  public func trimmingBlanks() -> String {
    let scalars = unicodeScalars
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end && isBlank(scalars[start]) { start = scalars.index(after: start) }
    while end > start {
      let before = scalars.index(before: end)
      if !isBlank(scalars[before]) { break }
      end = before
    }
    return String(scalars[start..<end])
  }
}

extension String {
  /// The text without leading and trailing blanks.
  public func trimmingBlanks() -> String { self[...].trimmingBlanks() }
}

@inline(__always)
func isBlank(_ s: Unicode.Scalar) -> Bool {
  s == " " || s == "\t" || s == "\r" || s == "\u{3000}" || s == "\u{A0}"
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
  public func trimmingWhitespace() -> String {
    String(unicodeScalars.trimming { $0.properties.generalCategory == .spaceSeparator || $0 == "\t" })
  }
}
