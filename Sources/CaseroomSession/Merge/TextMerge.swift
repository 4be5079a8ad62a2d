import CaseroomEngine
import FoundationEssentials

/// A three-way merge of a text (an answer, a note), sentence by sentence:
/// what each side changed since the common version is kept when the two
/// changed different sentences; where both changed the same place
/// differently, both versions are kept, one after the other, between
/// marker lines a person sees in the editor and resolves by hand:
///
/// ```
/// 【合并冲突：王小明 · lap1】
/// …this clone's text, and who wrote it…
/// 【合并冲突：李华 · lap2】
/// …the other side's text, and who wrote it…
/// 【合并冲突结束】
/// ```
///
/// (`ConflictMarkers`; without names, `本机的版本` and `另一方的版本`.)
/// Each marker is a paragraph of its own. A sentence ends after 。！？；…
/// (and `! ? ;`), with any closing quotes or brackets after it, or at a line
/// break; a line break is a unit of its own. A conflict already marked by an
/// earlier merge (from its first marker to its end marker) is one unit: it is
/// kept or replaced whole, never cut, so however often both sides go on
/// writing, the markers stay balanced and each on a line of its own (a
/// marker someone typed after is put back on its own line).
public enum TextMerge {
  public static let oursMarker = ConflictMarkers.side(ConflictMarkers.Labels.anonymous.ours)
  public static let theirsMarker = ConflictMarkers.side(ConflictMarkers.Labels.anonymous.theirs)
  public static let endMarker = ConflictMarkers.end

  /// The merge, and whether it holds a conflict (marked).
  public struct Result: Equatable, Sendable {
    public var text: String
    public var conflicts: Int
  }

  /// `labels`: who wrote each side, named in the markers.
  public static func merge(
    base: String, ours: String, theirs: String, labels: ConflictMarkers.Labels = .anonymous
  ) -> Result {
    if ours == theirs || theirs == base { return Result(text: ours, conflicts: 0) }
    if ours == base { return Result(text: theirs, conflicts: 0) }
    if let grown = grown(base: base, ours: ours, theirs: theirs) { return Result(text: grown, conflicts: 0) }
    let o = units(base)
    let a = units(ours)
    let b = units(theirs)
    let ma = Diff.matches(o, a)
    let mb = Diff.matches(o, b)
    var out = Output(labels: labels)
    var conflicts = 0
    var io = 0
    var ia = 0
    var ib = 0
    func resolve(_ oc: ArraySlice<String>, _ ac: ArraySlice<String>, _ bc: ArraySlice<String>) {
      if ac.elementsEqual(oc) {
        out.append(bc)
      } else if bc.elementsEqual(oc) || ac.elementsEqual(bc) {
        out.append(ac)
      } else if oc.count == ac.count && oc.count == bc.count {
        // The same sentences, each edited in place: merged sentence by sentence.
        for (o, (a, b)) in zip(oc, zip(ac, bc)) {
          if a == o {
            out.append([b])
          } else if b == o || a == b {
            out.append([a])
          } else {
            conflicts += 1
            out.conflict([a], [b])
          }
        }
      } else {
        conflicts += 1
        out.conflict(Array(ac), Array(bc))
      }
    }
    while true {
      var i = 0
      while io + i < o.count, ma[io + i] == ia + i, mb[io + i] == ib + i { i += 1 }
      if i > 0 {
        out.append(o[io..<(io + i)])
        io += i
        ia += i
        ib += i
        continue
      }
      var k = io
      while k < o.count, ma[k] == nil || mb[k] == nil { k += 1 }
      if k == o.count {
        resolve(o[io...], a[ia...], b[ib...])
        break
      }
      resolve(o[io..<k], a[ia..<ma[k]!], b[ib..<mb[k]!])
      io = k
      ia = ma[k]!
      ib = mb[k]!
    }
    return Result(text: out.text, conflicts: conflicts)
  }

