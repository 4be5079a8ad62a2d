import CaseroomEngine
import FoundationEssentials
import Glibc

/// The case's own terms, found without a dictionary: runs of Hanzi (two to
/// eight) that the case uses at least twice and that are not always part of
/// the same longer run (`金税工程`, not `金税工` inside it), not beginning or
/// ending with a function word (的、了、是…); the section titles; and the
/// Latin words of the case (`CTAIS`, `2.5Gbps`). An answer is then scanned
/// once for the terms it uses.
///
/// Each term has a specificity, how much its use says about an answer: 0
/// for a generic word (`GenericWords`) and for the case's background (a term
/// in more than a third of its paragraphs, also inside longer terms: `工程`,
/// `信息`, `系统`, `管理`), else the
/// rarer in the case's paragraphs and the longer, the higher (`统一规划`
/// over `统一`).
struct CaseTerms: Sendable {
  /// The terms, as the case writes them; a term's id is its place here.
  let terms: [String]
  /// Each term's length in characters.
  let lengths: [Int]
  /// Each term's specificity (0: never a key term).
  private(set) var specificity: [Double] = []
  /// Whether a text's scan may take the term as a word: every term but those
  /// beginning or ending with a pronoun or connective (`通过信息`).
  private let words: [Bool]
  /// The Hanzi terms and every beginning of one (two characters or more): the scan stops where none goes on.
  private let table: GramTable
  /// Latin terms by their upper-case form.
  private let latin: [String: Int]

  static let longest = 8
  /// Characters never inside a term: the joints between two words
  /// (`工作的透明度` is 工作 and 透明度, `金卡与金税` two terms).
  static let joints: Set<UInt16> = Set("的之与和及或了是".unicodeScalars.map { UInt16($0.value) })

  /// Characters a term does not begin or end with.
  static let edges: Set<UInt16> = Set(
    "的了是在和与及等也都而并对为将把被从这那就以之其所或但则即又于已着过个".unicodeScalars.map { UInt16($0.value) })

  /// Up to eight Hanzi as one value (16 bits each; every code is non-zero).
  struct Gram: Hashable, Sendable {
    var low: UInt64 = 0
    var high: UInt64 = 0

    init(_ codes: ArraySlice<UInt16>) {
      for c in codes { append(c) }
    }

    init() {}

    /// The length is where the first zero is.
    var length: Int {
      let l = low == 0 ? 0 : (64 - low.leadingZeroBitCount + 15) / 16
      let h = high == 0 ? 0 : (64 - high.leadingZeroBitCount + 15) / 16
      return h > 0 ? 4 + h : l
    }

    mutating func append(_ c: UInt16) {
      let n = length
      if n < 4 { low |= UInt64(c) << (16 * UInt64(n)) } else { high |= UInt64(c) << (16 * UInt64(n - 4)) }
    }
  }

  /// Whether a run may be a term: not beginning or ending with a function word, no joint inside.
  static func mayBeTerm(_ codes: [UInt16]) -> Bool {
    !edges.contains(codes[0]) && !edges.contains(codes[codes.count - 1]) && !codes.contains(where: joints.contains)
  }

  /// A Hanzi of the basic plane as a code, else 0 (a break between runs).
  static func code(_ u: Unicode.Scalar) -> UInt16 {
    (0x3400...0x9FFF).contains(u.value) ? UInt16(u.value) : 0
  }

  static func codes(_ s: some StringProtocol) -> [UInt16] { s.unicodeScalars.map(code) }

  static func isLatin(_ u: Unicode.Scalar) -> Bool {
    (u.value >= 0x30 && u.value <= 0x39) || (u.value >= 0x41 && u.value <= 0x5A) || (u.value >= 0x61 && u.value <= 0x7A)
      || u == "." || u == "-" || u == "+"
  }

  /// Latin words: runs of letters, digits and `.-+`, with a letter, at least two long (ends trimmed of `.-+`).
  static func latinWords(_ s: some StringProtocol) -> [String] {
    var out: [String] = []
    var word = String.UnicodeScalarView()
    func flush() {
      var w = String(word)
      while let l = w.last, ".-+".contains(l) { w.removeLast() }
      while let f = w.first, ".-+".contains(f) { w.removeFirst() }
      if w.count >= 2, w.unicodeScalars.contains(where: { isASCIILetter($0) }) { out.append(w) }
      word = String.UnicodeScalarView()
    }
    for u in s.unicodeScalars {
      if isLatin(u) { word.append(u) } else if !word.isEmpty { flush() }
    }
    if !word.isEmpty { flush() }
    return out
  }

