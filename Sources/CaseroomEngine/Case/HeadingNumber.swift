import FoundationEssentials
import Glibc

/// Chinese and Arabic numbering as used in case headings and lists:
/// `一、`, `（一）`, `(一)`, `第一部分`, `第一章`, `第一节`, `【…】`, `1．`, `1.`, `1、`,
/// `1 `, `2.1 `, `2.2.1 `, `Part 1 `, `（1）`, `(1)`, `①`.
public enum HeadingNumber {
  /// The value of a Chinese digit (`一` → 1, `〇` → 0), or nil.
  static func digit(_ s: Unicode.Scalar) -> Int? {
    switch s {
    case "零", "〇": 0
    case "一": 1
    case "二", "两": 2
    case "三": 3
    case "四": 4
    case "五": 5
    case "六": 6
    case "七": 7
    case "八": 8
    case "九": 9
    default: nil
    }
  }

  /// The value of a Chinese unit (`十` → 10), or nil.
  static func unit(_ s: Unicode.Scalar) -> Int? {
    switch s {
    case "十": 10
    case "百": 100
    case "千": 1000
    default: nil
    }
  }

  static func isNumeral(_ s: Unicode.Scalar) -> Bool { digit(s) != nil || unit(s) != nil }

  /// Whether a character can be part of a Chinese numeral.
  public static func isNumeralCharacter(_ c: Character) -> Bool {
    c.unicodeScalars.count == 1 && isNumeral(c.unicodeScalars.first!)
  }

  /// The value of a Chinese numeral (`十七` → 17, `一百零三` → 103), or nil.
  public static func value(ofChinese s: some StringProtocol) -> Int? {
    value(ofChinese: s.unicodeScalars)
  }

  static func value(ofChinese s: some Collection<Unicode.Scalar>) -> Int? {
    if s.isEmpty || s.count > 12 { return nil }
    var total = 0
    var current = -1
    var lastUnit = 100_000
    for c in s {
      if let d = digit(c) {
        if current >= 0 && current != 0 { return nil }  // two digits in a row (二三)
        current = d
      } else if let u = unit(c) {
        if u >= lastUnit { return nil }
        let n = current < 0 ? 1 : current
        if current == 0 { return nil }
        total += n * u
        current = -1
        lastUnit = u
      } else {
        return nil
      }
    }
    if current > 0 { total += current }
    return total > 0 ? total : nil
  }

  /// The Chinese numeral for `n` (1…9999), as headings write it.
  public static func chinese(_ n: Int) -> String {
    precondition(n > 0 && n < 10_000)
    let names: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    let unitNames = ["千", "百", "十", ""]
    let parts = [n / 1000, n / 100 % 10, n / 10 % 10, n % 10]
    var out = ""
    var pendingZero = false
    for (i, d) in parts.enumerated() {
      if d == 0 {
        if !out.isEmpty { pendingZero = true }
        continue
      }
      if pendingZero {
        out.append("零")
        pendingZero = false
      }
      if !(d == 1 && i == 2 && out.isEmpty) { out.append(names[d]) }
      out += unitNames[i]
    }
    return out
  }

