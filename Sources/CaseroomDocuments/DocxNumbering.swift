import CaseroomEngine
import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Word's automatic numbering (`word/numbering.xml`): for each list and
/// level, the number format and the text around the number (`%1.`,
/// `（%1）`, `第%1章`), and the counters that give each numbered paragraph
/// the number Word shows but copying to text loses.
struct DocxNumbering {
  struct Level {
    var format = "decimal"
    var text = "%1."
    var start = 1
    /// Word's "legal" numbering (`w:isLgl`): the numbers of the levels above shown as Arabic digits (`1.1`
    /// under `第一章`).
    var legal = false
  }

  /// abstractNumId → ilvl → level.
  var abstract: [String: [Int: Level]] = [:]
  /// numId → abstractNumId, and start overrides per level.
  var nums: [String: (abstract: String, starts: [Int: Int])] = [:]
  /// numId → the counters of its levels.
  private var counters: [String: [Int]] = [:]

  init() {}

  init(xml: Data) {
    let reader = Reader()
    let parser = XMLParser(data: xml)
    parser.delegate = reader
    _ = parser.parse()
    abstract = reader.abstract
    nums = reader.nums
  }

  /// The label of the next paragraph numbered by list `numId` at level `ilvl`
  /// (`1．`, `（一）`, `①`), `-` for a bullet, nil when the list is unknown.
  mutating func next(numId: String, ilvl: Int) -> String? {
    guard numId != "0", let num = nums[numId], let levels = abstract[num.abstract] else { return nil }
    // `unset`: a level not counted yet (0 is a number a list may start at).
    let unset = Int.min
    var c = counters[numId] ?? Array(repeating: unset, count: 9)
    guard ilvl >= 0 && ilvl < 9 else { return nil }
    let level = levels[ilvl] ?? Level()
    if level.format == "bullet" { return "-" }
    if level.format == "none" { return nil }
    for k in 0...ilvl where c[k] == unset {
      c[k] = DocxNumbering.wordStart(num.starts[k] ?? levels[k]?.start ?? 1) - (k == ilvl ? 1 : 0)
    }
    // Counters stay in Word's range however many paragraphs a list has (a file may number millions).
    c[ilvl] = min(c[ilvl], Int(Int32.max) - 1) + 1
    for k in (ilvl + 1)..<9 { c[k] = unset }
    counters[numId] = c
    var out = ""
    var chars = Array(level.text)
    var i = 0
    while i < chars.count {
      if chars[i] == "%", i + 1 < chars.count, let d = chars[i + 1].wholeNumberValue, d >= 1 && d <= 9 {
        let k = d - 1
        let format = k == ilvl ? level.format : level.legal ? "decimal" : (levels[k]?.format ?? "decimal")
        out += DocxNumbering.render(c[k], format)
        i += 2
        continue
      }
      out.append(chars[i])
      i += 1
    }
    chars = []
    // Word writes `1.` for a list the reader sees as `1.` followed by a tab: keep a plain dot.
    return out.isEmpty ? nil : out
  }

  /// Starts every list but `numId` (a heading's own numbering) at its first number again.
  mutating func restart(except numId: String?) {
    counters = counters.filter { $0.key == numId }
  }

  /// A start as Word keeps it: 0…32767 (a file may say anything, `9223372036854775806` or `-5`).
  static func wordStart(_ n: Int) -> Int { min(max(n, 0), 32767) }

