/// Orders names the way people number groups: `第二组` before `第十组`,
/// `Group 2` before `Group 10` — numbers in Arabic or Chinese numerals compare
/// by value, the rest by code point.
public enum NaturalOrder {
  enum Part: Comparable {
    case number(Int)
    case text(String)

    static func < (a: Part, b: Part) -> Bool {
      switch (a, b) {
      case (.number(let x), .number(let y)): return x < y
      case (.number, .text): return true
      case (.text, .number): return false
      case (.text(let x), .text(let y)): return x < y
      }
    }
  }

  static func parts(_ s: String) -> [Part] {
    var out: [Part] = []
    var text = ""
    var digits = ""
    var chinese = ""
    func flush() {
      if !digits.isEmpty {
        out.append(.number(Int(digits.prefix(18)) ?? 0))
        digits = ""
      }
      if !chinese.isEmpty {
        if let v = HeadingNumber.value(ofChinese: chinese) { out.append(.number(v)) } else { text += chinese }
        chinese = ""
      }
      if !text.isEmpty {
        out.append(.text(text))
        text = ""
      }
    }
    for c in s {
      if c.isASCII && c.isNumber {
        if !chinese.isEmpty || !text.isEmpty { flush() }
        digits.append(c)
      } else if HeadingNumber.isNumeralCharacter(c) {
        if !digits.isEmpty || !text.isEmpty { flush() }
        chinese.append(c)
      } else {
        if !digits.isEmpty || !chinese.isEmpty { flush() }
        text.append(c)
      }
    }
    flush()
    return out
  }

  /// Whether `a` comes before `b`.
  public static func less(_ a: String, _ b: String) -> Bool {
    let pa = parts(a)
    let pb = parts(b)
    for (x, y) in zip(pa, pb) where x != y { return x < y }
    return pa.count != pb.count ? pa.count < pb.count : a < b
  }
}