  /// Circled numbers ① … ⑳.
  public static func value(ofCircled c: Character) -> Int? {
    guard let s = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return nil }
    let v = Int(s.value)
    if (0x2460...0x2473).contains(v) { return v - 0x2460 + 1 }
    return nil
  }

  /// Splits a heading into its numbering and its title:
  /// `（一）金宏工程` → (`（一）`, `金宏工程`), `二、案例内容` → (`二、`, `案例内容`);
  /// `【案例正文】` has no number: its brackets are decoration, the title is `案例正文`.
  public static func split(_ heading: String) -> (number: String, title: String) {
    let h = Splitting(heading)
    return h.listed() ?? h.formal() ?? h.bracketed() ?? h.ordinal() ?? h.decorated() ?? h.decimal() ?? h.partWord()
      ?? h.circled()
      ?? ("", heading.trimmingWhitespace())
  }

  /// A heading being split, by scalars: every mark of numbering is one
  /// scalar, and headings are split by the thousand. Each way of numbering
  /// is a method: the number and the title, or nil when the heading is not numbered so.
  struct Splitting {
    typealias Split = (number: String, title: String)
    let heading: String
    let scalars: String.UnicodeScalarView
    let u: [Unicode.Scalar]
    let at: [String.UnicodeScalarView.Index]

    init(_ heading: String) {
      self.heading = heading
      scalars = heading.unicodeScalars
      u = Array(scalars)
      at = Array(scalars.indices) + [scalars.endIndex]
    }

    func text(_ r: Range<Int>) -> String { String(scalars[at[r.lowerBound]..<at[r.upperBound]]) }
    func rest(_ i: Int) -> String { text(i..<u.count).trimmingWhitespace() }
    func isASCIIDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    /// 一、 / 十二、
    func listed() -> Split? {
      var i = 0
      while i < u.count && isNumeral(u[i]) { i += 1 }
      guard i > 0 && i < u.count && (u[i] == "、" || u[i] == "．") && value(ofChinese: u[0..<i]) != nil else {
        return nil
      }
      return (text(0..<(i + 1)), rest(i + 1))
    }

    /// 壹、 / 貳、 / 拾壹、 (financial numerals, simplified or traditional) and Ⅰ. / Ⅱ、 (Roman numerals).
    func formal() -> Split? {
      let formal = Set("壹贰貳叁參参肆伍陆陸柒捌玖拾".unicodeScalars)
      var i = 0
      while i < u.count && i < 3 && (formal.contains(u[i]) || (0x2160...0x216B).contains(u[i].value)) { i += 1 }
      guard i > 0 && i < u.count && (u[i] == "、" || u[i] == "．" || u[i] == ".") else { return nil }
      return (text(0..<(i + 1)), rest(i + 1))
    }

    /// （一） / (一) / （1） / (1)
    func bracketed() -> Split? {
      guard let open = u.first, open == "（" || open == "(" else { return nil }
      var j = 1
      while j < u.count && (isNumeral(u[j]) || isASCIIDigit(u[j])) { j += 1 }
      guard j > 1 && j < u.count && (u[j] == "）" || u[j] == ")") else { return nil }
      return (text(0..<(j + 1)), rest(j + 1))
    }

    /// 第一部分 / 第二章 / 第三节
    func ordinal() -> Split? {
      guard u.first == "第" else { return nil }
      var j = 1
      while j < u.count && isNumeral(u[j]) { j += 1 }
      for unit in ["部分", "章", "节", "篇", "部"] where j > 1 && text(j..<u.count).hasPrefix(unit) {
        let end = j + unit.unicodeScalars.count
        return (text(0..<end), rest(end))
      }
      return nil
    }

    /// 【案例正文】: no number, the brackets are decoration.
    func decorated() -> Split? {
      guard u.first == "【", let close = u.firstIndex(of: "】"), close == u.count - 1 else { return nil }
      return ("", text(1..<close))
    }

    /// 1． / 1. / 1、, and the decimal 1 / 2.1 / 2.2.1 before a blank (the blank is part of the number).
    func decimal() -> Split? {
      var j = 0
      var groups = 0
      while groups < 3 {
        let d = j
        while j < u.count && j - d < 3 && isASCIIDigit(u[j]) { j += 1 }
        guard j > d else { break }
        groups += 1
        if j + 1 < u.count && (u[j] == "." || u[j] == "．") && isASCIIDigit(u[j + 1]) {
          j += 1
        } else {
          break
        }
      }
      if groups == 1 && j < u.count && (u[j] == "．" || u[j] == "." || u[j] == "、") {
        // `1. 背景`: the blank after an ASCII dot is part of the number, as it is written.
        if u[j] == "." && j + 2 < u.count && u[j + 1] == " " { return (text(0..<(j + 1)) + " ", rest(j + 2)) }
        return (text(0..<(j + 1)), rest(j + 1))
      }
      guard groups >= 1 && j <= 8 && j < u.count && !isASCIIDigit(u[j]) else { return nil }
      var k = j
      if groups > 1 && (u[k] == "．" || u[k] == ".") { k += 1 }
      if k < u.count && (u[k] == " " || u[k] == "\u{3000}" || u[k] == "\t") && k + 1 < u.count {
        return (text(0..<k) + " ", rest(k + 1))
      }
      if groups > 1 && k > j { return (text(0..<k), rest(k)) }
      return nil
    }

    /// Part 1 / Chapter 2, with an optional colon or dot
    func partWord() -> Split? {
      for word in ["Part ", "PART ", "Chapter ", "CHAPTER "] where heading.hasPrefix(word) {
        var k = word.unicodeScalars.count
        while k < u.count && isASCIIDigit(u[k]) { k += 1 }
        guard k > word.unicodeScalars.count else { return nil }
        if k < u.count && ":：.．".unicodeScalars.contains(u[k]) { k += 1 }
        guard k < u.count, u[k] == " " || u[k] == "\u{3000}" else { return nil }
        return (text(0..<k) + " ", rest(k + 1))
      }
      return nil
    }

    /// ①
    func circled() -> Split? {
      guard let c = heading.first, value(ofCircled: c) != nil else { return nil }
      return (String(c), rest(c.unicodeScalars.count))
    }
  }
}
