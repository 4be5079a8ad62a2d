/// Lines of the same shape (a running head, a page number, a printed page's address on every page), and
/// the marks an item keeps from where it was copied (a bullet, a task box, `思考：`, an OCR's `1 . `).
extension TaggedHandout {
  /// A line's shape: its digits masked (ASCII and full-width), its spaces (any run, full-width too) squeezed
  /// to one, trimmed. `第五章　城市公共安全　85` and `…　87` have one shape; so have `1/2` and `2/2`.
  public static func shape(_ text: String) -> String {
    var out = ""
    var space = false
    for s in text.unicodeScalars {
      if isBlank(s) {
        space = !out.isEmpty
        continue
      }
      if space { out.unicodeScalars.append(" ") }
      space = false
      let digit = ("0"..."9").contains(s) || ("０"..."９").contains(s)
      out.unicodeScalars.append(digit ? "#" : s)
    }
    return out
  }

  /// Tags as furniture every line of the same shape as line `i` (`shape`), itself included, that is not
  /// furniture yet; returns the lines tagged (none when `i` is no line or is empty).
  public mutating func leaveOutAlike(_ i: Int) -> [Int] {
    guard lines.indices.contains(i), !TaggedHandout.shape(lines[i].shown).isEmpty else { return [] }
    let left = alike(i).filter { lines[$0].tag != .furniture }
    for k in left { lines[k].tag = .furniture }
    return left
  }

  /// The lines of the same shape as line `i`, itself included.
  public func alike(_ i: Int) -> [Int] {
    guard lines.indices.contains(i) else { return [] }
    let shape = TaggedHandout.shape(lines[i].shown)
    return lines.indices.filter { TaggedHandout.shape(lines[$0].shown) == shape }
  }

  /// The text of a line made an item, without what it kept from where it was copied: a bullet (`•`, `·`,
  /// `-`, `*`, `●`, `▪`…) or a task box (`[ ]`, `[x]`) before it, a question's label word and colon
  /// (`思考：`), and an OCR's spaces inside its number (`1 . ` → `1.`, `一 、` → `一、`).
  static func itemText(_ text: String) -> String {
    var t = unbulleted(Substring(tightNumber(text)))
    if let rest = afterAskingLabel(t) { t = rest }
    return String(t)
  }

  /// A line without the bullets and task boxes before it (`• `, `■ `, `- [ ] `, `●`): what a heading or an
  /// item made of a slide's or a note's bulleted line keeps.
  static func unbulleted(_ text: Substring) -> Substring {
    var t = text
    let bullets: Set<Character> = ["•", "·", "-", "*", "●", "○", "▪", "■", "□", "◆", "◇", "▸", "►", "–", "—", "・"]
    var changed = true
    while changed {
      changed = false
      // A bullet before a space or a task box; `•` and its like before anything.
      let next = t.dropFirst().first
      if let c = t.first, bullets.contains(c),
        next == " " || next == "　" || next == "[" || "•·●▪・".contains(c)
      {
        t = t.dropFirst().drop { $0 == " " || $0 == "　" }
        changed = true
      }
      for box in ["[ ]", "[x]", "[X]"] where t.hasPrefix(box) {
        t = t.dropFirst(box.count).drop { $0 == " " || $0 == "　" }
        changed = true
      }
    }
    return t
  }