  /// Both sides only added text (nothing of the common version removed or
  /// changed: typing on at two terminals, a take-over before the other's
  /// text came): never a conflict. Where one side's addition holds the
  /// other's at the same place (it went on typing after it), the longer;
  /// else both, each where it was made (at one place: the other side's, on
  /// disk first, then ours). Two texts made apart (an empty common version)
  /// are not taken as grown.
  static func grown(base: String, ours: String, theirs: String) -> String? {
    let o = Array(base)
    guard let a = insertion(into: o, Array(ours)), let b = insertion(into: o, Array(theirs)) else { return nil }
    if a.at == b.at {
      if b.text.starts(with: a.text) || b.text.reversed().starts(with: a.text.reversed()) { return theirs }
      if a.text.starts(with: b.text) || a.text.reversed().starts(with: b.text.reversed()) { return ours }
    }
    guard !o.isEmpty else { return nil }
    let (first, second) = b.at <= a.at ? (b, a) : (a, b)
    return String(o[..<first.at] + first.text + o[first.at..<second.at] + second.text + o[second.at...])
  }

  /// `text` as `base` with one stretch inserted: where, and what (nil: something else changed too).
  static func insertion(into base: [Character], _ text: [Character]) -> (at: Int, text: [Character])? {
    guard text.count >= base.count else { return nil }
    var p = 0
    while p < base.count && base[p] == text[p] { p += 1 }
    let rest = base.count - p
    guard text.suffix(rest).elementsEqual(base[p...]) else { return nil }
    return (p, Array(text[p..<(text.count - rest)]))
  }

  /// The merged text being put together.
  struct Output {
    var labels: ConflictMarkers.Labels
    var text = ""
    /// After a conflict's end marker: the next unit must start a paragraph.
    var needsBreak = false

    mutating func append<C: Collection>(_ units: C) where C.Element == String {
      for u in units {
        let marked = TextMerge.isMarker(u)
        if (needsBreak || marked) && u != "\n" && !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
        needsBreak = marked
        text += u
      }
    }

    /// Both versions between marker lines, each marker a paragraph of its own.
    mutating func conflict(_ a: [String], _ b: [String]) {
      func trimmed(_ units: [String]) -> String {
        var side = Output(labels: labels)
        side.append(units)
        var s = side.text
        while s.hasPrefix("\n") { s.removeFirst() }
        while s.hasSuffix("\n") { s.removeLast() }
        return s
      }
      if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
      needsBreak = false
      text += ConflictMarkers.side(labels.ours) + "\n"
      let ta = trimmed(a)
      if !ta.isEmpty { text += ta + "\n" }
      text += ConflictMarkers.side(labels.theirs) + "\n"
      let tb = trimmed(b)
      if !tb.isEmpty { text += tb + "\n" }
      text += ConflictMarkers.end
      needsBreak = true
    }
  }

  /// Whether a text holds a conflict marked by a merge.
  public static func hasConflict(_ text: String) -> Bool { ConflictMarkers.holds(text) }

  private static let enders: Set<Character> = ["。", "！", "？", "；", "…", "!", "?", ";"]
  private static let closers: Set<Character> = ["”", "’", "」", "』", "）", ")", "】", "》", "\"", "'"]

  /// Whether a unit is a marked conflict or a marker line (whoever it names, `ConflictMarkers`).
  static func isMarker(_ unit: String) -> Bool {
    guard unit.hasPrefix("【合并冲突"), let close = unit.firstIndex(of: "】") else { return false }
    return ConflictMarkers.isMarker(unit[...close])
  }

  /// A side's marker (`【合并冲突：王小明 · lap1】`, `【合并冲突：本机的版本】`), not the end's.
  static func isSide(_ piece: String) -> Bool { ConflictMarkers.label(piece) != nil }

  /// The first marker in a line, and where it is.
  static func nextMarker(in line: Substring) -> (String, Range<Substring.Index>)? {
    var from = line.startIndex
    while let start = line[from...].firstRange(of: "【合并冲突") {
      if let close = line[start.upperBound...].firstIndex(of: "】") {
        let candidate = line[start.lowerBound...close]
        if ConflictMarkers.isMarker(candidate) {
          return (String(candidate), start.lowerBound..<line.index(after: close))
        }
      }
      from = start.upperBound
    }
    return nil
  }

