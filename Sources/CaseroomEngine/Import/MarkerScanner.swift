/// Finds markers in an array of scalars.
enum MarkerScanner {
  static func isChineseNumeral(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "零", "〇", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千": return true
    default: return false
    }
  }

  static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

  /// The value of a financial numeral (`壹` 1, `貳` 2, `拾` 10; simplified or traditional) or a Roman one (`Ⅲ` 3).
  static func formalValue(_ s: Unicode.Scalar) -> Int? {
    if (0x2160...0x216B).contains(s.value) { return Int(s.value - 0x215F) }
    switch s {
    case "壹": return 1
    case "贰", "貳": return 2
    case "叁", "參", "参": return 3
    case "肆": return 4
    case "伍": return 5
    case "陆", "陸": return 6
    case "柒": return 7
    case "捌": return 8
    case "玖": return 9
    case "拾": return 10
    default: return nil
    }
  }

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
    var scan = MarkerScan(text, range)
    scan.run()
    return scan.out
  }

  /// The scalars below U+10000 a mark may start with, or that the scan must see (a line break):
  /// `-`, Chinese numerals, 第, the first letters of the question words, brackets, digits, ①…⑳.
  static let mayStart: [Bool] = {
    var t = [Bool](repeating: false, count: 0x1_0000)
    for s in "\n-零〇一二两三四五六七八九十百千第问思讨任Q（(【0123456789".unicodeScalars { t[Int(s.value)] = true }
    for v in 0x2460...0x2473 { t[v] = true }
    for s in "壹贰貳叁參参肆伍陆陸柒捌玖拾".unicodeScalars { t[Int(s.value)] = true }
    for v in 0x2160...0x216B { t[v] = true }
    return t
  }()

  static let units: [([Unicode.Scalar], Marker.Kind)] = [
    (Array("部分".unicodeScalars), .part), (Array("篇".unicodeScalars), .part), (Array("章".unicodeScalars), .chapter),
    (Array("节".unicodeScalars), .jie),
  ]
  /// Labels of a numbered question or task (`问题1：`, `Q1.`, `任务2：`): the label is its number, never its text.
  static let questionWords: [[Unicode.Scalar]] = ["思考题", "讨论题", "问题", "任务", "Q"].map { Array($0.unicodeScalars) }

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
