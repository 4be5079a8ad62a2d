/// Finds where a heading's title ends when it runs straight into its body
/// (`（一）金宏工程“金宏工程”（即…`, `改革缘起2015年以前，…`), from:
/// the rest of the line when it is short; a space or colon; a known name
/// (思考题); items on the heading's own line; and, for a title run into its
/// body, the title repeated at the start of the body, the usual title endings
/// (工程, 平台, 改革, 背景…), what follows (a quote, a digit, a sentence
/// opener) and the lengths of the other titles of the same level.
struct TitleGuesser {
  let text: [Unicode.Scalar]

  /// Title words that usually end a section title.
  static let endings: [[Unicode.Scalar]] = [
    "工程", "平台", "系统", "网", "中心", "改革", "背景", "概况", "过程", "问题", "挑战", "成效", "缘起", "起因", "经过",
    "结果", "做法", "举措", "措施", "经验", "启示", "建设", "机制", "模式", "困境", "现状", "路径", "对策", "建议", "特点",
    "历程", "情况", "简介", "介绍", "分析", "总结", "结论", "思考", "目标", "内容", "项目", "转型", "实践", "探索", "创新",
    "治理", "体系", "效果", "反思", "争议", "影响", "难题", "瓶颈", "阶段", "方案", "试点", "推广", "整合", "升级",
    "由来", "演变", "概述", "选择", "困惑", "成绩", "不足", "前景", "展望", "尾声", "引言", "序幕",
  ].map { Array($0.unicodeScalars) }

  /// The endings by their last scalar, the openers by their first: a place is checked against
  /// the few that could match there, not all of them.
  static let endingsByLast = Dictionary(grouping: endings, by: { $0[$0.count - 1] })
  static let openersByFirst = Dictionary(grouping: openers, by: { $0[0] })
  static let lesserOpenersByFirst = Dictionary(grouping: lesserOpeners, by: { $0[0] })

  /// The case format's names of the roles, as scalars (made once).
  static let roleNames: [[Unicode.Scalar]] = Role.names.flatMap(\.1).map { Array($0.unicodeScalars) }

  /// Words that usually open a sentence of a body, strongest first.
  static let openers: [[Unicode.Scalar]] = [
    "近年来", "随着", "为了", "截至", "截止", "目前", "当前", "早在", "由于", "根据", "按照", "自从", "面对", "为此", "长期以来",
  ].map { Array($0.unicodeScalars) }
  static let lesserOpeners: [[Unicode.Scalar]] = [
    "作为", "经过", "据", "我国", "全国", "全省", "全市", "本案例", "该", "这", "此",
  ].map { Array($0.unicodeScalars) }
  /// Words that carry a title on after one of its usual endings (成效与隐忧, 背景和意义).
  static let continuations: Set<Unicode.Scalar> = ["与", "和", "及", "的", "之", "暨", "、", "及"]
  static let weakOpeners: Set<Unicode.Scalar> = ["在", "从", "自", "其", "为", "于", "对", "我", "今"]

