/// FNV-1a, 64 bits: a fast, stable hash of bytes, for names and change checks
/// (not for security). The same input gives the same value on every machine.
public struct FNV1a: Sendable {
  public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  public init() {}

  public mutating func feed(_ byte: UInt8) {
    value ^= UInt64(byte)
    value = value &* 0x100_0000_01b3
  }

  public mutating func feed(_ text: some StringProtocol) {
    for b in text.utf8 { feed(b) }
  }

  /// The hash of one text.
  public static func hash(_ text: some StringProtocol) -> UInt64 {
    var h = FNV1a()
    h.feed(text)
    return h.value
  }

  /// `value` in lower-case hex, zero-padded to `digits` (the low bits when shorter than 16).
  public func hex(digits: Int = 16) -> String {
    let masked = digits >= 16 ? value : value & ((1 << (UInt64(digits) * 4)) - 1)
    let s = String(masked, radix: 16)
    return String(repeating: "0", count: max(0, digits - s.count)) + s
  }
}
