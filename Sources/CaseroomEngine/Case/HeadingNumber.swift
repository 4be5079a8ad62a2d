import Foundation

/// Chinese and Arabic numbering as used in case headings and lists:
/// `一、`, `（一）`, `(一)`, `第一部分`, `【…】`, `1．`, `1.`, `1、`, `（1）`, `(1)`, `①`.
public enum HeadingNumber {
  static let digits: [Character: Int] = [
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
  ]
  static let units: [Character: Int] = ["十": 10, "百": 100, "千": 1000]

  /// Whether a character can be part of a Chinese numeral.
  public static func isNumeralCharacter(_ c: Character) -> Bool {
    digits[c] != nil || units[c] != nil
  }

  /// The value of a Chinese numeral (`十七` → 17, `一百零三` → 103), or nil.
  public static func value(ofChinese s: some StringProtocol) -> Int? {
    if s.isEmpty || s.count > 12 { return nil }
    var total = 0
    var current = -1
    var lastUnit = 100_000
    for c in s {
      if let d = digits[c] {
        if current >= 0 && current != 0 { return nil }  // two digits in a row (二三)
        current = d
      } else if let u = units[c] {
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
    let chars = Array(heading)
    func rest(_ i: Int) -> String {
      String(chars[i...]).trimmingCharacters(in: .whitespaces)
    }
    // 一、 / 十二、
    var i = 0
    while i < chars.count && isNumeralCharacter(chars[i]) { i += 1 }
    if i > 0 && i < chars.count && (chars[i] == "、" || chars[i] == "．")
      && value(ofChinese: chars[0..<i].map(String.init).joined()) != nil
    {
      return (String(chars[0...i]), rest(i + 1))
    }
    // （一） / (一) / （1） / (1)
    if let open = chars.first, open == "（" || open == "(" {
      var j = 1
      while j < chars.count && (isNumeralCharacter(chars[j]) || chars[j].isASCII && chars[j].isNumber) { j += 1 }
      if j > 1 && j < chars.count && (chars[j] == "）" || chars[j] == ")") {
        return (String(chars[0...j]), rest(j + 1))
      }
    }
    // 第一部分 / 第二章 / 第三节
    if chars.first == "第" {
      var j = 1
      while j < chars.count && isNumeralCharacter(chars[j]) { j += 1 }
      for unit in ["部分", "章", "节", "篇", "部"] where j > 1 && String(chars[j...]).hasPrefix(unit) {
        let end = j + unit.count
        return (String(chars[0..<end]), rest(end))
      }
    }
    // 【案例正文】
    if chars.first == "【", let close = chars.firstIndex(of: "】"), close == chars.count - 1 {
      return ("", String(chars[1..<close]))
    }
    // 1． / 1. / 1、
    var j = 0
    while j < chars.count && chars[j].isASCII && chars[j].isNumber { j += 1 }
    if j > 0 && j < chars.count && ["．", ".", "、"].contains(chars[j]) {
      return (String(chars[0...j]), rest(j + 1))
    }
    if let c = chars.first, value(ofCircled: c) != nil { return (String(c), rest(1)) }
    return ("", heading.trimmingCharacters(in: .whitespaces))
  }
}