  /// The text after a question's label where it was written (`思考：`, `讨论问题：`, `【想一想】：`, `Question:`),
  /// or nil when it has none or nothing follows it: a label is what the importer reads as asking
  /// (`ImportRoles.askingWords`, or a name of the questions, `ImportRoles.recognise`), as it reads `思考：…？`
  /// after a part's text, one word of Chinese or Latin letters (up to 10), in `【】` or `[]` or not, then a colon.
  static func afterAskingLabel(_ t: Substring) -> Substring? {
    let s = Array(t.unicodeScalars)
    var a = 0
    if let f = s.first, f == "【" || f == "[" { a = 1 }
    var e = a
    while e < s.count && e - a <= 10 && (Scalars.isHan(s[e]) || Scalars.isLatin(s[e])) { e += 1 }
    guard e > a, e < s.count else { return nil }
    // A number after the word (`思考1：`, `问题二：`, `Q1:`, `任务3：`) is the label's too.
    var w = e
    while w > a + 1 && e - w < 3 && HeadingNumber.isNumeralCharacter(Character(s[w - 1])) { w -= 1 }
    let word = s[a..<w].map { (0x41...0x5A).contains($0.value) ? Unicode.Scalar($0.value + 32)! : $0 }
    var q = e
    while q < s.count && q - e < 3 && isLabelNumeral(s[q]) { q += 1 }
    let numbered = q > w
    guard
      ImportRoles.askingWords.contains(where: { $0.elementsEqual(word) })
        || ImportRoles.recognise(String(String.UnicodeScalarView(s[a..<w]))) == .questions
        || numbered && TaggedHandout.numberedLabelWords.contains(where: { $0.elementsEqual(word) })
    else { return nil }
    if a > 0 {
      guard q < s.count, s[q] == "】" || s[q] == "]" else { return nil }
      q += 1
    }
    guard q < s.count, s[q] == "：" || s[q] == ":" else { return nil }
    let rest = String(String.UnicodeScalarView(s[(q + 1)...])).drop { $0 == " " || $0 == "　" }
    return rest.isEmpty ? nil : rest
  }

  /// Words that label an item only with a number after them (`Q1:`, `任务2：`).
  static let numberedLabelWords: [[Unicode.Scalar]] = ["q", "任务"].map { Array($0.unicodeScalars) }

  /// A digit (ASCII or full-width) or a Chinese numeral, as in a label's number (`思考1`, `问题二`).
  static func isLabelNumeral(_ s: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(s) || ("０"..."９").contains(s) || HeadingNumber.isNumeralCharacter(Character(s))
  }

  /// An item's own number glued to its text, which the case format would not read as a label: `1.案例导入`,
  /// `1)导入`, `１．导入` (a digit after the point is a decimal, `1.5倍`, no number). Returns the number and the text.
  public static func gluedNumber(_ text: String) -> (String, String)? {
    let s = Array(text.unicodeScalars)
    var k = 0
    while k < s.count && k < 3 && (("0"..."9").contains(s[k]) || ("０"..."９").contains(s[k])) { k += 1 }
    guard k > 0, k + 1 < s.count, [".", ")", "．", "）"].contains(s[k]) else { return nil }
    let next = s[k + 1]
    guard !("0"..."9").contains(next), !("０"..."９").contains(next), !isBlank(next) else { return nil }
    let digits = String(String.UnicodeScalarView(s[..<k])).unicodeScalars.map { d -> Character in
      ("０"..."９").contains(d) ? Character(Unicode.Scalar(d.value - 0xFF10 + 0x30)!) : Character(d)
    }
    return (String(digits) + (s[k] == ")" || s[k] == "）" ? ")" : "."), String(String.UnicodeScalarView(s[(k + 1)...])))
  }

  /// An item's own leading number in any form the screen may meet it: as the case format reads a label
  /// (`1. `, `1、`, `（1）`, `①`, `问题1：`), else glued to its text (`1.案例`). Never a bullet.
  public static func itemNumber(_ text: String) -> (String, String)? {
    if let (label, rest) = CaseParser.itemStart(text), label != bullet { return (label, rest) }
    return gluedNumber(text)
  }

  /// A number at the start of a line with an OCR's spaces inside it made tight: `1 . W市` → `1. W市`,
  /// `一 、 城市看海` → `一、城市看海`; any other text as it is.
  static func tightNumber(_ text: String) -> String {
    let s = Array(text)
    var k = 0
    let numeral: (Character) -> Bool = { c in
      (c.isASCII && c.isNumber) || ("０"..."９").contains(c) || HeadingNumber.isNumeralCharacter(c)
    }
    while k < s.count && k < 4 && numeral(s[k]) { k += 1 }
    guard k > 0 else { return text }
    var m = k
    while m < s.count && (s[m] == " " || s[m] == "　") { m += 1 }
    guard m > k, m < s.count, ["、", ".", "．", "，", ","].contains(s[m]) else { return text }
    var e = m + 1
    while e < s.count && (s[e] == " " || s[e] == "　") { e += 1 }
    guard e < s.count else { return text }
    // `1. ` keeps the space after its point, as a list writes it (`1.W` could be read as a decimal).
    let after = s[m] == "." || s[m] == "," ? " " : ""
    return String(s[..<k]) + String(s[m]) + after + String(s[e...])
  }
}
