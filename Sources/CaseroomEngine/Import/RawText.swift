/// Raw case text made uniform: as scalars, without a byte-order mark or
/// control characters, every line ending (CRLF, CR, U+2028/9) a `\n`.
struct RawText {
  var scalars: [Unicode.Scalar]
  /// The lines each page after the first starts on, when form feeds were taken as page breaks.
  var pageStarts: [Int] = []

  /// `pageBreaks`: form feeds (a PDF's page breaks, as pdftotext writes them) become line breaks.
  init(_ raw: String, pageBreaks: Bool = false) {
    var t: [Unicode.Scalar] = []
    t.reserveCapacity(raw.utf8.count / 2)
    var lastWasCR = false
    var line = 0
    for s in raw.unicodeScalars {
      if s == "\u{FEFF}" { continue }
      if s == "\r" {
        t.append("\n")
        line += 1
        lastWasCR = true
        continue
      }
      if s == "\n" && lastWasCR {
        lastWasCR = false
        continue
      }
      lastWasCR = false
      if s == "\n" || s == "\t" || (pageBreaks && s == "\u{0C}") {
        t.append(s == "\u{0C}" ? "\n" : s)
        if s != "\t" { line += 1 }
        if s == "\u{0C}" { pageStarts.append(line) }
      } else if s.value < 0x20 || (s.value >= 0x7F && s.value < 0xA0) {
        continue  // control characters carry no text
      } else if s == "\u{2028}" || s == "\u{2029}" {
        t.append("\n")
        line += 1
      } else {
        t.append(s)
      }
    }
    scalars = t
  }

  /// Whether there is anything but blanks and line breaks.
  var isBlank: Bool { !scalars.contains { !isBlankOrLineBreak($0) } }
}