  init(_ c: Case) {
    var texts: [String] = []
    var titles: [String] = []
    for s in c.contentSections {
      titles.append(s.title)
      for p in s.paragraphs { texts.append(p.text) }
    }
    var counts: [Gram: Int] = [:]
    var runs: [[UInt16]] = []
    for t in texts + titles {
      let codes = Self.codes(t)
      var start = 0
      for i in 0...codes.count where i == codes.count || codes[i] == 0 {
        if i - start >= 2 { runs.append(Array(codes[start..<i])) }
        start = i + 1
      }
    }
    for run in runs {
      for i in run.indices {
        var g = Gram()
        for n in 1...Self.longest where i + n <= run.count {
          g.append(run[i + n - 1])
          if n >= 2 { counts[g, default: 0] += 1 }
        }
      }
    }
    // A run always inside the same longer one (as often as it) is not a term
    // of its own, unless that one runs across a joint (`透明度`, always after 的).
    var inside: Set<Gram> = []
    for (g, n) in counts {
      let codes = Self.unpack(g)
      guard codes.count > 2, !codes.contains(where: Self.joints.contains) else { continue }
      for sub in [Gram(codes.dropFirst()), Gram(codes.dropLast())] where counts[sub] == n { inside.insert(sub) }
    }
    var terms: [String] = []
    var hanzi: [Gram: Int] = [:]
    var prefixes: Set<Gram> = []
    func add(_ g: Gram) {
      guard hanzi[g] == nil else { return }
      hanzi[g] = terms.count
      let codes = Self.unpack(g)
      terms.append(String(String.UnicodeScalarView(codes.compactMap { Unicode.Scalar(UInt32($0)) })))
      for n in 2...codes.count { prefixes.insert(Gram(codes.prefix(n))) }
    }
    for (g, n) in counts.sorted(by: { ($0.value, $0.key.low, $0.key.high) > ($1.value, $1.key.low, $1.key.high) })
    where n >= 2 && !inside.contains(g) {
      let codes = Self.unpack(g)
      guard Self.mayBeTerm(codes) else { continue }
      add(g)
    }
    for t in titles {
      let codes = Self.codes(t)
      if codes.count >= 2 && codes.count <= Self.longest && !codes.contains(0) { add(Gram(codes[...])) }
    }
    var latin: [String: Int] = [:]
    for t in texts {
      for w in Self.latinWords(t) where latin[w.uppercased()] == nil {
        latin[w.uppercased()] = terms.count
        terms.append(w)
      }
    }
    self.terms = terms
    lengths = terms.map(\.count)
    words = terms.map { GenericWords.all.contains($0) || !GenericWords.isGeneric($0) }
    var table = GramTable(capacity: prefixes.count)
    for g in prefixes { table.insert(g, id: -1) }
    for (g, id) in hanzi { table.insert(g, id: Int32(id)) }
    self.table = table
    self.latin = latin
    specificity = Self.specificity(terms, in: texts + titles, found: contained(in:))
  }

  /// Paragraphs and titles of at least this many make a case long enough to have a background.
  static let background = 10

  /// Per term: 0 for a generic word or the case's background (in more than
  /// a third of the paragraphs, counting where it is part of a longer term: 信息 in
  /// 信息共享 too), else log(1 + units / units holding it), times 1.5 for
  /// three characters and 2.2 for four or more or a Latin word: the case's
  /// named things (金保工程, CTAIS, 国库), in few paragraphs, rank high.
  static func specificity(_ terms: [String], in units: [String], found: (String) -> [Int]) -> [Double] {
    var using = Array(repeating: 0, count: terms.count)
    for u in units { for id in found(u) { using[id] += 1 } }
    return terms.indices.map { id in
      let term = terms[id]
      if GenericWords.isGeneric(term) { return 0 }
      if units.count >= background && using[id] * 3 > units.count { return 0 }
      let n = term.count
      let latin = term.unicodeScalars.contains { isASCIILetter($0) }
      let length = latin || n >= 4 ? 2.2 : n == 3 ? 1.5 : 1
      return log(1 + Double(units.count) / Double(max(1, using[id]))) * length
    }
  }