  /// The text cut into sentences, line breaks and marked conflicts; joined
  /// again they are the text (a marker with text after it on its line gets
  /// a line break of its own).
  static func units(_ text: String) -> [String] {
    var out: [String] = []
    // Marker lines apart from sentences; then each conflict, from its first marker to its end, one unit.
    var pieces: [String] = []
    var firstLine = true
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if !firstLine { pieces.append("\n") }
      firstLine = false
      var rest = Substring(line)
      // A marker anywhere in the line (someone joined lines) goes on a line of its own.
      while let (marker, r) = nextMarker(in: rest) {
        if r.lowerBound > rest.startIndex {
          pieces += sentences(String(rest[..<r.lowerBound]))
          pieces.append("\n")
        }
        pieces.append(marker)
        rest = rest[r.upperBound...]
        if !rest.isEmpty { pieces.append("\n") }
      }
      pieces += sentences(String(rest))
    }
    var i = 0
    while i < pieces.count {
      if isSide(pieces[i]), let end = blockEnd(pieces, from: i) {
        out.append(pieces[i...end].joined())
        i = end + 1
      } else {
        out.append(pieces[i])
        i += 1
      }
    }
    return out
  }

  /// The index of the end marker that closes the conflict opened at
  /// `start` (nested ones counted: a conflict has two sides' markers and one
  /// end), or nil.
  private static func blockEnd(_ pieces: [String], from start: Int) -> Int? {
    var sides = 0
    var ends = 0
    for j in start..<pieces.count {
      if isSide(pieces[j]) { sides += 1 }
      if pieces[j] == endMarker {
        ends += 1
        if sides <= 2 * ends { return j }
      }
    }
    return nil
  }

  /// One line cut into sentences.
  private static func sentences(_ text: String) -> [String] {
    var out: [String] = []
    var current = ""
    var ended = false
    for ch in text {
      if ch == "\n" {
        if !current.isEmpty { out.append(current) }
        out.append("\n")
        current = ""
        ended = false
        continue
      }
      if ended && !enders.contains(ch) && !closers.contains(ch) {
        out.append(current)
        current = ""
        ended = false
      }
      current.append(ch)
      if enders.contains(ch) { ended = true }
    }
    if !current.isEmpty { out.append(current) }
    return out
  }
}

/// The longest common subsequence of two sequences (Myers' O(ND) algorithm,
/// with the common start and end taken off first).
enum Diff {
  /// For each element of `x`, the index of the element of `y` it is matched
  /// with, or nil. Beyond `limit` differences the middle is left unmatched.
  static func matches<T: Hashable>(_ x: [T], _ y: [T], limit: Int = 1500) -> [Int?] {
    var out = [Int?](repeating: nil, count: x.count)
    var start = 0
    while start < x.count, start < y.count, x[start] == y[start] {
      out[start] = start
      start += 1
    }
    var endX = x.count
    var endY = y.count
    while endX > start, endY > start, x[endX - 1] == y[endY - 1] {
      endX -= 1
      endY -= 1
      out[endX] = endY
    }
    let xs = Array(x[start..<endX])
    let ys = Array(y[start..<endY])
    for (i, j) in myers(xs, ys, limit: limit) { out[start + i] = start + j }
    return out
  }

  /// The matched pairs of the LCS of `a` and `b`, in order (none beyond `limit` differences).
  static func myers<T: Hashable>(_ a: [T], _ b: [T], limit: Int) -> [(Int, Int)] {
    let n = a.count
    let m = b.count
    guard n > 0, m > 0 else { return [] }
    let maxD = min(n + m, limit)
    let offset = maxD + 1
    var v = [Int](repeating: 0, count: 2 * maxD + 3)
    var trace: [[Int]] = []
    var found = false
    outer: for d in 0...maxD {
      trace.append(Array(v[(offset - d - 1)...(offset + d + 1)]))
      var k = -d
      while k <= d {
        var x: Int
        if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
          x = v[offset + k + 1]
        } else {
          x = v[offset + k - 1] + 1
        }
        var y = x - k
        while x < n, y < m, a[x] == b[y] {
          x += 1
          y += 1
        }
        v[offset + k] = x
        if x >= n && y >= m {
          found = true
          break outer
        }
        k += 2
      }
    }
    guard found else { return [] }
    // Walk back: trace[d] is `v` as round d began; each round ends with a snake (matched pairs).
    var pairs: [(Int, Int)] = []
    var x = n
    var y = m
    for d in stride(from: trace.count - 1, through: 0, by: -1) {
      let vd = trace[d]  // v[-d-1 … d+1]
      let at = d + 1
      let k = x - y
      let prevK = (k == -d || (k != d && vd[at + k - 1] < vd[at + k + 1])) ? k + 1 : k - 1
      let prevX = vd[at + prevK]
      let prevY = prevX - prevK
      while x > prevX && y > prevY {
        x -= 1
        y -= 1
        pairs.append((x, y))
      }
      x = prevX
      y = prevY
    }
    return pairs.reversed()
  }
}
