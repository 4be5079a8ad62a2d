/// A slide deck printed to PDF (PowerPoint, Keynote, WPS, LibreOffice Impress, or a landscape document set a
/// slide a page): every page wider than high by a fifth or more (16:9, 4:3), three pages or more. A slide's
/// parts are told by its own sizes, not by levels across the document (a deck sets its title slide's lines,
/// each slide's heading and a closing slide larger than any heading of a text would be):
///
/// - the **title slide** (the first page with text): its largest line, over one line or more, is the title; a
///   line under it in a size between the body's and the title's is the subtitle, written `——…` as Word's
///   Subtitle is;
/// - **each other slide's heading**: its first line, when larger than every other line of the slide and the
///   slide has text of the body's size under it, is a heading (`# …`, one level: a slide a section); a slide of
///   one large line alone (`谢谢！`, `Q&A`) is left as it is;
/// - smaller lines (a footer of the course's name and the slide's number) are left to the importer, which finds
///   them repeated at the pages' foot.
enum PdfSlides {
  static func isDeck(_ boxes: [PdfGeometry.Line]) -> Bool {
    guard let pages = boxes.last?.page, pages >= 3 else { return false }
    return boxes.allSatisfy { $0.pageHeight > 0 && $0.pageWidth >= $0.pageHeight * 1.2 }
  }

  /// Marks the deck's title, subtitle and slide headings in the text; false when it is no deck.
  static func marked(_ text: inout [[Unicode.Scalar]], _ box: [Int?], _ boxes: [PdfGeometry.Line], body: Int) -> Bool {
    guard isDeck(boxes) else { return false }
    // The text's lines of each page, with their boxes.
    var pages: [Int: [Int]] = [:]
    for k in text.indices { if let b = box[k] { pages[boxes[b].page, default: []].append(k) } }
    let size = { (k: Int) in PdfGeometry.rounded(boxes[box[k]!].height) }
    let bodySize = body * 90 / 100
    for (n, p) in pages.keys.sorted().enumerated() {
      let lines = pages[p]!
      guard let top = lines.map(size).max(), top > body else { continue }
      if n == 0 {
        // The title: the first run of lines in the largest size; the line after it, smaller and above the body, its subtitle.
        guard let first = lines.firstIndex(where: { size($0) == top }) else { continue }
        var e = first
        while e + 1 < lines.count && size(lines[e + 1]) == top { e += 1 }
        for t in lines[(first + 1)..<(e + 1)] {
          text[lines[first]] += text[t].drop(while: PdfGeometry.isBlank)
          text[t] = []
        }
        if e + 1 < lines.count, size(lines[e + 1]) > body, size(lines[e + 1]) < top {
          let k = lines[e + 1]
          let indent = text[k].prefix(while: { PdfGeometry.isBlank($0) || $0 == "\u{0C}" }).count
          text[k].insert(contentsOf: "——".unicodeScalars, at: indent)
        }
        continue
      }
      let head = lines[0]
      guard size(head) == top, lines.dropFirst().allSatisfy({ size($0) < top }),
        lines.dropFirst().contains(where: { size($0) >= bodySize })
      else { continue }
      let indent = text[head].prefix(while: { PdfGeometry.isBlank($0) || $0 == "\u{0C}" }).count
      text[head].insert(contentsOf: "# ".unicodeScalars, at: indent)
    }
    return true
  }
}