  /// Guesses the title that starts at `a` (just after the heading's number),
  /// looking no further than `limit`. `typical` is the usual title length at this level, when known.
  func guess(at start: Int, limit: Int, typical: Int? = nil) -> TitleGuess {
    let end = min(limit, text.count)
    var a = start
    while a < end && isBlank(text[a]) { a += 1 }
    guard a < end else {
      return TitleGuess(title: a..<a, bodyStart: a, reason: .nothingFollows, sure: false)
    }
    // Only the next 200 characters are looked at: a flattened text is one line of megabytes.
    let lineEnd = text.lineEnd(from: a, before: min(end, a + 200))
    let endsLine = lineEnd == end || text[lineEnd] == "\n"
    let rest = text.trimmed(a..<lineEnd)
    // Items on the heading's own line: 课堂安排 1.阅读案例 2.分组讨论.
    if let first = itemsOnLine(a, lineEnd) {
      var t = text.trimmed(a..<first)
      while let l = t.last, text[l] == "：" || text[l] == ":" { t = text.trimmed(t.lowerBound..<l) }
      if !t.isEmpty {
        return TitleGuess(
          title: t, bodyStart: first, reason: .itemsOnLine, sure: true)
      }
    }
    // The rest of the line, when it is short and reads like a title.
    if endsLine, lineEnd - a <= 40, let last = rest.last.map({ text[$0] }), !"。！？；，".unicodeScalars.contains(last) {
      return TitleGuess(title: rest, bodyStart: lineEnd, reason: .restOfLine, sure: true)
    }
    // Nothing on the line: the title is the next line, when it is short.
    if rest.isEmpty {
      let nextStart = min(lineEnd + 1, end)
      let next = text.trimmed(nextStart..<text.lineEnd(from: nextStart, before: min(end, nextStart + 40)))
      if !next.isEmpty && LineHeadingScanner.isHeadingLike(text, next, longest: 30) {
        return TitleGuess(title: next, bodyStart: next.upperBound, reason: .lineAfter, sure: false)
      }
      return TitleGuess(title: a..<a, bodyStart: a, reason: .nothingFollows, sure: false)
    }
    var lineLimit = a
    while lineLimit < end && lineLimit - a <= 40 && text[lineLimit] != "\n" { lineLimit += 1 }
    let window = min(lineLimit, a + 30)
    // A space or colon after a short title.
    for j in a..<window where j > a {
      let s = text[j]
      if s == " " || s == "\u{3000}" || s == "\t" || s == "：" || s == ":" {
        if text[a..<j].contains(where: { "。，；！？".unicodeScalars.contains($0) }) { break }
        return TitleGuess(
          title: a..<j, bodyStart: j + 1, reason: s == "：" || s == ":" ? .colon : .space,
          sure: true)
      }
      if s == "\n" { break }
    }
    // A known heading name (教学目的, 思考题, …): the longest that fits.
    var bestName = 0
    for u in TitleGuesser.roleNames where text.has(u, at: a, before: end) && u.count > bestName { bestName = u.count }
    if bestName > 0 {
      return TitleGuess(title: a..<(a + bestName), bodyStart: a + bestName, reason: .knownName, sure: true)
    }
    return runIn(a, lineLimit: lineLimit, typical: typical)
  }

  /// The first of two or more items numbered 1, 2 on the line, close after the title.
  func itemsOnLine(_ a: Int, _ lineEnd: Int) -> Int? {
    let head = a..<min(lineEnd, a + 24)
    // Cheaply first: an item's number 1 must be there.
    guard text[head].contains(where: { $0 == "1" || $0 == "①" || $0 == "１" }) else { return nil }
    let markers = MarkerScanner.scan(text, a..<lineEnd).filter { Marker.Kind.items.contains($0.kind) }
    guard let first = markers.first(where: { $0.number == 1 && head.contains($0.start) && $0.start > a }) else {
      return nil
    }
    guard markers.contains(where: { $0.kind == first.kind && $0.number == 2 && $0.start > first.start }) else {
      return nil
    }
    if text[a..<first.start].contains(where: { "。，；！？、".unicodeScalars.contains($0) }) { return nil }
    return first.start
  }

  /// A title run straight into its body: each possible end is scored by what is around it.
  func runIn(_ a: Int, lineLimit: Int, typical: Int?) -> TitleGuess {
    // A title holds no sentence punctuation: the window stops at the first.
    var stop = a
    while stop < lineLimit && stop - a < 24 && !Scalars.isClausePunctuation(text[stop]) { stop += 1 }
    var best: (end: Int, score: Int, why: [TitleGuess.CutSign])?
    var open = 0
    var scores: [Int] = []
    for c in (a + 1)...max(a + 1, stop) where c <= lineLimit {
      let s = text[c - 1]
      if s == "“" || s == "《" || s == "（" || s == "(" || s == "‘" { open += 1 }
      if s == "”" || s == "》" || s == "）" || s == ")" || s == "’" { open = max(0, open - 1) }
      guard c >= a + 2 else { continue }
      let (score, why) = cutScore(a, at: c, open: open, lineLimit: lineLimit, stop: stop, typical: typical)
      scores.append(score)
      if best.map({ score > $0.score }) ?? true { best = (c, score, why) }
    }
    if let best, best.score > 0 {
      let close = scores.filter { $0 >= best.score - 1 }.count > 1
      let sure = best.score >= 5 && !close
      return TitleGuess(
        title: a..<best.end, bodyStart: best.end,
        reason: .runIn(count: best.end - a, signs: best.why),
        sure: sure)
    }
    // No sign at all: up to the first punctuation when that is near, else a usual length.
    let length = stop - a <= 16 ? stop - a : min(stop - a, typical ?? 8)
    let e = a + max(2, min(length, lineLimit - a))
    return TitleGuess(
      title: a..<min(e, lineLimit), bodyStart: min(e, lineLimit),
      reason: .runInBlind(count: min(e, lineLimit) - a),
      sure: false)
  }

