/// One pass over a stretch of text finding its numbering marks (`一、` `第一节` `问题1：`
/// `（一）` `【…】` `1．` `1)` `①` `- `), each read by a step of its own. Most scalars can
/// start no mark and are passed over at once (`MarkerScanner.mayStart`).
struct MarkerScan {
  let text: [Unicode.Scalar]
  let range: Range<Int>
  var out: [Marker] = []
  var bulletNumber = 0
  var lineIsBullet = false
  var lineHasText = false

  init(_ text: [Unicode.Scalar], _ range: Range<Int>) {
    self.text = text
    self.range = range
  }

  typealias S = MarkerScanner

  func lineStart(_ p: Int) -> Bool { p == range.lowerBound || text[p - 1] == "\n" }

  /// How much a place looks like where headings stand: a line start, after a sentence, or inside one.
  func baseScore(_ p: Int) -> Int {
    if lineStart(p) { return 6 }
    if p > range.lowerBound && S.isSentenceEnd(text[p - 1]) { return 2 }
    return 0
  }

  mutating func run() {
    let mayStart = S.mayStart  // once, not a lazy global's check per scalar
    var i = range.lowerBound
    while i < range.upperBound {
      let c = text[i]
      if c.value < 0x1_0000 && !mayStart[Int(c.value)] {
        if !lineHasText && !isBlank(c) { lineHasText = true }
        i += 1
        continue
      }
      if c == "\n" {
        if lineHasText && !lineIsBullet { bulletNumber = 0 }
        lineIsBullet = false
        lineHasText = false
        i += 1
        continue
      }
      let first = !lineHasText && !isBlank(c)
      if first { lineHasText = true }
      let next =
        (first ? bullet(i) : nil) ?? chineseComma(i) ?? formal(i) ?? ordinal(i) ?? question(i) ?? parenthesised(i)
        ?? bracketed(i)
        ?? arabic(i) ?? circled(i)
      i = next ?? i + 1
    }
  }

  /// `- item` at a line start; bullets in a row are numbered 1, 2, 3 as a list.
  mutating func bullet(_ i: Int) -> Int? {
    guard text[i] == "-" && lineStart(i) && i + 1 < range.upperBound && text[i + 1] == " " else { return nil }
    lineIsBullet = true
    bulletNumber += 1
    out.append(Marker(kind: .bullet, number: bulletNumber, start: i, end: i + 2, score: 6))
    return i + 2
  }

  /// `一、`, not inside a longer numeral or after 第.
  mutating func chineseComma(_ i: Int) -> Int? {
    guard S.isChineseNumeral(text[i]) else { return nil }
    if i > range.lowerBound, S.isChineseNumeral(text[i - 1]) || text[i - 1] == "第" { return nil }
    var j = i
    while j < range.upperBound && j - i < 8 && S.isChineseNumeral(text[j]) { j += 1 }
    guard j < range.upperBound && text[j] == "、", let n = S.chineseValue(text, i..<j) else { return nil }
    out.append(Marker(kind: .chinese, number: n, start: i, end: j + 1, score: baseScore(i)))
    return j + 1
  }

  /// `壹、`, `貳、`, `拾壹、` (financial numerals) or `Ⅰ.`, `Ⅱ、` (Roman numerals), then `、` or a dot.
  mutating func formal(_ i: Int) -> Int? {
    guard S.formalValue(text[i]) != nil else { return nil }
    if i > range.lowerBound, S.formalValue(text[i - 1]) != nil { return nil }
    var j = i
    var n = 0
    while j < range.upperBound && j - i < 3, let v = S.formalValue(text[j]) {
      n = v == 10 && n > 0 ? n * 10 : n + v
      j += 1
    }
    guard j < range.upperBound, "、．.".unicodeScalars.contains(text[j]), n > 0 else { return nil }
    // A dot after a Roman numeral only (`Ⅰ.`); 壹 takes 、 as 一 does.
    if text[j] != "、" && !(0x2160...0x216B).contains(text[i].value) { return nil }
    out.append(Marker(kind: .formal, number: n, start: i, end: j + 1, score: baseScore(i) + 1))
    return j + 1
  }

  /// `第一部分`, `第一章`, `第一节` (or `第1章`); the scan goes on after the 第.
  mutating func ordinal(_ i: Int) -> Int? {
    guard text[i] == "第" else { return nil }
    let end = range.upperBound
    var j = i + 1
    while j < end && j - i < 9 && S.isChineseNumeral(text[j]) { j += 1 }
    var n = j > i + 1 ? S.chineseValue(text, (i + 1)..<j) : nil
    if j == i + 1 {
      while j < end && j - i < 3 && S.isDigit(text[j]) { j += 1 }
      n = j > i + 1 ? S.digitsValue(text[(i + 1)..<j]) : nil
    }
    if let n {
      for (unit, kind) in S.units where text.has(unit, at: j, before: end) {
        // `第一节课` / `第二节课时` is a class period of a plan (a lesson), not a section `第一节`.
        if kind == .jie && j + unit.count < end && text[j + unit.count] == "课" { break }
        out.append(Marker(kind: kind, number: n, start: i, end: j + unit.count, score: baseScore(i) + 2))
        break
      }
    }
    return i + 1
  }

