/// The character classes caseroom used from Foundation's `CharacterSet`, by
/// Unicode general category, without Foundation (whose `CharacterSet` brings
/// ICU into the binary). Each matches the `CharacterSet` of the same name.
extension Unicode.Scalar {
  /// Letters and marks (L*, M*): `CharacterSet.letters`.
  public var isLetter: Bool {
    switch properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .nonspacingMark, .spacingMark, .enclosingMark:
      return true
    default: return false
    }
  }

  /// Decimal digits of any script (Nd): `CharacterSet.decimalDigits`.
  public var isDecimalDigit: Bool { properties.generalCategory == .decimalNumber }

  /// Letters, marks and numbers (L*, M*, N*): `CharacterSet.alphanumerics`.
  public var isAlphanumeric: Bool {
    switch properties.generalCategory {
    case .decimalNumber, .letterNumber, .otherNumber: return true
    default: return isLetter
    }
  }

  /// Line breaks (U+000A–U+000D, U+0085, U+2028, U+2029): `CharacterSet.newlines`.
  public var isLineBreak: Bool {
    (0x0A...0x0D).contains(value) || value == 0x85 || value == 0x2028 || value == 0x2029
  }

  /// Spaces within a line (Zs and tab): `CharacterSet.whitespaces`.
  public var isSpace: Bool { value == 0x09 || properties.generalCategory == .spaceSeparator }

  /// Spaces and line breaks: `CharacterSet.whitespacesAndNewlines`.
  public var isSpaceOrLineBreak: Bool {
    isSpace || isLineBreak || properties.generalCategory == .lineSeparator
      || properties.generalCategory == .paragraphSeparator
  }
}

extension StringProtocol {
  /// The text without spaces and line breaks at either end
  /// (`trimmingCharacters(in: .whitespacesAndNewlines)`).
  public func trimmingSpacesAndLineBreaks() -> String { trimmingScalars(\.isSpaceOrLineBreak) }

  /// The text without spaces and tabs at either end (`trimmingCharacters(in: .whitespaces)`).
  public func trimmingSpaces() -> String { trimmingScalars(\.isSpace) }

  /// The text without line breaks at either end (`trimmingCharacters(in: .newlines)`).
  public func trimmingLineBreaks() -> String { trimmingScalars(\.isLineBreak) }

  /// The text without the scalars at either end that match `drop`.
  public func trimmingScalars(_ drop: (Unicode.Scalar) -> Bool) -> String {
    let scalars = unicodeScalars
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end && drop(scalars[start]) { start = scalars.index(after: start) }
    while end > start {
      let before = scalars.index(before: end)
      if !drop(scalars[before]) { break }
      end = before
    }
    if start == scalars.startIndex && end == scalars.endIndex { return String(self) }
    // Sliced as UTF-8 (a copy of bytes), not rebuilt scalar by scalar.
    return String(self[start..<end])
  }
}

extension String {
  /// Every occurrence of `target` replaced, compared scalar by scalar like
  /// Foundation's `replacingOccurrences(of:with:)` (the standard library's
  /// `replacing` compares whole characters: it finds no `\n` in `\r\n`).
  public func replacingEvery(_ target: String, with replacement: String) -> String {
    let t = Array(target.unicodeScalars)
    guard let first = t.first else { return self }
    var out = String.UnicodeScalarView()
    let scalars = Array(unicodeScalars)
    var i = 0
    while i < scalars.count {
      if scalars[i] == first && i + t.count <= scalars.count && scalars[i..<i + t.count].elementsEqual(t) {
        out.append(contentsOf: replacement.unicodeScalars)
        i += t.count
      } else {
        out.append(scalars[i])
        i += 1
      }
    }
    return String(out)
  }

  /// The range of the first occurrence of `target`, compared scalar by scalar
  /// (Foundation's `range(of:)`).
  public func rangeOfText(_ target: String) -> Range<String.Index>? {
    let scalars = unicodeScalars
    let t = Array(target.unicodeScalars)
    guard let first = t.first else { return nil }
    var i = scalars.startIndex
    while i < scalars.endIndex {
      if scalars[i] == first {
        var j = i
        var k = 0
        while k < t.count && j < scalars.endIndex && scalars[j] == t[k] {
          j = scalars.index(after: j)
          k += 1
        }
        if k == t.count { return i..<j }
      }
      i = scalars.index(after: i)
    }
    return nil
  }
}