  /// How good a cut after `c` is for a title starting at `a`, and why: never inside quotes or
  /// brackets, after a usual ending, where the body repeats the title, before what starts a
  /// sentence, and as long as the other titles (`typical`).
  func cutScore(_ a: Int, at c: Int, open: Int, lineLimit: Int, stop: Int, typical: Int?) -> (Int, [TitleGuess.CutSign])
  {
    var score = 0
    var why: [TitleGuess.CutSign] = []
    if open > 0 { score -= 5 }
    let endings = TitleGuesser.endingsByLast[text[c - 1]] ?? []
    if endings.contains(where: { c - $0.count >= a && text.has($0, at: c - $0.count, before: c) }) {
      score += 3
      why.append(.usualEnding)
    }
    let repeated = repetition(a, at: c)
    if repeated == c - a {
      score += min(12, 2 * repeated)
      why.append(.titleRepeated)
    } else if repeated >= 3 {
      score += 2
      why.append(.bodyStartsWithTitle)
    }
    if c < lineLimit {
      let strong = repeated == c - a || why.contains(.usualEnding)
      score += followScore(at: c, open: open, lineLimit: lineLimit, stop: stop, strong: strong, &why)
    }
    if let typical {
      let d = abs((c - a) - typical)
      if d <= 1 {
        score += 2
        why.append(.asLong)
      } else if d <= 3 {
        score += 1
      }
    }
    return (score, why)
  }

  /// What follows a cut after `c` says of it: a quote, a number, a Latin word or a sentence
  /// opener starts a body; a word that continues a phrase does not.
  func followScore(at c: Int, open: Int, lineLimit: Int, stop: Int, strong: Bool, _ why: inout [TitleGuess.CutSign])
    -> Int
  {
    let n = text[c]
    let s = text[c - 1]
    var score = 0
    if Scalars.isOpening(n) {
      score += strong ? 3 : 1
      why.append(.quoteFollows)
    } else if Scalars.isDigit(n) {
      score += 3
      why.append(.numberFollows)
    } else if Scalars.isLatin(n) {
      score += 2
      why.append(.latinFollows)
    } else if (TitleGuesser.openersByFirst[n] ?? []).contains(where: { text.has($0, at: c, before: lineLimit) }) {
      score += 3
      why.append(.openerFollows)
    } else if (TitleGuesser.lesserOpenersByFirst[n] ?? []).contains(where: { text.has($0, at: c, before: lineLimit) }) {
      score += 2
      why.append(.openerFollows)
    } else if TitleGuesser.continuations.contains(n) {
      score -= 2
    } else if TitleGuesser.weakOpeners.contains(n) {
      score += 1
    } else if c == stop, Scalars.isClausePunctuation(n) {
      score -= 1
    }
    if Scalars.isClosing(s) && open == 0 && s != "）" && s != ")" { score += 1 }
    return score
  }

  /// How many characters of the title starting at `a` the body starting at `c` repeats (after an opening quote, too).
  func repetition(_ a: Int, at c: Int) -> Int {
    var b = c
    if b < text.count && (text[b] == "“" || text[b] == "\"" || text[b] == "‘") { b += 1 }
    var k = 0
    while a + k < c && b + k < text.count && text[a + k] == text[b + k] && text[b + k] != "\n" { k += 1 }
    return k
  }
}
