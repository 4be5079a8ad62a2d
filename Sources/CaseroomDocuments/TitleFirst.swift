import CaseroomEngine
import Foundation

/// The title a file's formatting shows (the largest size at the top, Word's Title style) with short lines above
/// it that are not the title: a course's name set right-aligned over it, a worksheet's `班级：____　姓名：____`, a
/// date. The importer takes the first line for the title; the readers, which know the title by its format, write
/// it first as a note's front matter does (`title: …`), the lines above it in that front matter, where the
/// importer leaves them out as what the file is filed under (and lists them), instead of taking one for the title.
enum TitleFirst {
  /// The text's lines above the title's line `title` (one to three, short, on the first page and on no other: a
  /// running header repeated is furniture the importer finds), if there are such lines.
  static func linesAbove(
    _ title: Int, _ text: [[Unicode.Scalar]], _ box: [Int?], _ boxes: [PdfGeometry.Line]
  ) -> (lines: [Int], title: Int, words: [Unicode.Scalar]?)? {
    let lines = (0..<title).filter { !text[$0].allSatisfy { PdfGeometry.isBlank($0) || $0 == "\u{0C}" } }
    guard (1...3).contains(lines.count),
      lines.allSatisfy({ text[$0].filter { !PdfGeometry.isBlank($0) }.count <= 60 }),
      lines.allSatisfy({ k in
        // A line of fields apart by blanks is no one box; a line of one box is on no other page.
        guard let b = box[k] else { return true }
        return !boxes.contains { $0.page != boxes[b].page && $0.key == boxes[b].key }
      })
    else { return nil }
    return (lines, title, box[title].map { words(boxes[$0].words) })
  }

  /// A box's words, a blank kept only between two of Latin letters or digits (`Going Global`, not `M 街道`).
  static func words(_ w: [Unicode.Scalar]) -> [Unicode.Scalar] {
    w.indices.compactMap { i in
      guard w[i] == " " else { return w[i] }
      let latin = { (c: Unicode.Scalar) in c.isASCII && (c.properties.isAlphabetic || c.properties.numericType != nil) }
      return i > 0 && i + 1 < w.count && latin(w[i - 1]) && latin(w[i + 1]) ? w[i] : nil
    }
  }

  /// Where no size tells the title (set bold in the body's size): the first line centred between the text's edges
  /// among the first four of the first page, not the first, narrower than the text, opening with no number, not
  /// a role's name alone, under lines that are not centred (a course's name right-aligned, a worksheet's fields).
  static func centred(
    _ text: [[Unicode.Scalar]], _ box: [Int?], _ boxes: [PdfGeometry.Line]
  ) -> (lines: [Int], title: Int, words: [Unicode.Scalar]?)? {
    let firstPage = boxes.filter { $0.page == 1 && $0.right > $0.left }
    var lefts: [Int: Int] = [:]
    var rights: [Int: Int] = [:]
    for b in firstPage {
      lefts[Int(b.left.rounded()), default: 0] += 1
      rights[Int(b.right.rounded()), default: 0] += 1
    }
    // The text's right edge: the furthest a line ends at, or as far in from the page's edge as its left one.
    guard let left = lefts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) })?.key,
      let width = firstPage.first?.pageWidth,
      case let right = max(rights.keys.max() ?? 0, Int(width) - left), right > left
    else { return nil }
    let centre = Double(left + right) / 2
    func isCentred(_ b: PdfGeometry.Line) -> Bool {
      abs((b.left + b.right) / 2 - centre) < b.height && b.left > Double(left) + b.height * 2
        && b.right - b.left < Double(right - left) * 0.8
    }
    let lines = text.indices.filter { !text[$0].allSatisfy { PdfGeometry.isBlank($0) || $0 == "\u{0C}" } }.prefix(4)
    for (n, k) in lines.enumerated().dropFirst() {
      guard let b = box[k], boxes[b].page == 1 else { continue }
      guard isCentred(boxes[b]) else { continue }
      let words = PdfGeometry.line(text[k]).trimmingCharacters(in: .whitespaces)
      guard !CaseImporter.opensWithNumber(words), words.count > 4 || !CaseImporter.namesRoleOrPart(words) else {
        return nil
      }
      guard lines.prefix(n).allSatisfy({ box[$0].map { !isCentred(boxes[$0]) } ?? true }) else { return nil }
      return linesAbove(k, text, box, boxes)
    }
    return nil
  }

  /// The front matter for `above` (its lines then blanked in the text), or nothing.
  static func written(_ text: inout [[Unicode.Scalar]], _ above: (lines: [Int], title: Int, words: [Unicode.Scalar]?)?)
    -> String
  {
    guard let above else { return "" }
    var out = "---\n"
    for k in above.lines {
      out += PdfGeometry.line(Array(text[k].drop(while: PdfGeometry.isBlank))) + "\n"
      text[k] = []
    }
    // The title's words as the PDF has them (the layout spaces a Latin letter from Chinese by its width: `M 街道`).
    let words = above.words ?? Array(text[above.title].drop(while: PdfGeometry.isBlank))
    out += "title: " + PdfGeometry.line(words) + "\n---\n"
    text[above.title] = []
    return out
  }

  /// A Word document's text with its first `above` paragraphs and the title after them (each one line, a blank
  /// line after it) written as a front matter; the text as it is when `above` is 0.
  static func written(_ text: String, above: Int) -> String {
    guard above > 0 else { return text }
    var lines = text.split(separator: "\n", maxSplits: above + 1, omittingEmptySubsequences: true)
    guard lines.count == above + 2 else { return text }
    let rest = lines.removeLast()
    let title = lines.removeLast()
    return "---\n" + lines.joined(separator: "\n") + "\ntitle: " + title + "\n---\n\n" + rest
  }
}
