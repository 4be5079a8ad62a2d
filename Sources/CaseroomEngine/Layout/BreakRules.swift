/// Where a line may break in Chinese text: the "basic" level of W3C clreq and
/// GB/T 15834—2011 §5.1, as summarised in shared/CJK.md.
public enum BreakRules {
  /// Characters that must not start a line (closing punctuation and its ASCII kin).
  public static let noStart: Set<Character> = Set(noStartList.map(Character.init))
  /// Characters that must not end a line (opening punctuation).
  public static let noEnd: Set<Character> = Set(noEndList.map(Character.init))

  static let noStartList: [Unicode.Scalar] = [
    "、", "，", "。", "．", "；", "：", "！", "？", "”", "’", "）", "〕", "】", "〗", "］", "｝",
    "》", "〉", "」", "』", "·", "～", "・", "％", "〞", "｣",
    ")", "]", "}", ",", ".", ";", ":", "!", "?", "%",
  ]
  static let noEndList: [Unicode.Scalar] = [
    "“", "‘", "（", "〔", "【", "〖", "［", "｛", "《", "〈", "「", "『", "〝", "｢",
    "(", "[", "{",
  ]
  /// Characters that come in unsplittable pairs: `——` and `……`.
  static let pairedList: [Unicode.Scalar] = ["\u{2014}", "\u{2026}"]
  /// Punctuation that joins Latin letters and digits into one unit (`2.5Gbps`, `TCP/IP`, `1,500`).
  static let joinerList: [Unicode.Scalar] = [".", ",", ":", "/", "-", "%", "+", "／", "．", "－"]

  /// Class bits of a character, looked up once per character by the layout.
  public struct Flags: OptionSet, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let noStart = Flags(rawValue: 1)
    public static let noEnd = Flags(rawValue: 2)
    public static let paired = Flags(rawValue: 4)
    public static let joiner = Flags(rawValue: 8)
    public static let alnum = Flags(rawValue: 16)
    public static let space = Flags(rawValue: 32)
  }

  /// Flags for every scalar below U+10000 that has any.
  private static let table: [UInt16: Flags] = {
    var t: [UInt16: Flags] = [:]
    func add(_ list: [Unicode.Scalar], _ f: Flags) {
      for s in list { t[UInt16(s.value), default: []].insert(f) }
    }
    add(noStartList, .noStart)
    add(noEndList, .noEnd)
    add(pairedList, .paired)
    add(joinerList, .joiner)
    add([" ", "\u{3000}", "\t"], .space)
    return t
  }()

  /// The class bits of a character (decided by its first scalar).
  @inline(__always)
  public static func flags(_ c: Character) -> Flags {
    guard let s = c.unicodeScalars.first else { return [] }
    return flags(s)
  }

  @inline(__always)
  public static func flags(_ s: Unicode.Scalar) -> Flags {
    let v = s.value
    if v < 0x80 {
      if (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) {
        return .alnum
      }
    } else if (0xFF10...0xFF19).contains(v) || (0xFF21...0xFF3A).contains(v)
      || (0xFF41...0xFF5A).contains(v) || ((0xC0...0x24F).contains(v) && v != 0xD7 && v != 0xF7)
    {
      return .alnum
    } else if v >= 0x4E00 && v <= 0x9FFF {
      return []  // Hanzi: the common case, no table look-up
    }
    if v > 0xFFFF { return [] }
    return table[UInt16(v)] ?? []
  }

  /// Whether a line that starts with this character breaks the rules.
  public static func isForbiddenLineStart(_ c: Character) -> Bool { noStart.contains(c) }
  /// Whether a line that ends with this character breaks the rules.
  public static func isForbiddenLineEnd(_ c: Character) -> Bool { noEnd.contains(c) }
}

/// How acceptable a line break between two adjacent characters is,
/// ordered from "break freely" to "never break".
public enum BreakKind: UInt8, Sendable, Comparable {
  /// A normal break opportunity (between Hanzi, after a space, …).
  case allowed = 0
  /// Inside a Latin word or number, or before a space: only when the run alone is wider than the line.
  case word = 1
  /// Inside `——` or `……`.
  case pair = 2
  /// Would start a line with closing punctuation or end one with opening punctuation.
  case punctuation = 3

  public static func < (a: BreakKind, b: BreakKind) -> Bool { a.rawValue < b.rawValue }

  /// The kind of break between two characters with flags `before` and
  /// `after`; `beforeBefore` precedes them and `afterAfter` follows them.
  @inline(__always)
  static func between(
    _ beforeBefore: BreakRules.Flags, _ before: BreakRules.Flags, sameChar: Bool,
    _ after: BreakRules.Flags, _ afterAfter: BreakRules.Flags
  ) -> BreakKind {
    if after.contains(.noStart) || before.contains(.noEnd) { return .punctuation }
    if sameChar && before.contains(.paired) { return .pair }
    if before.contains(.space) { return .allowed }
    if after.contains(.space) { return .word }
    let a = before.contains(.alnum)
    let b = after.contains(.alnum)
    if a && b { return .word }
    if a && after.contains(.joiner) && afterAfter.contains(.alnum) { return .word }
    if b && before.contains(.joiner) && beforeBefore.contains(.alnum) { return .word }
    return .allowed
  }
}
