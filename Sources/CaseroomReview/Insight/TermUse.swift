/// Which groups use each of the case's terms in their answers to one
/// question: a row of bits per term (a bit per group number) and a count,
/// so that taking a group's answer in or out is setting bits, and comparing
/// two terms' groups is comparing a few words.
struct TermUse: Sendable {
  let terms: Int
  /// Words per term's row.
  private(set) var width: Int
  private var bits: [UInt64]
  private(set) var counts: [Int]

  init(terms: Int) {
    self.terms = terms
    width = 1
    bits = Array(repeating: 0, count: terms)
    counts = Array(repeating: 0, count: terms)
  }

  /// Room for group numbers up to `group`: rows widened (doubled) when needed.
  private mutating func fit(_ group: Int) {
    guard group / 64 >= width else { return }
    var w = width
    while group / 64 >= w { w *= 2 }
    var wider = Array(repeating: UInt64(0), count: terms * w)
    for t in 0..<terms {
      for k in 0..<width { wider[t * w + k] = bits[t * width + k] }
    }
    bits = wider
    width = w
  }

  mutating func insert(_ group: Int, term: Int) {
    fit(group)
    let i = term * width + group / 64
    let b = UInt64(1) << UInt64(group % 64)
    if bits[i] & b == 0 {
      bits[i] |= b
      counts[term] += 1
    }
  }

  mutating func remove(_ group: Int, term: Int) {
    guard group / 64 < width else { return }
    let i = term * width + group / 64
    let b = UInt64(1) << UInt64(group % 64)
    if bits[i] & b != 0 {
      bits[i] &= ~b
      counts[term] -= 1
    }
  }

  /// The group numbers using a term.
  func groups(_ term: Int) -> [Int] {
    var out: [Int] = []
    for k in 0..<width {
      var w = bits[term * width + k]
      while w != 0 {
        out.append(k * 64 + w.trailingZeroBitCount)
        w &= w - 1
      }
    }
    return out
  }
}
