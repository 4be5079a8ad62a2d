/// Character classes and helpers the importer uses on text as an array of scalars.
enum Scalars {
  static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

  static func isLatin(_ s: Unicode.Scalar) -> Bool {
    (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A)
  }

  /// Where the Chinese of a bilingual title starts after an English name before it
  /// (`Teaching Objectives 教学目标`): the first Chinese character after a run of Latin
  /// words (letters, blanks, `&`, `-`, `/`, `'`, `:`), or nil when the text does not start so.
  static func afterLatinName<C: RandomAccessCollection>(_ s: C) -> C.Index? where C.Element == Unicode.Scalar {
    var i = s.startIndex
    var letters = 0
    while i != s.endIndex {
      let c = s[i]
      if isLatin(c) {
        letters += 1
      } else if isHan(c) {
        return letters >= 2 ? i : nil
      } else if !(isBlank(c) || "&-/':：’".unicodeScalars.contains(c)) {
        return nil
      }
      i = s.index(after: i)
    }
    return nil
  }

  /// A Chinese character (CJK unified ideographs and their extensions, compatibility ideographs).
  static func isHan(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x20000...0x323AF).contains(v)
      || (0xF900...0xFAFF).contains(v)
  }

  /// Marks that end a sentence (a line ending in one is not cut mid-sentence).
  static func endsSentence(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "。", "！", "？", "；", "：", "!", "?", ";", ":", "…", "”", "’", "」", "』", "）", ")", "．": true
    default: false
    }
  }

  /// Marks that end a sentence proper (not a clause): 。！？ and their ASCII forms.
  static func isFullStop(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "。", "！", "？", "!", "?", "…": true
    default: false
    }
  }

  /// Punctuation a heading title does not contain.
  static func isClausePunctuation(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "。", "，", "；", "！", "？", "、", "：", ",", ";", "!", "?", ":": true
    default: false
    }
  }

  static func isOpening(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "“", "‘", "《", "（", "(", "【", "「", "『", "\"", "〈": true
    default: false
    }
  }

  static func isClosing(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "”", "’", "》", "）", ")", "】", "」", "』", "\"", "〉": true
    default: false
    }
  }

  /// Columns a scalar takes in a terminal (as the layout measures; controls count 1).
  static func columns(_ s: Unicode.Scalar) -> Int {
    if s.value < 0x7F { return 1 }
    return max(1, TerminalWidth.wcwidth(s))
  }
}

extension Array where Element == Unicode.Scalar {
  /// The text of `self[r]`, encoded to UTF-8 straight into the string's storage (the standard
  /// library's `append(contentsOf:)` goes scalar by scalar through UTF-32: most of an import's time).
  func string(_ r: Range<Int>) -> String {
    guard !r.isEmpty else { return "" }
    var bytes = 0
    for i in r {
      let v = self[i].value
      bytes += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x1_0000 ? 3 : 4
    }
    return withUnsafeBufferPointer { scalars in
      String(unsafeUninitializedCapacity: bytes) { out in
        var k = 0
        for i in r {
          let v = scalars[i].value
          if v < 0x80 {
            out[k] = UInt8(v)
            k += 1
          } else if v < 0x800 {
            out[k] = UInt8(0xC0 | v >> 6)
            out[k + 1] = UInt8(0x80 | v & 0x3F)
            k += 2
          } else if v < 0x1_0000 {
            out[k] = UInt8(0xE0 | v >> 12)
            out[k + 1] = UInt8(0x80 | v >> 6 & 0x3F)
            out[k + 2] = UInt8(0x80 | v & 0x3F)
            k += 3
          } else {
            out[k] = UInt8(0xF0 | v >> 18)
            out[k + 1] = UInt8(0x80 | v >> 12 & 0x3F)
            out[k + 2] = UInt8(0x80 | v >> 6 & 0x3F)
            out[k + 3] = UInt8(0x80 | v & 0x3F)
            k += 4
          }
        }
        return k
      }
    }
  }

  /// The range without blanks and line breaks at its ends.
  func trimmed(_ r: Range<Int>) -> Range<Int> {
    var a = r.lowerBound
    var b = r.upperBound
    while a < b && isBlankOrLineBreak(self[a]) { a += 1 }
    while b > a && isBlankOrLineBreak(self[b - 1]) { b -= 1 }
    return a..<b
  }

  /// Whether the scalars at `i` are `word`.
  func has(_ word: [Unicode.Scalar], at i: Int, before end: Int? = nil) -> Bool {
    let limit = Swift.min(end ?? count, count)
    guard i >= 0, i + word.count <= limit else { return false }
    for k in 0..<word.count where self[i + k] != word[k] { return false }
    return true
  }

  /// Whether `word` (a role's or a part's name, simplified) is at `i`, read through the traditional → simplified
  /// mapping of the names' characters (`教學目標` is `教学目标`).
  func hasName(_ word: [Unicode.Scalar], at i: Int, before end: Int? = nil) -> Bool {
    let limit = Swift.min(end ?? count, count)
    guard i >= 0, i + word.count <= limit else { return false }
    for k in 0..<word.count where self[i + k] != word[k] && ImportRoles.simplifiedForm(self[i + k]) != word[k] {
      return false
    }
    return true
  }

  /// Where the line holding `i` ends (the `\n`, or `end`).
  func lineEnd(from i: Int, before end: Int) -> Int {
    var j = i
    while j < end && self[j] != "\n" { j += 1 }
    return j
  }
}
