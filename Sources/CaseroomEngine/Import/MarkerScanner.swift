/// Finds markers in an array of scalars.
enum MarkerScanner {
  static func isChineseNumeral(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "零", "〇", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千": return true
    default: return false
    }
  }

  static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

  static func isSentenceEnd(_ s: Unicode.Scalar) -> Bool {
    "。！？；：:;!?”’）)…".unicodeScalars.contains(s)
  }

  static func chineseValue(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
    HeadingNumber.value(ofChinese: text[range])
  }

  /// The value of the ASCII digits `text[range]` (at most a few), without making a string.
  static func digitsValue(_ text: some Collection<Unicode.Scalar>) -> Int? {
    guard !text.isEmpty, text.count <= 9 else { return nil }
    var n = 0
    for s in text {
      guard isDigit(s) else { return nil }
      n = n * 10 + Int(s.value - 0x30)
    }
    return n
  }

  /// All markers in `text[range]`.
  static func scan(_ text: [Unicode.Scalar], _ range: Range<Int>) -> [Marker] {
    var out: [Marker] = []
    var i = range.lowerBound
    let end = range.upperBound
    func lineStart(_ p: Int) -> Bool { p == range.lowerBound || text[p - 1] == "\n" }
    func baseScore(_ p: Int) -> Int {
      if lineStart(p) { return 6 }
      if p > range.lowerBound && isSentenceEnd(text[p - 1]) { return 2 }
      return 0
    }
    var bulletNumber = 0
    var lineIsBullet = false
    var lineHasText = false
    while i < end {
      let c = text[i]
      // Most scalars (the text itself) can start no mark: passed over at once.
      if c.value < 0x1_0000 && !mayStart[Int(c.value)] {
        if !lineHasText && !isBlank(c) { lineHasText = true }
        i += 1
        continue
      }
      let prev: Unicode.Scalar? = i > range.lowerBound ? text[i - 1] : nil
      if c == "\n" {
        if lineHasText && !lineIsBullet { bulletNumber = 0 }
        lineIsBullet = false
        lineHasText = false
        i += 1
        continue
      }
      if !lineHasText && !isBlank(c) {
        lineHasText = true
        // - item
        if c == "-" && lineStart(i) && i + 1 < end && text[i + 1] == " " {
          lineIsBullet = true
          bulletNumber += 1
          out.append(Marker(kind: .bullet, number: bulletNumber, start: i, end: i + 2, score: 6))
          i += 2
          continue
        }
      }
      // 一、
      if isChineseNumeral(c), prev.map({ !isChineseNumeral($0) && $0 != "第" }) ?? true {
        var j = i
        while j < end && j - i < 8 && isChineseNumeral(text[j]) { j += 1 }
        if j < end && text[j] == "、", let n = chineseValue(text, i..<j) {
          out.append(Marker(kind: .chinese, number: n, start: i, end: j + 1, score: baseScore(i)))
          i = j + 1
          continue
        }
      }
      // 第一部分, 第一章, 第一节 (or 第1章)
      if c == "第" {
        var j = i + 1
        while j < end && j - i < 9 && isChineseNumeral(text[j]) { j += 1 }
        var n = j > i + 1 ? chineseValue(text, (i + 1)..<j) : nil
        if j == i + 1 {
          while j < end && j - i < 3 && isDigit(text[j]) { j += 1 }
          n = j > i + 1 ? digitsValue(text[(i + 1)..<j]) : nil
        }
        if let n {
          for (unit, kind) in units where text.has(unit, at: j, before: end) {
            out.append(Marker(kind: kind, number: n, start: i, end: j + unit.count, score: baseScore(i) + 2))
            break
          }
        }
      }
      // 问题1：, 思考题1, Q1.
      if c == "问" || c == "思" || c == "讨" || c == "Q" {
        for word in questionWords where text.has(word, at: i, before: end) {
          var j = i + word.count
          while j < end && j - i - word.count < 2 && isDigit(text[j]) { j += 1 }
          if j == i + word.count && word[0] != "Q" {
            // 问题一：
            while j < end && j - i - word.count < 3 && isChineseNumeral(text[j]) { j += 1 }
            if j > i + word.count && j < end && (text[j] == "：" || text[j] == ":"),
              let n = chineseValue(text, (i + word.count)..<j)
            {
              out.append(Marker(kind: .question, number: n, start: i, end: j + 1, score: baseScore(i)))
            }
            break
          }
          guard j > i + word.count, j < end, let n = digitsValue(text[(i + word.count)..<j])
          else { break }
          let sep = text[j]
          if "：:．、".unicodeScalars.contains(sep) || (sep == "." && j + 1 < end && !isDigit(text[j + 1])) {
            out.append(Marker(kind: .question, number: n, start: i, end: j + 1, score: baseScore(i)))
          } else if (sep == " " || sep == "\u{3000}" || sep == "\t") && c != "Q" {
            out.append(Marker(kind: .question, number: n, start: i, end: j, score: baseScore(i)))
          }
          break
        }
      }
      // （一） （1） (一) (1)
      if c == "（" || c == "(" {
        var j = i + 1
        while j < end && j - i < 9 && (isChineseNumeral(text[j]) || isDigit(text[j])) { j += 1 }
        if j > i + 1 && j < end && (text[j] == "）" || text[j] == ")") {
          let digits = text[(i + 1)..<j]
          if digits.allSatisfy(isDigit) {
            if digits.count <= 2, let n = digitsValue(digits) {
              out.append(Marker(kind: .parenArabic, number: n, start: i, end: j + 1, score: baseScore(i)))
            }
          } else if let n = chineseValue(text, (i + 1)..<j) {
            out.append(Marker(kind: .parenChinese, number: n, start: i, end: j + 1, score: baseScore(i)))
          }
          i = j + 1
          continue
        }
      }
      // 【…】
      if c == "【" {
        var j = i + 1
        while j < end && j - i <= 16 && text[j] != "】" && text[j] != "\n" { j += 1 }
        if j < end && text[j] == "】" && j > i + 1 {
          out.append(Marker(kind: .bracket, number: 0, start: i, end: j + 1, score: baseScore(i)))
          i = j + 1
          continue
        }
      }
      // 1． 1. 1、
      if isDigit(c), prev.map({ !isDigit($0) && !isLatin($0) && $0 != "." && $0 != "．" && $0 != "," }) ?? true {
        var j = i
        while j < end && isDigit(text[j]) { j += 1 }
        // 1) 1）
        if j - i <= 2 && j < end && (text[j] == ")" || text[j] == "）") && j + 1 < end && !isDigit(text[j + 1]),
          let n = digitsValue(text[i..<j])
        {
          out.append(Marker(kind: .arabicParen, number: n, start: i, end: j + 1, score: baseScore(i)))
          i = j + 1
          continue
        }
        if j - i <= 2 && j < end && (text[j] == "．" || text[j] == "." || text[j] == "、") {
          let next: Unicode.Scalar? = j + 1 < end ? text[j + 1] : nil
          let ok = next.map { !isDigit($0) && $0 != "\n" && !(text[j] == "." && isLatin($0)) } ?? false
          if ok, let n = digitsValue(text[i..<j]) {
            out.append(Marker(kind: .arabic, number: n, start: i, end: j + 1, score: baseScore(i)))
            i = j + 1
            continue
          }
        }
        i = j
        continue
      }
      if c.value >= 0x2460 && c.value <= 0x2473 {  // ①…⑳, by value: no Character made per scalar
        out.append(Marker(kind: .circled, number: Int(c.value - 0x2460) + 1, start: i, end: i + 1, score: baseScore(i)))
      }
      i += 1
    }
    return out
  }

  /// The scalars below U+10000 a mark may start with, or that the scan must see (a line break):
  /// `-`, Chinese numerals, 第, the first letters of the question words, brackets, digits, ①…⑳.
  static let mayStart: [Bool] = {
    var t = [Bool](repeating: false, count: 0x1_0000)
    for s in "\n-零〇一二两三四五六七八九十百千第问思讨Q（(【0123456789".unicodeScalars { t[Int(s.value)] = true }
    for v in 0x2460...0x2473 { t[v] = true }
    return t
  }()

  static let units: [([Unicode.Scalar], Marker.Kind)] = [
    (Array("部分".unicodeScalars), .part), (Array("篇".unicodeScalars), .part), (Array("章".unicodeScalars), .chapter),
    (Array("节".unicodeScalars), .jie),
  ]
  static let questionWords: [[Unicode.Scalar]] = ["思考题", "讨论题", "问题", "Q"].map { Array($0.unicodeScalars) }

  static func isLatin(_ s: Unicode.Scalar) -> Bool {
    (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A)
  }

  /// The best run of markers numbered 1, 2, 3, … in order: the longest,
  /// then the one that looks most like headings. O(n log n).
  static func chain(_ markers: [Marker]) -> [Marker] {
    guard !markers.isEmpty else { return [] }
    var buckets: [Int: [Int]] = [:]  // number → indices into markers, by position
    for (i, m) in markers.enumerated() where m.number >= 1 { buckets[m.number, default: []].append(i) }
    // best[i] = (length, score, previous index)
    var best = [(Int, Int, Int)](repeating: (0, 0, -1), count: markers.count)
    // prefix maxima for each bucket, built in number order
    var prefix: [Int: [(Int, Int, Int)]] = [:]  // number → running best (length, score, index)
    let maxNumber = buckets.keys.max() ?? 0
    var top: (Int, Int, Int) = (0, 0, -1)
    if maxNumber >= 1 {
      for n in 1...maxNumber {
        guard let idx = buckets[n] else { break }
        let prevIdx = buckets[n - 1] ?? []
        let prevPrefix = prefix[n - 1] ?? []
        var running: [(Int, Int, Int)] = []
        for i in idx {
          let m = markers[i]
          if n == 1 {
            best[i] = (1, m.score, -1)
          } else {
            // latest previous marker starting before this one
            var lo = 0
            var hi = prevIdx.count
            while lo < hi {
              let mid = (lo + hi) / 2
              if markers[prevIdx[mid]].end <= m.start { lo = mid + 1 } else { hi = mid }
            }
            if lo == 0 {
              best[i] = (0, 0, -1)
            } else {
              let p = prevPrefix[lo - 1]
              best[i] = p.0 == 0 ? (0, 0, -1) : (p.0 + 1, p.1 + m.score, p.2)
            }
          }
          let here = (best[i].0, best[i].1, i)
          let last = running.last ?? (0, 0, -1)
          running.append(here.0 > last.0 || (here.0 == last.0 && here.1 > last.1) ? here : last)
          if here.0 > top.0 || (here.0 == top.0 && here.1 > top.1) { top = here }
        }
        prefix[n] = running
      }
    }
    guard top.2 >= 0 else { return [] }
    var result: [Marker] = []
    var i = top.2
    while i >= 0 {
      result.append(markers[i])
      i = best[i].2
    }
    return result.reversed()
  }
}