  static func unpack(_ g: Gram) -> [UInt16] {
    var out: [UInt16] = []
    for word in [g.low, g.high] {
      for k in 0..<4 {
        let c = UInt16(truncatingIfNeeded: word >> (16 * UInt64(k)))
        if c == 0 { return out }
        out.append(c)
      }
    }
    return out
  }

  /// A text's characters as codes (a Hanzi of the basic plane, else 0), read
  /// from its UTF-8 bytes at once; and whether it has an ASCII letter.
  static func scan(_ text: String) -> (codes: [UInt16], latin: Bool) {
    var codes: [UInt16] = []
    var latin = false
    var text = text
    text.withUTF8 { bytes in
      codes.reserveCapacity(bytes.count / 3 + 1)
      var i = 0
      let n = bytes.count
      while i < n {
        let b = bytes[i]
        if b < 0x80 {
          if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A { latin = true }
          codes.append(0)
          i += 1
        } else if b >= 0xE3 && b <= 0xE9 && i + 2 < n {
          let v = (UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
          codes.append((0x3400...0x9FFF).contains(v) ? UInt16(v) : 0)
          i += 3
        } else {
          codes.append(0)
          i += b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        }
      }
    }
    return (codes, latin)
  }

  /// The terms a text holds anywhere (ids, each once), also inside a longer
  /// one (`信息` in `信息共享`): how much of the case a term is in.
  func contained(in text: String) -> [Int] {
    var found = Set<Int>()
    let (codes, hasLatin) = Self.scan(text)
    for i in codes.indices where codes[i] != 0 {
      var g = Gram()
      var j = i
      while j < codes.count, j - i < Self.longest, codes[j] != 0 {
        g.append(codes[j])
        j += 1
        guard j - i >= 2 else { continue }
        guard let id = table.find(g) else { break }
        if id >= 0 { found.insert(Int(id)) }
      }
    }
    if hasLatin && !latin.isEmpty {
      for w in Self.latinWords(text) { if let id = latin[w.uppercased()] { found.insert(id) } }
    }
    return found.sorted()
  }

  /// The terms a text uses (ids, each once), read as words: from each
  /// place the longest term there, then on after it (`宏观经济管理部门` is
  /// one term, not also `宏观经济` and `管理部门`; in `进行管理`, `进行` and
  /// `管理`, never `行管理`).
  func used(in text: String) -> [Int] {
    var seen = [UInt64](repeating: 0, count: (terms.count + 63) / 64)
    var found: [Int] = []
    func note(_ id: Int) {
      let (w, b) = (id / 64, UInt64(1) << UInt64(id % 64))
      if seen[w] & b == 0 {
        seen[w] |= b
        found.append(id)
      }
    }
    let (codes, hasLatin) = Self.scan(text)
    var i = 0
    while i < codes.count {
      guard codes[i] != 0 else {
        i += 1
        continue
      }
      var g = Gram()
      g.low = UInt64(codes[i])
      var j = i + 1
      var longest: (id: Int, end: Int)?
      while j < codes.count, j - i < Self.longest, codes[j] != 0 {
        let n = j - i
        if n < 4 {
          g.low |= UInt64(codes[j]) << (16 * UInt64(n))
        } else {
          g.high |= UInt64(codes[j]) << (16 * UInt64(n - 4))
        }
        j += 1
        guard let id = table.find(g) else { break }
        if id >= 0 && words[Int(id)] { longest = (Int(id), j) }
      }
      if let longest {
        note(longest.id)
        i = longest.end
      } else {
        i += 1
      }
    }
    if hasLatin && !latin.isEmpty {
      for w in Self.latinWords(text) { if let id = latin[w.uppercased()] { note(id) } }
    }
    return found
  }
}

/// An ASCII letter.
private func isASCIILetter(_ u: Unicode.Scalar) -> Bool {
  (u.value >= 0x41 && u.value <= 0x5A) || (u.value >= 0x61 && u.value <= 0x7A)
}