  /// `问题1：`, `思考题1`, `Q1.`, `问题一：`; the scan goes on after the word's first scalar.
  mutating func question(_ i: Int) -> Int? {
    let c = text[i]
    guard c == "问" || c == "思" || c == "讨" || c == "任" || c == "Q" else { return nil }
    let end = range.upperBound
    for word in S.questionWords where text.has(word, at: i, before: end) {
      var j = i + word.count
      while j < end && j - i - word.count < 2 && S.isDigit(text[j]) { j += 1 }
      if j == i + word.count && word[0] != "Q" {
        // 问题一：
        while j < end && j - i - word.count < 3 && S.isChineseNumeral(text[j]) { j += 1 }
        if j > i + word.count && j < end && (text[j] == "：" || text[j] == ":"),
          let n = S.chineseValue(text, (i + word.count)..<j)
        {
          out.append(Marker(kind: .question, number: n, start: i, end: j + 1, score: baseScore(i)))
        }
        break
      }
      guard j > i + word.count, j < end, let n = S.digitsValue(text[(i + word.count)..<j]) else { break }
      let sep = text[j]
      if "：:．、".unicodeScalars.contains(sep) || (sep == "." && j + 1 < end && !S.isDigit(text[j + 1])) {
        out.append(Marker(kind: .question, number: n, start: i, end: j + 1, score: baseScore(i)))
      } else if (sep == " " || sep == "\u{3000}" || sep == "\t") && c != "Q" {
        out.append(Marker(kind: .question, number: n, start: i, end: j, score: baseScore(i)))
      }
      break
    }
    return i + 1
  }

  /// `（一）` `（1）` `(一)` `(1)`.
  mutating func parenthesised(_ i: Int) -> Int? {
    guard text[i] == "（" || text[i] == "(" else { return nil }
    var j = i + 1
    while j < range.upperBound && j - i < 9 && (S.isChineseNumeral(text[j]) || S.isDigit(text[j])) { j += 1 }
    guard j > i + 1 && j < range.upperBound && (text[j] == "）" || text[j] == ")") else { return nil }
    let digits = text[(i + 1)..<j]
    if digits.allSatisfy(S.isDigit) {
      if digits.count <= 2, let n = S.digitsValue(digits) {
        out.append(Marker(kind: .parenArabic, number: n, start: i, end: j + 1, score: baseScore(i)))
      }
    } else if let n = S.chineseValue(text, (i + 1)..<j) {
      out.append(Marker(kind: .parenChinese, number: n, start: i, end: j + 1, score: baseScore(i)))
    }
    return j + 1
  }

  /// `【…】` on one line, up to 16 scalars inside.
  mutating func bracketed(_ i: Int) -> Int? {
    guard text[i] == "【" else { return nil }
    var j = i + 1
    while j < range.upperBound && j - i <= 16 && text[j] != "】" && text[j] != "\n" { j += 1 }
    guard j < range.upperBound && text[j] == "】" && j > i + 1 else { return nil }
    out.append(Marker(kind: .bracket, number: 0, start: i, end: j + 1, score: baseScore(i)))
    return j + 1
  }

  /// `1．` `1.` `1、` `1)` `1）`, not inside a number or a word; the scan goes on after the digits.
  mutating func arabic(_ i: Int) -> Int? {
    guard S.isDigit(text[i]) else { return nil }
    if i > range.lowerBound {
      let p = text[i - 1]
      if S.isDigit(p) || S.isLatin(p) || p == "." || p == "．" || p == "," { return nil }
    }
    let end = range.upperBound
    var j = i
    while j < end && S.isDigit(text[j]) { j += 1 }
    if j - i <= 2 && j < end && (text[j] == ")" || text[j] == "）") && j + 1 < end && !S.isDigit(text[j + 1]),
      let n = S.digitsValue(text[i..<j])
    {
      out.append(Marker(kind: .arabicParen, number: n, start: i, end: j + 1, score: baseScore(i)))
      return j + 1
    }
    if j - i <= 2 && j < end && (text[j] == "．" || text[j] == "." || text[j] == "、") {
      let next: Unicode.Scalar? = j + 1 < end ? text[j + 1] : nil
      // `1.V市…` (Word's list number before a sentence that opens with a letter) is a mark; `1.Net` is a word.
      let ok =
        next.map { !S.isDigit($0) && $0 != "\n" && !(text[j] == "." && S.isLatin($0) && !hanAfterLetters(j + 1)) }
        ?? false
      if ok, let n = S.digitsValue(text[i..<j]) {
        out.append(Marker(kind: .arabic, number: n, start: i, end: j + 1, score: baseScore(i)))
        return j + 1
      }
    }
    return j
  }

  /// Whether the Latin letters from `i` are few (a place's or a person's letter, `V市`, `A公司`) and Chinese follows.
  func hanAfterLetters(_ i: Int) -> Bool {
    var j = i
    while j < range.upperBound && S.isLatin(text[j]) { j += 1 }
    return j - i <= 2 && j < range.upperBound && Scalars.isHan(text[j])
  }

  /// `①`…`⑳`, by value: no Character made per scalar.
  mutating func circled(_ i: Int) -> Int? {
    let v = text[i].value
    guard v >= 0x2460 && v <= 0x2473 else { return nil }
    out.append(Marker(kind: .circled, number: Int(v - 0x2460) + 1, start: i, end: i + 1, score: baseScore(i)))
    return i + 1
  }
}
