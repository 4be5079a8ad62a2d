/// The width-independent analysis of a paragraph: its grapheme clusters
/// ("atoms"), the columns each takes, and how acceptable a break before each
/// one is. Computed once per paragraph in one linear pass, then reused for
/// every width the paragraph is laid out at (resizing only re-runs the cheap
/// line breaker).
public struct ParagraphShape: Sendable {
  /// The paragraph's text.
  public let text: String
  /// UTF-8 offset where each atom starts; one extra entry holds the text's length.
  public let offsets: [Int32]
  /// Columns each atom takes on screen.
  public let widths: [UInt8]
  /// How acceptable a break before each atom is (`breaks[0]` is unused).
  public let breaks: [BreakKind]
  /// Whether each atom is a space, which may hang past the end of a line.
  public let spaces: [Bool]
  /// Whether any atom must be shown as U+FFFD.
  public let hasControls: Bool

  public var count: Int { widths.count }

  public init(_ text: String) {
    self.text = text
    var offsets: [Int32] = []
    var widths: [UInt8] = []
    var flags: [BreakRules.Flags] = []
    var firstScalars: [UInt32] = []
    let estimate = text.utf8.count / 2 + 1
    offsets.reserveCapacity(estimate)
    widths.reserveCapacity(estimate)
    flags.reserveCapacity(estimate)
    firstScalars.reserveCapacity(estimate)
    var offset: Int32 = 0
    var controls = false
    for c in text {
      offsets.append(offset)
      let n = c.utf8.count
      offset += Int32(n)
      if n == 1 {
        let b = c.utf8.first!
        let printable = b >= 0x20 && b < 0x7F
        if !printable { controls = true }
        widths.append(1)
        firstScalars.append(UInt32(b))
        flags.append(printable ? BreakRules.flags(Unicode.Scalar(b)) : [])
      } else {
        if TerminalWidth.needsReplacement(c) { controls = true }
        widths.append(UInt8(clamping: TerminalWidth.columns(c)))
        let first = c.unicodeScalars.first!
        firstScalars.append(first.value)
        flags.append(BreakRules.flags(first))
      }
    }
    offsets.append(offset)
    var breaks = [BreakKind](repeating: .allowed, count: widths.count)
    var spaces = [Bool](repeating: false, count: widths.count)
    for i in 0..<widths.count {
      spaces[i] = flags[i].contains(.space)
      guard i > 0 else { continue }
      breaks[i] = BreakKind.between(
        i >= 2 ? flags[i - 2] : [], flags[i - 1], sameChar: firstScalars[i - 1] == firstScalars[i],
        flags[i], i + 1 < flags.count ? flags[i + 1] : [])
    }
    self.offsets = offsets
    self.widths = widths
    self.breaks = breaks
    self.spaces = spaces
    self.hasControls = controls
  }

  /// The text of atoms `range`.
  public func slice(_ range: Range<Int>) -> Substring {
    let utf8 = text.utf8
    let from = utf8.index(utf8.startIndex, offsetBy: Int(offsets[range.lowerBound]))
    let to = utf8.index(utf8.startIndex, offsetBy: Int(offsets[range.upperBound]))
    return text[from..<to]
  }
}
