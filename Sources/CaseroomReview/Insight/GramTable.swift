/// The case's terms and every beginning of one, for scanning answers: an
/// open-addressed table of grams (up to eight Hanzi in two words), each with
/// its term's id, or -1 for a beginning that is no term itself. A look-up is a
/// multiply and a compare or two, which is what scanning 500 groups' answers
/// position by position needs.
struct GramTable: Sendable {
  private var low: [UInt64]
  private var high: [UInt64]
  private var value: [Int32]
  private let mask: Int

  init(capacity: Int) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    low = Array(repeating: 0, count: size)
    high = Array(repeating: 0, count: size)
    value = Array(repeating: -1, count: size)
    mask = size - 1
  }

  @inline(__always) private func slot(_ g: CaseTerms.Gram) -> Int {
    Int(truncatingIfNeeded: (g.low &* 0x9E37_79B9_7F4A_7C15 ^ g.high &* 0xC2B2_AE3D_27D4_EB4F) >> 17) & mask
  }

  /// Puts a gram in (a term's id, or -1 for a beginning); an id already there stays.
  mutating func insert(_ g: CaseTerms.Gram, id: Int32) {
    var i = slot(g)
    while low[i] != 0 {
      if low[i] == g.low && high[i] == g.high {
        if value[i] < 0 { value[i] = id }
        return
      }
      i = (i + 1) & mask
    }
    low[i] = g.low
    high[i] = g.high
    value[i] = id
  }

  /// nil: no term begins so; -1: a beginning only; else the term's id.
  @inline(__always) func find(_ g: CaseTerms.Gram) -> Int32? {
    var i = slot(g)
    while low[i] != 0 {
      if low[i] == g.low && high[i] == g.high { return value[i] }
      i = (i + 1) & mask
    }
    return nil
  }
}