  /// A number in one of Word's number formats; a number the format cannot show (above 9999 in Chinese
  /// numerals, above 3999 in Roman ones, 0 or below in either) in Arabic digits, as Word does.
  static func render(_ n: Int, _ format: String) -> String {
    switch format {
    case "chineseCounting", "chineseCountingThousand", "ideographTraditional", "taiwaneseCounting",
      "taiwaneseCountingThousand", "chineseLegalSimplified", "ideographLegalTraditional":
      return n >= 1 && n < 10_000 ? HeadingNumber.chinese(n) : String(n)
    case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle":
      return n >= 1 && n <= 20 ? String(Character(Unicode.Scalar(0x2460 + UInt32(n - 1))!)) : String(n)
    case "japaneseCounting", "japaneseLegal", "koreanCounting":
      return n >= 1 && n < 10_000 ? HeadingNumber.chinese(n) : String(n)
    case "decimalFullWidth", "decimalFullWidth2":
      return String(String(n).unicodeScalars.map { Character(Unicode.Scalar($0.value + 0xFEE0)!) })
    case "decimalZero": return n < 10 ? "0" + String(n) : String(n)
    case "decimalEnclosedParen":  // ⑴ ⑵ …
      return n >= 1 && n <= 20 ? String(Character(Unicode.Scalar(0x2474 + UInt32(n - 1))!)) : "(\(n))"
    case "decimalEnclosedFullstop":  // ⒈ ⒉ …
      return n >= 1 && n <= 20 ? String(Character(Unicode.Scalar(0x2488 + UInt32(n - 1))!)) : "\(n)."
    case "ideographDigital":  // 一二三 digit by digit, 〇 for zero
      return String(String(n).map { Array("〇一二三四五六七八九")[$0.wholeNumberValue ?? 0] })
    case "ideographZodiac":  // the ten heavenly stems: 甲 乙 丙 …
      return n >= 1 && n <= 10 ? String(Array("甲乙丙丁戊己庚辛壬癸")[n - 1]) : String(n)
    case "ideographZodiacTraditional":  // the twelve earthly branches: 子 丑 寅 …
      return n >= 1 && n <= 12 ? String(Array("子丑寅卯辰巳午未申酉戌亥")[n - 1]) : String(n)
    case "lowerLetter": return n >= 1 && n <= 26 ? String(Character(Unicode.Scalar(0x60 + UInt32(n))!)) : String(n)
    case "upperLetter": return n >= 1 && n <= 26 ? String(Character(Unicode.Scalar(0x40 + UInt32(n))!)) : String(n)
    case "lowerRoman": return n >= 1 && n <= 3999 ? roman(n).lowercased() : String(n)
    case "upperRoman": return n >= 1 && n <= 3999 ? roman(n) : String(n)
    default: return String(n)
    }
  }

  static func roman(_ n: Int) -> String {
    let table: [(Int, String)] = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"),
      (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var n = n
    var out = ""
    for (v, s) in table {
      while n >= v {
        out += s
        n -= v
      }
    }
    return out
  }

  /// Reads numbering.xml as it streams by.
  private final class Reader: NSObject, XMLParserDelegate {
    var abstract: [String: [Int: Level]] = [:]
    var nums: [String: (abstract: String, starts: [Int: Int])] = [:]
    var abstractId: String?
    var numId: String?
    var ilvl: Int?
    var level = Level()
    var overrideLevel: Int?

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      let val = attributes["w:val"]
      switch name {
      case "w:abstractNum": abstractId = attributes["w:abstractNumId"]
      case "w:lvl":
        if abstractId != nil {
          ilvl = attributes["w:ilvl"].flatMap { Int($0) }
          level = Level()
        }
      case "w:numFmt": if ilvl != nil, let val { level.format = val }
      case "w:lvlText": if ilvl != nil, let val { level.text = val }
      case "w:start": if ilvl != nil, let val, let n = Int(val) { level.start = n }
      case "w:isLgl": if ilvl != nil { level.legal = val != "0" && val != "false" }
      case "w:num":
        numId = attributes["w:numId"]
      case "w:abstractNumId": if let numId, let val { nums[numId] = (val, nums[numId]?.starts ?? [:]) }
      case "w:lvlOverride": overrideLevel = attributes["w:ilvl"].flatMap { Int($0) }
      case "w:startOverride":
        if let numId, let k = overrideLevel, let val, let n = Int(val) { nums[numId]?.starts[k] = n }
      default: break
      }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
      switch name {
      case "w:lvl":
        if let abstractId, let ilvl { abstract[abstractId, default: [:]][ilvl] = level }
        ilvl = nil
      case "w:abstractNum": abstractId = nil
      case "w:num": numId = nil
      default: break
      }
    }
  }
}
